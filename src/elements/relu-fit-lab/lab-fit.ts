/**
 * The lab's exact construction (`solve()`, animated by `revealSolution()`),
 * as plain data and functions, and what `train()` reports (its fit is in
 * lab-train.ts, loaded on first use). No DOM.
 */
import { construct, type LessonUnit } from '../../math/construct.js';
import { placeUnits, type Lesson } from '../../math/lesson.js';
import { paramOf } from './lab-model.js';

/** How long the solution's animation takes. */
export const ANIMATION_MS = 700;

/** What `train()` reports. */
export interface TrainResult {
  readonly steps: number;
  readonly error: number;
  readonly matched: boolean;
  /** Units that were dead and re-initialised. */
  readonly revived: readonly number[];
  /** True when something else ended the fit first (a slider, Reset, the solution, another fit, removal); nothing was committed. */
  readonly interrupted: boolean;
}

/** What `revealSolution()` reports. */
export interface RevealResult {
  /** Whether there was an exact construction to show. */
  readonly ok: boolean;
  /** True when something else ended the animation first; the sliders stay on the grid where it stopped. */
  readonly interrupted: boolean;
}

/** What `solve()` returns: the construction, and whether it is exact. */
export interface Solution {
  readonly ok: boolean;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly reason: string;
}

/** The exact construction for the lesson's target with its units, on the slider grid. */
function constructOnGrid(lesson: Lesson, outputWeights: boolean, outputBias: boolean): Solution {
  const { min, max } = lesson.range;
  const result = construct(lesson.knots, lesson.units, lesson.outputBias, { outputWeights, outputBias, min, max });
  return { ...result, units: placeUnits(result.units, lesson.range) };
}

/**
 * The exact construction for the lesson's target with its units, on the slider grid,
 * leaving the `frozen` parameters as they are: the plain construction when it already
 * agrees with them, else one built around the units that have a frozen parameter.
 */
export function solveLesson(lesson: Lesson, editableOutput: boolean, frozen: ReadonlySet<string> = new Set()): Solution {
  const plain = constructOnGrid(lesson, editableOutput, editableOutput);
  const { units } = lesson;
  const moved = [...frozen].filter((name) => Math.abs(paramOf(plain, name) - paramOf(lesson, name)) > 1e-9);
  if (!moved.length) return plain;
  // Build around the locked ones: a unit with a locked parameter keeps all of it.
  const holds = (i: number) => ['w', 'b', 'v'].some((k) => frozen.has(`${k}${i}`));
  const around = constructOnGrid(
    { ...lesson, units: units.map((u, i) => (holds(i) ? { ...u, fixed: true } : u)) },
    editableOutput && !units.some((_, i) => frozen.has(`v${i}`)),
    editableOutput && !frozen.has('c'),
  );
  if (around.ok) return { ...around, units: around.units.map((u, i) => ({ ...u, fixed: units[i].fixed })) };
  const needs = moved.map((name) => `${name} = ${Number(paramOf(plain, name).toFixed(3))}`).join(', ');
  const reason = plain.ok ? `it needs ${needs}, and ${moved.length > 1 ? 'those are' : 'that is'} locked` : plain.reason;
  return { ...plain, ok: false, reason };
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The value a fraction `t` (0 to 1, eased in and out) of the way from `a` to `b`. */
export const eased = (a: number, b: number, t: number): number => a + (b - a) * ease(t);

/** The units a fraction `t` (0 to 1, eased) of the way from `from` to `to`. */
export function between(from: readonly LessonUnit[], to: readonly LessonUnit[], t: number): LessonUnit[] {
  return from.map((u, i) => ({ ...u, w: eased(u.w, to[i].w, t), b: eased(u.b, to[i].b, t), v: eased(u.v, to[i].v, t) }));
}
