/**
 * Marks: functions from a frame and data to Lit `svg` fragments, to be placed
 * inside an `<svg>` that an element's `html` template owns. Colours, strokes
 * and dashes come from CSS through class names (see `plotStyles`), never
 * from inline styles, so they are themable and work under a strict CSP.
 */

import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber } from './format.js';
import type { Frame } from './frame.js';
import { linePath, type DataPoint } from './path.js';

/** A line to draw: its points in data space and the class that styles it. */
export interface LineSeries {
  /** Stable key (for keyed updates). */
  readonly key: string;
  /** Legend text. */
  readonly label: string;
  readonly points: readonly DataPoint[];
  /** Class on the path and its legend swatch; sets stroke and dash in CSS. */
  readonly className: string;
}

/** A point to mark, such as a transition point. */
export interface PointMark {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly className: string;
  /** Short text drawn next to the point; none when empty. */
  readonly label?: string;
  /** Which side of the point the label sits on: right (`start`, the default) or left (`end`). */
  readonly labelSide?: 'start' | 'end';
}

/** A range of x shaded across the plot area (where two lines part, say). */
export interface Band {
  readonly key: string;
  readonly x0: number;
  readonly x1: number;
  readonly className: string;
}

/** A vertical rule from y0 to y1 at x (the gap between two lines), with a short label beside it. */
export interface Rule {
  readonly key: string;
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
  readonly className: string;
  readonly label?: string;
}

/** A short text at a point in data space (a segment's number), centred on it. */
export interface TextMark {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly className: string;
  /** Pixels to move it up from the point (negative: down). */
  readonly lift?: number;
}

/** Bands behind the lines. */
export function bands(f: Frame, list: readonly Band[]): SVGTemplateResult {
  return svg`<g class="plot-bands" aria-hidden="true">${repeat(
    list,
    (b) => b.key,
    (b) => {
      const [a, z] = [f.x(b.x0), f.x(b.x1)];
      return svg`<rect class="plot-band ${b.className}" x=${Math.min(a, z)} y=${f.top} width=${Math.max(1, Math.abs(z - a))} height=${f.bottom - f.top}></rect>`;
    },
  )}</g>`;
}

/** Rules with their labels, on the right of the rule unless that leaves the plot. */
export function rules(f: Frame, list: readonly Rule[]): SVGTemplateResult {
  return svg`<g class="plot-rules" aria-hidden="true">${repeat(
    list,
    (r) => r.key,
    (r) => {
      const [x, y0, y1] = [f.x(r.x), f.y(r.y0), f.y(r.y1)];
      const left = x > (f.left + f.right) / 2;
      return svg`<line class="plot-rule ${r.className}" x1=${x} x2=${x} y1=${y0} y2=${y1}></line>${
        r.label ? svg`<text class="plot-rule-label ${r.className}" x=${x + (left ? -6 : 6)} y=${(y0 + y1) / 2} dy="0.32em" text-anchor=${left ? 'end' : 'start'}>${r.label}</text>` : nothing
      }`;
    },
  )}</g>`;
}

/** Texts centred on their points, lifted above them. */
export function texts(f: Frame, list: readonly TextMark[]): SVGTemplateResult {
  return svg`<g class="plot-texts" aria-hidden="true">${repeat(
    list,
    (m) => m.key,
    (m) => svg`<text class="plot-text ${m.className}" x=${f.x(m.x)} y=${f.y(m.y) - (m.lift ?? 0)} text-anchor="middle" dy="0.32em">${m.text}</text>`,
  )}</g>`;
}

/** Grid lines at the ticks, as one path (one element, not one per line). */
export function grid(f: Frame): SVGTemplateResult {
  let d = '';
  for (const t of f.xTicks) d += `M${f.x(t)},${f.top}V${f.bottom}`;
  for (const t of f.yTicks) d += `M${f.left},${f.y(t)}H${f.right}`;
  return svg`<path class="plot-grid" d=${d} aria-hidden="true"></path>`;
}

/** Tick labels on the left and bottom edges, with optional axis labels. */
export function axes(
  f: Frame,
  labels: { readonly x?: string; readonly y?: string } = {},
): SVGTemplateResult {
  const xLabelY = f.bottom + 16;
  return svg`<g class="plot-axes" aria-hidden="true">
    <rect class="plot-border" x=${f.left} y=${f.top} width=${f.right - f.left} height=${f.bottom - f.top}></rect>
    ${f.xTicks.map(
      (t) =>
        svg`<text class="plot-tick" x=${f.x(t)} y=${xLabelY} text-anchor="middle">${formatNumber(t, f.xDigits, f.locale)}</text>`,
    )}
    ${f.yTicks.map(
      (t) =>
        svg`<text class="plot-tick" x=${f.left - 5} y=${f.y(t)} dy="0.32em" text-anchor="end">${formatNumber(t, f.yDigits, f.locale)}</text>`,
    )}
    ${labels.x
      ? svg`<text class="plot-label" x=${(f.left + f.right) / 2} y=${f.height - 3} text-anchor="middle">${labels.x}</text>`
      : nothing}
    ${labels.y
      ? svg`<text class="plot-label" transform="translate(11 ${(f.top + f.bottom) / 2}) rotate(-90)" text-anchor="middle">${labels.y}</text>`
      : nothing}
  </g>`;
}

