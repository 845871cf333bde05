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
import type { Challenge } from './challenge-list.js';

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

/**
 * A short fingerprint of the lessons (not the titles, prompts or hints: mending a typo keeps
 * the learner's progress): 8 hex digits of FNV-1a over their canonical JSON.
 */
export function fingerprintOf(challenges: readonly Challenge[]): string {
  const json = JSON.stringify(
    challenges.map((c) => {
      const lesson = [c.target, c.units.map((u) => [u.w, u.b, u.v, u.fixed, u.activation]), c.outputBias, c.editableOutput, c.tolerance];
      // Data and formula lessons add what defines them (a knots-only list keeps the fingerprint it always had).
      return c.data || c.fn ? [...lesson, c.data, c.fn, c.domain, c.noise, c.seed, c.goal] : lesson;
    }),
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Progress as saved: the fingerprint of the list, where the learner is, and each challenge's record and latest values. */
export interface SavedProgress {
  readonly fingerprint: string;
  readonly challenge: number;
  readonly records: readonly LessonRecord[];
  /** Each challenge's latest values, as the `state` property writes them; '' where none. */
  readonly values: readonly string[];
  readonly completed: boolean;
}
