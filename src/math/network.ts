/** Units and one-hidden-layer networks. */

import { activations, type Activation, type ActivationName } from './activations.js';
import type { Point } from './piecewise.js';
import { linspace } from './sampling.js';

/** One hidden unit: z = w·x + b, a = activation(z) (ReLU when not given). */
export interface Unit {
  readonly w: number;
  readonly b: number;
  readonly activation?: ActivationName;
}

/**
 * One hidden layer and a linear output unit:
 * ŷ = outputBias + Σ outputWeights[i] · aᵢ (weights default to 1, bias to 0).
 */
export interface Network {
  readonly units: readonly Unit[];
  readonly outputWeights?: readonly number[];
  readonly outputBias?: number;
}

/** A closed interval `[start, end]`. */
export type Interval = readonly [start: number, end: number];

const activationOf = (unit: Unit): Activation => activations[unit.activation ?? 'relu'];

/** z = w·x + b. */
export const preActivation = (unit: Unit, x: number): number => unit.w * x + unit.b;

/** a = activation(w·x + b). */
export const unitOutput = (unit: Unit, x: number): number =>
  activationOf(unit).fn(preActivation(unit, x));

/** ŷ at x. */
export function networkOutput(network: Network, x: number): number {
  let y = network.outputBias ?? 0;
  const { units, outputWeights } = network;
  for (let i = 0; i < units.length; i++) y += (outputWeights?.[i] ?? 1) * unitOutput(units[i], x);
  return y;
}

/** ŷ at each of `xs` (the same values as `networkOutput`, in one tight pass per unit). */
export function networkOutputs(network: Network, xs: readonly number[]): number[] {
  const ys: number[] = new Array(xs.length).fill(network.outputBias ?? 0);
  const { units, outputWeights } = network;
  for (let i = 0; i < units.length; i++) {
    const { w, b } = units[i];
    const v = outputWeights?.[i] ?? 1;
    const fn = activationOf(units[i]).fn;
    for (let j = 0; j < xs.length; j++) ys[j] += v * fn(w * xs[j] + b);
  }
  return ys;
}

/**
 * Where z = 0, x = −b/w: for a ReLU unit the point where it wakes up (w > 0)
 * or goes silent (w < 0). `null` when w is 0 (z never crosses zero).
 */
export function transitionX(unit: Unit): number | null {
  if (unit.w === 0 || !Number.isFinite(unit.w) || !Number.isFinite(unit.b)) return null;
  return -unit.b / unit.w + 0; // + 0 turns −0 into 0
}

/**
 * The x values in the open interval where a unit's output changes slope, or
 * `null` when its activation is smooth (not piecewise linear).
 */
export function unitBreakpoints(unit: Unit, [start, end]: Interval): number[] | null {
  const { kinks } = activationOf(unit);
  if (kinks === null) return null;
  if (unit.w === 0) return [];
  const result: number[] = [];
  for (const k of kinks) {
    const x = (k - unit.b) / unit.w;
    if (x > start && x < end) result.push(x);
  }
  return result;
}

/**
 * Every x in `[start, end]` where the network's output may change slope,
 * sorted and without repeats, the interval's ends included. Between two
 * consecutive breakpoints a network of piecewise-linear units is linear, so
 * these vertices draw it exactly. `null` when any unit is smooth.
 */
export function networkBreakpoints(network: Network, interval: Interval): number[] | null {
  const xs: number[] = [interval[0], interval[1]];
  for (const unit of network.units) {
    const inner = unitBreakpoints(unit, interval);
    if (inner === null) return null;
    xs.push(...inner);
  }
  xs.sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
}

/**
 * Points that draw `fn` over `interval`: exactly at `breakpoints` when the
 * function is piecewise linear, else `samples` even samples.
 */
export function curvePoints(
  fn: (x: number) => number,
  interval: Interval,
  breakpoints: readonly number[] | null,
  samples = 200,
): Point[] {
  const xs = breakpoints ?? linspace(interval[0], interval[1], samples);
  return xs.map((x) => [x, fn(x)] as const);
}

/** The network's output curve, exact from its breakpoints where it can be. */
export function networkCurve(network: Network, interval: Interval, samples = 200): Point[] {
  return curvePoints(
    (x) => networkOutput(network, x),
    interval,
    networkBreakpoints(network, interval),
    samples,
  );
}
