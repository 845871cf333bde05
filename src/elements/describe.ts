/**
 * Text alternatives generated from the data. Every phrase comes from the
 * strings table, so a page can reword or translate them.
 */

import type { Point } from '../math/piecewise.js';
import { formatShort } from '../plot/format.js';
import type { StringKey, Translate } from './strings.js';

export interface ShapeOptions {
  readonly t: Translate;
  readonly locale: string | undefined;
  /** Name of the horizontal variable. */
  readonly axis: string;
  /** Who the sentence is about: `shape.it` or `shape.unit`. */
  readonly subject: StringKey;
  /** Say "silent (a = 0)" rather than "flat at 0" for flat pieces at 0. */
  readonly silentAtZero?: boolean;
  /** The exact function, for values between samples (the value at 0). */
  readonly valueAt?: (x: number) => number;
}

/**
 * One sentence on the shape of a curve over its domain. A piecewise-linear
 * curve (given by its exact vertices) is told piece by piece; a smooth one
 * (given by samples) by its ends, its value at 0 and its lowest point.
 */
export function shapeText(points: readonly Point[], piecewise: boolean, o: ShapeOptions): string {
  const { t, axis } = o;
  const n = (v: number) => formatShort(v, 2, o.locale);
  const [x0, y0] = points[0];
  const [x1, y1] = points[points.length - 1];
  const subject = t(o.subject);
  if (piecewise) {
    const pieces: string[] = [];
    for (let i = 1; i < points.length; i++) {
      const [xa, ya] = points[i - 1];
      const [xb, yb] = points[i];
      const slope = (yb - ya) / (xb - xa);
      const piece =
        Math.abs(slope) < 1e-12
          ? o.silentAtZero && Math.abs(ya) < 1e-12
            ? t('piece.silent')
            : t('piece.flat', { y: n(ya) })
          : t(slope > 0 ? 'piece.rises' : 'piece.falls', { slope: n(Math.abs(slope)) });
      if (points.length === 2) pieces.push(piece);
      else if (i === 1) pieces.push(t('piece.until', { piece, axis, x: n(xb) }));
      else pieces.push(t('piece.from', { piece, axis, x: n(xa) }));
    }
    // One flat piece: "silent (a = 0), reaching 0 at x = 3" says nothing; say it holds throughout.
    if (points.length === 2 && Math.abs(y1 - y0) < 1e-12) return t('shape.whole', { subject, piece: pieces[0], axis, x0: n(x0), x1: n(x1) });
    return t('shape.pieces', { subject, pieces: pieces.join(t('piece.then')), y: n(y1), axis, x: n(x1) });
  }
  let lowest = points[0];
  for (const p of points) if (p[1] < lowest[1]) lowest = p;
  let extras = '';
  if (x0 < 0 && x1 > 0) {
    const atZero = o.valueAt
      ? o.valueAt(0)
      : points.reduce((best, p) => (Math.abs(p[0]) < Math.abs(best[0]) ? p : best))[1];
    extras += t('shape.passing', { y: n(atZero), axis });
  }
  if (lowest[0] > x0 && lowest[0] < x1) extras += t('shape.lowest', { y: n(lowest[1]), axis, x: n(lowest[0]) });
  return t('shape.smooth', { subject, y0: n(y0), y1: n(y1), x0: n(x0), x1: n(x1), axis, extras });
}
