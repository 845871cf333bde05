/**
 * `<relu-fit-lab challenges>`: a sequence of lessons the learner works through
 * in order. Pure helpers read and validate the list (with the lesson's own
 * validators), record solves and read or write the saved progress; the
 * `ChallengeController` loads a challenge into the lab's one lesson owner
 * (`LessonController`), listens for its relu-match, fires relu-progress and
 * relu-complete, keeps the progress in localStorage under `progress-key`, and
 * renders the heading and the "Next challenge" button.
 *
 * What counts as solved: the lab fires relu-match while that challenge is
 * current, from any source but `api` (an author's property or attribute is not
 * the learner's work). `assisted[i]` is true while every solve of challenge i
 * used the solution or the fit (the match's `assisted`); a later unassisted
 * solve clears it.
 */

import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LessonUnit } from '../../math/construct.js';
import { LESSON_DEFAULTS, createLesson, readUnits, setOutputBias, setTarget, setTolerance } from '../../math/lesson.js';
import { formatKnots } from '../../math/piecewise.js';
import { ReluCompleteEvent, ReluProgressEvent, fire, type ChallengeProgress, type ReluMatchEvent } from '../events.js';
import { plural, type Translate } from '../strings.js';
import type { LessonController } from './lesson-controller.js';

export type { ChallengeProgress } from '../events.js';

/** One challenge as an author writes it; absent fields take the notebook's defaults (`LESSON_DEFAULTS`). */
export interface ChallengeInput {
  /** Shown in the heading: "Challenge 2 of 3: {title}". */
  readonly title?: string;
  /** The target's knots, "x,y x,y …". */
  readonly target: string;
  /** The hidden units, as the `units` property takes them (an array, or its JSON). */
  readonly units?: readonly Partial<LessonUnit>[] | string;
  readonly outputBias?: number;
  readonly editableOutput?: boolean;
  readonly tolerance?: number;
}

/** A challenge as the lab holds it: validated, with every default filled in. */
export interface Challenge {
  /** Empty when the author gave none. */
  readonly title: string;
  /** The knots, normalised ("0,2 1,0 2,1 3,4"). */
  readonly target: string;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly editableOutput: boolean;
  readonly tolerance: number;
}

const KEYS = ['title', 'target', 'units', 'outputBias', 'editableOutput', 'tolerance'] as const;
/** More would be a course, not a lab: keeps the saved progress and the fingerprint small. */
export const MAX_CHALLENGES = 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one challenge, or says what is wrong with it. */
export function readChallenge(item: unknown): { challenge: Challenge } | { reason: string } {
  if (!isRecord(item)) return { reason: 'it is not an object' };
  const unknown = Object.keys(item).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown) return { reason: `it has an unknown key "${unknown}" (known: ${KEYS.join(', ')})` };
  const title = item.title ?? '';
  if (typeof title !== 'string') return { reason: 'its title must be text' };
  if (item.target === undefined || item.target === null) return { reason: 'it has no target (knots "x,y x,y …")' };
  const editableOutput = item.editableOutput ?? LESSON_DEFAULTS.editableOutput;
  if (typeof editableOutput !== 'boolean') return { reason: 'its editableOutput must be true or false' };
  const base = createLesson();
  const target = setTarget(base, item.target);
  if (!target.ok) return { reason: `its target: ${target.reason}` };
  const tolerance = setTolerance(base, item.tolerance ?? LESSON_DEFAULTS.tolerance);
  if (!tolerance.ok) return { reason: `its tolerance: ${tolerance.reason}` };
  const bias = setOutputBias(base, item.outputBias ?? LESSON_DEFAULTS.outputBias);
  if (!bias.ok) return { reason: `its outputBias: ${bias.reason}` };
  const units = readUnits(item.units ?? LESSON_DEFAULTS.units);
  if ('reason' in units) return { reason: `its units: ${units.reason}` };
  return {
    challenge: {
      title,
      target: formatKnots(target.lesson.knots),
      units: units.units,
      outputBias: bias.lesson.outputBias,
      editableOutput,
      tolerance: tolerance.lesson.tolerance,
    },
  };
}

