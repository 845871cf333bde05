/**
 * The lab's words for the learner, computed from the target so they stay
 * true when an author changes it: the main plot's text alternative, the output
 * formula, where the output departs (the notebook's hints and solution text are
 * with the analysis, lab-analysis.ts and lab-reveal.ts; the export caption with
 * the export, export.ts).
 */

import type { LessonUnit } from '../../math/lesson.js';
import type { Lesson, Samples } from '../../math/lesson.js';
import type { Point } from '../../math/piecewise.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import { listOf, type Translate } from '../strings.js';

/**
 * Where the output follows the target (within `tolerance` at the samples)
 * and where it departs, as ranges of x, and the largest gap: its size, its x and its sample's index
 * (data may hold several points at one x).
 */
type Ranges = { follows: [number, number][]; departs: [number, number][]; gap: number; gapX: number; gapAt: number };
const rangesOf = new WeakMap<readonly number[], { tolerance: number; target: readonly number[]; ranges: Ranges }>();

export function fitRanges(xs: readonly number[], predicted: readonly number[], target: readonly number[], tolerance: number): Ranges {
  // Once per output: the readout, the plot's gap, the description and the sound all ask on one render.
  const seen = rangesOf.get(predicted);
  if (seen && seen.tolerance === tolerance && seen.target === target) return seen.ranges;
  const ranges = computeRanges(xs, predicted, target, tolerance);
  rangesOf.set(predicted, { tolerance, target, ranges });
  return ranges;
}

function computeRanges(xs: readonly number[], predicted: readonly number[], target: readonly number[], tolerance: number): Ranges {
  const follows: [number, number][] = [];
  const departs: [number, number][] = [];
  let gap = 0;
  let gapX = xs[0] ?? 0;
  let gapAt = 0;
  let start = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = Math.abs(predicted[i] - target[i]);
    // The first of equal gaps (a constant offset reads at its start, not at a rounding's whim).
    if (d > gap + 1e-9 * (1 + gap)) {
      gap = d;
      gapX = xs[i];
      gapAt = i;
    }
    const ok = d <= tolerance;
    const nextOk = i + 1 < xs.length ? Math.abs(predicted[i + 1] - target[i + 1]) <= tolerance : !ok;
    if (ok !== nextOk) {
      (ok ? follows : departs).push([xs[start], xs[i]]);
      start = i + 1;
    }
  }
  return { follows, departs, gap, gapX, gapAt };
}

/**
 * The output unit as a formula's terms: `ŷ = c + v0·a0 + v1·a1 …` written the way a teacher
 * would, "ŷ = a0 − 2·a1 + 2·a2 + a3": weights of 1 left out, signs folded in, c only when not 0.
 */
export function outputTerms(units: readonly Pick<LessonUnit, 'v'>[], bias: number, locale?: string): { sign: string; coefficient: string; index: number | null }[] {
  const n = (v: number) => formatShort(v, 2, locale);
  const terms = [...units.map((u, i) => ({ value: u.v, index: i as number | null })), ...(bias !== 0 ? [{ value: bias, index: null }] : [])];
  return terms.map(({ value, index }, k) => ({
    sign: value < 0 ? (k === 0 ? '−' : ' − ') : k === 0 ? '' : ' + ',
    coefficient: index === null ? n(Math.abs(value)) : Math.abs(value) === 1 ? '' : `${n(Math.abs(value))}·`,
    index,
  }));
}

/** The output formula as plain text, "ŷ = a0 − 2·a1 + 2·a2 + a3". */
export function outputFormulaText(units: readonly Pick<LessonUnit, 'v'>[], bias: number, locale?: string): string {
  return `ŷ = ${outputTerms(units, bias, locale).map((term) => `${term.sign}${term.coefficient}${term.index === null ? '' : `a${term.index}`}`).join('')}`;
}

/**
 * The target as the lesson thinks of it: straight pieces with their slopes, and where it bends.
 * "The target starts at (0, 2), falls with slope 2 to (1, 0), rises with slope 1 to (2, 1), then
 * with slope 3 to (3, 4). It bends at x = 1 and 2."
 */
