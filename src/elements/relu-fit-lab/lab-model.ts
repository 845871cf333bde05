/**
 * `<relu-fit-lab>`'s whole state as one plain value, and what is derived
 * from it. The reducer (lab-store.ts) makes the next one; nothing else
 * writes it. Pure: no DOM, no Lit.
 */

import type { LessonUnit } from '../../math/lesson.js';
import { createLesson, evaluate, sameValues, sampleLesson, type Evaluation, type Lesson, type Samples } from '../../math/lesson.js';
import type { Challenge } from './challenge-list.js';
import { isLocked, knobName, knobsOf, readLocks, type Locks } from './lab-inputs.js';
import { freshRecord, type LessonRecord, type Values } from './lab-record.js';

export type { Values };

import type { ChangeSource } from '../events.js';

export type { ChangeSource };

/** What made a change: who, or the learner's Reset, undo or redo, or a challenge loading. */
export type ChangeKind = ChangeSource | 'reset' | 'undo' | 'redo' | 'load';

/** The last change to the values, and the events it fires. */
export interface Change {
  /** Counts changes: a new number is a new change. */
  readonly seq: number;
  readonly source: ChangeSource;
  readonly kind: ChangeKind;
  readonly events: readonly ('input' | 'change')[];
  /** A frame of the solution's animation or of a fit, still going: no relu-match mid-way. */
  readonly midRun: boolean;
  /** Parameters undo, redo or Reset left as they are because they are locked. */
  readonly kept: readonly string[];
}

/** What the lab says after the solution or a fit. */
export interface Note {
  readonly kind: 'solution' | 'trained' | 'failed' | 'step';
  readonly text: string;
  /** A gradient step's gradient, parameter by parameter (the sliders' arrows). */
  readonly gradient?: readonly { readonly name: string; readonly gradient: number; readonly moved: number }[];
  /** The committed values it explains (the store sets it): shown only while they are the values. */
  readonly at?: Values;
}

export interface LabModel {
  /** The lesson as shown now: committed values, or values in flight (a drag, a run). */
  readonly lesson: Lesson;
  readonly editableOutput: boolean;
  /** The element's own `locked`, as given, and what it locks; a challenge may lock more (`locksOf`). */
  readonly locked: boolean | string;
  readonly labLocks: Locks;
  /** The values at the last commit. */
  readonly committed: Values;
  /** What made the last commit (for what is announced). */
  readonly commitKind: ChangeKind;
  /** Where Reset returns: the lesson as the author set it up. */
  readonly start: Values;
  /** Committed values before (`past`) and after (`future`) the current ones. */
  readonly past: readonly Values[];
  readonly future: readonly Values[];
  readonly change: Change;
  /** Whether the output was matched at the last settled change (relu-match fires when this turns true). */
  readonly settledMatch: boolean;
  /** False until the lab's first inputs are applied: nothing fires for the lab as it starts. */
  readonly started: boolean;
  readonly hintsShown: number;
  /** The run in flight: the solution's animation or a fit. */
  readonly running: 'solution' | 'fit' | null;
  /** The last fit's loss per step. */
  readonly losses: readonly number[];
  /** Fits begun in this lesson: the next fit's seed (0: it starts from the values as they are). */
  readonly fits: number;
  readonly note: Note | null;
  /** Whether the lock note was said since the locks last changed. */
  readonly lockNoted: boolean;
  readonly challenges: readonly Challenge[];
  /** The challenge shown (0 without challenges). */
  readonly index: number;
  /** One record per challenge; one for a lab without challenges. */
  readonly records: readonly LessonRecord[];
  /** Each challenge's latest committed values (null: not visited). */
  readonly latest: readonly (Values | null)[];
  /** Every challenge was solved (ever). */
  readonly completed: boolean;
  /** The type of the action that made this state (effects tell a restore from a solve). */
  readonly cause: string;
  /** The slider the last commit moved, and when: commits of it that follow within a pause are one undo step. */
  readonly burst: { readonly key: string; readonly at: number } | null;
}

