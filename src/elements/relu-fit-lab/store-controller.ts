/**
 * The lab's one owner of state: holds the model, dispatches actions through
 * the pure reducer, and after each update carries out the effects the pure
 * `effects(prev, next)` listed (events, speech, saving). Inputs given before
 * the lab is connected wait in one buffer and apply in the input table's
 * order when it is.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setState, writeState } from '../../math/lesson.js';
import { ReluChangeEvent, ReluCompleteEvent, ReluInputEvent, ReluMatchEvent, ReluProgressEvent, fire } from '../events.js';
import { LAB_UPDATE } from '../unit-source.js';
import { effects, type Effect, type Speech } from './lab-effects.js';
import { initialModel, valuesOf, type LabModel, type Values } from './lab-model.js';
import { fingerprintOf, type SavedProgress } from './lab-record.js';
import { codeFor } from './lab-inputs.js';
import { challengeCode, type Lazy } from './lab-lazy.js';
import { INPUT_TABLE, LAB_INPUTS, applyLabInput, locksMayBlock, unsolvable, type Applied, type InputSpec, type LabInput, type Warning } from './lab-setup.js';
import type { solveLesson } from './lab-analysis.js';
import { challengeStart, isRefusal, reduce, type Action } from './lab-store.js';
import type { ProgressBackend, ProgressStorage } from './progress-storage.js';

export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

export interface StoreHooks {
  /** The lab's input guard: one console warning naming the element, the attribute and the value. */
  warn(attribute: string, value: unknown, reason: string): void;
  /** The same, for a value the lab took all the same. */
  caution(attribute: string, value: unknown, reason: string): void;
  /** Says what a change settled, in the lab's live region. */
  say(speech: Speech): void;
  /** Runs `then` with the lesson's solver, at once or once the analysis has loaded (lab-lazy.ts). */
  withSolver(then: (solve: typeof solveLesson) => void): void;
  /** Runs `then` once each of `codes` has loaded or failed to (lab-lazy.ts; a failure is warned about). */
  withCode(codes: readonly Lazy<unknown>[], then: () => void): void;
}

/** The properties reflected to attributes: the input table's. */
const REFLECTED = LAB_INPUTS.filter((name) => INPUT_TABLE[name].reflect);

export class LabStore implements ReactiveController {
  private current: LabModel = initialModel();
  /** Inputs given before the lab was first connected; null once applied. */
  private buffer: Map<LabInput, unknown> | null = new Map();
  private preview: LabModel | null = null;
  private queued: Effect[] = [];
  /** The author's `progress-key` ('' for none) and where it saves (null: localStorage): set through setKey and setBackend. */
  private key = '';
  private backend: ProgressBackend | null = null;
  /** Saving and following progress: made once the challenge code is here (only a lab with challenges saves). */
  private storage: ProgressStorage | null = null;

  constructor(
    private readonly host: StoreHost,
    private readonly hooks: StoreHooks,
  ) {
    host.addController(this);
  }

  /** The lab's state now (before the first connection: with the inputs given so far, unwarned). */
  get model(): LabModel {
    if (!this.buffer) return this.current;
    if (!this.preview) {
      let m = this.current;
      for (const name of LAB_INPUTS) if (this.buffer.has(name)) m = applyLabInput(m, name, this.buffer.get(name)).model;
      this.preview = m;
    }
    return this.preview;
  }

  /**
   * Inputs waiting for code loaded on first use (a formula, a challenge list, and inputs given
   * after one, kept in order), or null. The lab does not render while they wait, so it never
   * shows a lesson half applied.
   */
  private waiting: [LabInput, unknown][] | null = null;
  private arrived: () => void = () => {};
  private arrival: Promise<void> | null = null;
  /** While inputs wait for code: settles when they have been applied. Else null. */
  get ready(): Promise<void> | null {
    return this.waiting ? this.arrival : null;
  }

