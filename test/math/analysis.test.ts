import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { solve as lp } from 'yalps';
import { analyse, bendsOf, type Analysis, type LessonShape } from '../../src/math/analysis.js';
import type { LessonUnit } from '../../src/math/lesson.js';
import { interpolate, net } from '../helpers/reference.js';

const unit = (w: number, b: number, fixed = false, v = 1): LessonUnit => ({ w, b, v, fixed, activation: 'relu' });
const knotsOf = (text: string) => text.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
const shape = (target: string, units: LessonUnit[], extra: Partial<LessonShape> = {}): LessonShape => ({
  knots: knotsOf(target),
  units,
  outputBias: 0,
  min: -4,
  max: 4,
  step: 0.1,
  editableOutput: false,
  locked: new Set(),
  ...extra,
});

/** Every x where the network or the target may bend, and midpoints: the network equals the target there iff it equals it everywhere. */
function largestGap(lesson: LessonShape, units: readonly LessonUnit[], c: number): number {
  const [x0, xn] = [lesson.knots[0][0], lesson.knots[lesson.knots.length - 1][0]];
  const xs = [...lesson.knots.map(([x]) => x), ...units.filter((u) => u.w !== 0).map((u) => -u.b / u.w)].filter((x) => x >= x0 && x <= xn).sort((a, b) => a - b);
  const all = [...xs, ...xs.slice(1).map((x, i) => (x + xs[i]) / 2)];
  const f = net(units, c);
  const g = interpolate(lesson.knots);
  return Math.max(...all.map((x) => Math.abs(f(x) - g(x))));
}

/** The solution respects the lesson: fixed units unchanged, locked values kept, free values in the range, and it is exact. */
function checkSolution(lesson: LessonShape, a: Analysis) {
  const s = a.solution!;
  expect(s, 'a solution when exact is yes').to.exist;
  const scale = 1 + Math.max(...lesson.knots.map(([, y]) => Math.abs(y)));
  expect(largestGap(lesson, s.units, s.outputBias)).to.be.at.most(1e-6 * scale);
  s.units.forEach((u, i) => {
    const given = lesson.units[i];
    if (given.fixed) return expect(u).to.deep.equal(given);
    for (const k of ['w', 'b', 'v'] as const) {
      const fixedV = k === 'v' && !lesson.editableOutput;
      if (lesson.locked.has(`${k}${i}`) || fixedV) expect(u[k], `${k}${i} kept`).to.equal(given[k]);
      else expect(u[k]).to.be.within(lesson.min - 1e-9, lesson.max + 1e-9);
    }
  });
  if (!lesson.editableOutput || lesson.locked.has('c')) expect(s.outputBias).to.equal(lesson.outputBias);
  else expect(s.outputBias).to.be.within(lesson.min - 1e-9, lesson.max + 1e-9);
}

/**
 * An exhaustive search written apart from the library: every assignment of every free unit to
 * silent throughout, on throughout, or hinged at one of the target's bends (waking or going silent
 * there), with every sign of its output weight, each solved exactly as a linear program in
 * W = v·w, B = v·b and v (shifted to be non-negative). True when some assignment has a solution.
 */
