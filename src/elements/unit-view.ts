/**
 * One unit's figure, shared by `<relu-unit-plot>` and the unit plots inside
 * `<relu-fit-lab>`: derived data (`unitView`) and its template (`unitFigure`).
 */

import { html, type TemplateResult } from 'lit';
import { activations, type ActivationName } from '../math/activations.js';
import { curvePoints, transitionX, unitBreakpoints, type Interval } from '../math/network.js';
import { formatNumber, formatShort } from '../plot/format.js';
import { createFrame, type Frame } from '../plot/frame.js';
import {
  axes,
  grid,
  legend,
  lines,
  points,
  title,
  zeroLines,
  type LineSeries,
  type PointMark,
} from '../plot/marks.js';
import { niceExtent } from '../plot/ticks.js';

export interface UnitParams {
  readonly w: number;
  readonly b: number;
  readonly activation: ActivationName;
  readonly domain: Interval;
  /** Fixed y limits; `null` for automatic. */
  readonly yMin: number | null;
  readonly yMax: number | null;
  readonly label: string;
  readonly fixed: boolean;
  readonly locale: string | undefined;
  /** viewBox size, normally the measured size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export interface UnitView {
  readonly title: string;
  readonly frame: Frame;
  readonly series: readonly LineSeries[];
  readonly marks: readonly PointMark[];
  /** `z = 1.0·x − 1.0` */
  readonly formula: string;
  /** `a = max(0, z)` */
  readonly activationFormula: string;
  /** Where the unit wakes up, in words: `wakes up at x = 1`. */
  readonly wake: string;
  /** The text alternative. */
  readonly description: string;
}

/** How a unit plot sizes itself for a measured width (see `plotSize`). */
export const UNIT_SIZE = { min: 220, max: 560, aspect: 0.62, minHeight: 170, maxHeight: 300 };

/** Fewest fraction digits (1 to 3) that show `value` exactly, for slider-like numbers. */
function digitsFor(value: number): number {
  for (let d = 1; d < 3; d++) {
    if (Math.abs(Number(value.toFixed(d)) - value) < 1e-9) return d;
  }
  return 3;
}

/** `z = 1.0·x − 1.0`, the numbers plugged in, signs typeset. */
export function unitFormula(w: number, b: number, locale?: string): string {
  const n = (v: number) => formatNumber(v, digitsFor(v), locale);
  const sign = b < 0 && formatNumber(-b, digitsFor(b), locale) !== n(0) ? '−' : '+';
  return `z = ${n(w)}·x ${sign} ${n(Math.abs(b))}`;
}

/**
 * Where a unit whose activation is off below z = 0 (ReLU) switches, in words,
 * over the interval; smooth activations have no off range and get "".
 */
export function wakeWords(w: number, b: number, activation: ActivationName, [x0, x1]: Interval, locale?: string): string {
  if (activation !== 'relu' && activation !== 'leaky-relu') return '';
  const off = activation === 'relu' ? 'silent' : 'nearly silent';
  const t = transitionX({ w, b });
  const n = (v: number) => formatShort(v, 2, locale);
  if (t === null) return b > 0 ? 'on everywhere (constant)' : `${off} everywhere`;
  if (w > 0) {
    if (t <= x0) return `on across the whole range (it woke up at x = ${n(t)})`;
    if (t >= x1) return `${off} across the whole range (it wakes up at x = ${n(t)})`;
    return `${off} until x = ${n(t)}, where it wakes up`;
  }
  if (t <= x0) return `${off} across the whole range (it went quiet at x = ${n(t)})`;
  if (t >= x1) return `on across the whole range (it goes quiet at x = ${n(t)})`;
  return `on until x = ${n(t)}, where it goes ${off}`;
}