/**
 * Reads a `challenges` value: an array (or its JSON; empty text or null for none) of at most
 * `MAX_CHALLENGES` challenges. Returns them, or the first problem, naming the entry.
 */
export function readChallenges(value: unknown): { challenges: Challenge[] } | { reason: string } {
  let list = value ?? [];
  if (typeof list === 'string') {
    try {
      list = list.trim() === '' ? [] : JSON.parse(list);
    } catch {
      return { reason: 'it is not JSON' };
    }
  }
  if (!Array.isArray(list)) return { reason: 'it must be an array of challenges { title?, target, units?, outputBias?, editableOutput?, tolerance? }' };
  if (list.length > MAX_CHALLENGES) return { reason: `it holds ${list.length} challenges, more than ${MAX_CHALLENGES}` };
  const challenges: Challenge[] = [];
  for (const [i, item] of list.entries()) {
    const read = readChallenge(item);
    if ('reason' in read) {
      const title = isRecord(item) && typeof item.title === 'string' ? ` ("${item.title}")` : '';
      return { reason: `challenge ${i}${title}: ${read.reason}` };
    }
    challenges.push(read.challenge);
  }
  return { challenges };
}

/**
 * A short fingerprint of the lessons (not the titles: mending a title's typo keeps the
 * learner's progress): 8 hex digits of FNV-1a over their canonical JSON.
 */
export function fingerprintOf(challenges: readonly Challenge[]): string {
  const text = JSON.stringify(
    challenges.map((c) => [c.target, c.units.map((u) => [u.w, u.b, u.v, u.fixed, u.activation]), c.outputBias, c.editableOutput, c.tolerance]),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Nothing solved yet, at challenge `challenge`. */
export const freshProgress = (count: number, challenge = 0): ChallengeProgress => ({
  challenge,
  solved: Array<boolean>(count).fill(false),
  assisted: Array<boolean>(count).fill(false),
});

/** The current challenge solved, `assisted` or not: the same object when that changes nothing. */
export function recordSolve(progress: ChallengeProgress, assisted: boolean): ChallengeProgress {
  const i = progress.challenge;
  const helped = progress.solved[i] ? progress.assisted[i] && assisted : assisted;
  if (progress.solved[i] && helped === progress.assisted[i]) return progress;
  return { challenge: i, solved: progress.solved.map((s, j) => s || j === i), assisted: progress.assisted.map((a, j) => (j === i ? helped : a)) };
}

/** Where "Next challenge" goes: the next one, or from the last the first still unsolved; null when there is nowhere. */
export function nextChallenge(progress: ChallengeProgress): number | null {
  const { challenge, solved } = progress;
  if (challenge + 1 < solved.length) return challenge + 1;
  const unsolved = solved.findIndex((s, j) => !s && j !== challenge);
  return unsolved < 0 ? null : unsolved;
}

export const isComplete = (progress: ChallengeProgress): boolean => progress.solved.length > 0 && progress.solved.every(Boolean);

/** Marks what relu-lab saves under `progress-key`, so other data under the same key is not read as progress. */
export const PROGRESS_FORMAT = 'relu-lab challenge progress 1';

/** The progress as saved: `{ format, fingerprint, challenge, solved, assisted }` as JSON. */
export function writeProgress(progress: ChallengeProgress, challenges: readonly Challenge[]): string {
  const { challenge, solved, assisted } = progress;
  return JSON.stringify({ format: PROGRESS_FORMAT, fingerprint: fingerprintOf(challenges), challenge, solved, assisted });
}

const isFlags = (value: unknown): value is boolean[] => Array.isArray(value) && value.every((b) => typeof b === 'boolean');

/** Reads saved progress for `challenges`, or says why it is not theirs. */
export function readProgress(text: string, challenges: readonly Challenge[]): { progress: ChallengeProgress } | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { reason: 'it is not JSON' };
  }
  if (!isRecord(data) || data.format !== PROGRESS_FORMAT) return { reason: 'it is not challenge progress saved by relu-lab' };
  const { challenge, solved, assisted, fingerprint } = data;
  if (!isFlags(solved) || !isFlags(assisted) || solved.length !== assisted.length || typeof fingerprint !== 'string' || !Number.isInteger(challenge)) {
    return { reason: 'it has the wrong shape' };
  }
  if (solved.length !== challenges.length) return { reason: `it is for ${solved.length} challenges, this lab has ${challenges.length}` };
  if (fingerprint !== fingerprintOf(challenges)) return { reason: 'it is for a different list of challenges' };
  if ((challenge as number) < 0 || (challenge as number) >= challenges.length) return { reason: `its challenge ${challenge} is out of range` };
  return { progress: { challenge: challenge as number, solved, assisted: assisted.map((a, i) => a && solved[i]) } };
}

