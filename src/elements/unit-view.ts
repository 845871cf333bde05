/**
 * One unit's figure, shared by `<relu-unit-plot>` and the unit plots inside
 * `<relu-fit-lab>`: its figure model and its caption.
 */

import { html, type TemplateResult } from 'lit';
import { activations, type ActivationName } from '../math/activations.js';
import { curvePoints, transitionX, unitBreakpoints, type Interval } from '../math/network.js';
import { formatNumber, formatShort } from '../plot/format.js';
import { createFrame } from '../plot/frame.js';
import type { PointMark } from '../plot/marks.js';
import { niceExtent } from '../plot/ticks.js';
import { shapeText } from './describe.js';
import { tableXs, type FigureModel } from './figure.js';
import { sharedStrings, type StringKey, type Translate } from './strings.js';

export interface UnitParams {
  readonly key: string;
  readonly w: number;
  readonly b: number;
  readonly activation: ActivationName;
  readonly domain: Interval;
  /** Fixed y limits; `null` for automatic. */
  readonly yMin: number | null;
  readonly yMax: number | null;
  /** The title before "(fixed)" is added. */
  readonly label: string;
  readonly fixed: boolean;
  /** The whole title of a fixed unit, when "(fixed)" belongs inside the label's own brackets. */
  readonly fixedLabel?: string;
  readonly t: Translate;
  readonly locale: string | undefined;
  /** viewBox size, normally the measured size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export interface UnitView {
  readonly figure: FigureModel;
  /** `z = 1.0·x − 1.0` */
  readonly formula: string;
  /** Where the unit wakes up, in words: `silent until x = 1, where it wakes up`. */
  readonly wake: string;
  /**
   * The longest caption the unit needs (numbers below 10 to three decimals, a hinge within ±100, the
   * wordiest case), laid unseen under the caption so it keeps one size while the unit moves; null
   * for a fixed unit.
   */
  readonly room: { readonly formula: string; readonly wake: string } | null;
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
  const negative = b < 0 && n(Math.abs(b)) !== n(0);
  return `z = ${n(w)}·x ${negative ? '−' : '+'} ${n(Math.abs(b))}`;
}

/**
 * Where a unit whose activation is off below z = 0 (ReLU, leaky ReLU)
 * switches, in words, over the interval; "" for smooth activations.
 */
export function wakeWords(
  w: number,
  b: number,
  activation: ActivationName,
  [x0, x1]: Interval,
  t: Translate,
  locale?: string,
): string {
  if (activation !== 'relu' && activation !== 'leaky-relu') return '';
  const off = t(activation === 'relu' ? 'unit.silent' : 'unit.nearlySilent');
  const at = transitionX({ w, b });
  if (at === null) return b > 0 ? t('wake.constantOn') : t('wake.constantOff', { off });
  const x = formatShort(at, 2, locale);
  if (w > 0) {
    if (at <= x0) return t('wake.onAlready', { x });
    if (at >= x1) return t('wake.offStill', { off, x });
    return t('wake.wakes', { off, x });
  }
  if (at <= x0) return t('wake.offAlready', { off, x });
  if (at >= x1) return t('wake.onStill', { x });
  return t('wake.sleeps', { off, x });
}

/** The cases of `wakeWords` for a unit that switches off (ReLU, leaky ReLU): the strings' `wake.*`. */
const WAKES = Object.keys(sharedStrings).filter((key): key is StringKey => key.startsWith('wake.'));

/**
 * The longest caption a unit of this activation could show: the formula with the widest numbers a
 * slider or a fit gives (three decimals, negative) and the wordiest case of where it wakes up, with
 * a hinge as wide as a slider grid's (|x| up to 100, two decimals).
 */
function captionRoom(activation: ActivationName, t: Translate, locale: string | undefined): NonNullable<UnitView['room']> {
  // The same for every update of a unit (a drag): made once per strings table, language and activation.
  const key = `${activation}|${locale ?? ''}`;
  let byKey = rooms.get(t);
  if (!byKey) rooms.set(t, (byKey = new Map()));
  let room = byKey.get(key);
  if (!room) byKey.set(key, (room = makeRoom(activation, t, locale)));
  return room;
}

const rooms = new WeakMap<Translate, Map<string, NonNullable<UnitView['room']>>>();

