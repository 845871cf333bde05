import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hingeKey } from '../../src/elements/relu-fit-lab/handles.js';
import { createLesson, place } from '../../src/math/lesson.js';
import { createFrame } from '../../src/plot/frame.js';

/** The hinge keys as a property: whatever the unit, a press keeps w (or wakes a flat unit with slope 1), never throws the hinge out of view, and moves it the way pressed. */
describe('hinge keys over random units', () => {
  const range = createLesson().range; // −4 … 4 in steps of 0.1
  const onGrid = fc.integer({ min: -40, max: 40 }).map((i) => place(range, i / 10));

  it('keep w, keep the hinge in view, and move it the way pressed (or not at all)', () => {
    fc.assert(
      fc.property(onGrid, onGrid, fc.constantFrom(-10, -1, 1, 10), fc.constantFrom<[number, number]>([0, 3], [-2, 2], [0, 10]), (w, b, steps, domain) => {
        const f = createFrame({ width: 300, height: 200, xDomain: domain, yDomain: [-1, 1] });
        const [w2, b2] = hingeKey(f, { w, b }, range, steps);
        expect(Number.isFinite(w2) && Number.isFinite(b2)).to.be.true;
        if (w === 0) {
          // A flat unit wakes with slope 1 and its hinge in view, or (out of range) stays as it was.
          if (w2 !== 0) expect(w2).to.equal(1);
        } else {
          expect(w2).to.equal(w);
        }
        if (w2 === w && b2 === b) return; // a press that cannot move it (the edge, or b's grid) leaves it
        const hinge = -b2 / w2;
        expect(hinge).to.be.within(domain[0] - 1e-9, domain[1] + 1e-9);
        if (w !== 0) {
          // The way pressed, from where the hinge really was (in view or not).
          expect(Math.sign(hinge - -b / w)).to.equal(Math.sign(steps));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
