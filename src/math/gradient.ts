/**
 * The mean squared error's gradient over a lesson's samples: what the fit (train.ts, Adam) and the
 * Step button (plain gradient descent) both follow, and what a silent unit lacks.
 */

import { activations } from './activations.js';
import type { LessonUnit } from './lesson.js';

/** The mean squared error at the samples and its gradient with respect to each unit's w, b and v and the output bias. */
export interface MseGradient {
  readonly loss: number;
  /** ∂E/∂w, ∂E/∂b, ∂E/∂v per unit (0 for a fixed unit). */
  readonly units: readonly { readonly w: number; readonly b: number; readonly v: number }[];
  /** ∂E/∂c. */
  readonly outputBias: number;
}

/**
 * The gradient of the MSE over the samples, as the fit computes it: a ReLU's derivative is taken
 * as 0 where z ≤ 0 (a silent unit gets no gradient), other activations' where they are.
 */
export function mseGradient(
  xs: readonly number[],
  ys: readonly number[],
  units: readonly LessonUnit[],
  outputBias: number,
  /** The errors (output − target) at the samples, when the caller has them. */
  known?: readonly number[],
): MseGradient {
  const n = xs.length;
  const grads = units.map(() => ({ w: 0, b: 0, v: 0 }));
  let gc = 0;
  let loss = 0;
  for (let k = 0; k < n; k++) {
    const error = known ? known[k] : units.reduce((sum, u) => sum + u.v * activations[u.activation].fn(u.w * xs[k] + u.b), outputBias) - ys[k];
    loss += error * error;
    const e = (2 * error) / n;
    units.forEach((u, i) => {
      if (u.fixed) return;
      const act = activations[u.activation];
      const z = u.w * xs[k] + u.b;
      const d = e * u.v * (z > 0 || u.activation !== 'relu' ? act.derivative(z) : 0);
      grads[i].w += d * xs[k];
      grads[i].b += d;
      grads[i].v += e * act.fn(z);
    });
    gc += e;
  }
  return { loss: loss / n, units: grads, outputBias: gc };
}

/** A unit is dead when it outputs 0 (and so has no gradient) at every sample. */
export function isDead(unit: LessonUnit, xs: readonly number[]): boolean {
  if (unit.activation !== 'relu') return false; // only ReLU is exactly 0 (and flat) when off
  return xs.every((x) => !(unit.w * x + unit.b > 0));
}
