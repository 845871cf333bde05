/**
 * `<relu-fit-lab>`'s inputs (attributes and properties) as operations on its
 * lesson, and the lesson's values as the properties show them. Pure: the
 * element's accessors are one line each over these.
 */

import type { LessonUnit } from '../../math/lesson.js';
import { formatKnots, type Point } from '../../math/piecewise.js';
import { CURVE_DEFAULTS } from '../../math/targets.js';
import { FORMULA_UNLOADED, challengeCode, curvesCode, type Lazy } from './lab-lazy.js';
import { readHidden, type Locks } from './lab-names.js';
import {
  LESSON_DEFAULTS,
  setData,
  setGoal,
  setOutputBias,
  setParam,
  setRange,
  setState,
  setTarget,
  setTolerance,
  setUnits,
  writeState,
  type Lesson,
  type Outcome,
  type UnitKey,
} from '../../math/lesson.js';

/** The names `hide` and `locked` take (lab-names.ts), for the lab's other modules. */
export { HIDEABLE, readHidden, readLocks, type Locks } from './lab-names.js';

/** The lesson's inputs (the lab's input table, lab-setup.ts, gives their order and attributes). */
export type InputName =
  | 'min' | 'max' | 'step' | 'target' | 'tolerance' | 'units' | 'state' | 'outputBias' | 'w1' | 'b1' | 'w2' | 'b2'
  | 'domain' | 'noise' | 'seed' | 'fn' | 'data' | 'goal';

/** w1 b1 w2 b2: shorthand for units 1 and 2. */
export const SHORTHAND: Readonly<Record<'w1' | 'b1' | 'w2' | 'b2', readonly [number, UnitKey]>> = {
  w1: [1, 'w'],
  b1: [1, 'b'],
  w2: [2, 'w'],
  b2: [2, 'b'],
};
const isShorthand = (name: string): name is keyof typeof SHORTHAND => name in SHORTHAND;

/** The inputs of a formula target: they need the formula code (src/math/curves.ts), loaded on first use. */
export const CURVE_INPUTS: readonly string[] = ['fn', 'domain', 'noise', 'seed'];

/** Whether applying `name` = `value` needs the formula code: a formula input, or a challenge list with one. */
function needsCurves(name: string, value: unknown): boolean {
  if (CURVE_INPUTS.includes(name)) return true;
  if (name !== 'challenges') return false;
  if (typeof value === 'string') return /"(?:fn|domain|noise|seed)"\s*:/.test(value);
  return Array.isArray(value) && value.some((entry) => entry !== null && typeof entry === 'object' && CURVE_INPUTS.some((key) => key in entry));
}

/** No challenges: null, undefined, blank text or an empty list (read without the list's code). */
export const noChallenges = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);

/**
 * The code applying `name` = `value` needs that is not here yet (loaded on first use, lab-lazy.ts):
 * the formula code for a formula input, the challenge code for a challenge list (and the formula
 * code too when an entry has a formula). Empty when it can apply now.
 */
export function codeFor(name: string, value: unknown): Lazy<unknown>[] {
  const codes: Lazy<unknown>[] = [];
  if (needsCurves(name, value)) codes.push(curvesCode);
  if (name === 'challenges' && !noChallenges(value)) codes.push(challengeCode);
  return codes.filter((code) => !code.now);
}

/** What each input reads as: a view of the lesson. */
export function viewOf(lesson: Lesson, name: 'units'): readonly LessonUnit[];
export function viewOf(lesson: Lesson, name: 'target' | 'state' | 'fn' | 'domain'): string;
export function viewOf(lesson: Lesson, name: 'data'): readonly Point[];
export function viewOf(lesson: Lesson, name: Exclude<InputName, 'units' | 'target' | 'state' | 'fn' | 'domain' | 'data'>): number;
export function viewOf(lesson: Lesson, name: InputName): number | string | readonly LessonUnit[] | readonly Point[];
export function viewOf(lesson: Lesson, name: InputName): number | string | readonly LessonUnit[] | readonly Point[] {
  if (isShorthand(name)) {
    const [index, key] = SHORTHAND[name];
    return lesson.units[index]?.[key] ?? 0;
  }
  switch (name) {
    case 'min':
    case 'max':
    case 'step':
      return lesson.range[name];
    case 'target':
      return formatKnots(lesson.knots);
    case 'tolerance':
      return lesson.tolerance;
    case 'units':
      return lesson.units;
    case 'state':
      return writeState(lesson);
    case 'outputBias':
      return lesson.outputBias;
    case 'data':
      return lesson.source.kind === 'data' ? lesson.source.points : [];
    case 'fn':
      return lesson.source.kind === 'fn' ? lesson.source.formula : '';
    case 'domain':
      return lesson.curve.domain.join(' ');
    case 'noise':
    case 'seed':
      return lesson.curve[name];
    case 'goal':
      return lesson.goal;
  }
}

