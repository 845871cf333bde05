/** Error metrics between two equally long series of values. */

/**
 * Mean of (predicted − actual)² over the common length of the two series;
 * NaN when that length is 0.
 */
export function meanSquaredError(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  const n = Math.min(predicted.length, actual.length);
  if (n === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = predicted[i] - actual[i];
    sum += d * d;
  }
  return sum / n;
}

/**
 * Largest |predicted − actual| over the common length of the two series;
 * NaN when that length is 0 or any difference is NaN.
 */
export function maxAbsoluteError(predicted: ArrayLike<number>, actual: ArrayLike<number>): number {
  const n = Math.min(predicted.length, actual.length);
  if (n === 0) return NaN;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(predicted[i] - actual[i]);
    if (Number.isNaN(d)) return NaN;
    if (d > max) max = d;
  }
  return max;
}
