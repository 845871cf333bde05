/**
 * What `solve()`, `revealSolution()` and `train()` report, and the solution's
 * animation, as plain data and functions (the construction is in
 * lab-analysis.ts and the fit in lab-train.ts, both loaded on first use). No DOM.
 */
import type { LessonUnit } from '../../math/lesson.js';

/** Whether the reader asked for less motion: runs then land at once. */
export const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** How long the solution's animation takes. */
export const ANIMATION_MS = 700;

/** What `train()` reports. */
export interface TrainResult {
  readonly steps: number;
  readonly error: number;
  readonly matched: boolean;
  /** Units that were dead and re-initialised. */
  readonly revived: readonly number[];
  /** The fit's seed: 0 for a lesson's first fit (it starts from the values as they are); fit n starts from them moved by a random step drawn with seed n. */
  readonly seed: number;
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

/** What `solve()` returns: an exact solution within the slider range and the locks, or why there is none. */
export interface Solution {
  /** Whether `units` and `outputBias` are an exact solution. */
  readonly ok: boolean;
  /**
   * Whether one exists: 'yes', 'no', or 'unknown' when the analysis cannot decide (smooth units, a
   * very large lesson, or data and formula targets that the points alone do not rule out).
   */
  readonly exact: 'yes' | 'no' | 'unknown';
  /** The solution's units (fixed ones as they are); the lesson's own when there is none. */
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** Why there is none, in the lab's words ('' when ok). */
  readonly reason: string;
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The value a fraction `t` (0 to 1, eased in and out) of the way from `a` to `b`. */
export const eased = (a: number, b: number, t: number): number => a + (b - a) * ease(t);

/** The units a fraction `t` (0 to 1, eased) of the way from `from` to `to`. */
export function between(from: readonly LessonUnit[], to: readonly LessonUnit[], t: number): LessonUnit[] {
  return from.map((u, i) => ({ ...u, w: eased(u.w, to[i].w, t), b: eased(u.b, to[i].b, t), v: eased(u.v, to[i].v, t) }));
}
