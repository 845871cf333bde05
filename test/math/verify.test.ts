import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { verify } from '../../src/index.js';

/** A server's check agrees with the lab: the same error and the same match for the same lesson and values. */
describe('verify(lesson, values) (src/math/verify.ts)', () => {
  it('the notebook lesson: the solution is matched, one step off is not, a moved fixed unit or a value off the range is invalid', () => {
    const solution = { units: [{ w: -2, b: 2 }, { w: 1, b: -1 }, { w: 2, b: -4 }] };
    expect(verify({}, solution)).to.deep.include({ valid: true, matched: true, error: 0, maxGap: 0 });
    const near = verify({}, { units: [{ w: -2, b: 2 }, { w: 1, b: -1 }, { w: 2, b: -3.9 }] });
    expect(near).to.deep.include({ valid: true, matched: false });
    expect(near.maxGap).to.be.closeTo(0.1, 1e-12);
    const forged = verify({}, { units: [{ w: 0, b: 0 }, { w: 1, b: -1 }, { w: 2, b: -4 }] });
    expect(forged).to.deep.include({ valid: false, matched: false });
    expect(forged.problems[0]).to.contain('unit 0 is fixed');
    expect(verify({}, { units: [{ w: -2, b: 2 }, { w: 9, b: -1 }, { w: 2, b: -4 }] }).problems[0]).to.contain('outside the slider range');
    expect(verify({ target: '0,0 1' }, solution).problems[0]).to.contain("the lesson's target is refused");
    expect(verify({}, { units: [] }).valid).to.be.false;
  });

  it('data and formula lessons: judged by the MSE against the goal, as the lab judges them', async () => {
    const line = { data: '0,0 1,1 2,2 3,3', units: [{}, {}], goal: 0.05 };
    const exact = verify(line, { units: [{ w: 1, b: 0 }, { w: 0, b: 0 }] });
    expect(exact).to.deep.include({ valid: true, matched: true, error: 0 });
    const close = verify(line, { units: [{ w: 1.1, b: 0 }, { w: 0, b: 0 }] });
    expect(close.matched).to.be.true;
    expect(close.error).to.be.closeTo((0.01 + 0.04 + 0.09) / 4, 1e-12);
    expect(verify({ ...line, goal: 0.01 }, { units: [{ w: 1.1, b: 0 }, { w: 0, b: 0 }] }).matched).to.be.false;
    const sine = { fn: 'sin(x)', domain: '0 2*pi', noise: 0.1, seed: 4, units: [{}, {}, {}], editableOutput: true };
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab fn="sin(x)" domain="0 2*pi" noise="0.1" seed="4" units='[{},{},{}]' editable-output w1="1" b1="-1"></relu-fit-lab>`);
    const verdict = verify(sine, { units: lab.units.map(({ w, b, v }) => ({ w, b, v })), outputBias: lab.outputBias });
    expect(verdict.valid).to.be.true;
    expect(verdict.error).to.be.closeTo(lab.error, 1e-12);
    expect(verdict.matched).to.equal(lab.matched);
    expect(verify({ fn: 'alert(1)' }, { units: [] }).problems[0]).to.contain("the lesson's fn is refused").and.contain('position');
  });

  it('agrees with the element on 1,000 random lessons and values (matched, and the error to 1e-12)', async function () {
    this.timeout(300_000);
    const lessonArb = fc.record({
      ys: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 2, maxLength: 5 }),
      units: fc.array(fc.record({ w: fc.integer({ min: -4, max: 4 }), b: fc.integer({ min: -4, max: 4 }), fixed: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      editable: fc.boolean(),
      tolerance: fc.constantFrom(0.05, 0.2, 1),
      solved: fc.boolean(),
      nudge: fc.constantFrom(0, 0, 0.1, -0.1),
      values: fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 9, maxLength: 9 }),
    });
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    let matched = 0;
    await fc.assert(
      fc.asyncProperty(lessonArb, async (o) => {
        const target = o.ys.map((y, i) => `${i},${y}`).join(' ');
        const units = o.units.map((u) => ({ ...u, v: 1, activation: 'relu' as const }));
        const lesson = { target, units, tolerance: o.tolerance, editableOutput: o.editable };
        lab.editableOutput = o.editable;
        lab.target = target;
        lab.tolerance = o.tolerance;
        lab.units = units;
        lab.outputBias = 0;
        await lab.updateComplete;
        // Values: the lab's own solution (sometimes a step off), or random values on the grid.
        const solution = await lab.solve();
        const free = (k: number) => o.values[k % 9] / 10;
        const submitted = o.solved && solution.ok
          ? solution.units.map((u, i) => (u.fixed ? u : { ...u, b: i === units.findIndex((x) => !x.fixed) ? Math.round((u.b + o.nudge) * 10) / 10 : u.b }))
          : lab.units.map((u, i) => (u.fixed ? u : { ...u, w: free(2 * i), b: free(2 * i + 1) }));
        const c = o.solved && solution.ok ? solution.outputBias : 0;
        lab.state = `${submitted.map((u) => [u.w, u.b, u.v].join(',')).join('_')}~${c}`;
        await lab.updateComplete;
        // What the lab holds now (placed on its sliders) is what a learner would submit.
        const verdict = verify(lesson, { units: lab.units, outputBias: lab.outputBias });
        expect(verdict.valid, verdict.problems.join('; ')).to.be.true;
        expect(verdict.matched).to.equal(lab.matched);
        expect(verdict.error).to.be.closeTo(lab.error, 1e-12);
        if (lab.matched) matched++;
      }),
      { numRuns: 1000, seed: 24 },
    );
    expect(matched).to.be.above(50);
  });
});
