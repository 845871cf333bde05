/**
 * Where `<relu-fit-lab progress-key>` keeps challenge progress: localStorage,
 * under `relu-lab:` + the key, so a page's own data under the bare key is
 * never touched. A value there that relu-lab did not write is never
 * overwritten or printed. Labs (or tabs) sharing a key merge their records
 * when they save, so a solve is never lost, and follow each other: other
 * tabs through the `storage` event, other labs on the page through
 * `relu-lab-progress` on window.
 */

import { STORAGE_PREFIX, isOurs, mergeRecords, readProgress, writeProgress, type SavedProgress } from './lab-record.js';

/** Fired on window (same page) after a lab saved progress; detail: the storage key. */
const SAVED = 'relu-lab-progress';

type Warn = (attribute: string, value: unknown, reason: string) => void;

/** Where progress lives: localStorage, or an object like it (an LMS's suspend_data). */
export interface ProgressBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class ProgressStorage {
  private key = '';
  /** null: localStorage. */
  backend: ProgressBackend | null = null;
  private failed = false;
  private foreignWarned = false;
  private follower: ((saved: SavedProgress) => void) | null = null;
  private expected: { fingerprint: string; count: number } | null = null;

  constructor(private readonly warn: Warn) {}

  /** The author's key ('' for none). */
  get name(): string {
    return this.key;
  }

  /** Takes a new key: text or a number; anything else warns and keeps the current one. */
  setKey(value: unknown): boolean {
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number') {
      this.key = value === null || value === undefined ? '' : String(value);
      this.foreignWarned = false;
      return true;
    }
    this.warn('progress-key', JSON.stringify(value), `it must be text; keeping ${JSON.stringify(this.key)}`);
    return false;
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
    if (this.foreignWarned) return;
    this.foreignWarned = true;
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
