import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { analysisOf, hintsOf, noSolutionText, solutionText } from '../../src/elements/relu-fit-lab/lab-analysis.js';
import { labStrings } from '../../src/index.js';
import { sharedStrings, translator } from '../../src/elements/strings.js';
import { createLesson, setData, type Lesson, type LessonUnit } from '../../src/math/lesson.js';
import { goalHints } from '../../src/elements/relu-fit-lab/lab-approx.js';
import { GoodFitSearch } from '../../src/elements/relu-fit-lab/lab-good-fit.js';
import { initialModel } from '../../src/elements/relu-fit-lab/lab-model.js';

/**
 * Every bend the lab names is real: over 2,000 random lessons, each x the hints, the solution text
 * and the "no solution" reasons name as a bend, and each change of slope they state, is checked
 * against bends computed here from the definitions (the target less the fixed units, by slopes
 * between neighbouring cuts), not from the code's own analysis.
 */
const t = translator(null, { ...sharedStrings, ...labStrings });
const words = { t, locale: 'en' };
const relu = (z: number) => (z > 0 ? z : 0);
/** A unit's output by its activation, written here: ReLU, or the logistic sigmoid. */
const fire = (u: Pick<LessonUnit, 'activation'>, z: number) => (u.activation === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : relu(z));
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Numbers as the lab writes them: "−3", "1.5", "+2". */
const parse = (s: string) => Number(s.replace('−', '-').replace('+', ''));

function bendsByHand(lesson: Lesson): { x: number; change: number }[] {
  const { knots, units } = lesson;
  const [x0, xn] = [knots[0][0], knots[knots.length - 1][0]];
  const fixed = units.filter((u) => u.fixed);
  const g = (x: number) => {
    for (let i = 0; i + 1 < knots.length; i++) {
      const [[a, ya], [b, yb]] = [knots[i], knots[i + 1]];
      if (x >= a && x <= b) return ya + ((yb - ya) * (x - a)) / (b - a);
    }
    return NaN;
  };
  const rest = (x: number) => g(x) - fixed.reduce((s, u) => s + u.v * relu(u.w * x + u.b), 0);
  const cuts = [...new Set([...knots.map(([x]) => x), ...fixed.filter((u) => u.w !== 0).map((u) => -u.b / u.w)])].filter((x) => x >= x0 && x <= xn).sort((a, b) => a - b);
  const slopes = cuts.slice(1).map((x, i) => (rest(x) - rest(cuts[i])) / (x - cuts[i]));
  const bends: { x: number; change: number }[] = [];
  for (let i = 1; i < slopes.length; i++) if (Math.abs(slopes[i] - slopes[i - 1]) > 1e-9) bends.push({ x: cuts[i], change: slopes[i] - slopes[i - 1] });
  return bends;
}

const lessonArb = fc
  .record({
    ys: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 2, maxLength: 6 }),
    gaps: fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 5, maxLength: 5 }),
    units: fc.array(fc.record({ w: fc.integer({ min: -4, max: 4 }), b: fc.integer({ min: -4, max: 4 }), v: fc.constantFrom(1, -1, 2), fixed: fc.boolean() }), { minLength: 1, maxLength: 5 }),
    editable: fc.boolean(),
    locked: fc.array(fc.tuple(fc.constantFrom('w', 'b'), fc.integer({ min: 0, max: 4 })), { maxLength: 2 }),
  })
  .map((o) => {
    let x = 0;
    const knots = o.ys.map((y, i) => [i === 0 ? x : (x += o.gaps[i - 1]), y] as [number, number]);
    const units: LessonUnit[] = o.units.map((u) => ({ ...u, v: u.fixed || o.editable ? u.v : 1, activation: 'relu' }));
    const frozen = new Set(o.locked.filter(([, i]) => units[i] && !units[i].fixed).map(([k, i]) => `${k}${i}`));
    const lesson: Lesson = { ...createLesson(), knots, units, outputBias: 0 };
    return { lesson, editable: o.editable, frozen };
  });

