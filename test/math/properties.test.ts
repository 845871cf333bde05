import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { activations, erf, gelu, relu, sigmoid, softplus, tanh } from '../../src/math/activations.js';
import { maxAbsoluteError, meanSquaredError } from '../../src/math/errors.js';
import { networkCurve, networkOutput, networkOutputs, type Network } from '../../src/math/network.js';
import { piecewiseLinear, type Point } from '../../src/math/piecewise.js';
import { linspace } from '../../src/math/sampling.js';

const finite = (min = -50, max = 50) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Knots with strictly increasing x (gaps of at least 0.01). */
const knotsArb = fc
  .array(fc.tuple(fc.double({ min: 0.01, max: 3, noNaN: true }), finite(-10, 10)), { minLength: 2, maxLength: 8 })
  .map((steps) => {
    let x = -5;
    return steps.map(([dx, y]) => [(x += dx), y] as Point);
  });

const unitArb = fc.record({ w: finite(-4, 4), b: finite(-4, 4) });
const networkArb = fc.record({
  units: fc.array(unitArb, { minLength: 0, maxLength: 6 }),
  outputWeights: fc.array(finite(-3, 3), { minLength: 6, maxLength: 6 }),
  outputBias: finite(-3, 3),
});

describe('math properties (fast-check)', () => {
  it('piecewiseLinear passes through every knot and is linear between knots', () => {
    fc.assert(
      fc.property(knotsArb, fc.double({ min: 0, max: 1, noNaN: true }), (knots, k) => {
        const f = piecewiseLinear(knots);
        for (const [x, y] of knots) expect(f(x)).to.be.closeTo(y, 1e-9);
        for (let i = 1; i < knots.length; i++) {
          const [x0, y0] = knots[i - 1];
          const [x1, y1] = knots[i];
          const x = x0 + k * (x1 - x0);
          expect(f(x)).to.be.closeTo(y0 + k * (y1 - y0), 1e-9);
        }
      }),
    );
  });

  it('a dense sampling of piecewiseLinear never leaves the segment hull of its knots', () => {
    fc.assert(
      fc.property(knotsArb, (knots) => {
        const f = piecewiseLinear(knots);
        const xs = linspace(knots[0][0], knots[knots.length - 1][0], 500);
        let seg = 1;
        for (const x of xs) {
          while (seg < knots.length - 1 && x > knots[seg][0]) seg++;
          const lo = Math.min(knots[seg - 1][1], knots[seg][1]);
          const hi = Math.max(knots[seg - 1][1], knots[seg][1]);
          expect(f(x)).to.be.within(lo - 1e-9, hi + 1e-9);
        }
      }),
    );
  });

  it('networkOutputs gives ŷ = c + Σ vᵢ·max(0, wᵢx + bᵢ) at every sample', () => {
    fc.assert(
      fc.property(networkArb, fc.array(finite(-10, 10), { maxLength: 40 }), (network: Network, xs) => {
        const ys = networkOutputs(network, xs);
        expect(ys.length).to.equal(xs.length);
        xs.forEach((x, j) => {
          let y = network.outputBias ?? 0;
          network.units.forEach((u, i) => (y += network.outputWeights![i] * Math.max(0, u.w * x + u.b)));
          expect(ys[j]).to.be.closeTo(y, 1e-9);
          expect(ys[j]).to.equal(networkOutput(network, x));
        });
      }),
    );
  });

  it('the exact breakpoint curve of a ReLU network equals it at dense samples', () => {
    fc.assert(
      fc.property(networkArb, (network: Network) => {
        const vertices = networkCurve(network, [-2, 3]);
        const line = piecewiseLinear(vertices);
        for (const x of linspace(-2, 3, 400)) {
          const exact = networkOutput(network, x);
          expect(line(x)).to.be.closeTo(exact, 1e-9 * (1 + Math.abs(exact)));
        }
      }),
    );
  });

  it('error metrics are non-negative, zero for identical series, and max bounds the MSE', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite(), finite()), { minLength: 1, maxLength: 50 }), (pairs) => {
        const a = pairs.map(([p]) => p);
        const b = pairs.map(([, q]) => q);
        const mse = meanSquaredError(a, b);
        const max = maxAbsoluteError(a, b);
        expect(mse).to.be.at.least(0);
        expect(max).to.be.at.least(0);
        expect(mse).to.be.at.most(max * max * (1 + 1e-12) + 1e-300);
        expect(meanSquaredError(a, a)).to.equal(0);
        expect(maxAbsoluteError(b, b)).to.equal(0);
      }),
    );
  });

  it('the error is exactly zero at the lesson solution, for any target the lesson can build', () => {
    // Any target with knots at 0, 1, 2, 3 that unit 0 (2 − 2x, off after 1) can start.
    fc.assert(
      fc.property(finite(-3, 3), finite(-3, 3), (s1, s2) => {
        const knots: Point[] = [[0, 2], [1, 0], [2, s1], [3, s1 + s2]];
        const w1 = s1;
        const w2 = s2 - s1;
        const network: Network = { units: [{ w: -2, b: 2 }, { w: w1, b: -w1 }, { w: w2, b: -2 * w2 }] };
        // The construction needs units that wake up to the right.
        fc.pre(w1 >= 0 && w2 >= 0);
        const target = piecewiseLinear(knots);
        const xs = linspace(0, 3, 300);
        expect(maxAbsoluteError(xs.map((x) => networkOutput(network, x)), xs.map(target))).to.be.lessThan(1e-12);
      }),
    );
  });

  it('activations keep their identities', () => {
    fc.assert(
      fc.property(finite(-30, 30), (z) => {
        expect(relu(z) - relu(-z)).to.be.closeTo(z, 1e-12); // relu(z) − relu(−z) = z
        expect(sigmoid(z) + sigmoid(-z)).to.be.closeTo(1, 1e-12);
        expect(tanh(z)).to.be.closeTo(2 * sigmoid(2 * z) - 1, 1e-12);
        expect(softplus(z) - softplus(-z)).to.be.closeTo(z, 1e-9);
        expect(gelu(z) - gelu(-z)).to.be.closeTo(z, 1e-9); // z·Φ(z) + z·Φ(−z)·… = z
        expect(erf(-z)).to.equal(-erf(z));
        expect(activations['leaky-relu'].fn(z)).to.be.at.least(Math.min(z, 0.3 * z) - 1e-12);
      }),
    );
  });
});
