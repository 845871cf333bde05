import { expect } from '@open-wc/testing';
import {
  breakpoints,
  formatKnots,
  parseKnots,
  piecewiseLinear,
  slopes,
  type Point,
} from '../../src/math/piecewise.js';

const LAB_TARGET = '0,2 1,0 2,1 3,4';
/** The lab's target written out by hand from SPEC.md. */
const handTarget = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));

function knotsOf(text: string): readonly Point[] {
  const parsed = parseKnots(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.knots;
}

describe('math/piecewise', () => {
  it('parseKnots reads "x,y x,y …" with any white space', () => {
    expect(knotsOf(LAB_TARGET)).to.deep.equal([
      [0, 2],
      [1, 0],
      [2, 1],
      [3, 4],
    ]);
    expect(knotsOf('  -1.5,2e-1\n\t0,.5  ')).to.deep.equal([
      [-1.5, 0.2],
      [0, 0.5],
    ]);
  });

  for (const [text, why] of [
    ['', 'empty'],
    ['0,2', 'one knot'],
    ['0,2 1,', 'a missing y'],
    ['a,b 1,2', 'words'],
    ['0,2 1,0,3', 'three numbers'],
    ['1,0 0,2', 'unsorted x'],
    ['0,0 0,1', 'a repeated x'],
    ['0,0 1e999,1', 'an infinite x'],
    ['0x10,1 2,2', 'hex'],
  ]) {
    it(`parseKnots rejects ${why} ("${text}") with a reason`, () => {
      const parsed = parseKnots(text);
      expect(parsed.ok).to.be.false;
      if (!parsed.ok) expect(parsed.reason).to.be.a('string').and.not.empty;
    });
  }

  it('formatKnots(parseKnots(text)) round-trips', () => {
    expect(formatKnots(knotsOf(LAB_TARGET))).to.equal(LAB_TARGET);
  });

  it('slopes and breakpoints of the lab target are −2, 1, 3 and 1, 2', () => {
    expect(slopes(knotsOf(LAB_TARGET))).to.deep.equal([-2, 1, 3]);
    expect(breakpoints(knotsOf(LAB_TARGET))).to.deep.equal([1, 2]);
  });

  it('piecewiseLinear equals the hand-written target at 301 points within 1e-12', () => {
    const f = piecewiseLinear(knotsOf(LAB_TARGET));
    for (let i = 0; i <= 300; i++) {
      const x = i / 100;
      expect(f(x)).to.be.closeTo(handTarget(x), 1e-12);
    }
    expect(f(1)).to.equal(0);
    expect(f(3)).to.equal(4);
  });

  it('piecewiseLinear continues the end segments and handles degenerate input', () => {
    const f = piecewiseLinear(knotsOf(LAB_TARGET));
    expect(f(-1)).to.equal(4); // slope −2 continued left of (0, 2)
    expect(f(4)).to.equal(7); // slope 3 continued right of (3, 4)
    expect(f(NaN)).to.be.NaN;
    expect(piecewiseLinear([[1, 5]])(9)).to.equal(5);
    expect(piecewiseLinear([])(0)).to.be.NaN;
  });
});
