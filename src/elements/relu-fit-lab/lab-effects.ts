/**
 * What a change of the lab's state does outside it: `effects(prev, next)`
 * lists the events to fire, what to say and whether to save, from the two
 * states alone. Pure: the element carries them out after it renders.
 */

import type { ChallengeProgress, LabState } from '../events.js';
import { evaluation, recordOf, type LabModel, type Values } from './lab-model.js';
import { resultOf, type LessonRecord } from './lab-record.js';
import { challengeLesson } from './lab-store.js';

export type Speech =
  /** A settled commit: what made it and the values before it (the element tells which units moved). */
  | { readonly topic: 'commit'; readonly kind: string; readonly before: Values }
  | { readonly topic: 'hint'; readonly n: number }
  | { readonly topic: 'note'; readonly kind: 'solution' | 'trained' | 'failed' | 'step'; readonly text: string }
  | { readonly topic: 'code'; readonly text: string }
  /** Another challenge is shown: its title and prompt, said first. */
  | { readonly topic: 'challenge' }
  /** The current challenge was solved. */
  | { readonly topic: 'solved' }
  /** Undo, redo or Reset left these parameters as they are: they are locked. */
  | { readonly topic: 'locks'; readonly kept: readonly string[] };

export type Effect =
  | { readonly type: 'event'; readonly name: 'relu-input' | 'relu-change' | 'relu-match'; readonly detail: LabState }
  | { readonly type: 'progress'; readonly detail: ChallengeProgress }
  | { readonly type: 'complete'; readonly detail: ChallengeProgress }
  | { readonly type: 'say'; readonly speech: Speech }
  | { readonly type: 'save' };

/** What relu-input, relu-change and relu-match carry. */
export function detailOf(m: LabModel): LabState {
  const { units, outputBias } = m.lesson;
  const at = (i: number) => units[i] ?? { w: 0, b: 0 };
  const { error, matched } = evaluation(m.lesson);
  const { assisted, hintsUsed, attempts } = recordOf(m);
  return { w1: at(1).w, b1: at(1).b, w2: at(2).w, b2: at(2).b, error, matched, units, outputBias, source: m.change.source, assisted, hintsUsed, attempts };
}

/** What relu-progress and relu-complete carry. */
export function progressOf(m: LabModel): ChallengeProgress {
  const challenges = m.records.map((r, i) => {
    const e = evaluation(i === m.index ? m.lesson : challengeLesson(m, i));
    return resultOf(r, e.error, e.maxError);
  });
  const solved = challenges.map((c) => c.solved);
  return {
    challenge: m.index,
    solved,
    assisted: challenges.map((c) => c.solved && !c.solvedUnassisted),
    challenges,
    summary: { solved: solved.filter(Boolean).length, solvedUnassisted: challenges.filter((c) => c.solvedUnassisted).length, total: challenges.length },
    restored: m.cause === 'restore',
  };
}

/** The facts a gradebook reads: a change in one of them is progress. */
const graded = (r: LessonRecord): string => `${r.solved} ${r.assisted} ${r.solvedUnassisted} ${r.hintsUsed} ${r.attempts}`;

function speech(prev: LabModel, next: LabModel): Speech[] {
  const said: Speech[] = [];
  const changed = next.change.seq !== prev.change.seq;
  if (next.committed !== prev.committed && next.started) said.push({ topic: 'commit', kind: next.commitKind, before: prev.committed });
  if (changed && next.change.kept.length && !prev.lockNoted) said.push({ topic: 'locks', kept: next.change.kept });
  if (next.hintsShown && next.hintsShown !== prev.hintsShown) said.push({ topic: 'hint', n: next.hintsShown });
  if (next.note && next.note !== prev.note) said.push({ topic: 'note', kind: next.note.kind, text: next.note.text });
  if (changed && next.change.kind === 'load' && next.challenges.length) said.push({ topic: 'challenge' });
  if (next.challenges.length && recordOf(next).solved && !(prev.records[next.index]?.solved ?? false) && next.index === prev.index) said.push({ topic: 'solved' });
  return said;
}

function events(prev: LabModel, next: LabModel): Effect[] {
  const out: Effect[] = [];
  const changed = next.change.seq !== prev.change.seq;
  if (changed) for (const e of next.change.events) out.push({ type: 'event', name: `relu-${e}`, detail: detailOf(next) });
  // relu-match once the output becomes matched: not as the lab starts or a challenge loads, not mid-way through a run.
  if (changed && next.started && next.settledMatch && !prev.settledMatch && !next.change.midRun && next.change.kind !== 'load') {
    out.push({ type: 'event', name: 'relu-match', detail: detailOf(next) });
  }
  if (!next.challenges.length) return out;
  const progressed =
    next.index !== prev.index ||
    next.challenges.length !== prev.challenges.length ||
    next.records.length !== prev.records.length ||
    next.records.some((r, i) => graded(r) !== graded(prev.records[i]));
  if (progressed || next.cause === 'restore') out.push({ type: 'progress', detail: progressOf(next) });
  if (next.completed && !prev.completed && next.cause !== 'restore') out.push({ type: 'complete', detail: progressOf(next) });
  const moved = next.records !== prev.records || next.index !== prev.index || next.committed !== prev.committed || next.completed !== prev.completed;
  if (next.started && (moved || next.challenges !== prev.challenges)) out.push({ type: 'save' });
  return out;
}

/** What going from `prev` to `next` does: events, speech, saving. */
export function effects(prev: LabModel, next: LabModel): Effect[] {
  if (prev === next) return [];
  return [...events(prev, next), ...speech(prev, next).map((s): Effect => ({ type: 'say', speech: s }))];
}

