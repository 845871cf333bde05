import type { ReactiveControllerHost } from 'lit';
import type { LessonUnit } from '../../math/construct.js';
import { formatMeasure } from '../../plot/format.js';
import { FrameLoopController, type LoopEnd } from '../frame-loop-controller.js';
import { listOf, plural, type Translate } from '../strings.js';
import { ANIMATION_MS, FitRun, STEPS_PER_FRAME, between, eased, solveLesson, type RevealResult, type TrainResult } from './lab-fit.js';
import { constructionText, isNotebookLesson, solutionText } from './lab-text.js';
import type { LessonController } from './lesson-controller.js';

/** What the lab says after the solution or a fit. */
export interface Note {
  readonly kind: 'solution' | 'trained' | 'failed';
  readonly text: string;
}

/** What the runs need from the lab. */
export interface RunsHost extends ReactiveControllerHost {
  readonly editableOutput: boolean;
}

/** In the notebook's lesson, whether unit 2 wakes before unit 1 (the roles the text gives them, swapped). */
function swapped(units: readonly LessonUnit[], editableOutput: boolean, outputBias: number): boolean {
  if (!isNotebookLesson(units, outputBias, editableOutput)) return false;
  const [, u1, u2] = units;
  return u1.w > 0 && u2.w > 0 && -u2.b / u2.w < -u1.b / u1.w;
}

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The lab's runs through time: the solution's animation and the fit, one at
 * a time in a frame loop, with the note each leaves and the fit's loss
 * curve. Every promise settles; an interrupted run commits nothing.
 */
export class LabRunsController {
  note: Note | null = null;
  losses: readonly number[] = [];
  private readonly loop: FrameLoopController;

  constructor(
    private readonly host: RunsHost,
    private readonly store: LessonController,
    /** The lab's words and language now, and the parameters its learner may not move (which runs leave alone). */
    private readonly words: () => { t: Translate; locale: string | undefined; frozen: ReadonlySet<string> },
  ) {
    this.loop = new FrameLoopController(host);
  }

  /** What runs now: 'animation', 'train', or null. */
  get running(): string | null {
    return this.loop.running;
  }

  /** Ends whatever runs, as interrupted. */
  interrupt(): void {
    this.loop.interrupt();
  }

  /** Clears the note and the loss curve (a new attempt). */
  clear(): void {
    this.note = null;
    this.losses = [];
    this.host.requestUpdate();
  }

  async reveal(): Promise<RevealResult> {
    this.loop.interrupt();
    const { t, locale, frozen } = this.words();
    const lesson = this.store.lesson;
    const solution = solveLesson(lesson, this.host.editableOutput, frozen);
    if (!solution.ok) {
      this.say({ kind: 'failed', text: t('lab.noSolution', { reason: solution.reason }) });
      await this.host.updateComplete;
      return { ok: false, interrupted: false };
    }
    const [, u1, u2] = solution.units;
    const text = isNotebookLesson(lesson.units, lesson.outputBias, this.host.editableOutput)
      ? solutionText(lesson.knots, { w1: u1.w, b1: u1.b, w2: u2.w, b2: u2.b }, t, locale)
      : constructionText(solution.units, lesson.knots[0][0], t, locale);
    const { interrupted } = await this.animateTo(solution.units, solution.outputBias);
    if (!interrupted) this.say({ kind: 'solution', text });
    await this.host.updateComplete;
    return { ok: true, interrupted };
  }

  async train(options: { maxSteps?: number; learningRate?: number } = {}): Promise<TrainResult> {
    this.loop.interrupt();
    this.note = null;
    const { frozen } = this.words();
    const run = new FitRun(this.store.lesson, this.store.samples, this.host.editableOutput, options.maxSteps, options.learningRate, frozen);
    const reduced = prefersReducedMotion();
    const frame = () => {
      run.advance(reduced ? Infinity : STEPS_PER_FRAME);
      this.losses = run.losses.slice();
      this.store.move(run.units, run.outputBias, 'free', 'fit', 'input');
      return this.store.evaluation.matched || run.done;
    };
    const { interrupted } = reduced ? (frame(), { interrupted: false }) : await this.loop.start('train', frame, () => this.store.snapToGrid());
    const result = () => {
      const { error, matched } = this.store.evaluation;
      return { steps: run.steps, error, matched, revived: run.revived, interrupted };
    };
    if (interrupted) return result();
    const landing = run.landing();
    this.store.move(landing.units, run.outputBias, landing.onGrid ? 'clamp' : 'free', 'fit', 'change');
    await this.host.updateComplete;
    const { t, locale } = this.words();
    const parts = [t('lab.trained', { steps: run.steps, error: formatMeasure(this.store.evaluation.error, 3, locale) })];
    const list = (units: number[]) => listOf(units.map(String), locale);
    if (run.revived.length) parts.push(plural(t, locale, 'lab.revived', run.revived.length, { units: list(run.revived) }));
    if (run.separated.length) parts.push(plural(t, locale, 'lab.separated', run.separated.length, { units: list(run.separated) }));
    const { matched, maxError } = this.store.evaluation;
    // Not matched: when no exact construction exists either, that is the reason to give.
    const exact = matched ? null : solveLesson(this.store.lesson, this.host.editableOutput, frozen);
    if (exact && !exact.ok) parts.push(t('lab.noSolution', { reason: exact.reason }));
    else if (!matched) parts.push(t('lab.fitFailed', { gap: formatMeasure(maxError, 3, locale), tolerance: formatMeasure(this.store.lesson.tolerance, 3, locale) }));
    else if (!landing.onGrid) parts.push(t('lab.offGrid'));
    if (swapped(this.store.lesson.units, this.host.editableOutput, this.store.lesson.outputBias)) parts.push(t('lab.swapped'));
    this.say({ kind: 'trained', text: parts.join(' ') });
    return result();
  }

  /** Ends the fit, keeping (and committing) what it reached. */
  stopTraining(): void {
    if (this.loop.running === 'train') this.loop.finish();
  }

  private say(note: Note): void {
    this.note = note;
    this.host.requestUpdate();
  }

  /** Animates the free parameters to `units` and `bias` (instantly under reduced motion), committing at the end. */
  private animateTo(units: readonly LessonUnit[], bias: number): Promise<LoopEnd> {
    if (prefersReducedMotion()) {
      this.store.move(units, bias, 'clamp', 'solution', 'input', 'change');
      return Promise.resolve({ interrupted: false });
    }
    const { units: from, outputBias: fromBias } = this.store.lesson;
    let start = NaN;
    const frame = (now: number) => {
      if (Number.isNaN(start)) start = now;
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      if (t < 1) this.store.move(between(from, units, t), eased(fromBias, bias, t), 'free', 'solution', 'input');
      else this.store.move(units, bias, 'clamp', 'solution', 'input', 'change');
      return t >= 1;
    };
    return this.loop.start('animation', frame, () => this.store.snapToGrid());
  }
}