  /** An author's input (attribute or property): applied, or refused with a warning. */
  input(name: LabInput, value: unknown): void {
    if (this.waiting) return void this.waiting.push([name, value]);
    if (!this.buffer) {
      const codes = codeFor(name, value);
      if (codes.length) return this.wait([[name, value]], codes);
    }
    if (this.buffer) {
      this.buffer.set(name, value);
      this.preview = null;
      this.host.requestUpdate();
      return;
    }
    this.apply(name, value);
  }

  private apply(name: LabInput, value: unknown): void {
    const before = this.current;
    const applied = applyLabInput(before, name, value);
    const { model } = applied;
    this.warnAbout(applied);
    this.replace(model);
    // Other lessons than before: progress saved for them is restored.
    if (name === 'challenges' && model.challenges.length && fingerprintOf(model.challenges) !== fingerprintOf(before.challenges)) this.restoreSaved(true);
  }

  /**
   * Holds `inputs` until `codes` are here (or could not load: then an input needing them is refused
   * as any bad value is, warned about, the lesson kept), then applies them, and any given meanwhile,
   * in order; an input needing other code waits again from there.
   */
  private wait(inputs: [LabInput, unknown][], codes: readonly Lazy<unknown>[], tried: ReadonlySet<Lazy<unknown>> = new Set()): void {
    this.waiting = inputs;
    this.arrival ??= new Promise((resolve) => (this.arrived = resolve));
    const attempted = new Set([...tried, ...codes]);
    this.hooks.withCode(codes, () => {
      const queue = this.waiting ?? [];
      this.waiting = null;
      for (const [i, [name, value]] of queue.entries()) {
        const more = codeFor(name, value).filter((code) => !attempted.has(code));
        if (more.length) return this.wait(queue.slice(i), more, attempted);
        this.apply(name, value);
      }
      this.arrival = null;
      this.arrived();
      this.host.requestUpdate();
    });
  }

  /** Where progress is kept (null: localStorage): what it holds for this list is restored. */
  setBackend(value: ProgressBackend | null): void {
    const ok = value === null || (typeof value === 'object' && typeof value.getItem === 'function' && typeof value.setItem === 'function');
    if (!ok) return this.warnAll([{ attribute: 'progressStorage', value: String(value), reason: 'it must be null or have getItem and setItem; keeping the current one' }]);
    this.backend = value;
    if (!this.buffer) this.restoreSaved(true);
  }

  get progressKey(): string {
    return this.key;
  }

  get progressBackend(): ProgressBackend | null {
    return this.backend;
  }

  /** The author's `progress-key` (text or a number; anything else warns and keeps the current one): progress saved under it for this list is restored. */
  setKey(value: unknown): void {
    if (value !== null && value !== undefined && typeof value !== 'string' && typeof value !== 'number') {
      return this.hooks.warn('progress-key', JSON.stringify(value), `it must be text; keeping ${JSON.stringify(this.key)}`);
    }
    this.key = value === null || value === undefined ? '' : String(value);
    if (!this.buffer) this.restoreSaved(true);
  }

  /** The progress storage, made once the challenge code is here (and following other labs and tabs while the lab is connected). */
  private progress(): ProgressStorage | null {
    const code = challengeCode.now;
    if (!this.storage && code) {
      this.storage = new code.ProgressStorage(this.hooks.warn, this);
      if (this.host.isConnected) this.follow();
    }
    return this.storage;
  }

  private follow(): void {
    this.storage?.listen((saved) => this.restore(saved, false));
  }

  /** A learner's or a run's action; false when the store refused it (nothing changed). */
  dispatch(action: Action): boolean {
    const next = reduce(this.model, action);
    if (isRefusal(next)) return false;
    this.replace(next);
    return true;
  }

  hostConnected(): void {
    this.settle();
    this.follow();
  }

  hostDisconnected(): void {
    this.storage?.stop();
  }

