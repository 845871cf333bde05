/** SVG path data for polylines. */

import type { LinearScale } from './scale.js';

/** A data point `[x, y]`. */
export type DataPoint = readonly [number, number];

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Path data (`M…L…`) through `points` in screen space, coordinates rounded to
 * 0.01 so the output is deterministic. A point with a non-finite coordinate
 * leaves a gap instead of an error; an empty or all-gap series gives `""`.
 */
export function linePath(points: readonly DataPoint[], x: LinearScale, y: LinearScale): string {
  let d = '';
  let pen = false;
  for (const [px, py] of points) {
    const sx = x(px);
    const sy = y(py);
    if (!Number.isFinite(sx) || !Number.isFinite(sy)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(sx)},${round(sy)}`;
    pen = true;
  }
  return d;
}
