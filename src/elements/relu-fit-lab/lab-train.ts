/**
 * The lab's fit (`train()`): gradient descent as plain data and functions,
 * with the checks of its options and the note it leaves. No DOM: the lab runs
 * it frame by frame (lab-runs.ts).
 */
import { formatMeasure, formatShort } from '../../plot/format.js';
import { evaluate, fits, placeUnits, type Lesson, type Samples } from '../../math/lesson.js';
import type { LessonUnit } from '../../math/lesson.js';
import { createTrainer, isDead } from '../../math/train.js';
import { listOf, plural, type Translate } from '../strings.js';
import { analysisOf, noSolutionText } from './lab-analysis.js';
import { noExactText } from './lab-approx.js';
import { evaluation, frozenOf, locksOf, samples, type LabModel, type Note } from './lab-model.js';
import { fitRanges, isNotebookLesson } from './lab-text.js';
import type { RunCore } from './lab-runs.js';
import { prefersReducedMotion, type TrainResult } from './lab-fit.js';

/** Gradient steps per animation frame while fitting, and the most it will take. */
export const STEPS_PER_FRAME = 25;
export const MAX_STEPS = 6000;

/** The most steps `train({ maxSteps })` takes, and the learning rates it accepts. */
export const MAX_STEPS_LIMIT = 100_000;
export const LEARNING_RATE = { default: 0.05, min: 1e-6, max: 10 } as const;

/** `train()`'s options as given, checked: a bad one warns (naming it and its value) and its default is used. */
export function readTrainOptions(options: unknown, warn: (input: string, value: unknown, reason: string) => void): { maxSteps: number; learningRate: number } {
  const given = (options ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object') warn('train()', options, 'its options must be an object { maxSteps?, learningRate? }; using the defaults');
  const read = <T extends number>(key: string, fallback: T, ok: (x: number) => boolean, rule: string): number => {
    const value = typeof given === 'object' ? given[key] : undefined;
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && ok(value)) return value;
    warn(`train({ ${key} })`, value, `it must be ${rule}; using ${fallback}`);
    return fallback;
  };
  return {
    maxSteps: read('maxSteps', MAX_STEPS, (x) => Number.isInteger(x) && x >= 1 && x <= MAX_STEPS_LIMIT, `a whole number from 1 to ${MAX_STEPS_LIMIT}`),
    learningRate: read('learningRate', LEARNING_RATE.default, (x) => x >= LEARNING_RATE.min && x <= LEARNING_RATE.max, `a number from ${LEARNING_RATE.min} to ${LEARNING_RATE.max}`),
  };
}

/** A fit in progress: Adam on the mean squared error, a batch of steps at a time. */
export class FitRun {
  readonly losses: number[] = [];
  private readonly trainer;

  constructor(
    private readonly lesson: Lesson,
    private readonly samples: Samples,
    editableOutput: boolean,
    private readonly maxSteps = MAX_STEPS,
    learningRate?: number,
    frozen?: ReadonlySet<string>,
    /** 0 for a lesson's first fit; each later fit n starts from the current values moved by a random step drawn with seed n. */
    readonly seed = 0,
  ) {
    const { min, max } = lesson.range;
    this.trainer = createTrainer(samples.xs as number[], samples.target as number[], lesson.units, lesson.outputBias, {
      outputWeights: editableOutput,
      outputBias: editableOutput,
      learningRate,
      min,
      max,
      frozen,
      seed,
    });
  }

  get steps(): number {
    return this.losses.length;
  }
  get units(): readonly LessonUnit[] {
    return this.trainer.units;
  }
  get outputBias(): number {
    return this.trainer.outputBias;
  }
  /** Units that were dead (silent at every sample) and re-initialised. */
  get revived(): number[] {
    return [...new Set(this.trainer.revived)];
  }
  /** Free units silent at every sample when the fit began. */
  get silentAtStart(): readonly number[] {
    return this.trainer.silentAtStart;
  }
  /** Free units silent at every sample now. */
  get silentNow(): number[] {
    return this.units.flatMap((u, i) => (!u.fixed && isDead(u, this.samples.xs) ? [i] : []));
  }
  /** Units moved apart from an identical twin. */
  get separated(): number[] {
    return [...new Set(this.trainer.separated)];
  }
  get done(): boolean {
    return this.steps >= this.maxSteps;
  }

