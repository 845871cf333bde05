/** Nice domains, ticks and their labels, on d3-array's tick algorithm (copied in d3-ticks.ts). */

import { nice, tickIncrement, ticks } from './d3-ticks.js';
import type { Extent } from './scale.js';

/**
 * The smallest extent of nice round numbers (for about `count` ticks) that
 * holds every finite value given. A single value v widens to v ± 1 (so a flat
 * line sits mid-plot); no finite value gives `fallback`.
 */
export function niceExtent(
  values: Iterable<number>,
  count = 5,
  fallback: Extent = [0, 1],
): Extent {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return fallback;
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const [a, b] = nice(min, max, count);
  return [a, b];
}

/** About `count` round tick values inside `extent` (d3-array's `ticks`); `[]` for NaN. */
export function axisTicks(extent: Extent, count = 5): number[] {
  return ticks(extent[0], extent[1], count);
}

/** The spacing of about `count` round ticks over `extent` (0.02 for 100 over 0 to 3, 0.1 for 30); 1 for an empty extent. */
export function tickStep(extent: Extent, count: number): number {
  const [start, end] = [Math.min(...extent), Math.max(...extent)];
  const increment = end > start ? tickIncrement(start, end, count) : 0;
  return increment > 0 ? increment : increment < 0 ? -1 / increment : 1;
}

/**
 * How many fraction digits the labels of ticks spaced like `axisTicks(extent,
 * count)` need: 0 for a step of 1 or more, 1 for 0.5 or 0.1, and so on.
 */
export function tickDigits(extent: Extent, count = 5): number {
  const increment = tickIncrement(Math.min(...extent), Math.max(...extent), count);
  if (!Number.isFinite(increment) || increment >= 0) return 0;
  // A negative increment −k means a step of 1/k.
  return Math.ceil(Math.log10(-increment) - 1e-9);
}
