/**
 * The lab's words for the learner: hints and the solution, computed from
 * the target so they stay true when an author changes it.
 */

import { formatShort } from '../../plot/format.js';
import type { Point } from '../../math/piecewise.js';

/** The four free parameters. */
export interface Params {
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
}

/**
 * The lesson's construction for the first three segments of `knots`, with
 * unit 0 (w0 = −2, b0 = 2) silent after x = 1: unit 1 wakes at the second
 * knot with the second segment's slope; unit 2 wakes at the third knot and
 * adds the change of slope there.
 */
export function lessonSolution(knots: readonly Point[]): Params {
  const slope = (i: number) =>
    i + 1 < knots.length ? (knots[i + 1][1] - knots[i][1]) / (knots[i + 1][0] - knots[i][0]) : 0;
  const x1 = knots[1]?.[0] ?? 0;
  const x2 = knots[2]?.[0] ?? 0;
  const w1 = slope(1);
  const w2 = knots.length > 3 ? slope(2) - slope(1) : 0;
  return { w1, b1: -w1 * x1 + 0, w2, b2: -w2 * x2 + 0 };
}

/** Three hints, revealed one at a time, in the lesson's spirit. */
export function lessonHints(knots: readonly Point[], locale?: string): string[] {
  const n = (v: number) => formatShort(v, 2, locale);
  const x1 = knots[1]?.[0] ?? 1;
  const x2 = knots[2]?.[0] ?? 2;
  const s1 = knots.length > 2 ? (knots[2][1] - knots[1][1]) / (knots[2][0] - knots[1][0]) : 0;
  const s2 = knots.length > 3 ? (knots[3][1] - knots[2][1]) / (knots[3][0] - knots[2][0]) : s1;
  return [
    `Start with unit 1 and leave w2 and b2 at 0 until the second segment matches. Unit 0 already draws the first segment, and its ReLU switches it off at x = 1 so it cannot disturb the rest.`,
    `Unit 1 must stay silent until x = ${n(x1)} and wake up there. A ReLU unit wakes where w·x + b = 0, that is at x = −b/w, so b1 = −${n(x1)}·w1. Past that point unit 0 is off, so w1 is just the target's slope there: ${n(s1)}.`,
    `Unit 2 wakes up at x = ${n(x2)}, so b2 = −${n(x2)}·w2. From there on units 1 and 2 are both on and their slopes add up: w1 + w2 must equal the target's last slope, ${n(s2)}.`,
  ];
}

/** What the solution means, shown once it is revealed. */
export function solutionText(knots: readonly Point[], p: Params, locale?: string): string {
  const n = (v: number) => formatShort(v, 2, locale);
  const x1 = knots[1]?.[0] ?? 1;
  const x2 = knots[2]?.[0] ?? 2;
  return `w1 = ${n(p.w1)}, b1 = ${n(p.b1)}: unit 1 wakes up at x = ${n(x1)} with slope ${n(p.w1)}. w2 = ${n(p.w2)}, b2 = ${n(p.b2)}: unit 2 wakes up at x = ${n(x2)} and adds ${n(p.w2)} to the slope. Each ReLU stays off until its own transition point, so the units stitch linear pieces together.`;
}
