/**
 * Gradient descent for a lesson's free parameters (Adam on the mean squared
 * error over the samples). A ReLU unit that outputs 0 at every sample gets no
 * gradient and would never move, so such a unit is re-initialised with its
 * hinge where the error is largest. With a seed, every free parameter first
 * moves by a random step (uniform in ±0.5, from a seeded generator), so a fit
 * tried again from the same values can end elsewhere.
 */

import { activations } from './activations.js';
import { isDead, mseGradient } from './gradient.js';
import type { LessonUnit } from './lesson.js';
import { seededRandom } from './random.js';

// Shared with the Step button and the texts, which load without the trainer.
export { isDead, mseGradient, type MseGradient } from './gradient.js';
export { seededRandom } from './random.js';

export interface TrainOptions {
  /** Adam's step size. Default 0.05. */
  readonly learningRate?: number;
  /** May output weights (v) of free units change? */
  readonly outputWeights: boolean;
  /** May the output bias change? */
  readonly outputBias: boolean;
  /** Limits for every parameter (the slider range). */
  readonly min: number;
  readonly max: number;
  /** Parameters that must keep their values (`w1`, `b1`, `v1` for unit 1, `c` for the output bias). */
  readonly frozen?: ReadonlySet<string>;
  /** 0 or absent: start from the values given. Else move every free parameter first by a random step drawn with this seed. */
  readonly seed?: number;
}

export interface Trainer {
  /** One step of gradient descent; returns the loss (MSE) before the step. */
  step(): number;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** Indices of units revived so far (dead: silent at every sample). */
  readonly revived: readonly number[];
  /** Free units silent at every sample when the fit began (after the seed's step). */
  readonly silentAtStart: readonly number[];
  /** Indices of units moved apart from an identical twin (identical units get identical gradients forever). */
  readonly separated: readonly number[];
}

