/**
 * Targets beyond exact knots (#26): data points, and a formula's curve or its
 * noisy samples. Pure: reading an author's data and sampling a formula, with
 * reasons a person can act on when a value is refused.
 */

import type { Interval } from './network.js';
import type { Point } from './piecewise.js';

/** Limits and defaults of data and formula targets. */
export const TARGET_LIMITS = {
  /** Most data points a target may have (counted before reading). */
  maxPoints: 2000,
  /** Largest magnitude of a coordinate. */
  coordinate: 1e6,
  /** A formula's curve is sampled at this many evenly spaced x (as knots are, for the error). */
  curveSamples: 300,
  /** A formula with `noise` gives this many noisy points. */
  noisySamples: 50,
} as const;

/** How a formula target is sampled: over `domain`, with Gaussian `noise` (a standard deviation) drawn from `seed`. */
export interface CurveOptions {
  readonly domain: Interval;
  readonly noise: number;
  readonly seed: number;
}

export const CURVE_DEFAULTS: CurveOptions = { domain: [0, 3], noise: 0, seed: 1 };

/**
 * What the learner matches: the knots (the notebook's kind, judged by the
 * largest gap against `tolerance`), data points, or a formula's samples (both
 * judged by the mean squared error against `goal`).
 */
export type TargetSource =
  | { readonly kind: 'knots' }
  | { readonly kind: 'data'; readonly points: readonly Point[] }
  | {
      readonly kind: 'fn';
      /** The formula as the author wrote it (trimmed). */
      readonly formula: string;
      /** Its samples over the domain (noisy when `noise` > 0), in order of x. */
      readonly points: readonly Point[];
      /** How many samples were left out because the formula was not finite there (log(x) at 0). */
      readonly dropped: number;
    };

/** A value read from an author's input, or why it was refused. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };
export const yes = <T>(value: T): Read<T> => ({ ok: true, value });
export const no = <T>(reason: string): Read<T> => ({ ok: false, reason });

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const LIMIT = TARGET_LIMITS.coordinate;

/** One `[x, y]` pair, or why not: `where` names it in the reason ("point 3"). */
function readPair(x: unknown, y: unknown, where: string): Read<Point> {
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return no(`${where} is not two finite numbers`);
  }
  if (Math.abs(x) > LIMIT || Math.abs(y) > LIMIT) return no(`${where}: every coordinate must be between −${LIMIT} and ${LIMIT}`);
  return yes([x + 0, y + 0]);
}

/**
 * Reads data points: text `"x,y x,y …"` (any order, x may repeat) or an array
 * of `[x, y]` pairs. Needs 2 to {@link TARGET_LIMITS}.maxPoints points, each
 * coordinate finite and within ±1e6.
 */
export function readPoints(value: unknown): Read<Point[]> {
  const max = TARGET_LIMITS.maxPoints;
  let pairs: [unknown, unknown][];
  if (typeof value === 'string') {
    // Counted before reading: 100,000 points are refused at once.
    const tokens = value.match(/\S+/g) ?? [];
    if (tokens.length > max) return no(`it has ${tokens.length} points, more than ${max}`);
    pairs = [];
    for (const token of tokens) {
      const parts = token.split(',');
      if (parts.length !== 2 || !NUMBER.test(parts[0]) || !NUMBER.test(parts[1])) return no(`"${token.slice(0, 40)}" is not a point "x,y"`);
      pairs.push([Number(parts[0]), Number(parts[1])]);
    }
  } else if (Array.isArray(value)) {
    if (value.length > max) return no(`it has ${value.length} points, more than ${max}`);
    pairs = [];
    for (const [i, item] of value.entries()) {
      if (!Array.isArray(item) || item.length !== 2) return no(`point ${i} is not a pair [x, y]`);
      pairs.push([item[0], item[1]]);
    }
  } else {
    return no('it must be text of points "x,y x,y …" or an array of [x, y] pairs');
  }
  if (pairs.length < 2) return no('it needs at least two points');
  const points: Point[] = [];
  for (const [i, [x, y]] of pairs.entries()) {
    const read = readPair(x, y, `point ${i}`);
    if (!read.ok) return read;
    points.push(read.value);
  }
  if (points.every(([x]) => x === points[0][0])) return no('its points all have the same x: there is no range to fit over');
  return yes(points);
}

/** Writes points in the attribute's `"x,y x,y"` form. */
export function formatPoints(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

/** Reads a noise level: a finite number from 0 to 1e6. */
export function readNoise(value: unknown): Read<number> {
  return typeof value === 'number' && value >= 0 && value <= LIMIT ? yes(value + 0) : no(`it must be a number from 0 to ${LIMIT}`);
}

/** Reads a seed: a whole number from 0 to 2³² − 1. */
export function readSeed(value: unknown): Read<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff
    ? yes(value + 0)
    : no('it must be a whole number from 0 to 4294967295');
}

/** Reads an MSE goal: a finite number from 0 to 1e6. */
export function readGoal(value: unknown): Read<number> {
  return typeof value === 'number' && value >= 0 && value <= LIMIT ? yes(value + 0) : no(`it must be a number from 0 to ${LIMIT}`);
}