function makeRoom(activation: ActivationName, t: Translate, locale: string | undefined): NonNullable<UnitView['room']> {
  const formula = unitFormula(-8.888, -8.888, locale);
  if (activation !== 'relu' && activation !== 'leaky-relu') return { formula, wake: '' };
  const off = t(activation === 'relu' ? 'unit.silent' : 'unit.nearlySilent');
  const x = formatShort(-88.88, 2, locale);
  return { formula, wake: WAKES.map((key) => t(key, { off, x })).reduce((a, b) => (b.length > a.length ? b : a)) };
}

/** Everything a unit's figure needs, computed once per change of its inputs. */
export function unitView(p: UnitParams): UnitView {
  const { t, locale } = p;
  const activation = activations[p.activation];
  const unit = { w: p.w, b: p.b, activation: p.activation };
  const [x0, x1] = p.domain;
  const z = (x: number) => p.w * x + p.b;
  const a = (x: number) => activation.fn(p.w * x + p.b);
  const zPoints = [
    [x0, z(x0)],
    [x1, z(x1)],
  ] as const;
  const inner = unitBreakpoints(unit, p.domain);
  const aPoints = curvePoints(a, p.domain, inner && [x0, ...inner, x1], 120);
  const auto = niceExtent([0, z(x0), z(x1), ...aPoints.map(([, y]) => y)], 4);
  const yMin = p.yMin ?? auto[0];
  const yMax = p.yMax ?? auto[1];
  const frame = createFrame({
    width: p.width,
    height: p.height,
    margin: { top: 26, right: 12, bottom: 24, left: 34 },
    xDomain: p.domain,
    yDomain: yMin < yMax ? [yMin, yMax] : auto,
    xTickCount: 6,
    yTickCount: 4,
    locale,
  });
  const at = transitionX(unit);
  const n = (v: number) => formatShort(v, 2, locale);
  const marks: PointMark[] =
    at !== null && activation.kinks?.length && at >= x0 && at <= x1
      ? [
          {
            key: 'transition',
            x: at,
            y: activation.fn(0),
            className: 'transition',
            label: `x = ${n(at)}`,
            // Keep the label off the lines: the unit's a rises on the side it is on.
            labelSide: p.w > 0 ? ('end' as const) : ('start' as const),
          },
        ]
      : [];
  const title = p.fixed ? (p.fixedLabel ?? t('unit.fixed', { title: p.label })) : p.label;
  const formula = unitFormula(p.w, p.b, locale);
  const shape = shapeText(aPoints, activation.kinks !== null, {
    t,
    locale,
    axis: 'x',
    subject: 'shape.unit',
    silentAtZero: p.activation === 'relu',
    valueAt: a,
  });
  const zName = t('legend.z');
  const aName = t('legend.a');
  return {
    figure: {
      key: p.key,
      title,
      frame,
      series: [
        { key: 'z', label: zName, points: zPoints, className: 'series-z' },
        { key: 'a', label: aName, points: aPoints, className: 'series-a' },
      ],
      marks,
      showLegend: true,
      description: t('unit.describe', {
        title,
        formula,
        activation: activation.formula,
        x0: n(x0),
        x1: n(x1),
        shape,
      }),
      axis: 'x',
      readings: [
        { name: zName, className: 'series-z', fn: z },
        { name: aName, className: 'series-a', fn: a },
      ],
      tableXs: tableXs(frame, inner ?? []),
      stops: inner ?? [],
    },
    formula,
    wake: wakeWords(p.w, p.b, p.activation, p.domain, t, locale),
    room: p.fixed ? null : captionRoom(p.activation, t, locale),
  };
}

/** A caption laid over the unseen room of its longest text (`.roomy`, unit-view.styles.ts), so it keeps one size. */
export function withRoom(said: TemplateResult, room: unknown): TemplateResult {
  return html`<span class="roomy">${said}<span class="formula room" aria-hidden="true">${room}</span></span>`;
}

/** The caption under a unit's plot: its formula and, in words, where it wakes up. */
export function unitCaption(view: UnitView): TemplateResult {
  const words = ({ formula, wake }: { formula: string; wake: string }) =>
    html`<span class="equation">${formula}</span>${wake ? html`<span class="wake"> · ${wake}</span>` : null}`;
  const said = html`<span class="formula" part="formula">${words(view)}</span>`;
  return view.room ? withRoom(said, words(view.room)) : said;
}