export function targetText(knots: readonly Point[], t: Translate, locale?: string): string {
  const n = (v: number) => formatShort(v, 2, locale);
  const pieces = [t('target.starts', { x: n(knots[0][0]), y: n(knots[0][1]) })];
  const bends: string[] = [];
  let previous = NaN;
  for (let i = 1; i < knots.length; i++) {
    const [[xa, ya], [xb, yb]] = [knots[i - 1], knots[i]];
    const slope = (yb - ya) / (xb - xa);
    const at = { slope: n(Math.abs(slope)), x: n(xb), y: n(yb) };
    if (i > 1 && Math.abs(slope - previous) > 1e-12) bends.push(n(xa));
    const sameWay = i > 1 && Math.sign(slope) === Math.sign(previous) && slope !== 0;
    pieces.push(t(slope === 0 ? 'target.flat' : sameWay ? 'target.then' : slope > 0 ? 'target.rises' : 'target.falls', at));
    previous = slope;
  }
  const shape = `${pieces.join(t('readout.join'))}.`;
  return bends.length ? `${shape} ${t('target.bends', { xs: listOf(bends, locale) })}` : shape;
}

/**
 * The target in words: its pieces (knots), the formula's curve, or the data points and where they
 * lie ("The target: 50 points of y = sin(x) with noise of standard deviation 0.1 (seed 1), …").
 */
export function lessonTargetText(lesson: Pick<Lesson, 'source' | 'curve'>, samples: Samples, t: Translate, locale?: string): string {
  const { source } = lesson;
  if (source.kind === 'knots') return targetText(samples.knots, t, locale);
  const n = (v: number) => formatShort(v, 2, locale);
  const [x0, x1] = samples.domain;
  const where = { x0: n(x0), x1: n(x1), count: samples.xs.length, formula: source.kind === 'fn' ? source.formula : '' };
  if (source.kind === 'fn' && samples.kind === 'curve') return t('target.curve', where);
  if (source.kind === 'fn') return t('target.noisy', { ...where, noise: n(lesson.curve.noise), seed: lesson.curve.seed });
  const ys = samples.target;
  return t('target.data', { ...where, y0: n(Math.min(...ys)), y1: n(Math.max(...ys)) });
}

/** The main plot's text alternative: what it shows (said on every visit), and its details (said on D). */
export function describeFit(
  o: {
    formula: string;
    domain: readonly [number, number];
    knots: readonly Point[];
    /** `targetText(knots)`, when the caller keeps it (it changes only with the target). */
    targetText?: string;
    xs: readonly number[];
    predicted: readonly number[];
    target: readonly number[];
    tolerance: number;
    /** The MSE goal, when the lesson is judged by it (data and formulas): said instead of where the output follows. */
    goal: number | null;
    error: number;
  },
  t: Translate,
  locale?: string,
): { description: string; details: string } {
  const n = (v: number) => formatShort(v, 2, locale);
  const ranges = (list: [number, number][]) =>
    list.map(([a, b]) => t('lab.range', { x0: n(a), x1: n(b) })).join(t('lab.and'));
  const { follows, departs, gap, gapX } = fitRanges(o.xs, o.predicted, o.target, o.tolerance);
  const fit = o.goal !== null
    ? t(o.error <= o.goal ? 'lab.goalReachedShort' : 'lab.goal', { goal: n(o.goal), gap: n(gap), x: n(gapX) })
    : !departs.length
    ? t('lab.fitAll')
    : !follows.length
      ? t('lab.fitNone', { gap: n(gap), x: n(gapX) })
      : t('lab.fitSome', { follows: ranges(follows), departs: ranges(departs), gap: n(gap), x: n(gapX) });
  const description = t('lab.describe', {
    formula: o.formula,
    x0: n(o.domain[0]),
    x1: n(o.domain[1]),
    target: o.targetText ?? targetText(o.knots, t, locale),
  });
  return { description, details: t('lab.details', { fit, error: formatMeasure(o.error, 3, locale) }) };
}

/** Whether the lesson is the notebook's own network shape (so the notebook's own words apply). */
export function isNotebookLesson(units: readonly LessonUnit[], outputBias: number, editableOutput: boolean): boolean {
  const [u0, u1, u2] = units;
  return (
    units.length === 3 &&
    u0.fixed && u0.w === -2 && u0.b === 2 &&
    !u1.fixed && !u2.fixed &&
    units.every((u) => u.v === 1 && u.activation === 'relu') &&
    outputBias === 0 &&
    !editableOutput
  );
}
