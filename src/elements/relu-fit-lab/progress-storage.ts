/**
 * Where `<relu-fit-lab progress-key>` keeps challenge progress: localStorage,
 * under `relu-lab:` + the key, so a page's own data under the bare key is
 * never touched. A value there that relu-lab did not write is never
 * overwritten or printed. Labs (or tabs) sharing a key merge their records
 * when they save, so a solve is never lost, and follow each other: other
 * tabs through the `storage` event, other labs on the page through
 * `relu-lab-progress` on window.
 */

import { mergeRecords, type LessonRecord, type SavedProgress } from './lab-record.js';

/** Marks what relu-lab saves under `relu-lab:` + `progress-key`, so other data is never read as progress. */
export const PROGRESS_FORMAT = 'relu-lab progress 2';
/** Saved progress lives under this prefix and the author's key: a page's own data under the bare key is never touched. */
export const STORAGE_PREFIX = 'relu-lab:';

export function writeProgress(saved: SavedProgress): string {
  return JSON.stringify({ format: PROGRESS_FORMAT, ...saved });
}

const isRecordObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (x: unknown): x is number | null => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isCount = (x: unknown, least: number): x is number => Number.isInteger(x) && (x as number) >= least && (x as number) <= 1e6;

function readRecord(value: unknown): LessonRecord | null {
  if (!isRecordObject(value)) return null;
  const { assisted, hintsUsed, attempts, solved, solvedUnassisted, firstAt, solvedAt: at } = value;
  const flags = [assisted, solved, solvedUnassisted].every((b) => typeof b === 'boolean');
  if (!flags || !isCount(hintsUsed, 0) || !isCount(attempts, 1) || !isTime(firstAt) || !isTime(at)) return null;
  if (solvedUnassisted && !solved) return null;
  return { assisted, hintsUsed, attempts, solved, solvedUnassisted, firstAt, solvedAt: at } as LessonRecord;
}

/** Whether `text` is progress this package saved (any list): the rest is someone else's data. */
export function isOurs(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return isRecordObject(data) && data.format === PROGRESS_FORMAT;
  } catch {
    return false;
  }
}

/** Reads saved progress for a list of `count` challenges with `fingerprint`, or says why it is not theirs. */
export function readProgress(text: string, fingerprint: string, count: number): { saved: SavedProgress } | { reason: string } {
  if (!isOurs(text)) return { reason: 'it is not progress saved by relu-lab' };
  const data = JSON.parse(text) as Record<string, unknown>;
  const records = Array.isArray(data.records) ? data.records.map(readRecord) : [];
  const values = data.values;
  const shaped = Array.isArray(values) && values.length === records.length && values.every((v) => typeof v === 'string');
  if (!shaped || records.some((r) => r === null) || !Number.isInteger(data.challenge) || typeof data.completed !== 'boolean') {
    return { reason: 'it has the wrong shape' };
  }
  if (records.length !== count) return { reason: `it is for ${records.length} challenges, this lab has ${count}` };
  if (data.fingerprint !== fingerprint) return { reason: 'it is for a different list of challenges' };
  const challenge = data.challenge as number;
  if (challenge < 0 || challenge >= count) return { reason: `its challenge ${challenge} is out of range` };
  return { saved: { fingerprint, challenge, records: records as LessonRecord[], values: values as string[], completed: data.completed } };
}

/** Fired on window (same page) after a lab saved progress; detail: the storage key. */
const SAVED = 'relu-lab-progress';

type Warn = (attribute: string, value: unknown, reason: string) => void;

/** Where progress lives: localStorage, or an object like it (an LMS's suspend_data). */
export interface ProgressBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where a lab keeps progress: its store owns the author's key and backend; the storage reads them. */
export interface ProgressPlace {
  /** The author's `progress-key` ('' for none). */
  readonly progressKey: string;
  /** null: localStorage. */
  readonly progressBackend: ProgressBackend | null;
}

/** Progress saved and followed under a lab's key (loaded with its challenge list: challenge-code.ts). */
export class ProgressStorage {
  private failed = false;
  /** The storage key a foreign value was last warned about (once per key). */
  private foreignWarned = '';
  private follower: ((saved: SavedProgress) => void) | null = null;
  private expected: { fingerprint: string; count: number } | null = null;

