import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LessonUnit } from '../../math/construct.js';
import {
  createLesson,
  evaluate,
  place,
  sameValues,
  sampleTarget,
  setOutputBias,
  setParam,
  setUnitValues,
  type Evaluation,
  type Lesson,
  type Outcome,
  type Placement,
  type Samples,
} from '../../math/lesson.js';
import { ReluChangeEvent, ReluInputEvent, ReluMatchEvent, fire, type ChangeSource, type LabState } from '../events.js';
import { LAB_UPDATE } from '../unit-source.js';
import { applyInput, applyInputs, attributeOf, viewOf, type InputName, type Knob } from './lab-inputs.js';

/** What the lesson needs from the element that shows it. */
export interface LessonHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the output bias is the learner's to move (then it sits on the slider grid). */
  readonly editableOutput: boolean;
  /** Lit's: with a property's name and old value, that property is reflected to its attribute. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/** The properties reflected to attributes. */
const REFLECTED = ['w1', 'b1', 'w2', 'b2', 'min', 'max', 'step', 'target', 'tolerance', 'outputBias'] as const;

type Change = 'input' | 'change';

/** The values a commit sets, which undo and redo restore. */
type Values = Pick<Lesson, 'units' | 'outputBias'>;

/** What made a commit: who (as events say it), or the learner's Reset, undo or redo. */
export type CommitKind = ChangeSource | 'reset' | 'undo' | 'redo';

/** A commit: the values it set and what made it. A new object each time. */
export interface Commit {
  readonly lesson: Lesson;
  readonly kind: CommitKind;
}

/** How many commits undo can go back. */
const HISTORY = 100;

/**
 * The one owner of a lab's lesson (units, output bias, range, target,
 * tolerance). The element's properties read `view()` and write `input()`;
 * the learner, animations and fits `move()` it. It derives the samples and
 * the evaluation once per lesson, asks Lit to reflect what changed, and
 * after each update fires the events the changes queued: relu-input only
 * when a value changed, relu-change only when a commit changed the values
 * since the last one, relu-match when the output becomes matched.
 */
export class LessonController implements ReactiveController {
  private current: Lesson = createLesson();
  /**
   * Inputs given before the lab first rendered (its attributes, in document
   * order), applied together in a fixed order so that `w1="3" max="8"` or
   * `units state` mean the same whichever comes first. Null once applied.
   */
  private initial: Map<InputName, unknown> | null = new Map();
  /** What Reset returns to: the lesson as the author set it up. */
  private start: Lesson | null = null;
  private sampled: Samples = sampleTarget(this.current.knots);
  private evaluated: { lesson: Lesson; result: Evaluation } | null = null;
  private pending: { type: Change; source: ChangeSource }[] = [];
  /** Who made the last change, and whether it is a frame of a run still going (no relu-match mid-way). */
  private last: { source: ChangeSource; midRun: boolean } = { source: 'api', midRun: false };
  /** This attempt (until Reset): whether the solution or the fit helped, and how many hints were read. */
  private attempt = { assisted: false, hintsUsed: 0 };
  /** The values at the last commit (a learner's relu-change, or an author's input): a commit that changes nothing fires nothing. */
  private commitRecord: Commit = { lesson: this.current, kind: 'api' };
  private wasMatched = false;
  private started = false;
  /** Committed values before (`past`) and after (`future`) the current ones, for undo and redo. */
  private past: Values[] = [];
  private future: Values[] = [];

  constructor(
    private readonly host: LessonHost,
    private readonly warn: (attribute: string, value: unknown, reason: string) => void,
  ) {
    host.addController(this);
  }

  /** The lesson, with inputs given before the first render applied (without warnings until then). */
  get lesson(): Lesson {
    return this.initial ? applyInputs(this.current, this.initial).lesson : this.current;
  }

  /** The target at the 300 samples: rebuilt only when the knots change. */
  get samples(): Samples {
    const { knots } = this.lesson;
    if (this.sampled.knots !== knots) this.sampled = sampleTarget(knots);
    return this.sampled;
  }

  /** Output, error and matched for the lesson now: computed once per lesson. */
  get evaluation(): Evaluation {
    const lesson = this.lesson;
    if (this.evaluated?.lesson !== lesson) this.evaluated = { lesson, result: evaluate(lesson, this.samples) };
    return this.evaluated.result;
  }

