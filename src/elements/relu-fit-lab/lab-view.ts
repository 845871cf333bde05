/**
 * What `<relu-fit-lab>` draws, derived from its lesson: the "Match Target"
 * figure (target, output, knots, text alternative, readings) and one unit
 * figure per hidden unit. Pieces whose inputs are unchanged are the same
 * objects as last time, so Lit skips re-rendering them.
 */
import type { LessonUnit } from '../../math/lesson.js';
import { judgedByGoal, networkOf, type Evaluation, type Lesson, type Samples } from '../../math/lesson.js';
import { networkBreakpoints, networkCurve, networkOutput, unitOutput } from '../../math/network.js';
import type { Point } from '../../math/piecewise.js';
import { createFrame, type Frame } from '../../plot/frame.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import type { Band, PointMark, Rule, TextMark } from '../../plot/marks.js';
import { niceExtent } from '../../plot/ticks.js';
import { readoutText, tableXs, type FigureModel, type Reading } from '../figure.js';
import { Memo } from '../memo.js';
import type { Translate } from '../strings.js';
import { UNIT_SIZE, unitView, type UnitView } from '../unit-view.js';
import { plotSize } from '../width-controller.js';
import { describeFit, fitRanges, lessonTargetText, outputFormulaText } from './lab-text.js';
import type { Values } from './lab-model.js';

/** How a unit plot that sits under its sliders sizes itself: flatter than UNIT_SIZE. */
const COMPACT_UNIT_SIZE = { ...UNIT_SIZE, aspect: 0.45, minHeight: 150 };

/** How the main plot sizes itself for its measured width. */
const MAIN_SIZE = { min: 280, max: 900, aspect: 0.6, minHeight: 240, maxHeight: 440 };

export interface LabViewInput {
  readonly lesson: Lesson;
  readonly samples: Samples;
  readonly evaluation: Evaluation;
  /** Measured widths of the main plot and of a unit plot. */
  readonly mainWidth: number;
  readonly unitWidth: number;
  readonly t: Translate;
  readonly locale: string | undefined;
  /** Unit plots sit with their sliders (a narrow lab): drawn flatter, so sliders, plot and its caption fit a phone's screen together. */
  readonly compact: boolean;
  /**
   * A drag (or an animation, a fit) is in flight: its values are not committed yet. The main
   * plot's text alternative, which no one reads mid-drag (screen readers change values by key,
   * and every key is a commit), keeps its last text until the values settle.
   */
  readonly inFlight: boolean;
}

export interface LabView {
  readonly main: FigureModel;
  /** The main plot's readings for its data table: target, output and each unit. */
  readonly tableReadings: readonly Reading[];
  readonly units: readonly UnitView[];
}

/** Builds a lab's view; one instance per lab keeps that lab's unchanged pieces. */
export class LabViews {
  private readonly unitViews = new Memo(unitView);
  /**
   * Data as a target, once per target (not per drag): its x values (where it can be read), its
   * points (steering the legend) and its table rows (at most 100 points, evenly chosen).
   */
  private readonly dataViews = new Memo(({ samples }: { samples: Samples }) => ({
    only: new Set(samples.xs),
    points: samples.xs.map((x, i): Point => [x, samples.target[i]]),
    rows: [...new Set(samples.xs.filter((_, i, all) => all.length <= 100 || i % Math.ceil(all.length / 100) === 0))],
  }));
  /** The target's knots (or its data points, as dots) as point marks: the same array while the target is unchanged. */
  private readonly knotMarks = new Memo(({ samples }: { samples: Samples }): PointMark[] =>
    samples.kind === 'knots'
      ? samples.knots.map(([x, y], i) => ({ key: `knot${i}`, x, y, className: 'series-target knot' }))
      : samples.kind === 'dots'
        ? samples.xs.map((x, i) => ({ key: `point${i}`, x, y: samples.target[i], className: 'series-target data-point' }))
        : [],
  );

  private readonly formula = new Memo(({ vs, bias, locale }: { vs: readonly number[]; bias: number; locale: string | undefined }) =>
    outputFormulaText(vs.map((v) => ({ v })), bias, locale),
  );
  /** The target told as pieces: the same text while the target is unchanged. */
  private readonly targetText = new Memo(({ lesson, samples, t, locale }: { lesson: Pick<Lesson, 'source' | 'curve'>; samples: Samples; t: Translate; locale: string | undefined }) =>
    lessonTargetText(lesson, samples, t, locale),
  );
  private lastText: { description: string; details: string } | null = null;
  /**
   * The target's straight pieces numbered 1, 2, 3 … above their middles, as the notebook's text
   * counts them ("the first segment marked with a 1"); a piece too narrow for its number goes without.
   */
  private readonly segmentNumbers = new Memo(({ knots, frame }: { knots: readonly Point[]; frame: Frame }): TextMark[] =>
    knots.length > 50 ? [] : knots.slice(1).flatMap(([x1, y1], i) => {
      const [x0, y0] = knots[i];
      if (Math.abs(frame.x(x1) - frame.x(x0)) < 18) return [];
      return [{ key: `segment${i}`, x: (x0 + x1) / 2, y: (y0 + y1) / 2, text: String(i + 1), className: 'series-target segment-number', lift: 13 }];
    }),
  );

