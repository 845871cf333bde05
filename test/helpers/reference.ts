/**
 * Independent references for the maths tests, written from the definitions, not from the code:
 * ReLU, a one-hidden-layer ReLU network, and linear interpolation between knots by search.
 */
import type { LessonUnit } from '../../src/math/lesson.js';

export const relu = (z: number): number => (z > 0 ? z : 0);

/** ŷ(x) = c + Σ v·max(0, w·x + b). */
export const net = (units: readonly LessonUnit[], c: number) => (x: number): number => units.reduce((s, u) => s + u.v * relu(u.w * x + u.b), c);

/** Linear interpolation between knots, by search (not the library's evaluator); NaN outside them. */
export const interpolate = (knots: readonly (readonly [number, number])[]) => (x: number): number => {
  for (let i = 0; i + 1 < knots.length; i++) {
    const [[x0, y0], [x1, y1]] = [knots[i], knots[i + 1]];
    if (x >= x0 && x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return NaN;
};
