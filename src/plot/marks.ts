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

/** About how wide a label of `text` is drawn, in user units (the plots' small type). */
const labelWidth = (text: string) => text.length * 6.6;

/**
 * Points drawn as circles, with an optional text label above, on the side asked; a label that
 * would cross the plot's left or right edge (over the tick labels) goes to the other side, below
 * the point (off a line that rises on that side), or is left out when the x axis is right there.
 */
export function points(f: Frame, marks: readonly PointMark[]): SVGTemplateResult {
  return svg`<g class="plot-points" aria-hidden="true">${repeat(
    marks,
    (m) => m.key,
    (m) => {
      const [px, py] = [f.x(m.x), f.y(m.y)];
      const asked = m.labelSide ?? 'start';
      const width = m.label ? labelWidth(m.label) + 6 : 0;
      const flip = asked === 'end' ? px - width < f.left : px + width > f.right;
      const side = flip ? (asked === 'end' ? 'start' : 'end') : asked;
      // Flipped below the point only when there is room above the x axis; else no label (the axis says where).
      const label = m.label && (!flip || py + 15 <= f.bottom - 4);
      return svg`<circle class="plot-point ${m.className}" cx=${px} cy=${py} r="4"></circle>${
        label
          ? svg`<text class="plot-point-label" x=${px + (side === 'end' ? -6 : 6)} y=${flip ? py + 15 : py - 7} text-anchor=${side}>${m.label}</text>`
          : nothing
      }`;
    },
  )}</g>`;
}

/** How many of the series' points (and points along their segments) fall inside a box. */
function covered(f: Frame, series: readonly LineSeries[], box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  const inside = (x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  for (const s of series) {
    for (let i = 0; i < s.points.length; i++) {
      const [x, y] = [f.x(s.points[i][0]), f.y(s.points[i][1])];
      const next = s.points[i + 1];
      if (!next) {
        count += Number(inside(x, y));
        continue;
      }
      const [nx, ny] = [f.x(next[0]), f.y(next[1])];
      const pieces = Math.min(50, Math.ceil(Math.hypot(nx - x, ny - y) / 4));
      for (let k = 0; k < pieces; k++) count += Number(inside(x + ((nx - x) * k) / pieces, y + ((ny - y) * k) / pieces));
    }
  }
  return count;
}

const LEGEND_ROW = 15;

/** The legend's box in corner `corner` (0 top left, 1 top right, 2 bottom left, 3 bottom right). */
function legendBox(f: Frame, series: readonly LineSeries[], corner: number) {
  const width = Math.max(...series.map((s) => s.label.length), 0) * 6.6 + 34;
  const height = series.length * LEGEND_ROW + 6;
  return { x: corner % 2 ? f.right - 4 - width : f.left + 4, y: corner < 2 ? f.top + 4 : f.bottom - 4 - height, width, height };
}

/** The corner for the legend: the top left unless a line runs there, then whichever corner the lines cross least. */
export function legendCorner(f: Frame, series: readonly LineSeries[]): number {
  let best = 0;
  let least = Infinity;
  for (let corner = 0; corner < 4 && least > 0; corner++) {
    const count = covered(f, series, legendBox(f, series, corner));
    if (count < least) [best, least] = [corner, count];
  }
  return best;
}

/** A legend in a corner of the plot area (see `legendCorner`): a swatch and a label per series. */
export function legend(f: Frame, series: readonly LineSeries[], corner = legendCorner(f, series)): SVGTemplateResult {
  const box = legendBox(f, series, corner);
  const x = box.x + 4;
  return svg`<g class="plot-legend" aria-hidden="true">
    <rect class="plot-legend-box" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect>
    ${series.map((s, i) => {
      const y = box.y + 10 + i * LEGEND_ROW;
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
