/**
 * Small marks outside a plot's frame: a sparkline of a series and a meter
 * bar. Each returns an `svg` fragment for an `<svg>` its caller owns, drawn
 * with classes (never inline styles) so it themes and passes a strict CSP.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { createFrame } from './frame.js';
import { lines } from './marks.js';

export interface SparklineOptions {
  readonly width: number;
  readonly height: number;
  /** Class of the line (its colour and dash). */
  readonly className: string;
  /** Plot log10 of the values (a loss falling over decades). Default false. */
  readonly log?: boolean;
}

/** `values` as a line across `width` × `height`, scaled to their own extent; nothing for no values. */
export function sparkline(values: readonly number[], { width, height, className, log = false }: SparklineOptions): SVGTemplateResult | string {
  if (!values.length) return '';
  const ys = log ? values.map((v) => Math.log10(Math.max(v, 1e-12))) : values;
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const frame = createFrame({
    width,
    height,
    margin: { top: 4, right: 4, bottom: 4, left: 4 },
    xDomain: [0, Math.max(1, ys.length - 1)],
    yDomain: [lo, hi > lo ? hi : lo + 1],
  });
  return lines(frame, [{ key: 'sparkline', label: '', points: ys.map((y, i) => [i, y] as const), className }]);
}

/** A rounded meter bar in a 100 × 8 box: a track and a fill for `fraction` (0 to 1, at least a sliver; NaN shows empty). */
export function meterBar(fraction: number): SVGTemplateResult {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const width = Math.max(2, clamped * 100);
  return svg`<rect class="track" width="100" height="8" rx="4"></rect><rect class="fill" width=${width} height="8" rx="4"></rect>`;
}
