/** Piecewise-linear functions given by their knots. */

/** A point on the plane, `[x, y]`. */
export type Point = readonly [x: number, y: number];

/** Outcome of parsing a knot list: the knots, or why the text was rejected. */
export type KnotParse =
  | { readonly ok: true; readonly knots: readonly Point[] }
  | { readonly ok: false; readonly reason: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses `"x,y x,y …"` (pairs separated by white space, each pair's numbers
 * by a comma). Needs at least two knots with finite coordinates and x
 * strictly increasing; anything else is rejected with a reason a person can
 * act on.
 */
export function parseKnots(text: string): KnotParse {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return { ok: false, reason: 'needs at least two knots "x,y x,y"' };
  const knots: Point[] = [];
  for (const token of tokens) {
    const parts = token.split(',');
    if (parts.length !== 2 || !NUMBER.test(parts[0]) || !NUMBER.test(parts[1])) {
      return { ok: false, reason: `"${token}" is not a knot "x,y"` };
    }
    const x = Number(parts[0]);
    const y = Number(parts[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return { ok: false, reason: `"${token}" is not finite` };
    }
    const previous = knots[knots.length - 1];
    if (previous && !(x > previous[0])) {
      return { ok: false, reason: 'x must increase from knot to knot' };
    }
    knots.push([x, y]);
  }
  return { ok: true, knots };
}

/** Writes knots back in the attribute's `"x,y x,y"` form. */
export function formatKnots(knots: readonly Point[]): string {
  return knots.map(([x, y]) => `${x},${y}`).join(' ');
}

/** Slope of each segment: `knots.length − 1` values. */
export function slopes(knots: readonly Point[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < knots.length; i++) {
    const [x0, y0] = knots[i - 1];
    const [x1, y1] = knots[i];
    result.push((y1 - y0) / (x1 - x0));
  }
  return result;
}

/** The x values where the slope changes: the interior knots. */
export function breakpoints(knots: readonly Point[]): number[] {
  return knots.slice(1, -1).map(([x]) => x);
}

/**
 * The piecewise-linear function through `knots` (x increasing). Beyond the
 * first and last knot it continues the end segments; with one knot it is
 * constant; with none, NaN.
 */
export function piecewiseLinear(knots: readonly Point[]): (x: number) => number {
  const n = knots.length;
  if (n === 0) return () => NaN;
  if (n === 1) return () => knots[0][1];
  const xs = knots.map(([x]) => x);
  const ys = knots.map(([, y]) => y);
  return (x: number) => {
    if (Number.isNaN(x)) return NaN;
    // Index of the segment [i, i+1] holding x, by bisection; clamped to the ends.
    let lo = 0;
    let hi = n - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    if (x === xs[lo]) return ys[lo];
    if (x === xs[lo + 1]) return ys[lo + 1];
    return ys[lo] + ((x - xs[lo]) * (ys[lo + 1] - ys[lo])) / (xs[lo + 1] - xs[lo]);
  };
}