  /** The lesson with what is derived from it, for the view. */
  get derived(): { lesson: Lesson; samples: Samples; evaluation: Evaluation } {
    return { lesson: this.lesson, samples: this.samples, evaluation: this.evaluation };
  }

  /** What every event carries (`source`: who made the last change). */
  get snapshot(): LabState {
    return this.detail(this.last.source);
  }

  /** The learner revealed hint number `n` (1-based) in this attempt. */
  hintRead(n: number): void {
    this.attempt = { ...this.attempt, hintsUsed: Math.max(this.attempt.hintsUsed, n) };
  }

  /** An author's input (attribute or property): applied to the lesson, or refused with a warning. */
  input(name: InputName, value: unknown): void {
    if (this.initial) {
      this.initial.set(name, value);
      this.host.requestUpdate();
      return;
    }
    const outcome: Outcome = applyInput(this.current, name, value);
    if (!outcome.ok) return this.refuse(name, value, outcome.reason, viewOf(this.current, name));
    // A new lesson shape is where Reset returns to.
    if (name === 'units' && !sameValues(outcome.lesson, this.current)) this.start = outcome.lesson;
    if (outcome.lesson !== this.current) this.last = { source: 'api', midRun: false };
    // The author changed the lesson under the learner: earlier commits no longer apply.
    if (!sameValues(outcome.lesson, this.committed) || outcome.lesson.knots !== this.current.knots) this.forget();
    this.set(outcome.lesson);
    this.commitRecord = { lesson: outcome.lesson, kind: 'api' };
  }

  /** Applies the inputs given before the first render, warning about any refused. */
  settle(): void {
    const initial = this.initial;
    if (!initial) return;
    this.initial = null;
    const { lesson, refused } = applyInputs(this.current, initial);
    for (const r of refused) this.refuse(r.name, r.value, r.reason, r.kept);
    this.set(lesson);
    this.start = lesson;
    this.commitRecord = { lesson, kind: 'api' };
    this.forget();
  }

  /**
   * Moves the free parameters (as the learner, an animation or a fit does)
   * and queues events for the update that shows them.
   */
  move(units: readonly LessonUnit[], bias: number, placement: Placement, source: ChangeSource, ...events: Change[]): void {
    this.apply(units, bias, placement, source, source, events);
  }

  private apply(units: readonly LessonUnit[], bias: number, placement: Placement, source: ChangeSource, kind: CommitKind, events: readonly Change[]): void {
    const before = this.current;
    if (source === 'solution' || source === 'fit') this.attempt = { ...this.attempt, assisted: true };
    this.last = { source, midRun: source !== 'learner' && !events.includes('change') };
    const outputBias = this.host.editableOutput ? place(before.range, bias, placement) : bias;
    this.set(setUnitValues(before, units, outputBias, placement));
    for (const event of events) {
      if (event === 'input' && this.current === before) continue;
      if (event === 'change') {
        if (sameValues(this.current, this.committed)) continue;
        this.past = [...this.past.slice(1 - HISTORY), this.committed];
        this.future = [];
        this.commitRecord = { lesson: this.current, kind };
      }
      this.pending.push({ type: event, source });
    }
    this.host.requestUpdate();
  }

  /** The last commit: a new object each time the committed values change. */
  get lastCommit(): Commit {
    return this.commitRecord;
  }

  private get committed(): Lesson {
    return this.commitRecord.lesson;
  }

  /** Whether there is a commit to undo, or an undone one to redo. */
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Back to the values before the last commit (false when there is none); fires relu-input and relu-change. */
  undo(): boolean {
    const previous = this.past.at(-1);
    if (!previous) return false;
    this.past = this.past.slice(0, -1);
    this.future = [...this.future, this.committed];
    this.restore(previous, 'undo');
    return true;
  }

  /** Forward to the values the last undo left (false when there is none). */
  redo(): boolean {
    const next = this.future.at(-1);
    if (!next) return false;
    this.future = this.future.slice(0, -1);
    this.past = [...this.past, this.committed];
    this.restore(next, 'redo');
    return true;
  }

  /** A slider's value. */
  knob(k: Knob): number {
    return k.key === 'c' ? this.lesson.outputBias : this.lesson.units[k.unit][k.key];
  }