  /** Takes up to `count` steps, stopping early once the parameters match. True when matched. */
  advance(count: number): boolean {
    const until = Math.min(this.maxSteps, this.steps + count);
    while (this.steps < until) {
      this.losses.push(this.trainer.step());
      if (this.steps % STEPS_PER_FRAME === 0 && this.matches(this.units, this.outputBias)) return true;
    }
    return this.matches(this.units, this.outputBias);
  }

  /** Where the fit lands: on the slider grid, as a learner would, unless that loses the match. */
  landing(): { units: readonly LessonUnit[]; onGrid: boolean } {
    const snapped = placeUnits(this.units, this.lesson.range);
    const onGrid = this.matches(snapped, this.outputBias) || !this.matches(this.units, this.outputBias);
    return { units: onGrid ? snapped : this.units, onGrid };
  }

  /** The mean squared error of these values over the samples. */
  errorOf(values: { units: readonly LessonUnit[]; outputBias: number }): number {
    return evaluate({ ...this.lesson, ...values }, this.samples).error;
  }

  private matches(units: readonly LessonUnit[], outputBias: number): boolean {
    return fits(this.lesson, this.samples, units, outputBias);
  }
}

/** Why a fit of a goal lesson stopped short: exactness ruled out (if the points say so), and whether it was still improving. */
function goalFailure(run: FitRun, m: LabModel, t: Translate, locale: string | undefined): string[] {
  const why = noExactText(m.lesson, { t, locale });
  return [...(why ? [t('lab.hintGoalNoExact', { why })] : []), ...progressParts(run, m, t)];
}

/** Whether the fit settled or was still improving, and what fitting again does. */
function progressParts(run: FitRun, m: LabModel, t: Translate): string[] {
  // Settled, or stopped while the error still fell: the last tenth of its steps tells.
  const { losses } = run;
  const earlier = losses[Math.floor(losses.length * 0.9)] ?? NaN;
  const parts = losses.length >= 10 ? [t(losses[losses.length - 1] < earlier * 0.99 ? 'lab.fitImproving' : 'lab.fitSettled')] : [];
  return [...parts, t('lab.fitRetry', { seed: m.fits })];
}

/** In the notebook's lesson, whether unit 2 wakes before unit 1 (the roles the text gives them, swapped). */
function swapped(m: LabModel): boolean {
  const { units, outputBias } = m.lesson;
  if (!isNotebookLesson(units, outputBias, m.editableOutput)) return false;
  const [, u1, u2] = units;
  return u1.w > 0 && u2.w > 0 && -u2.b / u2.w < -u1.b / u1.w;
}

/**
 * What the lab says after a fit, every part true of this fit: its steps and error before and after;
 * units silent when it began (revived), units that went silent during it, units silent at its end;
 * and, unmatched, where the largest gap is, whether an exact solution exists (from the analysis,
 * with its reasons when not), and what fitting again does differently (its seed).
 */