/** Thin lines along x = 0 and y = 0 where they fall inside the frame. */
export function zeroLines(f: Frame): SVGTemplateResult {
  const [x0, x1] = f.x.domain;
  const [y0, y1] = f.y.domain;
  const showX = Math.min(x0, x1) <= 0 && 0 <= Math.max(x0, x1);
  const showY = Math.min(y0, y1) <= 0 && 0 <= Math.max(y0, y1);
  return svg`<g class="plot-zero" aria-hidden="true">${
    showX ? svg`<line x1=${f.x(0)} x2=${f.x(0)} y1=${f.top} y2=${f.bottom}></line>` : nothing
  }${showY ? svg`<line x1=${f.left} x2=${f.right} y1=${f.y(0)} y2=${f.y(0)}></line>` : nothing}</g>`;
}

/**
 * The series as paths, each over a casing (see `plotStyles`), clipped to the
 * plot area by a nested `<svg>` (which clips by default and needs no id, so
 * any number of plots share a shadow root).
 */
export function lines(f: Frame, series: readonly LineSeries[]): SVGTemplateResult {
  const w = f.right - f.left;
  const h = f.bottom - f.top;
  return svg`<svg class="plot-lines" x=${f.left} y=${f.top} width=${w} height=${h} viewBox="${f.left} ${f.top} ${w} ${h}" aria-hidden="true">${repeat(
    series,
    (s) => s.key,
    (s) => {
      const d = linePath(s.points, f.x, f.y);
      return svg`<path class="plot-casing ${s.className}" d=${d}></path><path class="plot-line ${s.className}" d=${d}></path>`;
    },
  )}</svg>`;
}

/** Points drawn as circles, with an optional text label. */
export function points(f: Frame, marks: readonly PointMark[]): SVGTemplateResult {
  return svg`<g class="plot-points" aria-hidden="true">${repeat(
    marks,
    (m) => m.key,
    (m) =>
      svg`<circle class="plot-point ${m.className}" cx=${f.x(m.x)} cy=${f.y(m.y)} r="4"></circle>${
        m.label
          ? svg`<text class="plot-point-label" x=${f.x(m.x) + (m.labelSide === 'end' ? -6 : 6)} y=${f.y(m.y) - 7} text-anchor=${m.labelSide ?? 'start'}>${m.label}</text>`
          : nothing
      }`,
  )}</g>`;
}

/** A legend in the top-left corner of the plot area: a swatch and a label per series. */
export function legend(f: Frame, series: readonly LineSeries[]): SVGTemplateResult {
  const x = f.left + 8;
  const rowHeight = 15;
  const width = Math.max(...series.map((s) => s.label.length), 0) * 6.6 + 34;
  return svg`<g class="plot-legend" aria-hidden="true">
    <rect class="plot-legend-box" x=${x - 4} y=${f.top + 4} width=${width} height=${series.length * rowHeight + 6} rx="3"></rect>
    ${series.map((s, i) => {
      const y = f.top + 14 + i * rowHeight;
      return svg`<line class="plot-casing ${s.className}" x1=${x} x2=${x + 20} y1=${y} y2=${y}></line><line class="plot-line ${s.className}" x1=${x} x2=${x + 20} y1=${y} y2=${y}></line><text class="plot-legend-label" x=${x + 25} y=${y} dy="0.32em">${s.label}</text>`;
    })}
  </g>`;
}

/** A title centred above the plot area. */
export function title(f: Frame, text: string): SVGTemplateResult {
  return svg`<text class="plot-title" x=${(f.left + f.right) / 2} y=${f.top - 8} text-anchor="middle">${text}</text>`;
}

/** One reading for the cursor: where a series is at the cursor's x. */
export interface CursorReading {
  readonly y: number;
  readonly className: string;
  readonly text: string;
}

/** A vertical cursor at data x, a dot on each series and the readings' text. */
export function cursor(f: Frame, x: number, readings: readonly CursorReading[]): SVGTemplateResult {
  const sx = f.x(x);
  const alignEnd = sx > (f.left + f.right) / 2;
  const textX = alignEnd ? sx - 6 : sx + 6;
  return svg`<g class="plot-cursor" aria-hidden="true">
    <line class="plot-cursor-line" x1=${sx} x2=${sx} y1=${f.top} y2=${f.bottom}></line>
    ${readings.map((r, i) =>
      Number.isFinite(r.y)
        ? svg`<circle class="plot-cursor-dot ${r.className}" cx=${sx} cy=${f.y(r.y)} r="3.5"></circle>
          <text class="plot-cursor-text" x=${textX} y=${f.bottom - 8 - (readings.length - 1 - i) * 14} text-anchor=${alignEnd ? 'end' : 'start'}>${r.text}</text>`
        : nothing,
    )}
  </g>`;
}