  /** The learner set a slider or its number box: clamped to the range, snapped to the step. */
  setKnob(k: Knob, value: number, commit: boolean): void {
    const lesson = this.lesson;
    const outcome = k.key === 'c' ? setOutputBias(lesson, value, 'clamp') : setParam(lesson, k.unit, k.key, value, 'clamp');
    if (outcome.ok) this.move(outcome.lesson.units, outcome.lesson.outputBias, 'clamp', 'learner', commit ? 'change' : 'input');
  }

  /** The learner dragged unit `index`'s handles to w, b. */
  drag(index: number, w: number, b: number, commit: boolean): void {
    const { units, outputBias } = this.lesson;
    this.move(units.map((u, i) => (i === index ? { ...u, w, b } : u)), outputBias, 'clamp', 'learner', ...(commit ? (['input', 'change'] as const) : (['input'] as const)));
  }

  /** Back to where the author set the lesson up: a new attempt, unassisted, no hints read. */
  reset(): void {
    const start = this.start ?? this.lesson;
    this.attempt = { assisted: false, hintsUsed: 0 };
    this.apply(start.units, start.outputBias, 'clamp', 'learner', 'reset', ['input', 'change']);
  }

  /**
   * The lesson as it is now is a new start (a challenge was loaded): Reset returns here, the
   * attempt starts afresh (unassisted, no hints read) and the undo history is forgotten.
   */
  begin(): void {
    this.settle();
    this.start = this.current;
    this.commitRecord = { lesson: this.current, kind: 'api' };
    this.attempt = { assisted: false, hintsUsed: 0 };
    this.forget();
  }

  /** An animation or fit stopped part-way: its values move onto the slider grid. */
  snapToGrid(): void {
    if (this.host.isConnected) this.set(setUnitValues(this.current, this.current.units, this.current.outputBias, 'clamp'));
  }

  hostConnected(): void {
    this.settle();
  }

  hostUpdated(): void {
    const queued = this.pending;
    this.pending = [];
    for (const { type, source } of queued) {
      const detail = this.detail(source);
      fire(this.host, type === 'input' ? new ReluInputEvent(detail) : new ReluChangeEvent(detail));
    }
    // relu-match once the output becomes matched: not at the first render (where the lab
    // starts), and not mid-way through an animation or a fit (at its end).
    const { matched } = this.evaluation;
    if (!this.last.midRun) {
      if (matched && !this.wasMatched && this.started) fire(this.host, new ReluMatchEvent(this.detail(this.last.source)));
      this.wasMatched = matched;
    }
    this.started = true;
    fire(this.host, new Event(LAB_UPDATE));
  }

  /** Makes committed values current again, exactly as they were, as the learner's commit. */
  private restore(values: Values, kind: 'undo' | 'redo'): void {
    this.last = { source: 'learner', midRun: false };
    this.set(setUnitValues(this.current, values.units, values.outputBias, 'free'));
    this.commitRecord = { lesson: this.current, kind };
    this.pending.push({ type: 'input', source: 'learner' }, { type: 'change', source: 'learner' });
    this.host.requestUpdate();
  }

  private forget(): void {
    this.past = [];
    this.future = [];
  }

  private detail(source: ChangeSource): LabState {
    const { units, outputBias } = this.lesson;
    const at = (i: number) => units[i] ?? { w: 0, b: 0 };
    const { error, matched } = this.evaluation;
    return { w1: at(1).w, b1: at(1).b, w2: at(2).w, b2: at(2).b, error, matched, units, outputBias, source, ...this.attempt };
  }

  private refuse(name: InputName, value: unknown, reason: string, kept: unknown): void {
    const keeping = typeof kept === 'object' ? `the current ${name}` : JSON.stringify(kept);
    this.warn(attributeOf(name), value, `${reason}; keeping ${keeping}`);
  }

  /** Makes `next` the lesson, and asks Lit to reflect every property whose value it changed. */
  private set(next: Lesson): void {
    const old = this.current;
    if (next === old) return;
    this.current = next;
    for (const name of REFLECTED) {
      // The target's text is the knots written out: unchanged knots, nothing to write (a drag never changes them).
      if (name === 'target' && old.knots === next.knots) continue;
      const before = viewOf(old, name);
      if (!Object.is(before, viewOf(next, name))) this.host.requestUpdate(name, before);
    }
    this.host.requestUpdate();
  }
}
