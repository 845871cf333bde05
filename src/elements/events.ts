/** The typed DOM events relu-lab elements fire. */

import type { LessonUnit } from '../math/construct.js';

/** What every `relu-input`, `relu-change` and `relu-match` event carries. */
export interface LabState {
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  /** Mean squared error over the 300 evenly spaced samples of the target's x range. */
  readonly error: number;
  /** True when the largest absolute error at the samples is at most `tolerance`. */
  readonly matched: boolean;
  /** Every hidden unit: `{ w, b, v, fixed, activation }`. */
  readonly units: readonly LessonUnit[];
  /** The output unit's bias. */
  readonly outputBias: number;
  /**
   * Who made the change: `learner` (sliders, number boxes, handles, keys, Reset),
   * `solution` (Show the solution), `fit` (Fit automatically) or `api` (properties,
   * attributes, `state`).
   */
  readonly source: ChangeSource;
  /** True once the learner revealed the solution or used the fit in this attempt (until Reset): grade on it. */
  readonly assisted: boolean;
  /** How many hints the learner revealed in this attempt (until Reset). */
  readonly hintsUsed: number;
}

/** Who changed a lab's values. */
export type ChangeSource = 'learner' | 'solution' | 'fit' | 'api';

const bubbling = { bubbles: true, composed: true } as const;

/** Fired on every change while the learner drags, types or an animation runs. */
export class ReluInputEvent extends CustomEvent<LabState> {
  static readonly eventName = 'relu-input';
  constructor(detail: LabState) {
    super(ReluInputEvent.eventName, { detail, ...bubbling });
  }
}

/** Fired when a change is committed: slider released, number entered, reset, solution shown. */
export class ReluChangeEvent extends CustomEvent<LabState> {
  static readonly eventName = 'relu-change';
  constructor(detail: LabState) {
    super(ReluChangeEvent.eventName, { detail, ...bubbling });
  }
}

/** Fired each time the network's output becomes matched to the target. */
export class ReluMatchEvent extends CustomEvent<LabState> {
  static readonly eventName = 'relu-match';
  constructor(detail: LabState) {
    super(ReluMatchEvent.eventName, { detail, ...bubbling });
  }
}

/**
 * What `relu-progress` and `relu-complete` carry: where a lab's challenge
 * sequence stands. Arrays are indexed by challenge, as `challenges` is.
 */
export interface ChallengeProgress {
  /** The challenge shown now (an index into `challenges`). */
  readonly challenge: number;
  /** Whether each challenge has been solved: the lab fired relu-match while it was current, from anything but an author's `api` change. */
  readonly solved: readonly boolean[];
  /** Whether every solve of each challenge used the solution or the fit (false until solved; a later unassisted solve clears it). */
  readonly assisted: readonly boolean[];
}

/** Fired when a challenge sequence's progress changes or another challenge is loaded. */
export class ReluProgressEvent extends CustomEvent<ChallengeProgress> {
  static readonly eventName = 'relu-progress';
  constructor(detail: ChallengeProgress) {
    super(ReluProgressEvent.eventName, { detail, ...bubbling });
  }
}

/** Fired once, when every challenge of the sequence has been solved. */
export class ReluCompleteEvent extends CustomEvent<ChallengeProgress> {
  static readonly eventName = 'relu-complete';
  constructor(detail: ChallengeProgress) {
    super(ReluCompleteEvent.eventName, { detail, ...bubbling });
  }
}

declare global {
  interface HTMLElementEventMap {
    'relu-input': ReluInputEvent;
    'relu-change': ReluChangeEvent;
    'relu-match': ReluMatchEvent;
    'relu-progress': ReluProgressEvent;
    'relu-complete': ReluCompleteEvent;
  }
}

/**
 * Dispatches `event` on `target`. Elements fire through this helper so the
 * manifest lists their events from the `@fires` tags, with names and types,
 * rather than guessing from constructor arguments.
 */
export function fire(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
