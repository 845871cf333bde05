import { expect } from '@open-wc/testing';
import {
  ACTIVATION_NAMES,
  activations,
  erf,
  gelu,
  getActivation,
  isActivationName,
  LEAKY_SLOPE,
  leakyRelu,
  relu,
  sigmoid,
  softplus,
  tanh,
} from '../../src/math/activations.js';

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(actual, `${actual} ≈ ${expected}`).to.be.closeTo(expected, tolerance);

describe('math/activations', () => {
  it('relu(z) is max(0, z), +0 for z ≤ 0 (never −0), NaN for NaN', () => {
    expect(relu(2.5)).to.equal(2.5);
    expect(relu(-3)).to.equal(0);
    expect(Object.is(relu(-0), 0)).to.be.true;
    expect(Object.is(relu(-1e-300), 0)).to.be.true;
    expect(relu(NaN)).to.be.NaN;
  });

  it('sigmoid(z) matches 1/(1+e^−z) and saturates without overflow', () => {
    close(sigmoid(0), 0.5);
    close(sigmoid(2), 0.8807970779778823); // 1/(1+e^-2)
    close(sigmoid(-2), 0.11920292202211755);
    expect(sigmoid(800)).to.equal(1);
    expect(sigmoid(-800)).to.equal(0);
    expect(sigmoid(NaN)).to.be.NaN;
  });

  it(`leakyRelu(z) is z above 0 and ${LEAKY_SLOPE}·z below`, () => {
    expect(leakyRelu(3)).to.equal(3);
    close(leakyRelu(-2), -0.6);
    expect(Object.is(leakyRelu(-0), 0)).to.be.true;
  });

  it('tanh(1) and softplus at known points', () => {
    close(tanh(1), 0.7615941559557649);
    close(softplus(0), Math.LN2);
    close(softplus(1), 1.3132616875182228); // ln(1 + e)
    expect(softplus(1000)).to.equal(1000);
    expect(softplus(-1000)).to.equal(0);
  });

  it('erf(x) matches published values to 1e-15 and is odd', () => {
    // Abramowitz & Stegun, table 7.1, extended with more digits.
    const table: [number, number][] = [
      [0, 0],
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [2, 0.9953222650189527],
      [3, 0.9999779095030014],
      [4, 0.9999999845827421],
    ];
    for (const [x, value] of table) {
      close(erf(x), value, 1e-15);
      close(erf(-x), -value, 1e-15);
    }
    expect(erf(7)).to.equal(1);
    expect(erf(NaN)).to.be.NaN;
  });

  it('gelu(z) is z·Φ(z) with Φ the normal CDF', () => {
    close(gelu(1), 0.8413447460685429); // Φ(1)
    close(gelu(-1), -0.15865525393145707); // −(1 − Φ(1))
    close(gelu(2), 2 * 0.9772498680518208); // 2·Φ(2)
    expect(gelu(0)).to.equal(0);
  });

  it('every derivative agrees with a central difference away from kinks', () => {
    const h = 1e-6;
    for (const name of ACTIVATION_NAMES) {
      const { fn, derivative } = activations[name];
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const numeric = (fn(z + h) - fn(z - h)) / (2 * h);
        expect(derivative(z), `${name}'(${z})`).to.be.closeTo(numeric, 1e-6);
      }
    }
  });

  it('piecewise-linear activations list their kinks, smooth ones list none', () => {
    expect(activations.relu.kinks).to.deep.equal([0]);
    expect(activations['leaky-relu'].kinks).to.deep.equal([0]);
    expect(activations.linear.kinks).to.deep.equal([]);
    for (const name of ['sigmoid', 'tanh', 'gelu', 'softplus'] as const) {
      expect(activations[name].kinks, name).to.equal(null);
    }
  });

  it('getActivation(name) finds registry keys only', () => {
    expect(getActivation('relu')?.label).to.equal('ReLU');
    expect(getActivation('leaky-relu')?.fn(-1)).to.be.closeTo(-LEAKY_SLOPE, 1e-15);
    expect(getActivation('toString')).to.equal(undefined);
    expect(getActivation('swish')).to.equal(undefined);
    expect(isActivationName('gelu')).to.be.true;
    expect(isActivationName('__proto__')).to.be.false;
  });
});
