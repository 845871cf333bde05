/** Linear scales: data values to SVG user units and back. */

/** An ordered pair `[from, to]`: a scale's domain or range. */
export type Extent = readonly [number, number];

/** Maps a domain onto a range linearly; `invert` maps back. */
export interface LinearScale {
  (value: number): number;
  readonly domain: Extent;
  readonly range: Extent;
  invert(position: number): number;
}

/**
 * A linear scale. A zero-width domain maps every value to the middle of the
 * range (and a zero-width range inverts to the middle of the domain) instead
 * of dividing by zero.
 */
export function scaleLinear(domain: Extent, range: Extent): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const dSpan = d1 - d0;
  const rSpan = r1 - r0;
  const scale = (value: number) => (dSpan === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / dSpan) * rSpan);
  return Object.assign(scale, {
    domain,
    range,
    invert: (position: number) =>
      rSpan === 0 ? (d0 + d1) / 2 : d0 + ((position - r0) / rSpan) * dSpan,
  });
}

/** `value` limited to `[min, max]`. */
export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
