/**
 * The figure every relu-lab plot is drawn in: a focusable svg with a text
 * alternative, the linked cursor, and a data-table view behind a toggle.
 * Elements describe a plot as a `FigureModel`; this file draws it.
 */

import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Frame } from '../plot/frame.js';
import { formatShort } from '../plot/format.js';
import {
  axes,
  bands,
  cursor,
  grid,
  legend,
  legendCorner,
  lines,
  points,
  rules,
  texts,
  title,
  zeroLines,
  type Band,
  type LineSeries,
  type PointMark,
  type Rule,
  type TextMark,
} from '../plot/marks.js';
import type { CursorController } from './cursor-controller.js';
import type { Translate } from './strings.js';

/** A curve the cursor reads and the data table lists. */
export interface Reading {
  readonly name: string;
  readonly className: string;
  readonly fn: (x: number) => number;
  /** Only defined at these x (data points): a cursor elsewhere does not read it. */
  readonly only?: ReadonlySet<number>;
}

export interface FigureModel {
  /** Unique within the element (for ids and the table toggle). */
  readonly key: string;
  readonly title: string;
  readonly frame: Frame;
  readonly series: readonly LineSeries[];
  readonly marks?: readonly PointMark[];
  /** Ranges of x shaded behind the lines. */
  readonly bands?: readonly Band[];
  /** Vertical rules (a gap between two lines) and short texts (a segment's number). */
  readonly rules?: readonly Rule[];
  readonly texts?: readonly TextMark[];
  readonly showLegend: boolean;
  readonly axisLabels?: { readonly x?: string; readonly y?: string };
  /** The text alternative, short: what the plot shows (a screen reader says it on every visit). */
  readonly description: string;
  /** More, said on D: the error, where the lines part (default: the description). */
  readonly details?: string;
  /** x values B and Shift+B jump to (bends, knots, hinges). */
  readonly stops?: readonly number[];
  /** Name of the horizontal variable (`x` or `z`). */
  readonly axis: string;
  readonly readings: readonly Reading[];
  /** x values the data table lists. */
  readonly tableXs: readonly number[];
}

export interface FigureContext {
  readonly t: Translate;
  readonly locale: string | undefined;
  readonly cursor: CursorController;
  readonly tableOpen: boolean;
  readonly toggleTable: (key: string) => void;
  /** The figure's part name. */
  readonly part: string;
  /** Extra content for the caption (formulas, words). */
  readonly caption?: TemplateResult | typeof nothing;
  /** Keys the element handles on the plot before the cursor sees them. */
  readonly keyDown?: (event: KeyboardEvent) => boolean;
  /** More classes on the figure (`is-on`). */
  readonly extraClass?: string;
  /** Interactive content laid over the plot (an svg with the plot's viewBox). */
  readonly overlay?: TemplateResult;
  /** What the explorer says at the cursor (default: every reading there). */
  readonly valueText?: string;
}

/** The x values a data table lists: the ticks plus any breakpoints, sorted, unique. */
export function tableXs(frame: Frame, extra: readonly number[] = []): number[] {
  const [x0, x1] = frame.x.domain;
  const xs = [...frame.xTicks, ...extra, x0, x1].filter((x) => x >= x0 && x <= x1);
  xs.sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || Math.abs(x - xs[i - 1]) > 1e-12);
}

/** The readout for a cursor at `x` over `readings`: "At x = 1: z = 0, a = 0." */
export function readoutText(
  t: Translate,
  locale: string | undefined,
  axis: string,
  x: number,
  readings: readonly Reading[],
): string {
  const n = (v: number) => formatShort(v, 2, locale);
  const values = readings.filter((r) => !r.only || r.only.has(x)).map((r) => t('readout.value', { name: r.name, value: n(r.fn(x)) }));
  return t('readout.values', { axis, x: n(x), values: values.join(t('readout.join')) });
}

/** The legend, drawn again only when its corner or its labels change. */
function legendOf(f: Frame, series: FigureModel['series']) {
  const corner = legendCorner(f, series);
  return guard([f, corner, ...series.map((s) => `${s.className} ${s.label}`)], () => legend(f, series, corner));
}