describe('the lab names only real bends (2,000 random lessons)', () => {
  it('hints, solution texts and reasons name bends the target (less the fixed units) really has, with the stated changes', function () {
    this.timeout(120_000);
    let named = 0;
    fc.assert(
      fc.property(lessonArb, ({ lesson, editable, frozen }) => {
        const truth = bendsByHand(lesson);
        const a = analysisOf(lesson, editable, frozen);
        const hints = hintsOf(a, lesson, { notebook: false, editableOutput: editable, frozen, notebookHints: () => [] }, words);
        // "The free units must bend the output at x = 1 and 2, changing its slope by −3 and +1."
        const stated = /bend the output at x = (.+?), changing its slope by (.+?)\.(?: |$)/.exec(hints[1]);
        if (truth.length) {
          expect(stated, hints[1]).to.exist;
          const xs = stated![1].split(/, and |, | and /).map(parse);
          const changes = stated![2].split(/, and |, | and /).map(parse);
          expect(xs).to.deep.equal(truth.map((b) => round2(b.x)));
          expect(changes).to.deep.equal(truth.map((b) => round2(b.change)));
          named += xs.length;
        } else expect(hints[1]).to.contain('need not bend the output anywhere');
        // Every x the other texts put a unit's hinge at (wakes up / goes silent at x = …) is one of those bends.
        const others = [hints[2], solutionText(a, lesson, editable, words), noSolutionText(a, lesson, words)].join(' ');
        for (const m of others.matchAll(/(?:wakes up|goes silent) at x = (−?\d+(?:\.\d+)?)/g)) {
          expect(truth.map((b) => round2(b.x)), others).to.include(parse(m[1]));
        }
        for (const m of others.matchAll(/at x = (−?\d+(?:\.\d+)?) the slope must (rise|fall) by (\d+(?:\.\d+)?)/g)) {
          const bend = truth.find((b) => round2(b.x) === parse(m[1]));
          expect(bend, others).to.exist;
          expect(round2(Math.abs(bend!.change))).to.equal(parse(m[3]));
          expect(bend!.change > 0).to.equal(m[2] === 'rise');
        }
      }),
      { numRuns: 2000, seed: 2026 },
    );
    expect(named).to.be.above(1000);
  });
});