  build(input: LabViewInput): LabView {
    const { lesson, samples, t, locale } = input;
    const network = networkOf(lesson);
    const { domain, knots } = samples;
    const output = networkCurve(network, domain);
    // An unchanged frame is the same object, so the grid, axes and ticks are not redrawn.
    const frame = createFrame({
      ...plotSize(input.mainWidth, MAIN_SIZE),
      margin: { top: 34, right: 16, bottom: 40, left: 44 },
      xDomain: domain,
      yDomain: niceExtent([...(samples.kind === 'knots' ? knots.map(([, y]) => y) : samples.target), ...output.map(([, y]) => y)], 5),
      xTickCount: 6,
      yTickCount: 6,
      locale,
    });
    // Data: read only at its points (between them there is no target), the mean where an x repeats.
    const data = samples.kind === 'dots' ? this.dataViews.get('data', { samples }) : null;
    const only = data?.only;
    const tableReadings: Reading[] = [
      { name: !only ? t('lab.target') : only.size < samples.xs.length ? t('lab.dataReading') : t('lab.data'), className: 'series-target', fn: samples.targetAt, only },
      { name: 'ŷ', className: 'series-output', fn: (x) => networkOutput(network, x) },
      ...lesson.units.map((u, i) => ({ name: `a${i}`, className: 'series-a', fn: (x: number) => unitOutput(u, x) })),
    ];
    const main = this.mainFigure(input, frame, output, tableReadings, data);
    return { main, tableReadings, units: this.unitFigures(input) };
  }

  /** The "Match Target" figure: target and output, the knots, and its text alternative (kept while values are in flight). */
  private mainFigure(
    { lesson, samples, evaluation, t, locale, inFlight }: LabViewInput,
    frame: Frame,
    output: Point[],
    tableReadings: Reading[],
    data: { readonly points: readonly Point[]; readonly only: ReadonlySet<number>; readonly rows: readonly number[] } | null,
  ): FigureModel {
    const { domain, knots } = samples;
    const title = t('lab.title');
    // The output formula names the output weights and bias only: a drag of w or b keeps it.
    const formula = this.formula.get('formula', { vs: lesson.units.map((u) => u.v), bias: lesson.outputBias, locale });
    const targetText = this.targetText.get('target', { lesson: { source: lesson.source, curve: lesson.curve }, samples, t, locale });
    // The target's knots and the output's bends: the table's rows, and where B and Shift+B stop (a curve or data: the output's only).
    const bends = [...(samples.kind === 'knots' ? knots.map(([x]) => x) : []), ...(networkBreakpoints(networkOf(lesson), domain) ?? [])];
    const goal = judgedByGoal(lesson) ? lesson.goal : null;
    const fit = { formula, domain, knots, targetText, xs: samples.xs, predicted: evaluation.predicted, target: samples.target, tolerance: lesson.tolerance, goal, error: evaluation.error };
    return {
      key: 'main',
      title,
      frame,
      series: [
        // Data: no line, but its points still steer the legend clear of them (the path is not drawn).
        { key: 'target', label: t('lab.target'), points: data ? data.points : knots, className: `series-target${data ? ' is-dots' : ''}` },
        { key: 'output', label: t('lab.output'), points: output, className: 'series-output' },
      ],
      marks: this.knotMarks.get('knots', { samples }),
      texts: this.segmentNumbers.get('segments', { knots, frame }),
      ...nearMiss(lesson, samples, evaluation, t, locale),
      showLegend: true,
      axisLabels: { x: 'x', y: 'y' },
      ...(inFlight && this.lastText ? this.lastText : (this.lastText = describeFit(fit, t, locale))),
      // B and Shift+B stop at the output's bends, and at each data point (where the target can be read).
      stops: data ? [...data.only, ...bends] : bends,
      axis: 'x',
      // The cursor reads the target and the output; the table adds each unit.
      readings: tableReadings.slice(0, 2),
      // Data: a row per point (at most 100 of them, evenly chosen), not per tick.
      tableXs: data ? data.rows : tableXs(frame, bends),
    };
  }