/** Everything a unit's figure needs, computed once per change of its inputs. */
export function unitView(p: UnitParams): UnitView {
  const activation = activations[p.activation];
  const unit = { w: p.w, b: p.b, activation: p.activation };
  const [x0, x1] = p.domain;
  const zPoints = [
    [x0, p.w * x0 + p.b],
    [x1, p.w * x1 + p.b],
  ] as const;
  const inner = unitBreakpoints(unit, p.domain);
  const aPoints = curvePoints(
    (x) => activation.fn(p.w * x + p.b),
    p.domain,
    inner && [x0, ...inner, x1],
    120,
  );
  const auto = niceExtent([0, ...zPoints.map(([, y]) => y), ...aPoints.map(([, y]) => y)], 4);
  const yMin = p.yMin ?? auto[0];
  const yMax = p.yMax ?? auto[1];
  const yDomain = yMin < yMax ? ([yMin, yMax] as const) : auto;
  const frame = createFrame({
    width: p.width,
    height: p.height,
    margin: { top: 26, right: 12, bottom: 24, left: 34 },
    xDomain: p.domain,
    yDomain,
    xTickCount: 6,
    yTickCount: 4,
    locale: p.locale,
  });
  const series: LineSeries[] = [
    { key: 'z', label: 'z', points: zPoints, className: 'series-z' },
    { key: 'a', label: 'a', points: aPoints, className: 'series-a' },
  ];
  const t = transitionX(unit);
  const n = (v: number) => formatShort(v, 2, p.locale);
  const marks: PointMark[] =
    t !== null && activation.kinks?.length && t >= x0 && t <= x1
      ? [{ key: 'transition', x: t, y: activation.fn(0), className: 'transition', label: `x = ${n(t)}` }]
      : [];
  const heading = p.fixed ? `${p.label} (fixed)` : p.label;
  const formula = unitFormula(p.w, p.b, p.locale);
  const wake = wakeWords(p.w, p.b, p.activation, p.domain, p.locale);
  return {
    title: heading,
    frame,
    series,
    marks,
    formula,
    activationFormula: activation.formula,
    wake,
    description: describeUnit(heading, formula, activation.formula, p, aPoints),
  };
}

/** "Unit 1: z = 1.0·x − 1.0 and a = max(0, z), for x from 0 to 3. Silent until x = 1, then rises with slope 1, reaching 2 at x = 3." */
function describeUnit(
  heading: string,
  formula: string,
  activationFormula: string,
  p: UnitParams,
  aPoints: readonly (readonly [number, number])[],
): string {
  const n = (v: number) => formatShort(v, 2, p.locale);
  const [x0, x1] = p.domain;
  const head = `${heading}: ${formula} and ${activationFormula}, for x from ${n(x0)} to ${n(x1)}.`;
  if (activations[p.activation].kinks === null) {
    const first = aPoints[0][1];
    const last = aPoints[aPoints.length - 1][1];
    return `${head} a goes from ${n(first)} at x = ${n(x0)} to ${n(last)} at x = ${n(x1)}.`;
  }
  // Piecewise linear: one phrase per piece between consecutive vertices.
  const pieces: string[] = [];
  for (let i = 1; i < aPoints.length; i++) {
    const [xa, ya] = aPoints[i - 1];
    const [xb, yb] = aPoints[i];
    const slope = (yb - ya) / (xb - xa);
    const shape =
      Math.abs(slope) < 1e-12
        ? ya === 0 && p.activation === 'relu'
          ? 'the unit is silent (a = 0)'
          : `a stays at ${n(ya)}`
        : `a ${slope > 0 ? 'rises' : 'falls'} with slope ${n(Math.abs(slope))}`;
    const where = aPoints.length === 2 ? '' : i === 1 ? ` until x = ${n(xb)}` : ` from x = ${n(xa)}`;
    pieces.push(`${shape}${where}`);
  }
  const end = aPoints[aPoints.length - 1][1];
  const sentence = pieces.join(', then ');
  return `${head} ${sentence[0].toUpperCase()}${sentence.slice(1)}, reaching ${n(end)} at x = ${n(x1)}.`;
}

/** The unit's figure: the plot, then its formula and, in words, where it wakes up. */
export function unitFigure(view: UnitView, part = 'unit-plot'): TemplateResult {
  const f = view.frame;
  return html`<figure class="unit" part=${part}>
    <svg
      class="plot"
      part="plot"
      viewBox="0 0 ${f.width} ${f.height}"
      role="img"
      aria-label=${view.description}
    >
      ${grid(f)}${zeroLines(f)}${axes(f)}${lines(f, view.series)}${points(f, view.marks)}
      ${legend(f, view.series)}${title(f, view.title)}
    </svg>
    <figcaption part="formula" class="formula">
      <span class="equation">${view.formula}</span>${view.wake
        ? html`<span class="wake"> · ${view.wake}</span>`
        : null}
    </figcaption>
  </figure>`;
}
