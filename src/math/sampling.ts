/** Even sampling, as numpy's `linspace` does it (the notebook's reference). */

/**
 * `count` evenly spaced numbers from `start` to `stop`, both included, each
 * computed as `start + i·step` (numpy's order of operations) with the last
 * set to `stop` exactly. Returns `[]` for a count below 1 or a non-finite
 * argument, and `[start]` for a count of 1.
 */
export function linspace(start: number, stop: number, count: number): number[] {
  if (!Number.isFinite(start) || !Number.isFinite(stop) || !(count >= 1)) return [];
  const n = Math.floor(count);
  if (n === 1) return [start];
  const step = (stop - start) / (n - 1);
  const xs = new Array<number>(n);
  for (let i = 0; i < n; i++) xs[i] = start + i * step;
  xs[n - 1] = stop;
  return xs;
}

/** `fn` applied at each x. */
export function sample(fn: (x: number) => number, xs: readonly number[]): number[] {
  return xs.map((x) => fn(x));
}