/** Applies one input as an author gives it; null or undefined (a removed attribute) means the default. */
export function applyInput(lesson: Lesson, name: InputName, value: unknown): Outcome {
  const given = value ?? undefined;
  if (isShorthand(name)) {
    const [index, key] = SHORTHAND[name];
    return setParam(lesson, index, key, given ?? 0);
  }
  switch (name) {
    case 'min':
    case 'max':
    case 'step':
      return setRange(lesson, { [name]: given ?? LESSON_DEFAULTS[name] });
    case 'target':
      return setTarget(lesson, given ?? LESSON_DEFAULTS.target);
    case 'tolerance':
      return setTolerance(lesson, given ?? LESSON_DEFAULTS.tolerance);
    case 'units':
      return setUnits(lesson, given ?? LESSON_DEFAULTS.units);
    case 'state':
      return given === undefined ? { ok: true, lesson } : setState(lesson, given);
    case 'outputBias':
      return setOutputBias(lesson, given ?? LESSON_DEFAULTS.outputBias);
    case 'data':
      return setData(lesson, given ?? null);
    case 'fn':
      return curvesCode.now?.setFormula(lesson, given ?? null) ?? FORMULA_UNLOADED;
    case 'domain':
    case 'noise':
    case 'seed':
      return curvesCode.now?.setCurve(lesson, name, given ?? CURVE_DEFAULTS[name]) ?? FORMULA_UNLOADED;
    case 'goal':
      return setGoal(lesson, given ?? LESSON_DEFAULTS.goal);
  }
}

/** A slider: a unit's w, b or v, or the output bias c. */
export type Knob = { readonly unit: number; readonly key: 'w' | 'b' | 'v' } | { readonly unit: -1; readonly key: 'c' };

/** The sliders of a lesson: w and b of each free unit (and v, and c, when output weights are editable). */
export function knobsOf(units: readonly LessonUnit[], editableOutput: boolean): Knob[] {
  const knobs: Knob[] = [];
  units.forEach((u, i) => {
    if (u.fixed) return;
    knobs.push({ unit: i, key: 'w' }, { unit: i, key: 'b' });
    if (editableOutput) knobs.push({ unit: i, key: 'v' });
  });
  if (editableOutput) knobs.push({ unit: -1, key: 'c' });
  return knobs;
}

/** The parts left out: the lab's own `hide` (read), and the current challenge's. */
export function hiddenOf(m: { readonly challenges: readonly { readonly hide: string }[]; readonly index: number }, own: ReadonlySet<string>): ReadonlySet<string> {
  const theirs = m.challenges[m.index]?.hide;
  return theirs ? new Set([...own, ...readHidden(theirs).parts]) : own;
}

/** The name `locked` uses for a slider: `w1`, `b2`, `v0`, `c`. */
export const knobName = (k: Knob): string => (k.key === 'c' ? 'c' : `${k.key}${k.unit}`);

/** Whether the learner may not move the parameter `name` (`w1`, `c` …). */
export const isLocked = (locks: Locks, name: string): boolean => locks.all || locks.names.has(name);

/** Which of unit i's handles the learner may drag: the hinge moves b; the slope moves w (and b about the hinge, unless b is locked). */
export function handlesFor(locks: Locks, i: number): { hinge: boolean; slope: boolean; keepB: boolean } {
  const [w, b] = [isLocked(locks, `w${i}`), isLocked(locks, `b${i}`)];
  return { hinge: !b, slope: !w, keepB: b };
}

/** `locked` as an attribute: bare for everything, else the list; as a property, `true` or the list. */
export const lockedConverter = {
  fromAttribute: (value: string | null): boolean | string => (value === null ? false : value.trim() === '' ? true : value),
  toAttribute: (value: unknown): string | null => (value === true ? '' : value === false || value == null || value === '' ? null : String(value)),
};