/** What the controller needs from the lab. */
export interface ChallengeHost extends ReactiveControllerHost, HTMLElement {
  editableOutput: boolean;
  readonly isUpdatePending: boolean;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

export interface ChallengeHooks {
  /** The lab's input guard: one console warning naming the element, the attribute and the value. */
  warn(attribute: string, value: unknown, reason: string): void;
  /** The lab's strings and language now. */
  words(): { t: Translate; locale: string | undefined };
  /** Says `text` in the lab's polite live region (after its pause). */
  announce(text: string): void;
  /** Another challenge is loading: stop the solution's animation or a fit, close the hints and notes. */
  restart(): void;
}

/** The inputs given before the lab first connected. */
interface Initial {
  list?: unknown;
  index?: unknown;
  key?: unknown;
}

/**
 * The lab's challenge sequence: the list, where the learner is, what they solved. Loading a
 * challenge sets the lesson's target, units, output bias, tolerance and `editableOutput`, and
 * makes it where Reset returns (a new attempt, a new undo history).
 */
export class ChallengeController implements ReactiveController {
  private current: readonly Challenge[] = [];
  private state: ChallengeProgress = freshProgress(0);
  private storageKey = '';
  /** Inputs given before the first connection, applied together (list, index, saved progress); null once applied. */
  private initial: Initial | null = {};
  private queued = { progress: false, complete: false, focus: false, announce: false };
  private completed = false;
  private storageFailed = false;

  constructor(
    private readonly host: ChallengeHost,
    private readonly store: LessonController,
    private readonly hooks: ChallengeHooks,
  ) {
    host.addController(this);
    host.addEventListener('relu-match', this.onMatch);
  }

  /** The accepted challenges, defaults filled in. */
  get list(): readonly Challenge[] {
    return this.current;
  }

  /** The current challenge's index. */
  get index(): number {
    const pending = this.initial?.index;
    return typeof pending === 'number' && Number.isInteger(pending) && pending >= 0 ? pending : this.state.challenge;
  }

  /** Where the sequence stands (a copy). */
  get progress(): ChallengeProgress {
    const { challenge, solved, assisted } = this.state;
    return { challenge, solved: [...solved], assisted: [...assisted] };
  }

  get key(): string {
    return this.storageKey;
  }

  /** An author's `challenges`: a valid list replaces the current one; an invalid one warns and is ignored. */
  setList(value: unknown): void {
    if (this.initial) {
      this.initial.list = value;
      return;
    }
    const read = this.readList(value);
    if (!read) return;
    const sameLessons = read.length === this.current.length && fingerprintOf(read) === fingerprintOf(this.current);
    this.current = read;
    // The same lessons (a framework's new array, a mended title): the learner keeps their place.
    if (sameLessons) return this.host.requestUpdate();
    const restored = this.restore();
    this.replace(restored ?? freshProgress(read.length));
    this.completed = isComplete(this.state);
    if (read.length) this.load();
    this.queue('progress', 'announce');
  }

  /** An author's `challenge`: loads that challenge; out of range warns and keeps the current one. */
  select(value: unknown): void {
    if (this.initial) {
      this.initial.index = value;
      return;
    }
    const index = this.readIndex(value);
    if (index === null || index === this.state.challenge) return;
    this.moveTo(index);
  }