function exhaustive(lesson: LessonShape): boolean {
  const { knots, units, min, max } = lesson;
  const [x0, xn] = [knots[0][0], knots[knots.length - 1][0]];
  const fixed = units.filter((u) => u.fixed);
  const cFree = lesson.editableOutput && !lesson.locked.has('c');
  // What the free units must supply: the target less the fixed units (and c when fixed).
  const cuts = [...new Set([...knots.map(([x]) => x), ...fixed.filter((u) => u.w !== 0).map((u) => -u.b / u.w)])].filter((x) => x >= x0 && x <= xn).sort((a, b) => a - b);
  const g = interpolate(knots);
  const rest = (x: number) => g(x) - net(fixed, cFree ? 0 : lesson.outputBias)(x);
  const slopes = cuts.slice(1).map((x, i) => (rest(x) - rest(cuts[i])) / (x - cuts[i]));
  const bends: { x: number; change: number }[] = [];
  for (let i = 1; i < slopes.length; i++) {
    const change = slopes[i] - slopes[i - 1];
    if (Math.abs(change) > 1e-9 * (1 + Math.abs(slopes[i]))) bends.push({ x: cuts[i], change });
  }
  const freeUnits = units.flatMap((u, i) => (u.fixed ? [] : [{ u, i }]));
  type Option = { role: 'off' | 'on' | 'wakes' | 'sleeps'; x: number; s: number };
  const optionsOf = ({ u, i }: { u: LessonUnit; i: number }): Option[] => {
    const vFixed = !lesson.editableOutput || lesson.locked.has(`v${i}`);
    const signs = vFixed ? [u.v < 0 ? -1 : 1] : [1, -1].filter((s) => (s > 0 ? max >= 0 : min < 0));
    const roles: Option[] = [];
    for (const s of signs) {
      roles.push({ role: 'off', x: NaN, s }, { role: 'on', x: NaN, s });
      for (const { x } of bends) roles.push({ role: 'wakes', x, s }, { role: 'sleeps', x, s });
    }
    return roles;
  };
  const options = freeUnits.map(optionsOf);
  const M = 1e3 * (1 + Math.abs(min) + Math.abs(max)) ** 2;
  const feasible = (choice: Option[]): boolean => {
    const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    // Each variable X is stored as X' = X + M ≥ 0, so a row Σ a·X = r becomes Σ a·X' = r + M·Σ a.
    const rows: Record<string, { terms: [string, number][]; op: 'min' | 'max' | 'equal'; rhs: number }> = {};
    const row = (name: string, terms: [string, number][], op: 'min' | 'max' | 'equal', rhs: number) => (rows[name] = { terms, op, rhs });
    const slope: [string, number][] = [];
    const value: [string, number][] = [];
    const atBend: Record<string, [string, number][]> = {};
    choice.forEach((o, k) => {
      const { u, i } = freeUnits[k];
      const [W, B, V] = [`W${i}`, `B${i}`, `V${i}`];
      const vFixed = !lesson.editableOutput || lesson.locked.has(`v${i}`);
      const [vlo, vhi] = vFixed ? [u.v, u.v] : o.s > 0 ? [Math.max(0, min), max] : [min, Math.min(0, max)];
      row(`vlo${i}`, [[V, 1]], 'min', vlo);
      row(`vhi${i}`, [[V, 1]], 'max', vhi);
      for (const [X, key] of [[W, 'w'], [B, 'b']] as const) {
        if (lesson.locked.has(`${key}${i}`)) row(`${X}lock`, [[X, 1], [V, -u[key]]], 'equal', 0);
        else {
          // v·min ≤ X ≤ v·max for v ≥ 0, reversed for v ≤ 0.
          row(`${X}lo`, [[X, o.s], [V, -o.s * min]], 'min', 0);
          row(`${X}hi`, [[X, o.s], [V, -o.s * max]], 'max', 0);
        }
      }
      if (o.role === 'wakes' || o.role === 'sleeps') {
        row(`hinge${i}`, [[B, 1], [W, o.x]], 'equal', 0);
        row(`side${i}`, [[W, o.s]], o.role === 'wakes' ? 'min' : 'max', 0);
        (atBend[o.x] ??= []).push([W, o.role === 'wakes' ? 1 : -1]);
        if (o.role === 'sleeps') slope.push([W, 1]), value.push([W, x0 - o.x]);
      } else {
        for (const x of [x0, xn]) row(`edge${i}${x}`, [[W, o.s * x], [B, o.s]], o.role === 'on' ? 'min' : 'max', 0);
        if (o.role === 'on') slope.push([W, 1]), value.push([W, x0], [B, 1]);
      }
    });
    if (cFree) {
      row('clo', [['C', 1]], 'min', min);
      row('chi', [['C', 1]], 'max', max);
      value.push(['C', 1]);
    }
    for (const { x, change } of bends) {
      if (!atBend[x]) return false;
      row(`bend${x}`, atBend[x], 'equal', change);
    }
    row('slope', slope, 'equal', slopes[0]);
    row('value', value, 'equal', rest(x0));
    for (const [name, { terms, op, rhs }] of Object.entries(rows)) {
      let shift = 0;
      for (const [v, a] of terms) {
        (variables[v] ??= {})[name] = (variables[v]?.[name] ?? 0) + a;
        shift += a * M;
      }
      constraints[name] = { [op]: rhs + shift };
    }
    const result = lp({ direction: 'minimize', objective: 'none', constraints, variables }, { precision: 1e-10 });
    return result.status === 'optimal';
  };
  // Walk every assignment; skip the linear program where it cannot hold: a bend with no unit
  // hinged there, or none whose output weight has the sign of the change (|w|·v has v's sign).
  const choice: Option[] = [];
  const walk = (k: number): boolean => {
    if (k === freeUnits.length) {
      const possible = bends.every(({ x, change }) => choice.some((o) => o.x === x && o.s * change > 0));
      return possible && feasible(choice);
    }
    const uncovered = bends.filter(({ x }) => !choice.some((o) => o.x === x)).length;
    if (uncovered > freeUnits.length - k) return false;
    for (const o of options[k]) {
      choice.push(o);
      const found = walk(k + 1);
      choice.pop();
      if (found) return true;
    }
    return false;
  };
  return walk(0);
}

