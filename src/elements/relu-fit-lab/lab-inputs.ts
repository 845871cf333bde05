/**
 * `<relu-fit-lab>`'s inputs (attributes and properties) as operations on its
 * lesson, and the lesson's values as the properties show them. Pure: the
 * element's accessors are one line each over these.
 */

import type { LessonUnit } from '../../math/construct.js';
import { formatKnots } from '../../math/piecewise.js';
import {
  LESSON_DEFAULTS,
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

/** Every input, in the order inputs given together apply (the range before the values in it). */
export const INPUTS = ['min', 'max', 'step', 'target', 'tolerance', 'units', 'state', 'outputBias', 'w1', 'b1', 'w2', 'b2'] as const;
export type InputName = (typeof INPUTS)[number];

/** The attribute of each input. */
export const attributeOf = (name: InputName): string => (name === 'outputBias' ? 'output-bias' : name);

/** w1 b1 w2 b2: shorthand for units 1 and 2. */
export const SHORTHAND: Readonly<Record<'w1' | 'b1' | 'w2' | 'b2', readonly [number, UnitKey]>> = {
  w1: [1, 'w'],
  b1: [1, 'b'],
  w2: [2, 'w'],
  b2: [2, 'b'],
};
const isShorthand = (name: string): name is keyof typeof SHORTHAND => name in SHORTHAND;

/** What each input reads as: a view of the lesson. */
export function viewOf(lesson: Lesson, name: 'units'): readonly LessonUnit[];
export function viewOf(lesson: Lesson, name: 'target' | 'state'): string;
export function viewOf(lesson: Lesson, name: Exclude<InputName, 'units' | 'target' | 'state'>): number;
export function viewOf(lesson: Lesson, name: InputName): number | string | readonly LessonUnit[];
export function viewOf(lesson: Lesson, name: InputName): number | string | readonly LessonUnit[] {
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
  }
}

/** An input that was refused: what was given, why, and the value kept. */
export interface Refusal {
  readonly name: InputName;
  readonly value: unknown;
  readonly reason: string;
  readonly kept: unknown;
}

/** Applies inputs given together (an element's attributes as it starts), in `INPUTS` order. */
export function applyInputs(lesson: Lesson, inputs: ReadonlyMap<InputName, unknown>): { lesson: Lesson; refused: Refusal[] } {
  const refused: Refusal[] = [];
  for (const name of INPUTS) {
    if (!inputs.has(name)) continue;
    const value = inputs.get(name);
    const outcome = applyInput(lesson, name, value);
    if (outcome.ok) lesson = outcome.lesson;
    else refused.push({ name, value, reason: outcome.reason, kept: viewOf(lesson, name) });
  }
  return { lesson, refused };
}

/** A slider: a unit's w, b or v, or the output bias c. */
export type Knob = { readonly unit: number; readonly key: 'w' | 'b' | 'v' } | { readonly unit: -1; readonly key: 'c' };

/** The parts `hide` can leave out. */
export const HIDEABLE = ['units', 'sliders', 'error', 'hints', 'solution', 'train', 'listen', 'export', 'reset'] as const;

/** Reads `hide`: the known parts it names, and any names it does not know. */
export function readHidden(text: unknown): { parts: ReadonlySet<string>; unknown: string[] } {
  const tokens = String(text ?? '').trim().split(/\s+/).filter(Boolean);
  const known = (t: string) => (HIDEABLE as readonly string[]).includes(t);
  return { parts: new Set(tokens.filter(known)), unknown: tokens.filter((t) => !known(t)) };
}