  /** An author's `progress-key`: progress saved under it (for this list) is restored. */
  setKey(value: unknown): void {
    if (this.initial) {
      this.initial.key = value;
      return;
    }
    if (!this.readKey(value)) return;
    const restored = this.restore();
    if (!restored) return;
    const moved = restored.challenge !== this.state.challenge;
    this.replace(restored);
    this.completed = isComplete(restored);
    if (moved) this.load();
    this.queue('progress', ...(moved ? (['announce'] as const) : []));
  }

  hostConnected(): void {
    const initial = this.initial;
    if (!initial) return;
    this.initial = null;
    if (initial.key !== undefined) this.readKey(initial.key);
    if (initial.list !== undefined) this.current = this.readList(initial.list) ?? [];
    if (!this.current.length) {
      if (initial.index !== undefined) this.readIndex(initial.index);
      return;
    }
    const index = initial.index === undefined ? 0 : this.readIndex(initial.index) ?? 0;
    this.replace(this.restore() ?? freshProgress(this.current.length, index));
    this.completed = isComplete(this.state);
    this.load();
  }

  hostUpdated(): void {
    // Once the lab shows the change (a solve re-renders the heading): then the events.
    if (this.host.isUpdatePending) return;
    const { progress, complete, focus, announce } = this.queued;
    this.queued = { progress: false, complete: false, focus: false, announce: false };
    if (progress) this.save();
    if (announce && this.current.length) this.hooks.announce(this.title(this.hooks.words().t));
    if (focus) this.focusStart();
    if (progress) fire(this.host, new ReluProgressEvent(this.progress));
    if (complete) fire(this.host, new ReluCompleteEvent(this.progress));
  }

  /** The heading, "Challenge 2 of 3: Zigzag" (and whether it is solved); nothing without challenges. */
  heading() {
    if (!this.current.length) return nothing;
    const { t } = this.hooks.words();
    const solved = this.state.solved[this.state.challenge];
    return html`<div class="challenge" part="challenge" role="heading" aria-level="2" tabindex="-1">
      ${this.title(t)}${solved ? html` <span class="challenge-solved">${t('challenge.solved')}</span>` : nothing}
    </div>`;
  }

  /** Once the current challenge is matched: the way on ("Next challenge"), or that all are solved. */
  next() {
    if (!this.current.length || !this.store.evaluation.matched) return nothing;
    const { t, locale } = this.hooks.words();
    const to = nextChallenge(this.state);
    const count = this.current.length;
    return html`<div class="challenge-next">
      ${to === null
        ? html`<p class="challenge-complete" part="complete">${plural(t, locale, 'challenge.complete', count, { count })}</p>`
        : html`<button type="button" class="primary next" part="button next" @click=${this.goNext}>${this.nextLabel(t, to)}</button>`}
    </div>`;
  }

  private nextLabel(t: Translate, to: number): string {
    return to === this.state.challenge + 1 ? t('challenge.next') : t('challenge.back', { n: to + 1 });
  }

  private title(t: Translate): string {
    const { challenge } = this.state;
    const { title } = this.current[challenge];
    const values = { n: challenge + 1, count: this.current.length, title };
    return title ? t('challenge.title', values) : t('challenge.untitled', values);
  }

  private goNext = (): void => {
    const to = nextChallenge(this.state);
    if (to === null) return;
    this.queued.focus = true;
    this.moveTo(to);
  };

  /** The learner's relu-match (any source but an author's `api` change) solves the current challenge. */
  private onMatch = (event: ReluMatchEvent): void => {
    if (event.target !== this.host || !this.current.length || event.detail.source === 'api') return;
    const before = this.state;
    this.replace(recordSolve(before, event.detail.assisted));
    const done = isComplete(this.state);
    const { t, locale } = this.hooks.words();
    const { challenge } = this.state;
    const to = nextChallenge(this.state);
    const count = this.current.length;
    if (done && to === null) this.hooks.announce(plural(t, locale, 'challenge.announceComplete', count, { count }));
    else if (to !== null) this.hooks.announce(t('challenge.announceSolved', { n: challenge + 1, count, next: this.nextLabel(t, to) }));
    if (this.state !== before) this.queue('progress');
    if (done && !this.completed) {
      this.completed = true;
      this.queue('complete');
    }
  };

