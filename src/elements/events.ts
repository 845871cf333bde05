/** The typed DOM events relu-lab elements fire. */

import type { LessonUnit } from '../math/lesson.js';

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
  /**
   * True once the solution or a fit has been shown in this lesson (this challenge): a fact of the
   * lesson's record, which undo, redo and Reset never lower. Grade on it.
   */
  readonly assisted: boolean;
  /** The most hints ever revealed in this lesson (this challenge); Reset, undo and redo never lower it. */
  readonly hintsUsed: number;
  /** Attempts at this lesson (this challenge): 1, plus one for each Reset. */
  readonly attempts: number;
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

/** What relu-progress and relu-complete say of one challenge (a fact of its record, or of the learner's latest values). */
export interface ChallengeResult {
  /** Matched by anything but an author's change. */
  readonly solved: boolean;
  /** The solution or a fit was shown in it (ever): every later match in it is assisted. */
  readonly assisted: boolean;
  /** Matched before any help was shown in it: what a gradebook scores. */
  readonly solvedUnassisted: boolean;
  /** The most hints ever revealed in it. */
  readonly hintsUsed: number;
  /** 1, plus one for each Reset. */
  readonly attempts: number;
  /** Mean squared error of the learner's latest values in it. */
  readonly error: number;
  /** The largest absolute error at the samples of those values (matched when at most the tolerance). */
  readonly maxGap: number;
  /** From the learner's first action in it to its first solve, in ms; null until solved. */
  readonly timeMs: number | null;
}

/**
 * What `relu-progress` and `relu-complete` carry: where a lab's challenge
 * sequence stands. Arrays are indexed by challenge, as `challenges` is.
 */
export interface ChallengeProgress {
  /** The challenge shown now (an index into `challenges`). */
  readonly challenge: number;
  /** Whether each challenge has been solved (`challenges[i].solved`). */
  readonly solved: readonly boolean[];
  /** Whether each challenge was solved only with help: solved, and never before the solution or a fit was shown in it. */
  readonly assisted: readonly boolean[];
  /** Each challenge's record: `{ solved, assisted, solvedUnassisted, hintsUsed, attempts, error, maxGap, timeMs }`. */
  readonly challenges: readonly ChallengeResult[];
  /** How many are solved, how many of them before any help, out of how many. */
  readonly summary: { readonly solved: number; readonly solvedUnassisted: number; readonly total: number };
  /** True when this progress was just restored from storage (at load, or saved by another lab or tab with the same key). */
  readonly restored: boolean;
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