  /** Applies the inputs given before the first connection, in the table's order, warning about any refused. */
  settle(): void {
    const buffer = this.buffer;
    if (!buffer) return;
    this.buffer = null;
    this.preview = null;
    let m = this.current;
    const names = LAB_INPUTS.filter((name) => buffer.has(name));
    // From the first input that needs code not here yet on, the inputs wait for it (in order).
    const at = names.findIndex((name) => codeFor(name, buffer.get(name)).length);
    for (const name of at < 0 ? names : names.slice(0, at)) {
      const applied = applyLabInput(m, name, buffer.get(name));
      this.warnAbout(applied);
      m = applied.model;
    }
    const begun = reduce(m, { type: 'begin' });
    this.replace(isRefusal(begun) ? m : begun);
    // Nothing fires or speaks for the lab as it starts.
    this.queued = [];
    this.restoreSaved(true);
    if (at >= 0) this.wait(names.slice(at).map((name): [LabInput, unknown] => [name, buffer.get(name)]), codeFor(names[at], buffer.get(names[at])));
  }

  /**
   * Once the lab shows a change, its effects: in a microtask right after the update, so a
   * listener that sets a property schedules a new update instead of changing this one.
   */
  hostUpdated(): void {
    const queued = this.queued;
    this.queued = [];
    queueMicrotask(() => {
      for (const effect of queued) this.carryOut(effect);
      fire(this.host, new Event(LAB_UPDATE));
    });
  }

  private carryOut(effect: Effect): void {
    switch (effect.type) {
      case 'event': {
        const Type = { 'relu-input': ReluInputEvent, 'relu-change': ReluChangeEvent, 'relu-match': ReluMatchEvent }[effect.name];
        return fire(this.host, new Type(effect.detail));
      }
      case 'progress':
        return fire(this.host, new ReluProgressEvent(effect.detail));
      case 'complete':
        return fire(this.host, new ReluCompleteEvent(effect.detail));
      case 'say':
        return this.hooks.say(effect.speech);
      case 'save':
        return this.progress()?.save(savedOf(this.current));
    }
  }

  private replace(next: LabModel): void {
    const prev = this.current;
    if (next === prev) return;
    this.current = next;
    this.queued.push(...effects(prev, next));
    for (const name of REFLECTED) {
      const spec: InputSpec = INPUT_TABLE[name];
      const told = spec.key ?? spec.read;
      if (!Object.is(told(prev), told(next))) this.host.requestUpdate(name, spec.read(prev));
    }
    this.host.requestUpdate();
  }

  /** An input's warnings; a lock that makes a challenge unsolvable is warned about once the solver is here. */
  private warnAbout({ warnings, checkLocks }: Applied): void {
    this.warnAll(warnings);
    if (checkLocks && locksMayBlock(checkLocks)) this.hooks.withSolver((solve) => this.warnAll(unsolvable(checkLocks, solve)));
  }

  private warnAll(warnings: readonly Warning[]): void {
    for (const w of warnings) (w.taken ? this.hooks.caution : this.hooks.warn)(w.attribute, w.value, w.reason);
  }

  /** Progress saved under the key for this list: at load (moving to where the learner was), or from another lab or tab. */
  private restoreSaved(moveTo: boolean): void {
    const m = this.current;
    const saved = m.challenges.length ? this.progress()?.read(fingerprintOf(m.challenges), m.challenges.length) : null;
    if (saved) this.restore(saved, moveTo);
  }

  private restore(saved: SavedProgress, moveTo: boolean): void {
    const m = this.current;
    const latest = saved.values.map((text, i): Values | null => {
      if (!text || i >= m.challenges.length) return null;
      const outcome = setState(challengeStart(m, i), text);
      return outcome.ok ? valuesOf(outcome.lesson) : null;
    });
    this.dispatch({ type: 'restore', saved, latest, move: moveTo });
  }
}

/** What is saved: each challenge's record and latest values, where the learner is, and whether all were solved. */
export function savedOf(m: LabModel): SavedProgress {
  return {
    fingerprint: fingerprintOf(m.challenges),
    challenge: m.index,
    records: m.records,
    values: m.latest.map((v) => (v ? writeState(v) : '')),
    completed: m.completed,
  };
}
