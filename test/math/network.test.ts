import { expect } from '@open-wc/testing';
import { meanSquaredError, maxAbsoluteError } from '../../src/math/errors.js';
import {
  curvePoints,
  networkBreakpoints,
  networkCurve,
  networkOutput,
  preActivation,
  transitionX,
  unitBreakpoints,
  unitOutput,
  type Network,
} from '../../src/math/network.js';
import { linspace, sample } from '../../src/math/sampling.js';

/** The lab's target and its solved network, written out by hand from SPEC.md. */
const handTarget = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const solved: Network = {
  units: [
    { w: -2, b: 2 },
    { w: 1, b: -1 },
    { w: 2, b: -4 },
  ],
};

describe('math/sampling', () => {
  it('linspace(0, 3, 300) is i·3/299 with both ends exact', () => {
    const xs = linspace(0, 3, 300);
    expect(xs).to.have.length(300);
    expect(xs[0]).to.equal(0);
    expect(xs[299]).to.equal(3);
    for (let i = 0; i < 300; i++) expect(xs[i]).to.be.closeTo((3 * i) / 299, 1e-15);
  });

  it('linspace returns [] for a count below 1 or a non-finite end, [start] for 1', () => {
    expect(linspace(0, 1, 0)).to.deep.equal([]);
    expect(linspace(0, NaN, 5)).to.deep.equal([]);
    expect(linspace(0, Infinity, 5)).to.deep.equal([]);
    expect(linspace(2, 5, 1)).to.deep.equal([2]);
    expect(linspace(-5, 5, 3)).to.deep.equal([-5, 0, 5]);
  });

  it('sample(fn, xs) applies fn at each x', () => {
    expect(sample((x) => x * x, [1, 2, 3])).to.deep.equal([1, 4, 9]);
  });
});

describe('math/errors', () => {
  it('meanSquaredError and maxAbsoluteError by hand', () => {
    expect(meanSquaredError([1, 2, 3], [1, 2, 5])).to.equal(4 / 3);
    expect(maxAbsoluteError([1, 2, 3], [1.5, 2, 0])).to.equal(3);
    expect(meanSquaredError([1, 2], [1, 2])).to.equal(0);
  });

  it('metrics are NaN for empty input and max is NaN when a value is NaN', () => {
    expect(meanSquaredError([], [])).to.be.NaN;
    expect(maxAbsoluteError([], [])).to.be.NaN;
    expect(maxAbsoluteError([1, NaN], [1, 2])).to.be.NaN;
  });
});

describe('math/network', () => {
  it('preActivation and unitOutput are w·x + b and relu of it', () => {
    expect(preActivation({ w: 2, b: -4 }, 3)).to.equal(2);
    expect(unitOutput({ w: 2, b: -4 }, 3)).to.equal(2);
    expect(unitOutput({ w: 2, b: -4 }, 1)).to.equal(0);
    expect(unitOutput({ w: 1, b: 0, activation: 'sigmoid' }, 0)).to.equal(0.5);
  });

  it('the solved network equals the target at the 300 samples within 1e-12', () => {
    for (const x of linspace(0, 3, 300)) {
      expect(networkOutput(solved, x)).to.be.closeTo(handTarget(x), 1e-12);
    }
  });

  it('output weights and bias scale and shift the sum', () => {
    const net: Network = { units: [{ w: 1, b: 0 }, { w: -1, b: 0 }], outputWeights: [2, -3], outputBias: 1 };
    // x = 2: 1 + 2·2 − 3·0 = 5; x = −1: 1 + 0 − 3·1 = −2
    expect(networkOutput(net, 2)).to.equal(5);
    expect(networkOutput(net, -1)).to.equal(-2);
  });

  it('transitionX(unit) is −b/w, 0 not −0, null for w = 0', () => {
    expect(transitionX({ w: 1, b: -1 })).to.equal(1);
    expect(transitionX({ w: 2, b: -4 })).to.equal(2);
    expect(Object.is(transitionX({ w: 2, b: 0 }), 0)).to.be.true;
    expect(transitionX({ w: 0, b: 3 })).to.equal(null);
    expect(transitionX({ w: NaN, b: 3 })).to.equal(null);
  });

  it('unitBreakpoints lists kinks inside the open interval only', () => {
    expect(unitBreakpoints({ w: 1, b: -1 }, [0, 3])).to.deep.equal([1]);
    expect(unitBreakpoints({ w: 1, b: 0 }, [0, 3])).to.deep.equal([]); // at the edge
    expect(unitBreakpoints({ w: 0, b: 1 }, [0, 3])).to.deep.equal([]);
    expect(unitBreakpoints({ w: 1, b: 0, activation: 'tanh' }, [0, 3])).to.equal(null);
  });

  it('networkBreakpoints of the solution on [0, 3] are 0, 1, 2, 3', () => {
    expect(networkBreakpoints(solved, [0, 3])).to.deep.equal([0, 1, 2, 3]);
    const repeated: Network = { units: [{ w: 1, b: -1 }, { w: 3, b: -3 }] };
    expect(networkBreakpoints(repeated, [0, 3])).to.deep.equal([0, 1, 3]);
  });

  it('networkCurve is exact: linear between vertices, matching dense samples', () => {
    const net: Network = { units: [{ w: -2, b: 2 }, { w: 1.3, b: -0.7 }, { w: -0.4, b: 1.1 }] };
    const vertices = networkCurve(net, [0, 3]);
    for (const x of linspace(0, 3, 1001)) {
      const i = vertices.findIndex(([vx], k) => k > 0 && vx >= x);
      const [x0, y0] = vertices[Math.max(0, i - 1)];
      const [x1, y1] = vertices[Math.max(1, i)];
      const interpolated = y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
      expect(interpolated).to.be.closeTo(networkOutput(net, x), 1e-12);
    }
  });

  it('curvePoints samples smooth functions evenly', () => {
    const points = curvePoints(Math.sin, [0, Math.PI], null, 3);
    expect(points.map(([x]) => x)).to.deep.equal([0, Math.PI / 2, Math.PI]);
  });
});