describe('the analysis of a lesson (src/math/analysis.ts)', () => {
  it('the notebook lesson: real bends at x = 1 and 2, solved the notebook’s way (w1 = 1, b1 = −1, w2 = 2, b2 = −4)', () => {
    const a = analyse(shape('0,2 1,0 2,1 3,4', [unit(-2, 2, true), unit(0, 0), unit(0, 0)]));
    expect(a.bends.map((b) => [b.x, b.change])).to.deep.equal([[1, 3], [2, 2]]);
    expect(a.exact).to.equal('yes');
    const [, u1, u2] = a.solution!.units;
    expect([u1.w, u1.b, u2.w, u2.b]).to.deep.equal([1, -1, 2, -4]);
    expect(a.solution!.roles.slice(1)).to.deep.equal([{ kind: 'wakes', x: 1 }, { kind: 'wakes', x: 2 }]);
    expect(a.solution!.onGrid).to.be.true;
  });

  it('units that go silent at the bends solve "0,3 1,1 2,0 3,0" with two units (issue item 1)', () => {
    const a = analyse(shape('0,3 1,1 2,0 3,0', [unit(0, 0), unit(0, 0)]));
    expect(a.exact).to.equal('yes');
    expect(a.solution!.roles).to.deep.equal([{ kind: 'sleeps', x: 1 }, { kind: 'sleeps', x: 2 }]);
    expect(a.solution!.units.map((u) => [u.w, u.b])).to.deep.equal([[-1, 1], [-1, 2]]);
  });

  it('a knot the line passes straight through is not a bend (issue item 3)', () => {
    expect(bendsOf(knotsOf('0,0 1,2 2,1 3,0')).map((b) => [b.x, b.change])).to.deep.equal([[1, -3]]);
    const lesson = shape('0,0 1,2 2,1 3,0', [unit(0, 0), unit(0, 0), unit(0, 0)], { editableOutput: true });
    const a = analyse(lesson);
    expect(a.exact).to.equal('yes');
    expect(a.needs.bends.map((b) => b.x)).to.deep.equal([1]);
    checkSolution(lesson, a);
  });

  it('locked values are kept: w2 = 2, b2 = −4 locked is still solvable, and the solution keeps them', () => {
    const lesson = shape('0,2 1,0 2,1 3,4', [unit(-2, 2, true), unit(0, 0), unit(2, -4)], { locked: new Set(['w2', 'b2']) });
    const a = analyse(lesson);
    expect(a.exact).to.equal('yes');
    checkSolution(lesson, a);
  });

  it('b1 and b2 locked at 0 keep both hinges at x = 0: no unit can hinge at the bends, and it says why', () => {
    const a = analyse(shape('0,2 1,0 2,1 3,4', [unit(-2, 2, true), unit(0, 0), unit(0, 0)], { locked: new Set(['b1', 'b2']) }));
    expect(a.exact).to.equal('no');
    expect(a.reasons[0]).to.deep.include({ kind: 'cannotHinge', x: 1, change: 1 });
    expect((a.reasons[0] as unknown as { causes: unknown[] }).causes).to.deep.equal([
      { unit: 1, why: 'lockedB', value: 0 },
      { unit: 2, why: 'lockedB', value: 0 },
    ]);
  });

  it('a falling bend with every output weight fixed at 1 cannot be made, and that is the reason given', () => {
    const a = analyse(shape('0,0 1,1 2,0', [unit(0, 0), unit(0, 0)]));
    expect(a.exact).to.equal('no');
    expect(a.reasons).to.have.length(1);
    expect(a.reasons[0]).to.deep.include({ kind: 'cannotHinge', x: 1, change: -2 });
    expect(exhaustive(shape('0,0 1,1 2,0', [unit(0, 0), unit(0, 0)]))).to.be.false;
  });

  it('leaky ReLU and linear units are analysed exactly; a fixed sigmoid makes the target unreachable', () => {
    const leaky = { ...unit(0, 0), activation: 'leaky-relu' as const };
    const a = analyse(shape('0,0 1,1 2,3', [leaky, unit(0, 0)], { editableOutput: true }));
    expect(a.exact).to.equal('yes');
    const curved = analyse(shape('0,0 1,1', [{ ...unit(1, 0, true), activation: 'sigmoid' }, unit(0, 0)]));
    expect(curved.exact).to.equal('no');
    expect(curved.reasons[0]).to.deep.equal({ kind: 'curved', unit: 0, activation: 'sigmoid' });
  });

  // Random lessons: 2–6 knots, 1–5 units, fixed units, locks, slider ranges, fixed or editable output weights, c or not.
  const grid = (min: number, max: number, step: number) => fc.integer({ min: 0, max: Math.round((max - min) / step) }).map((k) => Number((min + k * step).toFixed(6)));
  const rangeArb = fc.constantFrom(
    { min: -4, max: 4, step: 0.1 },
    { min: -4, max: 4, step: 0.5 },
    { min: -2, max: 3, step: 0.25 },
    { min: 0, max: 4, step: 0.5 },
    { min: -1, max: 1, step: 0.1 },
  );

  it('every lesson built from an exact network within the ranges and locks is solvable, and the solution is exact (2,000 lessons)', function () {
    this.timeout(120_000);
    const lessonArb = rangeArb.chain((range) =>
      fc
        .record({
          units: fc.array(
            fc.record({ w: grid(range.min, range.max, range.step), b: grid(range.min, range.max, range.step), v: grid(range.min, range.max, range.step), fixed: fc.boolean() }),
            { minLength: 1, maxLength: 5 },
          ),
          editable: fc.boolean(),
          c: grid(range.min, range.max, range.step),
          locks: fc.array(fc.constantFrom('w', 'b', 'v'), { maxLength: 3 }),
          lockUnits: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
          lockC: fc.boolean(),
          x0: fc.integer({ min: -4, max: 2 }),
          width: fc.integer({ min: 1, max: 6 }),
          extra: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 2 }),
        })
        .map((o) => {
          const units = o.units.map((u, i) => ({ w: u.w, b: u.b, v: o.editable || u.fixed ? u.v : 1, fixed: u.fixed && i % 2 === 1, activation: 'relu' as const }));
          const c = o.editable ? o.c : 0;
          const [x0, xn] = [o.x0, o.x0 + o.width];
          const kinks = units.filter((u) => u.w !== 0).map((u) => -u.b / u.w).filter((x) => x > x0 && x < xn);
          const extras = o.extra.map((k) => x0 + (o.width * k) / 10);
          const xs = [...new Set([x0, xn, ...kinks, ...extras])].sort((a, b) => a - b);
          const f = net(units, c);
          const locked = new Set([...o.locks.map((k, i) => `${k}${o.lockUnits[i] ?? 0}`).filter((name) => units[Number(name.slice(1))] && !units[Number(name.slice(1))].fixed), ...(o.lockC && o.editable ? ['c'] : [])]);
          return { ...range, knots: xs.map((x) => [x, f(x)] as [number, number]), units, outputBias: c, editableOutput: o.editable, locked, count: xs.length };
        })
        .filter((l) => l.count <= 6),
    );
    let solved = 0;
    fc.assert(
      fc.property(lessonArb, (lesson) => {
        // The learner starts elsewhere: free units at the range's start, locked ones where the author put them.
        const start = lesson.units.map((u, i) => (u.fixed ? u : { ...u, ...Object.fromEntries((['w', 'b', 'v'] as const).filter((k) => !lesson.locked.has(`${k}${i}`) && (k !== 'v' || lesson.editableOutput)).map((k) => [k, lesson.min])) }));
        const asked = { ...lesson, units: start, outputBias: lesson.locked.has('c') || !lesson.editableOutput ? lesson.outputBias : lesson.min };
        const a = analyse(asked);
        expect(a.exact, JSON.stringify({ ...lesson, locked: [...lesson.locked], reasons: a.reasons })).to.equal('yes');
        checkSolution(asked, a);
        solved++;
      }),
      { numRuns: 2000, seed: 20261207 },
    );
    expect(solved).to.equal(2000);
  });

  it('every random lesson reported unsolvable has no solution by an independent exhaustive search; every reported solution is exact (2,000 lessons)', function () {
    this.timeout(120_000);
    const lessonArb = rangeArb.chain((range) =>
      fc.record({
        ys: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 2, maxLength: 6 }),
        gaps: fc.array(fc.constantFrom(0.5, 1, 1.5, 2), { minLength: 5, maxLength: 5 }),
        units: fc.array(
          fc.record({ w: grid(range.min, range.max, range.step), b: grid(range.min, range.max, range.step), v: fc.constantFrom(1, 1, -1, 2, 0.5), fixed: fc.boolean() }),
          { minLength: 1, maxLength: 5 },
        ),
        editable: fc.constantFrom(true, true, false),
        c: fc.constantFrom(0, 0, 1, -0.5),
        lock: fc.array(fc.tuple(fc.constantFrom('w', 'b', 'v'), fc.integer({ min: 0, max: 4 })), { maxLength: 3 }),
        lockC: fc.boolean(),
      }).map((o): LessonShape => {
        let x = 0;
        // Mostly as many bends as units, as authors write lessons; sometimes more.
        const ys = o.ys.slice(0, o.units.length + 2 + (o.lockC ? 1 : 0));
        const knots = ys.map((y, i) => [i === 0 ? x : (x += o.gaps[i - 1]), y] as [number, number]);
        // A free unit's v lies in the range when the output is editable.
        const units = o.units.map((u) => ({ ...u, v: o.editable && !u.fixed ? Math.min(range.max, Math.max(range.min, u.v)) : u.v, activation: 'relu' as const }));
        const locked = new Set([...o.lock.filter(([, i]) => units[i] && !units[i].fixed).map(([k, i]) => `${k}${i}`), ...(o.lockC && o.editable ? ['c'] : [])]);
        return { ...range, knots, units, outputBias: o.c, editableOutput: o.editable, locked };
      }),
    );
    const counts = { yes: 0, no: 0, unknown: 0 };
    const reasons: Record<string, number> = {};
    fc.assert(
      fc.property(lessonArb, (lesson) => {
        const a = analyse(lesson);
        counts[a.exact]++;
        for (const r of a.reasons) reasons[r.kind] = (reasons[r.kind] ?? 0) + 1;
        const what = JSON.stringify({ ...lesson, locked: [...lesson.locked] });
        if (a.exact === 'yes') checkSolution(lesson, a);
        if (a.exact === 'no') expect(exhaustive(lesson), `reported unsolvable, but the search finds a solution: ${what}`).to.be.false;
      }),
      { numRuns: 2000, seed: 7122026 },
    );
    // Both answers occur, and the analysis decides every one of these lessons.
    expect(counts.yes, JSON.stringify({ counts, reasons })).to.be.above(200);
    expect(counts.no, JSON.stringify(counts)).to.be.above(400);
    expect(counts.unknown).to.equal(0);
  });
});