export function initialModel(): LabModel {
  const lesson = createLesson();
  const values = { units: lesson.units, outputBias: lesson.outputBias };
  return {
    lesson,
    editableOutput: false,
    locked: false,
    labLocks: readLocks(false).locks,
    committed: values,
    commitKind: 'api',
    start: values,
    past: [],
    future: [],
    change: { seq: 0, source: 'api', kind: 'api', events: [], midRun: false, kept: [] },
    settledMatch: false,
    started: false,
    hintsShown: 0,
    running: null,
    losses: [],
    fits: 0,
    note: null,
    lockNoted: false,
    challenges: [],
    index: 0,
    records: [freshRecord()],
    latest: [null],
    completed: false,
    cause: 'init',
    burst: null,
  };
}

const samplesOf = new WeakMap<object, Samples>();
const evaluations = new WeakMap<Lesson, Evaluation>();

/** The target at the samples: computed once per knots, or per data or formula target. */
export function samples(lesson: Lesson): Samples {
  const key = lesson.source.kind === 'knots' ? lesson.knots : lesson.source;
  let s = samplesOf.get(key);
  if (!s) samplesOf.set(key, (s = sampleLesson(lesson)));
  return s;
}

/** Output, error and matched of a lesson: computed once per lesson value. */
export function evaluation(lesson: Lesson): Evaluation {
  let e = evaluations.get(lesson);
  if (!e) evaluations.set(lesson, (e = evaluate(lesson, samples(lesson))));
  return e;
}

export const valuesOf = (lesson: Pick<Lesson, 'units' | 'outputBias'>): Values => ({ units: lesson.units, outputBias: lesson.outputBias });

/** The locks in force: the element's, and the current challenge's. */
export function locksOf(m: LabModel): Locks {
  const locked = m.challenges[m.index]?.locked;
  if (!locked) return m.labLocks;
  const own = readLocks(locked).locks;
  return { all: m.labLocks.all || own.all, names: new Set([...m.labLocks.names, ...own.names]) };
}

/** The free parameters the learner may not move, by slider name (`w1`, `b1`, `v1`, `c`). */
export function frozenOf(m: Pick<LabModel, 'lesson' | 'editableOutput'>, locks: Locks): Set<string> {
  const names = new Set<string>();
  for (const k of knobsOf(m.lesson.units, m.editableOutput)) if (isLocked(locks, knobName(k))) names.add(knobName(k));
  return names;
}

/** A parameter's value by slider name. */
export function paramOf(values: Values, name: string): number {
  if (name === 'c') return values.outputBias;
  const unit = values.units[Number(name.slice(1))] as LessonUnit | undefined;
  return unit ? unit[name[0] as 'w' | 'b' | 'v'] : NaN;
}

/** `values` with every `frozen` parameter as it is in `now`; `kept` names those that differed. */
export function keepFrozen(values: Values, now: Values, frozen: ReadonlySet<string>): { values: Values; kept: string[] } {
  const kept = [...frozen].filter((name) => !Object.is(paramOf(values, name), paramOf(now, name)));
  if (!kept.length) return { values, kept };
  const has = (key: string, i: number) => kept.includes(`${key}${i}`);
  const units = values.units.map((u, i) => {
    const o = now.units[i];
    return o ? { ...u, w: has('w', i) ? o.w : u.w, b: has('b', i) ? o.b : u.b, v: has('v', i) ? o.v : u.v } : u;
  });
  return { values: { units, outputBias: kept.includes('c') ? now.outputBias : values.outputBias }, kept };
}

/**
 * The note and loss curve that explain the values now: a run's curve while it goes, then its note
 * and curve while its values are the committed ones (undo or a move away hides them; redo back
 * shows them again), so the page never explains values the learner has left.
 */
export function explanation(m: LabModel): { note: Note | null; losses: readonly number[] } {
  if (m.running) return { note: null, losses: m.losses };
  if (m.note?.at && sameValues(m.note.at, m.committed)) return { note: m.note, losses: m.losses };
  return { note: null, losses: [] };
}

/** The record of the lesson shown now. */
export const recordOf = (m: LabModel): LessonRecord => m.records[m.index] ?? freshRecord();