export function fitNote(run: FitRun, m: LabModel, onGrid: boolean, t: Translate, locale: string | undefined): Note {
  const e = evaluation(m.lesson);
  const error = (x: number) => formatMeasure(x, 3, locale);
  const counts = { steps: run.steps, before: error(run.losses[0] ?? e.error), after: error(e.error) };
  const list = (units: readonly number[]) => listOf(units.map(String), locale);
  const parts: string[] = [];
  if (e.matched) parts.push(t('lab.trained', counts));
  else if (e.byGoal) parts.push(t('lab.fitGoalFailed', { ...counts, goal: formatShort(m.lesson.goal, 2, locale) }));
  else {
    const s = samples(m.lesson);
    const { gap, gapX } = fitRanges(s.xs, e.predicted, s.target, m.lesson.tolerance);
    parts.push(t('lab.fitFailed', { ...counts, gap: error(gap), x: formatShort(gapX, 2, locale), tolerance: formatShort(m.lesson.tolerance, 2, locale) }));
  }
  // A later fit's error "before" is its seeded start, not the values the learner saw: say so.
  if (run.seed > 0) parts.push(t('lab.fitFrom', { seed: run.seed }));
  const atStart = run.revived.filter((i) => run.silentAtStart.includes(i));
  const died = run.revived.filter((i) => !run.silentAtStart.includes(i));
  if (atStart.length) parts.push(plural(t, locale, 'lab.revived', atStart.length, { units: list(atStart) }));
  if (died.length) parts.push(plural(t, locale, 'lab.died', died.length, { units: list(died) }));
  if (run.separated.length) parts.push(plural(t, locale, 'lab.separated', run.separated.length, { units: list(run.separated) }));
  const silent = run.silentNow;
  if (!e.matched && silent.length) parts.push(plural(t, locale, 'lab.silentEnd', silent.length, { units: list(silent) }));
  if (!e.matched && e.byGoal) parts.push(...goalFailure(run, m, t, locale));
  else if (!e.matched) {
    const a = analysisOf(m.lesson, m.editableOutput, frozenOf(m, locksOf(m)));
    if (a.exact === 'no') parts.push(noSolutionText(a, m.lesson, { t, locale }), t('lab.fitNoExact'));
    else {
      parts.push(a.exact === 'yes' ? t('lab.fitExists') : noSolutionText(a, m.lesson, { t, locale }), ...progressParts(run, m, t));
    }
  } else if (!onGrid) parts.push(t('lab.offGrid'));
  if (e.matched && swapped(m)) parts.push(t('lab.swapped'));
  return { kind: e.matched ? 'trained' : 'failed', text: parts.join(' ') };
}

/** The fit as a run of the lab (lab-runs.ts holds what runs and ends it): `seed`, `started`, `ends` and `stops` as they were at the call, before this code loaded. */
export async function fit(core: RunCore, options: unknown, { seed, started, ends, stops }: { seed: number; started: boolean; ends: number; stops: number }): Promise<TrainResult> {
  const { maxSteps, learningRate } = readTrainOptions(options, core.words().warn);
  const unrun = (interrupted: boolean): TrainResult => {
    const { error, matched } = evaluation(core.store.model.lesson);
    return { steps: 0, error, matched, revived: [], seed, interrupted };
  };
  if (!started) return unrun(false);
  // Ended while its code loaded: by something else (interrupted), or stopped before a step.
  if (ends !== core.ends || stops !== core.stops || core.store.model.running !== 'fit') return unrun(stops === core.stops);
  const m = core.store.model;
  const run = new FitRun(m.lesson, samples(m.lesson), m.editableOutput, maxSteps, learningRate, frozenOf(m, locksOf(m)), seed);
  const result = (interrupted: boolean): TrainResult => {
    const { error, matched } = evaluation(core.store.model.lesson);
    return { steps: run.steps, error, matched, revived: run.revived, seed: run.seed, interrupted };
  };
  const frame = () => {
    run.advance(prefersReducedMotion() ? Infinity : STEPS_PER_FRAME);
    if (!core.frame({ units: run.units, outputBias: run.outputBias }, run.losses.slice())) return true;
    return evaluation(core.store.model.lesson).matched || run.done;
  };
  const { interrupted } = prefersReducedMotion() ? (frame(), { interrupted: !core.store.model.running }) : await core.loop.start('train', frame, core.restore);
  if (interrupted) return result(true);
  const landing = run.landing();
  core.land({ units: landing.units, outputBias: run.outputBias }, landing.onGrid ? 'clamp' : 'free');
  const { t, locale } = core.words();
  core.store.dispatch({ type: 'note', note: fitNote(run, core.store.model, landing.onGrid, t, locale) });
  await core.host.updateComplete;
  return result(false);
}
