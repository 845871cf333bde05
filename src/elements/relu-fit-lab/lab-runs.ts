import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '../../math/lesson.js';
import { FrameLoopController } from '../frame-loop-controller.js';
import type { Translate } from '../strings.js';
import type { RevealResult, TrainResult } from './lab-fit.js';
import { analysisCode, fitCode, revealCode } from './lab-lazy.js';
import type { LabModel, Note, Values } from './lab-model.js';
import type { Action } from './lab-store.js';

export type { Note };

/** What the runs need of the lab's store. */
export interface RunsStore {
  readonly model: LabModel;
  dispatch(action: Action): boolean;
}

/** What a run (lab-reveal.ts, lab-train.ts: loaded on first use) does with the lab's runs. */
export interface RunCore {
  readonly store: RunsStore;
  readonly host: ReactiveControllerHost;
  readonly loop: FrameLoopController;
  readonly words: () => { t: Translate; locale: string | undefined; warn: (input: string, value: unknown, reason: string) => void };
  /** What has ended runs, and stopped fits, so far: a run compares them with their values when it was asked for. */
  readonly ends: number;
  readonly stops: number;
  frame(values: Values, losses?: readonly number[]): boolean;
  land(values: Values, placement: Placement): void;
  readonly restore: () => void;
}

/**
 * The lab's runs through time: the solution's animation and the fit, one at
 * a time in a frame loop. Each frame is an action of the store; a run that
 * ends early (a slider, Reset, a new input or challenge, removal) leaves the
 * values it started from, committed. Every promise settles.
 */
export class LabRunsController implements ReactiveController, RunCore {
  readonly loop: FrameLoopController;
  /** Counts what ends runs (`interrupt()`, removal): a run whose code arrives after one of them does not start. */
  ends = 0;
  /** Counts `stopTraining()` calls: a fit stopped while its code loaded ends at once, having taken no step. */
  stops = 0;

  constructor(
    readonly host: ReactiveControllerHost,
    readonly store: RunsStore,
    /** The lab's words and language now, and its warning for a bad option. */
    readonly words: () => { t: Translate; locale: string | undefined; warn: (input: string, value: unknown, reason: string) => void },
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
    const ends = this.ends;
    // The run, and the analysis it explains (and whose words it says).
    const { reveal } = revealCode.now && analysisCode.now ? revealCode.now : (await Promise.all([revealCode.load(), analysisCode.load()]))[0];
    return reveal(this, ends);
  }

  async train(options: unknown = {}): Promise<TrainResult> {
    this.interrupt();
    const seed = this.store.model.fits;
    // The fit starts now, in the store (the Stop button, the record): anything that ends a run
    // while its code loads ends it there, as it would a running fit.
    const started = this.store.dispatch({ type: 'run', by: 'fit', now: Date.now() });
    const [ends, stops] = [this.ends, this.stops];
    // The fit, and the analysis whose words its note uses.
    const { fit } = fitCode.now && analysisCode.now ? fitCode.now : (await Promise.all([fitCode.load(), analysisCode.load()]))[0];
    return fit(this, options, { seed, started, ends, stops });
  }

  /** Ends the fit, keeping (and committing) what it reached. */
  stopTraining(): void {
    this.stops++;
    if (this.loop.running === 'train') this.loop.finish();
    else if (this.store.model.running === 'fit') this.endPending();
  }

  /** A frame of a run; false when the store has ended the run (something else moved the lab). @internal */
  frame(values: Values, losses?: readonly number[]): boolean {
    if (this.store.dispatch({ type: 'frame', values, losses })) return true;
    if (this.loop.running) this.loop.interrupt();
    return false;
  }

  /** A run lands: its values committed. @internal */
  land(values: Values, placement: Placement): void {
    this.store.dispatch({ type: 'land', values, placement, now: Date.now() });
  }

  /** An interrupted run: the values go back to the last commit. @internal */
  readonly restore = (): void => {
    this.store.dispatch({ type: 'interrupt' });
  };
}