export function figure(m: FigureModel, c: FigureContext): TemplateResult {
  const f = m.frame;
  const x = c.cursor.x;
  const n = (v: number) => formatShort(v, 2, c.locale);
  const tableId = `${m.key}-table`;
  const [x0, x1] = f.x.domain;
  const step = c.cursor.step;
  const aside = c.cursor.aside?.key === m.key ? c.cursor.aside.what : null;
  const reading = x === null ? c.t('figure.idle') : (c.valueText ?? readoutText(c.t, c.locale, m.axis, x, m.readings));
  // The plot is a chart explorer: a slider along x (so screen readers pass it the arrow keys
  // in browse mode too), named by its title, described by its text alternative and how to use it,
  // its value the readings at the cursor (or, after D or ?, its details or its keys). The figure is
  // a plain box, no figure landmark: its name would be said on the way in, then the explorer's again.
  return html`<div class="figure figure-${m.key} ${c.extraClass ?? ''}" part=${c.part}>
    <svg
      class="plot"
      part="plot"
      viewBox="0 0 ${f.width} ${f.height}"
      role="slider"
      aria-roledescription=${c.t('figure.explorer')}
      aria-orientation="horizontal"
      tabindex="0"
      aria-label=${m.title}
      aria-describedby="${m.key}-description ${m.key}-howto"
      aria-valuemin=${x0}
      aria-valuemax=${x1}
      aria-valuenow=${x ?? x0}
      aria-valuetext=${aside === 'details' ? (m.details ?? m.description) : aside === 'keys' ? c.t('figure.instructions', { axis: m.axis, step: n(step), big: n(step * 10) }) : reading}
      @pointermove=${(e: PointerEvent) => c.cursor.pointerMove(e, f)}
      @pointerleave=${(e: PointerEvent) => c.cursor.pointerLeave(e)}
      @focus=${() => c.cursor.focus()}
      @blur=${() => c.cursor.blur()}
      @keydown=${(e: KeyboardEvent) => c.keyDown?.(e) || c.cursor.keyDown(e, m.key, m.stops)}
    >
      ${guard([f, m.title, m.axisLabels?.x, m.axisLabels?.y], () => svg`${grid(f)}${zeroLines(f)}${axes(f, m.axisLabels)}${title(f, m.title)}`)}
      ${m.bands?.length ? bands(f, m.bands) : nothing}${lines(f, m.series)}${guard([f, m.marks], () => points(f, m.marks ?? []))}
      ${m.texts?.length ? guard([f, m.texts], () => texts(f, m.texts ?? [])) : nothing}${m.rules?.length ? rules(f, m.rules) : nothing}
      ${m.showLegend ? legendOf(f, m.series) : nothing}
      ${x === null
        ? nothing
        : cursor(
            f,
            x,
            m.readings.map((r) => ({
              y: r.fn(x),
              className: r.className,
              text: `${r.name} = ${n(r.fn(x))}`,
            })),
          )}
    </svg>
    ${c.overlay ?? nothing}
    <span id="${m.key}-description" hidden>${m.description}</span>
    <span id="${m.key}-howto" hidden>${c.t('figure.pointer')}</span>
    <div class="caption">
      ${c.caption ?? nothing}
      <button
        type="button"
        class="table-toggle"
        part="table-toggle"
        aria-expanded=${c.tableOpen ? 'true' : 'false'}
        aria-controls=${tableId}
        @click=${() => c.toggleTable(m.key)}
      >
        ${c.t(c.tableOpen ? 'table.hide' : 'table.show')}
      </button>
    </div>
    <div id=${tableId} class="table-wrap" ?hidden=${!c.tableOpen}>
      ${c.tableOpen
        ? html`<table part="table">
            <caption>${m.title}</caption>
            <thead>
              <tr>
                <th scope="col">${m.axis}</th>
                ${m.readings.map((r) => html`<th scope="col">${r.name}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${m.tableXs.map(
                (tx) => html`<tr>
                  <th scope="row">${n(tx)}</th>
                  ${m.readings.map((r) => html`<td>${n(r.fn(tx))}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
    </div>
  </div>`;
}