  constructor(
    private readonly warn: Warn,
    private readonly place: ProgressPlace,
  ) {}

  private get key(): string {
    return this.place.progressKey;
  }

  private get backend(): ProgressBackend | null {
    return this.place.progressBackend;
  }

  private get storageKey(): string {
    return STORAGE_PREFIX + this.key;
  }

  /** Where progress lives, in a warning: localStorage["relu-lab:key"], or the lab's progressStorage. */
  private get where(): string {
    return `${this.backend ? 'progressStorage' : 'localStorage'}["${this.storageKey}"]`;
  }

  /** The progress saved for a list of `count` challenges with `fingerprint`; null when none or not this list's (warned). */
  read(fingerprint: string, count: number): SavedProgress | null {
    this.expected = { fingerprint, count };
    if (!this.key || !count) return null;
    const text = this.storage((s) => s.getItem(this.storageKey));
    if (text === null || text === undefined) return null;
    if (!isOurs(text)) {
      this.foreign();
      return null;
    }
    const read = readProgress(text, fingerprint, count);
    if ('saved' in read) return read.saved;
    this.warn('progress-key', this.key, `the progress saved under ${this.where} ${read.reason}; starting with nothing solved`);
    return null;
  }

  /** Saves `saved`, merged with what another lab or tab saved for the same list (every fact either holds). */
  save(saved: SavedProgress): void {
    if (!this.key) return;
    const key = this.storageKey;
    const before = this.storage((s) => s.getItem(key));
    if (before === undefined) return;
    if (before !== null && !isOurs(before)) return this.foreign();
    const other = before === null ? null : readProgress(before, saved.fingerprint, saved.records.length);
    const merged =
      other && 'saved' in other
        ? {
            ...saved,
            records: saved.records.map((r, i) => mergeRecords(r, other.saved.records[i])),
            values: saved.values.map((v, i) => v || other.saved.values[i]),
            completed: saved.completed || other.saved.completed,
          }
        : saved;
    const text = writeProgress(merged);
    if (text === before) return;
    this.storage((s) => s.setItem(key, text));
    window.dispatchEvent(new CustomEvent(SAVED, { detail: { key, text } }));
  }

  /** Calls `follow` with progress another lab or tab saved under this key (for this list). */
  listen(follow: (saved: SavedProgress) => void): void {
    this.stop();
    this.follower = follow;
    window.addEventListener('storage', this.onStorage);
    window.addEventListener(SAVED, this.onSaved);
  }

  stop(): void {
    this.follower = null;
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener(SAVED, this.onSaved);
  }

  private onStorage = (event: StorageEvent): void => {
    if (event.key === this.storageKey && event.newValue !== null) this.follow(event.newValue);
  };

  private onSaved = (event: Event): void => {
    const { key, text } = (event as CustomEvent<{ key: string; text: string }>).detail;
    if (key === this.storageKey) this.follow(text);
  };

  private follow(text: string): void {
    if (!this.key || !this.expected || !this.follower) return;
    const read = readProgress(text, this.expected.fingerprint, this.expected.count);
    if ('saved' in read) this.follower(read.saved);
  }

  /** Someone else's data under our key: never overwritten, never printed. */
  private foreign(): void {
    if (this.foreignWarned === this.storageKey) return;
    this.foreignWarned = this.storageKey;
    this.warn('progress-key', this.key, `${this.where} holds data relu-lab did not save; leaving it alone, so progress is kept for this page only`);
  }

  /** localStorage may be missing or throw (privacy modes, sandboxed frames, a full quota): warn once, carry on. */
  private storage<T>(use: (storage: Storage) => T): T | undefined {
    try {
      return use((this.backend ?? window.localStorage) as Storage);
    } catch (error) {
      if (!this.failed) {
        this.failed = true;
        const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.warn('progress-key', this.key, `${this.backend ? 'progressStorage' : 'localStorage'} failed (${why}); progress is kept for this page only`);
      }
      return undefined;
    }
  }
}