export function createTrainer(
  xs: readonly number[],
  ys: readonly number[],
  start: readonly LessonUnit[],
  startBias: number,
  options: TrainOptions,
): Trainer {
  const units = start.map((u) => ({ ...u }));
  let bias = startBias;
  const lr = options.learningRate ?? 0.05;
  const n = xs.length;
  const span = xs[n - 1] - xs[0];
  const frozen = options.frozen ?? new Set<string>();
  // Parameters: per free unit w, b (and v); then the bias. A frozen one keeps its value.
  const params: { get: () => number; set: (x: number) => void; frozen: boolean }[] = [];
  units.forEach((u, i) => {
    if (u.fixed) return;
    params.push({ get: () => u.w, set: (x) => (u.w = x), frozen: frozen.has(`w${i}`) });
    params.push({ get: () => u.b, set: (x) => (u.b = x), frozen: frozen.has(`b${i}`) });
    if (options.outputWeights) params.push({ get: () => u.v, set: (x) => (u.v = x), frozen: frozen.has(`v${i}`) });
  });
  if (options.outputBias) params.push({ get: () => bias, set: (x) => (bias = x), frozen: frozen.has('c') });
  if (options.seed) {
    const random = seededRandom(options.seed);
    for (const p of params) if (!p.frozen) p.set(Math.min(options.max, Math.max(options.min, p.get() + random() - 0.5)));
  }
  const silentAtStart = units.flatMap((u, i) => (!u.fixed && isDead(u, xs) ? [i] : []));
  const m = new Float64Array(params.length);
  const s = new Float64Array(params.length);
  const revived: number[] = [];
  const separated: number[] = [];
  let t = 0;

  const predict = () =>
    xs.map((x) => units.reduce((sum, u) => sum + u.v * activations[u.activation].fn(u.w * x + u.b), bias));

  const clamp = (x: number) => Math.min(options.max, Math.max(options.min, x));

  /** Whether unit `i`'s parameter `key` must keep its value. */
  const keeps = (key: 'w' | 'b' | 'v', i: number) => frozen.has(`${key}${i}`);

  /**
   * Puts unit `i`'s hinge just left of the largest error away from the other hinges, moving only
   * what is not frozen (b alone with w frozen, w alone with b frozen); false when it cannot.
   */
  const rehinge = (i: number, errors: readonly number[], hinges: number[]) => {
    const u = units[i];
    let best = -1;
    for (let k = 0; k < n; k++) {
      const near = hinges.some((h) => Math.abs(h - xs[k]) < span * 0.15);
      if (!near && (best < 0 || Math.abs(errors[k]) > Math.abs(errors[best]))) best = k;
    }
    if (best < 0) return false;
    // On at the largest error: waking up a little left of it, or (with no room there, at the
    // left edge) going silent a little right of it.
    const wake = xs[best] - span * 0.1 > xs[0];
    const hinge = wake ? xs[best] - span * 0.1 : Math.min(xs[n - 1], xs[best] + span * 0.1);
    const sign = errors[best] > 0 ? -1 : 1; // push the output towards the target
    if (keeps('w', i)) {
      if (keeps('b', i) || u.w === 0) return false;
      u.b = clamp(-u.w * hinge);
    } else if (keeps('b', i)) {
      if (u.b === 0 || hinge === 0) return false;
      u.w = clamp(-u.b / hinge);
    } else {
      if (options.outputWeights && !keeps('v', i)) u.v = clamp(0.5 * sign);
      u.w = clamp(wake ? 0.5 : -0.5);
      u.b = clamp(-u.w * hinge);
    }
    hinges.push(hinge);
    return true;
  };
  const hingesOf = () => units.filter((u) => u.w !== 0).map((u) => -u.b / u.w);

  /** Re-initialise dead free units with their hinge just left of the largest error. */
  const revive = (errors: readonly number[]) => {
    const hinges = hingesOf();
    units.forEach((u, i) => {
      if (!u.fixed && isDead(u, xs) && rehinge(i, errors, hinges)) revived.push(i);
    });
  };

  /** Moves a free unit that is identical to an earlier one: twins get identical gradients and never part. */
  const separate = (errors: readonly number[]) => {
    const hinges = hingesOf();
    units.forEach((u, i) => {
      const twin = units.slice(0, i).some((o) => !o.fixed && o.w === u.w && o.b === u.b && o.v === u.v && o.activation === u.activation);
      if (!u.fixed && twin && rehinge(i, errors, hinges)) separated.push(i);
    });
  };

  return {
    get units() {
      return units;
    },
    get outputBias() {
      return bias;
    },
    revived,
    separated,
    silentAtStart,
    step() {
      const predicted = predict();
      const errors = predicted.map((p, k) => p - ys[k]);
      const loss = errors.reduce((sum, e) => sum + e * e, 0) / n;
      if (t % 50 === 0) {
        revive(errors);
        separate(errors);
      }
      // Gradients of the MSE (with the errors before any revival, as the step has always used them).
      const g = mseGradient(xs, ys, units, bias, errors);
      const grad = new Float64Array(params.length);
      let p = 0;
      units.forEach((u, i) => {
        if (u.fixed) return;
        grad[p++] = g.units[i].w;
        grad[p++] = g.units[i].b;
        if (options.outputWeights) grad[p++] = g.units[i].v;
      });
      if (options.outputBias) grad[p] = g.outputBias;
      t++;
      params.forEach((param, i) => {
        if (param.frozen) return;
        m[i] = 0.9 * m[i] + 0.1 * grad[i];
        s[i] = 0.999 * s[i] + 0.001 * grad[i] * grad[i];
        const mHat = m[i] / (1 - 0.9 ** t);
        const sHat = s[i] / (1 - 0.999 ** t);
        param.set(clamp(param.get() - (lr * mHat) / (Math.sqrt(sHat) + 1e-8)));
      });
      return loss;
    },
  };
}
