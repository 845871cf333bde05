import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LessonUnit } from '../../math/lesson.js';
import type { Placement } from '../../math/lesson.js';
import { FrameLoopController, type LoopEnd } from '../frame-loop-controller.js';
import type { Translate } from '../strings.js';
import { ANIMATION_MS, between, eased, type RevealResult, type TrainResult } from './lab-fit.js';
import { analysisCode, fitCode } from './lab-lazy.js';
import { judgedByGoal } from '../../math/lesson.js';
import { evaluation, frozenOf, locksOf, samples, type LabModel, type Note, type Values } from './lab-model.js';
import { isNotebookLesson, solutionText } from './lab-text.js';
import type { Action } from './lab-store.js';

export type { Note };

/** What the runs need of the lab's store. */
export interface RunsStore {
  readonly model: LabModel;
  dispatch(action: Action): boolean;
}

const prefersReducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The lab's runs through time: the solution's animation and the fit, one at
 * a time in a frame loop. Each frame is an action of the store; a run that
 * ends early (a slider, Reset, a new input or challenge, removal) leaves the
 * values it started from, committed. Every promise settles.
 */
export class LabRunsController implements ReactiveController {
  private readonly loop: FrameLoopController;
  /** Counts what ends runs (`interrupt()`, removal): a run whose code arrives after one of them does not start. */
  private ends = 0;
  /** Counts `stopTraining()` calls: a fit stopped while its code loaded ends at once, having taken no step. */
  private stops = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: RunsStore,
    /** The lab's words and language now, and its warning for a bad option. */
    private readonly words: () => { t: Translate; locale: string | undefined; warn: (input: string, value: unknown, reason: string) => void },
  ) {
    this.loop = new FrameLoopController(host);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.ends++;
    this.endPending();
  }

  /** A run the store holds with no frame loop yet is one whose code is loading: ended in the store. */
  private endPending(): void {
    if (this.store.model.running && !this.loop.running) this.store.dispatch({ type: 'interrupt' });
  }

  /** What runs now: 'animation', 'train', or null. */
  get running(): string | null {
    return this.loop.running;
  }

  /** Ends whatever runs, as interrupted. */
  interrupt(): void {
    this.ends++;
    this.loop.interrupt();
  }

  async reveal(): Promise<RevealResult> {
    this.interrupt();
    if (judgedByGoal(this.store.model.lesson)) return this.goodFit();
    const ends = this.ends;
    const { analysisOf, noSolutionText, solutionText: analysisSolutionText } = analysisCode.now ?? (await analysisCode.load());
    const { t, locale } = this.words();
    const m = this.store.model;
    const frozen = frozenOf(m, locksOf(m));
    const a = analysisOf(m.lesson, m.editableOutput, frozen);
    // Ended while the analysis loaded (a slider, Reset, a fit, removal): nothing was shown.
    if (ends !== this.ends) return { ok: a.solution !== null, interrupted: true };
    const solution = a.solution;
    if (!solution) {
      this.store.dispatch({ type: 'note', note: { kind: 'failed', text: noSolutionText(a, m.lesson, { t, locale }) } });
      await this.host.updateComplete;
      return { ok: false, interrupted: false };
    }
    if (!this.store.dispatch({ type: 'run', by: 'solution', now: Date.now() })) return { ok: false, interrupted: false };
    const [, u1, u2] = solution.units;
    // The notebook's own words where they describe this solution (units 1 and 2 waking up in turn).
    const notebookWay = isNotebookLesson(m.lesson.units, m.lesson.outputBias, m.editableOutput) && solution.roles[1]?.kind === 'wakes' && solution.roles[2]?.kind === 'wakes';
    const text = notebookWay
      ? solutionText(m.lesson.knots, { w1: u1.w, b1: u1.b, w2: u2.w, b2: u2.b }, t, locale)
      : analysisSolutionText(a, m.lesson, m.editableOutput, { t, locale });
    const { interrupted } = await this.animateTo({ units: solution.units, outputBias: solution.outputBias }, solution.onGrid ? 'clamp' : 'free');
    if (!interrupted) this.store.dispatch({ type: 'note', note: { kind: 'solution', text } });
    await this.host.updateComplete;
    return { ok: true, interrupted };
  }

  async train(options: unknown = {}): Promise<TrainResult> {
    this.interrupt();
    const seed = this.store.model.fits;
    // The fit starts now, in the store (the Stop button, the record): anything that ends a run
    // while its code loads ends it there, as it would a running fit.
    const started = this.store.dispatch({ type: 'run', by: 'fit', now: Date.now() });
    const [ends, stops] = [this.ends, this.stops];
    // The fit, and the analysis whose words its note uses.
    const { FitRun, STEPS_PER_FRAME, fitNote, readTrainOptions } = fitCode.now && analysisCode.now ? fitCode.now : (await Promise.all([fitCode.load(), analysisCode.load()]))[0];
    const { maxSteps, learningRate } = readTrainOptions(options, this.words().warn);
    const unrun = (interrupted: boolean): TrainResult => {
      const { error, matched } = evaluation(this.store.model.lesson);
      return { steps: 0, error, matched, revived: [], seed, interrupted };
    };
    if (!started) return unrun(false);
    // Ended while its code loaded: by something else (interrupted), or stopped before a step.
    if (ends !== this.ends || stops !== this.stops || this.store.model.running !== 'fit') return unrun(stops === this.stops);
    const m = this.store.model;
    const run = new FitRun(m.lesson, samples(m.lesson), m.editableOutput, maxSteps, learningRate, frozenOf(m, locksOf(m)), seed);
    const result = (interrupted: boolean): TrainResult => {
      const { error, matched } = evaluation(this.store.model.lesson);
      return { steps: run.steps, error, matched, revived: run.revived, seed: run.seed, interrupted };
    };
    const frame = () => {
      run.advance(prefersReducedMotion() ? Infinity : STEPS_PER_FRAME);
      if (!this.frame({ units: run.units, outputBias: run.outputBias }, run.losses.slice())) return true;
      return evaluation(this.store.model.lesson).matched || run.done;
    };
    const { interrupted } = prefersReducedMotion() ? (frame(), { interrupted: !this.store.model.running }) : await this.loop.start('train', frame, this.restore);
    if (interrupted) return result(true);
    const landing = run.landing();
    this.land({ units: landing.units, outputBias: run.outputBias }, landing.onGrid ? 'clamp' : 'free');
    const { t, locale } = this.words();
    this.store.dispatch({ type: 'note', note: fitNote(run, this.store.model, landing.onGrid, t, locale) });
    await this.host.updateComplete;
    return result(false);
  }

  /**
   * "Show a good fit" (data and formulas): the best of several seeded fits from the lesson's
   * starting values (locked parameters as they are), computed a few milliseconds per frame (at once
   * under reduced motion), then animated to and explained with its error.
   */
  private async goodFit(): Promise<RevealResult> {
    // Loaded on first use: only data and formula lessons search for a good fit.
    // It starts now, in the store; anything that ends a run while the code loads ends it there.
    if (!this.store.dispatch({ type: 'run', by: 'solution', now: Date.now() })) return { ok: false, interrupted: false };
    const ends = this.ends;
    const [{ FRAME_BUDGET_MS, GoodFitSearch }] = await Promise.all([import('./lab-good-fit.js'), analysisCode.load()]);
    if (ends !== this.ends || this.store.model.running !== 'solution') return { ok: true, interrupted: true };
    const search = new GoodFitSearch(this.store.model);
    if (prefersReducedMotion()) search.advance(Infinity);
    else if ((await this.loop.start('animation', () => search.advance(FRAME_BUDGET_MS), this.restore)).interrupted) return { ok: true, interrupted: true };
    const best = search.best();
    const { interrupted } = await this.animateTo(best.values, best.placement);
    const { t, locale } = this.words();
    if (!interrupted) this.store.dispatch({ type: 'note', note: { kind: 'solution', text: search.note(this.store.model, t, locale) } });
    await this.host.updateComplete;
    return { ok: true, interrupted };
  }

  /** Ends the fit, keeping (and committing) what it reached. */
  stopTraining(): void {
    this.stops++;
    if (this.loop.running === 'train') this.loop.finish();
    else if (this.store.model.running === 'fit') this.endPending();
  }

  /** A frame of a run; false when the store has ended the run (something else moved the lab). */
  private frame(values: Values, losses?: readonly number[]): boolean {
    if (this.store.dispatch({ type: 'frame', values, losses })) return true;
    if (this.loop.running) this.loop.interrupt();
    return false;
  }

  private land(values: Values, placement: Placement): void {
    this.store.dispatch({ type: 'land', values, placement, now: Date.now() });
  }

  /** An interrupted run: the values go back to the last commit. */
  private restore = (): void => {
    this.store.dispatch({ type: 'interrupt' });
  };

  /** Animates the free parameters to `to` (instantly under reduced motion), committing at the end. */
  private animateTo(to: { units: readonly LessonUnit[]; outputBias: number }, placement: Placement): Promise<LoopEnd> {
    if (prefersReducedMotion()) {
      this.land(to, placement);
      return Promise.resolve({ interrupted: false });
    }
    const { units: from, outputBias: fromBias } = this.store.model.lesson;
    let start = NaN;
    const frame = (now: number) => {
      if (Number.isNaN(start)) start = now;
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      if (t >= 1) return this.land(to, placement), true;
      return !this.frame({ units: between(from, to.units, t), outputBias: eased(fromBias, to.outputBias, t) });
    };
    return this.loop.start('animation', frame, this.restore);
  }
}
