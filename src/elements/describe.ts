/**
 * Text alternatives generated from the data, in plain English. Kept apart
 * from the elements so every element words things the same way.
 */

import { formatShort } from '../plot/format.js';
import type { Activation } from '../math/activations.js';

type Interval = readonly [number, number];

/** "rises with slope 1", "is flat at 0", "falls with slope 2". */
function segmentWords(slope: number, value: number, locale?: string): string {
  if (Math.abs(slope) < 1e-12) return `is flat at ${formatShort(value, 2, locale)}`;
  return slope > 0
    ? `rises with slope ${formatShort(slope, 2, locale)}`
    : `falls with slope ${formatShort(-slope, 2, locale)}`;
}

/**
 * What an activation's plot shows over `[start, end]`: its name and formula,
 * and then, from the data, its pieces (piecewise-linear activations) or its
 * end values, its value at 0 and its lowest point (smooth ones).
 */
export function describeActivation(
  activation: Activation,
  [start, end]: Interval,
  locale?: string,
): string {
  const f = activation.fn;
  const n = (v: number) => formatShort(v, 2, locale);
  const head = `${activation.label}, ${activation.formula}, plotted for z from ${n(start)} to ${n(end)}.`;
  if (activation.kinks !== null) {
    const cuts = [start, ...activation.kinks.filter((k) => k > start && k < end), end];
    const pieces: string[] = [];
    for (let i = 1; i < cuts.length; i++) {
      const [a, b] = [cuts[i - 1], cuts[i]];
      const slope = (f(b) - f(a)) / (b - a);
      const where = cuts.length === 2 ? '' : i === 1 ? ` for z below ${n(b)}` : ` from z = ${n(a)}`;
      pieces.push(`${segmentWords(slope, f(a), locale)}${where}`);
    }
    const body = pieces.join(', then ');
    return `${head} It ${body}, reaching ${n(f(end))} at z = ${n(end)}.`;
  }
  let argmin = start;
  const steps = 200;
  for (let i = 0; i <= steps; i++) {
    const z = start + ((end - start) * i) / steps;
    if (f(z) < f(argmin)) argmin = z;
  }
  const ends = `It goes from ${n(f(start))} at z = ${n(start)} to ${n(f(end))} at z = ${n(end)}`;
  const zero = start < 0 && end > 0 ? `, passing ${n(f(0))} at z = 0` : '';
  const dip =
    argmin > start && argmin < end
      ? `, with its lowest value ${n(f(argmin))} near z = ${n(argmin)}`
      : '';
  return `${head} ${ends}${zero}${dip}.`;
}
