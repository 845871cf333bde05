/**
 * A server's check of a submitted answer: `verify(lesson, values)` recomputes
 * the error and the match from the lesson and the values alone, the way the
 * lab does, so a course's server can reject a forged "solved". Pure and
 * DOM-free: it runs in Node and in browsers.
 */

import { createLesson, evaluate, sampleLesson, setData, setGoal, setOutputBias, setRange, setTarget, setTolerance, setUnits, type Lesson } from './lesson.js';
import { setCurve, setFormula } from './curves.js';

/** A lesson as the lab takes it (a challenge entry, or the element's attributes as JSON). Absent fields are the notebook's. */
export interface VerifyLesson {
  readonly target?: string;
  readonly units?: unknown;
  readonly outputBias?: number;
  readonly tolerance?: number;
  readonly editableOutput?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** Data points as the target ("x,y x,y …" or [x, y] pairs), judged by `goal`. */
  readonly data?: unknown;
  /** A formula in x as the target, sampled over `domain` with `noise` and `seed`, judged by `goal`. */
  readonly fn?: string;
  readonly domain?: string;
  readonly noise?: number;
  readonly seed?: number;
  readonly goal?: number;
}

/** Submitted values: every unit's `{ w, b, v }` (as the lab's events carry them) and the output bias. */
export interface VerifyValues {
  readonly units: readonly { readonly w: number; readonly b: number; readonly v?: number }[];
  readonly outputBias?: number;
}

export interface Verdict {
  /** The values are possible in this lesson: as many units, fixed units unchanged, free values in the slider range, fixed weights kept. */
  readonly valid: boolean;
  /** The lab's match: the largest gap at the 300 samples is at most the tolerance, or (data and formulas) the MSE at most the goal; false when not valid. */
  readonly matched: boolean;
  /** Mean squared error over the samples (NaN when the values cannot be evaluated). */
  readonly error: number;
  /** The largest absolute gap at the samples. */
  readonly maxGap: number;
  /** What makes the lesson or the values invalid, in words; empty when valid. */
  readonly problems: readonly string[];
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The lesson the lab would set up from these fields, or why not. */
function lessonOf(given: VerifyLesson): Lesson | string {
  let lesson = createLesson();
  const steps: [string, (l: Lesson) => ReturnType<typeof setTarget>][] = [];
  if (given.min !== undefined || given.max !== undefined || given.step !== undefined) steps.push(['min/max/step', (l) => setRange(l, { min: given.min, max: given.max, step: given.step })]);
  if (given.target !== undefined) steps.push(['target', (l) => setTarget(l, given.target)]);
  if (given.tolerance !== undefined) steps.push(['tolerance', (l) => setTolerance(l, given.tolerance)]);
  for (const key of ['domain', 'noise', 'seed'] as const) if (given[key] !== undefined) steps.push([key, (l) => setCurve(l, key, given[key])]);
  if (given.fn !== undefined) steps.push(['fn', (l) => setFormula(l, given.fn)]);
  if (given.data !== undefined) steps.push(['data', (l) => setData(l, given.data)]);
  if (given.goal !== undefined) steps.push(['goal', (l) => setGoal(l, given.goal)]);
  if (given.units !== undefined) steps.push(['units', (l) => setUnits(l, given.units)]);
  if (given.outputBias !== undefined) steps.push(['outputBias', (l) => setOutputBias(l, given.outputBias)]);
  for (const [name, apply] of steps) {
    const outcome = apply(lesson);
    if (!outcome.ok) return `the lesson's ${name} is refused: ${outcome.reason}`;
    lesson = outcome.lesson;
  }
  return lesson;
}

/**
 * Recomputes the error and the match of `values` in `lesson`. Values a learner could not have set
 * (a moved fixed unit, a value off the slider range, a changed output weight or bias that the lesson
 * keeps fixed) make the verdict invalid and unmatched, with the problems named.
 */
export function verify(lessonFields: VerifyLesson, values: VerifyValues): Verdict {
  const lesson = lessonOf(lessonFields ?? {});
  const fail = (problems: string[]): Verdict => ({ valid: false, matched: false, error: NaN, maxGap: NaN, problems });
  if (typeof lesson === 'string') return fail([lesson]);
  const given = values?.units;
  if (!Array.isArray(given) || given.length !== lesson.units.length) return fail([`values must have ${lesson.units.length} units`]);
  const editable = lessonFields.editableOutput === true;
  const { min, max } = lesson.range;
  const problems: string[] = [];
  const units = lesson.units.map((u, i) => {
    const g = given[i] as { w: unknown; b: unknown; v?: unknown };
    const v = g?.v === undefined ? u.v : g.v;
    if (!finite(g?.w) || !finite(g?.b) || !finite(v)) {
      problems.push(`unit ${i}'s w, b and v must be finite numbers`);
      return u;
    }
    const next = { ...u, w: g.w, b: g.b, v };
    if (u.fixed && (next.w !== u.w || next.b !== u.b || next.v !== u.v)) problems.push(`unit ${i} is fixed at w = ${u.w}, b = ${u.b}, v = ${u.v}`);
    if (!u.fixed) {
      for (const key of (editable ? ['w', 'b', 'v'] : ['w', 'b']) as ('w' | 'b' | 'v')[]) {
        if (next[key] < min - 1e-9 || next[key] > max + 1e-9) problems.push(`unit ${i}'s ${key} = ${next[key]} is outside the slider range ${min} to ${max}`);
      }
      if (!editable && next.v !== u.v) problems.push(`unit ${i}'s output weight is fixed at ${u.v}`);
    }
    return next;
  });
  const c = values.outputBias ?? lesson.outputBias;
  if (!finite(c)) problems.push('the output bias must be a finite number');
  else if (!editable && c !== lesson.outputBias) problems.push(`the output bias is fixed at ${lesson.outputBias}`);
  else if (editable && (c < min - 1e-9 || c > max + 1e-9)) problems.push(`the output bias ${c} is outside the slider range ${min} to ${max}`);
  if (problems.length) return fail(problems);
  const e = evaluate({ ...lesson, units, outputBias: c }, sampleLesson(lesson));
  return { valid: true, matched: e.matched, error: e.error, maxGap: e.maxError, problems: [] };
}
