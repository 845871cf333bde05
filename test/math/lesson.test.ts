import { expect } from '@open-wc/testing';
import {
  LESSON_DEFAULTS,
  createLesson,
  evaluate,
  place,
  sampleTarget,
  setOutputBias,
  setParam,
  setRange,
  setState,
  setTarget,
  setTolerance,
  setUnits,
  snap,
  writeState,
  type Lesson,
  type Outcome,
} from '../../src/math/lesson.js';

/** The notebook's target and network, written out from SPEC.md, not from the code. */
const target = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const relu = (z: number) => Math.max(0, z);
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const mseOf = (w1: number, b1: number, w2: number, b2: number) =>
  xs.reduce((s, x) => s + (relu(-2 * x + 2) + relu(w1 * x + b1) + relu(w2 * x + b2) - target(x)) ** 2, 0) / 300;

const lessonOf = (outcome: Outcome): Lesson => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.lesson;
};
const reasonOf = (outcome: Outcome): string => (outcome.ok ? '' : outcome.reason);

describe('lesson model (src/math/lesson.ts)', () => {
  it('createLesson() is the notebook: three units, unit 0 fixed at w = −2, b = 2, range −4..4 by 0.1', () => {
    const lesson = createLesson();
    expect(lesson.units.map((u) => [u.w, u.b, u.v, u.fixed])).to.deep.equal([[-2, 2, 1, true], [0, 0, 1, false], [0, 0, 1, false]]);
    expect([lesson.range.min, lesson.range.max, lesson.range.step]).to.deep.equal([-4, 4, 0.1]);
    expect(lesson.knots).to.deep.equal([[0, 2], [1, 0], [2, 1], [3, 4]]);
    expect(lesson.tolerance).to.equal(LESSON_DEFAULTS.tolerance);
  });

  it('evaluate(lesson) gives the MSE over 300 samples and matched at the solution', () => {
    const start = createLesson();
    const samples = sampleTarget(start.knots);
    expect(evaluate(start, samples).error).to.be.closeTo(mseOf(0, 0, 0, 0), 1e-12);
    let solved = start;
    for (const [i, key, value] of [[1, 'w', 1], [1, 'b', -1], [2, 'w', 2], [2, 'b', -4]] as const) solved = lessonOf(setParam(solved, i, key, value));
    const result = evaluate(solved, samples);
    expect(result.error).to.be.below(1e-20);
    expect(result.matched).to.be.true;
    const off = lessonOf(setParam(solved, 2, 'w', 2.1));
    expect(evaluate(off, samples).error).to.be.closeTo(mseOf(1, -1, 2.1, -4), 1e-12);
    expect(evaluate(off, samples).matched).to.be.false;
  });

  it('setParam(lesson, i, key, value) snaps to the step without dust and never changes the lesson it was given', () => {
    const start = createLesson();
    const next = lessonOf(setParam(start, 1, 'w', 0.1 + 0.2));
    expect(next.units[1].w).to.equal(0.3);
    expect(start.units[1].w).to.equal(0);
  });

  it('setParam refuses what is not a finite number, a fixed or missing unit, and (strict) a value out of range', () => {
    const start = createLesson();
    expect(reasonOf(setParam(start, 1, 'w', NaN))).to.contain('not a finite number');
    expect(reasonOf(setParam(start, 1, 'w', '1' as unknown as number))).to.contain('not a finite number');
    expect(reasonOf(setParam(start, 0, 'w', 1))).to.contain('unit 0 is fixed');
    expect(reasonOf(setParam(start, 5, 'w', 1))).to.contain('no unit 5');
    expect(reasonOf(setParam(start, 1, 'b', 9))).to.contain('outside the slider range -4 to 4');
    // A learner's value is clamped instead; animations move between steps.
    expect(lessonOf(setParam(start, 1, 'b', 9, 'clamp')).units[1].b).to.equal(4);
    expect(lessonOf(setParam(start, 1, 'b', 1.234, 'free')).units[1].b).to.equal(1.234);
  });

  it('snap(range, x) lands on min + k·step inside the range; place() clamps first', () => {
    const range = { min: -1, max: 1, step: 0.3, digits: 1 };
    expect(snap(range, 0.95)).to.equal(0.8);
    expect(snap(range, -0.05)).to.equal(-0.1);
    expect(place(range, 7)).to.equal(0.8);
    expect(Object.is(snap({ min: -4, max: 4, step: 0.1, digits: 1 }, -0.01), -0)).to.be.false;
  });

  it('setRange moves free units onto the new grid and refuses a bad range', () => {
    const start = lessonOf(setParam(createLesson(), 1, 'w', 3.3));
    const coarse = lessonOf(setRange(start, { step: 0.5 }));
    expect(coarse.units[1].w).to.equal(3.5);
    expect(coarse.units[0].w).to.equal(-2);
    expect(reasonOf(setRange(start, { min: 4 }))).to.contain('min must be less than max');
    expect(reasonOf(setRange(start, { step: 0 }))).to.contain('at least 1e-9');
    expect(reasonOf(setRange(start, { min: -1e5, max: 1e5, step: 1e-3 }))).to.contain('million steps');
    expect(reasonOf(setRange(start, { min: -1e9, max: 1e9, step: 1e-3 }))).to.contain('between −1000000 and 1000000');
  });

  it('setTarget refuses coordinates beyond ±1e6, which would overflow the x range or the error', () => {
    const start = createLesson();
    expect(reasonOf(setTarget(start, '-1e308,0 1e308,1'))).to.contain('between −1000000 and 1000000');
    expect(reasonOf(setTarget(start, '0,0 1,1e300'))).to.contain('between −1000000 and 1000000');
    expect(lessonOf(setTarget(start, '0,0 1e6,1')).knots).to.deep.equal([[0, 0], [1e6, 1]]);
    expect(reasonOf(setTarget(start, 42))).to.contain('text of knots');
  });

  it('setUnits reads JSON strictly: "fixed" must be true or false, unknown keys are refused', () => {
    const start = createLesson();
    expect(reasonOf(setUnits(start, '[{"fixed":"true"}]'))).to.contain("unit 0's fixed must be true or false");
    expect(reasonOf(setUnits(start, '[{"W":1}]'))).to.contain('unknown key "W"');
    expect(reasonOf(setUnits(start, '[{"activation":3}]'))).to.contain('activation must be a name');
    const four = lessonOf(setUnits(start, '[{},{},{},{"w":1.26,"fixed":true}]'));
    expect(four.units).to.have.length(4);
    expect(four.units[3]).to.deep.include({ w: 1.26, fixed: true });
  });

  it('setState(lesson, text) applies "w,b,v_…~c", refusing hex, a wrong count and an output bias beyond ±1e6', () => {
    const start = createLesson();
    const solved = lessonOf(setState(start, '-2,2,1_1,-1,1_2,-4,1~0.5'));
    expect(solved.units.map((u) => [u.w, u.b])).to.deep.equal([[-2, 2], [1, -1], [2, -4]]);
    expect(solved.outputBias).to.equal(0.5);
    expect(writeState(solved)).to.equal('-2,2,1_1,-1,1_2,-4,1~0.5');
    expect(reasonOf(setState(start, '-2,2,1_0x10,0,1_0,0,1~0'))).to.contain('3 groups');
    expect(reasonOf(setState(start, '1,1,1~0'))).to.contain('3 groups');
    expect(reasonOf(setState(start, '-2,2,1_1,-1,1_2,-4,1~1e300'))).to.contain('between −1000000 and 1000000');
    // A state cannot move a fixed unit.
    expect(lessonOf(setState(start, '5,5,1_0,0,1_0,0,1~0')).units[0]).to.deep.include({ w: -2, b: 2 });
  });

  it('setOutputBias and setTolerance refuse what they cannot hold', () => {
    const start = createLesson();
    expect(reasonOf(setOutputBias(start, 2e6))).to.contain('between');
    expect(lessonOf(setOutputBias(start, -3)).outputBias).to.equal(-3);
    expect(reasonOf(setTolerance(start, -1))).to.contain('from 0 to 1000000');
    expect(reasonOf(setTolerance(start, 1e7))).to.contain('from 0 to 1000000');
    expect(reasonOf(setRange(start, { max: 1e308 }))).to.contain('between −1000000 and 1000000');
    expect(reasonOf(setTolerance(start, Infinity))).to.contain('finite');
  });
});
