/**
 * Whether a network of piecewise-linear units could pass exactly through a
 * target's points (a data or formula target, #26): a lower bound on the bends
 * an exact match needs, read from the points alone. Pure.
 */

import { activations, type ActivationName } from './activations.js';

/** What the points say about an exact match. */
export type PointsExactness =
  /** Two points share an x with different y: no function passes through both. */
  | { readonly exact: 'no'; readonly why: 'duplicate'; readonly x: number; readonly y0: number; readonly y1: number }
  /**
   * The points fall into at least `runs` straight runs (consecutive points on one line), so any
   * piecewise-linear output through them bends at least `runs − 1` times, more than the units'
   * `most` bends (one per kink of each unit's activation).
   */
  | { readonly exact: 'no'; readonly why: 'bends'; readonly runs: number; readonly most: number }
  /** Nothing here rules it out (or a smooth unit makes the count meaningless). */
  | { readonly exact: 'unknown'; readonly runs: number; readonly most: number | null };

/** The fewest straight runs the points (sorted by x, equal points merged) split into, taken greedily (which is optimal for consecutive runs). */
export function straightRuns(xs: readonly number[], ys: readonly number[]): number {
  const scale = 1 + Math.max(0, ...ys.map(Math.abs));
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (px.length && xs[i] === px[px.length - 1]) continue; // a repeat of the same point (callers check repeats first)
    px.push(xs[i]);
    py.push(ys[i]);
  }
  let runs = 0;
  for (let start = 0; start < px.length; ) {
    runs++;
    let end = Math.min(start + 1, px.length - 1);
    const slope = end > start ? (py[end] - py[start]) / (px[end] - px[start]) : 0;
    while (end + 1 < px.length && Math.abs(py[start] + slope * (px[end + 1] - px[start]) - py[end + 1]) <= 1e-9 * scale) end++;
    start = end + 1;
  }
  return runs;
}

/**
 * Whether these units could match the points exactly. `xs` must be sorted; the most bends the
 * units make is the number of kinks of their activations (unknown when one is smooth).
 */
export function pointsExactness(xs: readonly number[], ys: readonly number[], units: readonly { readonly activation: ActivationName }[]): PointsExactness {
  const scale = 1 + Math.max(0, ...ys.map(Math.abs));
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] === xs[i - 1] && Math.abs(ys[i] - ys[i - 1]) > 1e-9 * scale) return { exact: 'no', why: 'duplicate', x: xs[i], y0: ys[i - 1], y1: ys[i] };
  }
  const runs = straightRuns(xs, ys);
  const kinks = units.map((u) => activations[u.activation].kinks);
  const most = kinks.every((k) => k !== null) ? kinks.reduce((sum, k) => sum + k!.length, 0) : null;
  if (most !== null && runs - 1 > most) return { exact: 'no', why: 'bends', runs, most };
  return { exact: 'unknown', runs, most };
}