  private moveTo(index: number): void {
    this.replace({ ...this.state, challenge: index });
    this.load();
    this.queue('progress', 'announce');
  }

  /** Loads the current challenge into the lesson: a new start, where Reset returns. */
  private load(): void {
    const c = this.current[this.state.challenge];
    this.hooks.restart();
    this.host.editableOutput = c.editableOutput;
    this.store.input('target', c.target);
    this.store.input('tolerance', c.tolerance);
    this.store.input('units', c.units);
    this.store.input('outputBias', c.outputBias);
    this.store.begin();
  }

  private replace(next: ChallengeProgress): void {
    const old = this.state.challenge;
    this.state = next;
    if (next.challenge !== old) this.host.requestUpdate('challenge', old);
    this.host.requestUpdate();
  }

  private queue(...what: ('progress' | 'complete' | 'announce')[]): void {
    for (const w of what) this.queued[w] = true;
    this.host.requestUpdate();
  }

  /** After "Next challenge": the first slider the learner may move, else the heading. */
  private focusStart(): void {
    const root = this.host.shadowRoot;
    const target = root?.querySelector<HTMLElement>('[part~="range"]:not(:disabled)') ?? root?.querySelector<HTMLElement>('[part~="challenge"]');
    target?.focus();
  }

  private readList(value: unknown): Challenge[] | null {
    const read = readChallenges(value);
    if ('challenges' in read) return read.challenges;
    const count = this.current.length;
    const keeping = count ? `keeping the current ${count === 1 ? 'challenge' : `${count} challenges`}` : 'keeping none';
    this.hooks.warn('challenges', typeof value === 'string' ? value : JSON.stringify(value), `${read.reason}; ${keeping}`);
    return null;
  }

  private readIndex(value: unknown): number | null {
    const index = value ?? 0;
    const count = this.current.length;
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && (index < count || index === 0)) return index;
    const range = count ? `it must be a whole number from 0 to ${count - 1}` : 'there are no challenges';
    this.hooks.warn('challenge', value, `${range}; keeping challenge ${this.state.challenge}`);
    return null;
  }

  /** Takes a new key; false when it is not text (warned) or no key. */
  private readKey(value: unknown): boolean {
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number') {
      this.storageKey = value === null || value === undefined ? '' : String(value);
      return this.storageKey !== '';
    }
    this.hooks.warn('progress-key', JSON.stringify(value), `it must be text; keeping ${JSON.stringify(this.storageKey)}`);
    return false;
  }

  /** The progress saved under the key for this list; null when there is none or it is not this list's (warned). */
  private restore(): ChallengeProgress | null {
    const key = this.storageKey;
    if (!key || !this.current.length) return null;
    const text = this.storage((s) => s.getItem(key));
    if (text === null || text === undefined) return null;
    const read = readProgress(text, this.current);
    if ('progress' in read) return read.progress;
    this.hooks.warn(`localStorage[${JSON.stringify(key)}]`, text, `${read.reason} (progress-key="${key}"); ignoring it and starting with nothing solved`);
    return null;
  }

  private save(): void {
    const key = this.storageKey;
    if (key && this.current.length) this.storage((s) => s.setItem(key, writeProgress(this.state, this.current)));
  }

  /** localStorage may be missing or throw (privacy modes, sandboxed frames, a full quota): warn once, carry on. */
  private storage<T>(use: (storage: Storage) => T): T | undefined {
    try {
      return use(window.localStorage);
    } catch (error) {
      if (!this.storageFailed) {
        this.storageFailed = true;
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.hooks.warn('progress-key', this.storageKey, `localStorage failed (${why}); progress is kept for this page only`);
      }
      return undefined;
    }
  }
}
