/**
 * The grading record of a lesson (a challenge, or a plain lab's one lesson):
 * facts about what the learner did, which only grow. Undo, redo and Reset
 * restore parameter values, never the record. Pure: no DOM.
 *
 * - `assisted`: the solution or a fit was shown in this lesson (ever).
 * - `hintsUsed`: the most hints ever revealed in it.
 * - `attempts`: 1, plus one for each Reset.
 * - `solved`: it was matched by anything but an author's change.
 * - `solvedUnassisted`: it was matched before any help was shown.
 * - `firstAt`, `solvedAt`: when the learner first acted in it, and first solved it (ms since 1970).
 */

import type { LessonUnit } from '../../math/lesson.js';
import type { ChallengeResult } from '../events.js';

/** The values a commit sets: units and output bias. */
export interface Values {
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
}

export interface LessonRecord {
  readonly assisted: boolean;
  readonly hintsUsed: number;
  readonly attempts: number;
  readonly solved: boolean;
  readonly solvedUnassisted: boolean;
  readonly firstAt: number | null;
  readonly solvedAt: number | null;
}

export const freshRecord = (): LessonRecord => ({
  assisted: false,
  hintsUsed: 0,
  attempts: 1,
  solved: false,
  solvedUnassisted: false,
  firstAt: null,
  solvedAt: null,
});

const earliest = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/** Two records of one lesson as one (two labs or tabs sharing a saved key): every fact either holds. */
export function mergeRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  return {
    assisted: a.assisted || b.assisted,
    hintsUsed: Math.max(a.hintsUsed, b.hintsUsed),
    attempts: Math.max(a.attempts, b.attempts),
    solved: a.solved || b.solved,
    solvedUnassisted: a.solvedUnassisted || b.solvedUnassisted,
    firstAt: earliest(a.firstAt, b.firstAt),
    solvedAt: earliest(a.solvedAt, b.solvedAt),
  };
}

/** The learner acted at `now`: the first time is kept. */
export const touched = (r: LessonRecord, now: number): LessonRecord => (r.firstAt === null ? { ...r, firstAt: now } : r);

/** The solution or a fit was shown. */
export const helped = (r: LessonRecord, now: number): LessonRecord => (r.assisted ? touched(r, now) : { ...touched(r, now), assisted: true });

/** `n` hints are revealed now. */
export const hinted = (r: LessonRecord, n: number, now: number): LessonRecord => (n > r.hintsUsed ? { ...touched(r, now), hintsUsed: n } : r);

/** The lesson was matched at `now` (not by an author's change). */
export function solvedAt(r: LessonRecord, now: number): LessonRecord {
  const first = touched(r, now);
  return {
    ...first,
    solved: true,
    solvedUnassisted: r.solvedUnassisted || !r.assisted,
    solvedAt: r.solvedAt ?? now,
  };
}

/** Whether `b` holds every fact `a` holds (what history may never break). */
export function covers(b: LessonRecord, a: LessonRecord): boolean {
  return (
    (!a.assisted || b.assisted) &&
    b.hintsUsed >= a.hintsUsed &&
    b.attempts >= a.attempts &&
    (!a.solved || b.solved) &&
    (!a.solvedUnassisted || b.solvedUnassisted)
  );
}

export function resultOf(r: LessonRecord, error: number, maxGap: number): ChallengeResult {
  const { solved, assisted, solvedUnassisted, hintsUsed, attempts } = r;
  const timeMs = r.solvedAt === null ? null : Math.max(0, r.solvedAt - (r.firstAt ?? r.solvedAt));
  return { solved, assisted, solvedUnassisted, hintsUsed, attempts, error, maxGap, timeMs };
}

/** Marks what relu-lab saves under `relu-lab:` + `progress-key`, so other data is never read as progress. */
export const PROGRESS_FORMAT = 'relu-lab progress 2';
/** Saved progress lives under this prefix and the author's key: a page's own data under the bare key is never touched. */
export const STORAGE_PREFIX = 'relu-lab:';

/** Progress as saved: the fingerprint of the list, where the learner is, and each challenge's record and latest values. */
export interface SavedProgress {
  readonly fingerprint: string;
  readonly challenge: number;
  readonly records: readonly LessonRecord[];
  /** Each challenge's latest values, as the `state` property writes them; '' where none. */
  readonly values: readonly string[];
  readonly completed: boolean;
}

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