describe('what the lab says of data lessons is true (random data, units and values)', () => {
  /** A data lesson with random points (x may repeat), units and values, as the lab holds it. */
  const dataArb = fc
    .record({
      xs: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 2, maxLength: 12 }),
      ys: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 12, maxLength: 12 }),
      units: fc.array(fc.record({ w: fc.integer({ min: -3, max: 3 }), b: fc.integer({ min: -3, max: 3 }), v: fc.constantFrom(1, -1, 0.5, 0), fixed: fc.boolean(), activation: fc.constantFrom('relu' as const, 'relu' as const, 'sigmoid' as const) }), { minLength: 1, maxLength: 4 }),
      goal: fc.constantFrom(0, 0.01, 0.5, 5),
      locked: fc.array(fc.tuple(fc.constantFrom('w', 'b'), fc.integer({ min: 0, max: 3 })), { maxLength: 2 }),
    })
    .filter((o) => new Set(o.xs).size > 1)
    .map((o) => {
      const points = o.xs.map((x, i) => [x / 2, o.ys[i] / 3] as [number, number]);
      const units: LessonUnit[] = o.units.map((u) => ({ ...u }));
      let lesson: Lesson = { ...createLesson(), units, outputBias: 0 };
      const withData = setData(lesson, points);
      if (!withData.ok) throw new Error(withData.reason);
      lesson = { ...withData.lesson, goal: o.goal };
      const frozen = new Set(o.locked.filter(([, i]) => units[i] && !units[i].fixed).map(([k, i]) => `${k}${i}`));
      return { lesson, points, frozen };
    });

  it('the hints: judged by the MSE, the largest gap where it is and which way, a silent unit only when it is, never an exact claim', () => {
    fc.assert(
      fc.property(dataArb, ({ lesson, points, frozen }) => {
        const model = { ...initialModel(), lesson };
        const hints = goalHints(model, frozen, words).join(' ');
        expect(hints).to.not.match(/exact solution|Matched exactly|must bend the output at/);
        expect(hints).to.contain(`at its ${points.length} points`);
        // Hinges are spoken of only when a free ReLU unit bends the output (v ≠ 0): a sigmoid has none.
        if (/hinge/.test(hints)) expect(lesson.units.some((u) => !u.fixed && u.v !== 0 && u.activation === 'relu'), hints).to.be.true;
        // The largest gap, by hand: the first point where |ŷ − y| is largest.
        const out = (x: number) => lesson.units.reduce((s, u) => s + u.v * fire(u, u.w * x + u.b), 0);
        const sorted = [...points].sort((a, b) => a[0] - b[0]);
        let at = 0;
        sorted.forEach(([x, y], i) => {
          if (Math.abs(out(x) - y) > Math.abs(out(sorted[at][0]) - sorted[at][1]) + 1e-12) at = i;
        });
        const largest = Math.abs(out(sorted[at][0]) - sorted[at][1]);
        const said = /The largest gap is now at x = (−?[\d.]+): the output is ([\d.]+) (above|below)/.exec(hints);
        expect(said, hints).to.exist;
        // At a point whose gap is the largest (ties to within rounding: any of them).
        const candidates = sorted.filter(([x, y]) => Math.abs(Math.abs(out(x) - y) - largest) <= 1e-9 && Math.abs(x - parse(said![1])) < 0.006);
        expect(candidates, hints).to.not.be.empty;
        expect(parse(said![2])).to.be.closeTo(largest, 0.0006);
        if (largest > 1e-9) expect(candidates.some(([x, y]) => (out(x) > y ? 'above' : 'below') === said![3]), hints).to.be.true;
        // "Unit k is silent at every point" only when it is, and the learner may move its w and b.
        for (const m of hints.matchAll(/Unit (\d+) is silent at every point/g)) {
          const k = Number(m[1]);
          const u = lesson.units[k];
          expect(u.fixed, hints).to.be.false;
          expect(u.v, `${hints}: a unit weighted 0 bends nothing`).to.not.equal(0);
          expect(frozen.has(`w${k}`) || frozen.has(`b${k}`)).to.be.false;
          for (const [x] of points) expect(u.w * x + u.b, hints).to.be.at.most(0);
          // Its rule puts the hinge (−b/w) at the x the hint names.
          const rule = new RegExp(`set b${k} = (0|(−?)(?:([\\d.]+)·)?w${k}) to put its hinge(?:, where it bends the output,)? at x = (−?\\d+(?:\\.\\d+)?)`).exec(hints);
          expect(rule, hints).to.exist;
          const b = rule![1] === '0' ? 0 : (rule![2] ? -1 : 1) * Number(rule![3] ?? 1); // b as a multiple of w
          expect(-b, hints).to.be.closeTo(parse(rule![4]), 0.006);
          // At an edge of the range, the hinge goes to the other edge, sloped so the unit is on inside the range and largest at the gap.
          const edge = /A hinge at x = (−?[\d.]+), the (left|right) edge, would bend nothing inside the range: give w\d+ a (negative|positive) slope/.exec(hints);
          const xsSorted = sorted.map(([x]) => x);
          const [x0, x1] = [xsSorted[0], xsSorted[xsSorted.length - 1]];
          if (edge) {
            const [gapX, at] = [parse(edge[1]), parse(rule![4])];
            expect(gapX, hints).to.be.closeTo(edge[2] === 'left' ? x0 : x1, 0.006);
            expect(at, hints).to.be.closeTo(edge[2] === 'left' ? x1 : x0, 0.006);
            expect(edge[3], hints).to.equal(edge[2] === 'left' ? 'negative' : 'positive');
            const w = edge[3] === 'positive' ? 1 : -1;
            const a = (x: number) => Math.max(0, w * x - w * at);
            for (const x of xsSorted) if (x > x0 && x < x1) expect(a(x), `${hints}: on inside at ${x}`).to.be.greaterThan(0);
            for (const x of xsSorted) expect(a(x), `${hints}: largest at ${gapX}`).to.be.at.most(a(gapX) + 1e-9);
          } else expect(parse(rule![4]), `${hints}: a hinge inside the range`).to.be.within(x0 + 1e-9, x1 - 1e-9);
        }
        // "Two points at x = …" only when two points share that x with different y.
        const twin = /two points at x = (−?[\d.]+) with different y/.exec(hints);
        if (twin) expect(points.filter(([x]) => Math.abs(x - parse(twin[1])) < 1e-9).map(([, y]) => y)).to.satisfy((ys: number[]) => new Set(ys).size > 1);
      }),
      { numRuns: 1000, seed: 26 },
    );
  });

  it('the good fit: its error is the one it reaches, "reaches the goal" exactly when it does, never an exact claim', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(dataArb, ({ lesson, frozen }) => {
        const values = { units: lesson.units, outputBias: lesson.outputBias };
        const model = { ...initialModel(), lesson, editableOutput: false, start: values, committed: values };
        const locked = [...frozen].join(' ');
        const m = { ...model, locked, labLocks: { all: false, names: new Set(frozen) } };
        const search = new GoodFitSearch(m);
        search.advance(Infinity);
        const best = search.best();
        const landed = { ...m, lesson: { ...lesson, ...best.values } };
        const note = search.note(landed, t, 'en');
        expect(note).to.not.match(/exact solution|Matched exactly/);
        const xs = lesson.source.kind === 'data' ? lesson.source.points : [];
        const out = (x: number) => best.values.outputBias + best.values.units.reduce((s, u) => s + u.v * fire(u, u.w * x + u.b), 0);
        const mse = xs.reduce((s, [x, y]) => s + (out(x) - y) ** 2, 0) / xs.length;
        const stated = parse(/mean squared error of (\d+(?:\.\d+)?)/.exec(note)?.[1] ?? note);
        expect(Math.abs(stated - mse)).to.be.at.most(Math.max(0.0005, mse * 0.05));
        expect(note.includes('It reaches the goal'), note).to.equal(mse <= lesson.goal);
        for (const [name, value] of frozen.size ? [...frozen].map((n) => [n, Number(n.slice(1))] as const) : []) {
          const key = name[0] as 'w' | 'b';
          expect(best.values.units[value][key], `${name} locked`).to.equal(lesson.units[value][key]);
        }
      }),
      { numRuns: 25, seed: 2612 },
    );
  });
});
