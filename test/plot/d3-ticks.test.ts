import { expect } from '@open-wc/testing';
import * as d3 from 'd3-array';
import { nice, tickIncrement, ticks } from '../../src/plot/d3-ticks.js';

/** A deterministic stream of awkward numbers: tiny, huge, negative, equal, reversed. */
function* ranges(): Generator<[number, number, number]> {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const scales = [1e-9, 1e-3, 0.1, 1, 3, 10, 1000, 1e6, 1e12];
  for (let k = 0; k < 4000; k++) {
    const scale = scales[k % scales.length];
    const a = (random() - 0.5) * scale * 10;
    const b = k % 17 === 0 ? a : (random() - 0.5) * scale * 10;
    yield [a, b, [0, 0.5, 1, 2, 3, 5, 6, 10, 25][k % 9]];
  }
  yield [0, 3, 6];
  yield [-5, 5, 5];
  yield [NaN, 1, 5];
  yield [0, Infinity, 5];
}

describe('the copy of d3-array’s ticks (src/plot/d3-ticks.ts)', () => {
  it('gives exactly what d3-array gives for ticks, tickIncrement and nice on 4,000 ranges', () => {
    let compared = 0;
    for (const [a, b, count] of ranges()) {
      expect(ticks(a, b, count), `ticks(${a}, ${b}, ${count})`).to.deep.equal(d3.ticks(a, b, count));
      expect(Object.is(tickIncrement(a, b, count), d3.tickIncrement(a, b, count)), `tickIncrement(${a}, ${b}, ${count})`).to.be.true;
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(nice(lo, hi, count), `nice(${lo}, ${hi}, ${count})`).to.deep.equal(d3.nice(lo, hi, count));
      compared++;
    }
    expect(compared).to.equal(4004);
  });
});