  /** One view per unit; a unit whose inputs did not change keeps its view, and so is not re-rendered. */
  private unitFigures({ lesson, samples, unitWidth, t, locale, compact }: LabViewInput): UnitView[] {
    const size = plotSize(unitWidth, compact ? COMPACT_UNIT_SIZE : UNIT_SIZE);
    const { domain } = samples;
    return lesson.units.map((u: LessonUnit, i) =>
      this.unitViews.get(i, {
        key: `unit${i}`,
        w: u.w,
        b: u.b,
        activation: u.activation,
        domain,
        yMin: null,
        yMax: null,
        // A unit weighted other than 1 in the output says so: a unit that subtracts must not look as if it adds.
        label: u.v === 1 ? t('unit.title', { index: i }) : t('unit.weighted', { index: i, v: formatShort(u.v, 2, locale) }),
        fixed: u.fixed,
        fixedLabel: u.v === 1 ? undefined : t('unit.weightedFixed', { index: i, v: formatShort(u.v, 2, locale) }),
        t,
        locale,
        ...size,
      }),
    );
  }
}

/**
 * Where the output misses the target, on the plot: the largest gap as a rule from the target to
 * the output, and (when the output follows the target somewhere) the stretches where it departs.
 */
function nearMiss(lesson: Lesson, samples: Samples, evaluation: Evaluation, t: Translate, locale: string | undefined): { bands: Band[]; rules: Rule[] } {
  if (evaluation.matched) return { bands: [], rules: [] };
  const { follows, departs, gap, gapX, gapAt } = fitRanges(samples.xs, evaluation.predicted, samples.target, lesson.tolerance);
  // At the sample with the largest gap (with data, an x may hold several points).
  const y = samples.target[gapAt];
  const out = networkOutput(networkOf(lesson), gapX);
  return {
    // Shaded only for a near miss (the output follows most of the target): else the whole plot would be. Not for a goal (MSE).
    bands: !judgedByGoal(lesson) && span(follows) >= span(departs) ? departs.map(([x0, x1], i) => ({ key: `departs${i}`, x0, x1, className: 'departs' })) : [],
    rules: [{ key: 'gap', x: gapX, y0: y, y1: out, className: 'gap', label: t('lab.gapMark', { gap: formatMeasure(gap, 2, locale) }) }],
  };
}

const span = (ranges: readonly (readonly [number, number])[]) => ranges.reduce((sum, [a, b]) => sum + b - a, 0);

/** The main and unit plot widths for a lab `width` wide whose font size is `em` px (mirrors relu-fit-lab.styles.ts: 2fr 1fr, 1.25em apart, from 40em). */
export function labColumns(width: number, em: number, unitsHidden: boolean): { main: number; unit: number } {
  if (width < 40 * em || unitsHidden) return { main: width, unit: width };
  const free = width - 1.25 * em;
  return { main: (free * 2) / 3, unit: free / 3 };
}

/** The units that are on at `x`, and the cursor readout that names them. */
export function cursorReadout(units: readonly LessonUnit[], x: number | null, readings: readonly Reading[], t: Translate, locale: string | undefined): { on: number[]; text: string } {
  if (x === null) return { on: [], text: '' };
  const on = units.map((u, i) => (unitOutput(u, x) > 0 ? i : -1)).filter((i) => i >= 0);
  const active = on.length ? t('lab.active', { units: on.map((i) => `a${i}`).join(', ') }) : t('lab.noneActive');
  return { on, text: `${readoutText(t, locale, 'x', x, readings)} ${active}` };
}

/**
 * What the live region says once a change settles: what happened (Reset, undo, redo), the error
 * (and whether it matches), and each unit the change moved, as its caption says it:
 * "Error 0.597. Unit 1: z = 1.0·x − 1.0, silent until x = 1, where it wakes up."
 */
export function settledMessage(kind: string, values: Values, previous: Values, view: LabView, evaluation: Evaluation, t: Translate, locale: string | undefined): string {
  const what = { reset: t('lab.announceReset'), undo: t('lab.announceUndo'), redo: t('lab.announceRedo') } as Partial<Record<string, string>>;
  const error = t(evaluation.matched ? (evaluation.byGoal ? 'lab.announceGoal' : 'lab.announceMatched') : 'lab.announce', { error: formatMeasure(evaluation.error, 3, locale) });
  const [now, before] = [values.units, previous.units];
  // What the learner moved (a slider, a handle, undo, redo); not an author's change, a solution or a fit.
  const byHand = ['learner', 'undo', 'redo'].includes(kind);
  const moved = byHand && now.length === before.length ? now.map((_, i) => i).filter((i) => ['w', 'b', 'v'].some((k) => now[i][k as 'w'] !== before[i][k as 'w'])) : [];
  // A change of one or two units is told unit by unit; more (a new lesson, a fit) would be a speech.
  const units = moved.length <= 2 ? moved.map((i) => t('lab.announceUnit', { title: view.units[i].figure.title, formula: view.units[i].formula, wake: view.units[i].wake })) : [];
  return [what[kind], error, ...units].filter(Boolean).join(' ');
}
