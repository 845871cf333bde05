/**
 * The lab's reducer: `reduce(model, action)` returns the next model or a
 * refusal, never throws and touches no DOM. Every change to the lab's values,
 * history, hints, runs, challenges and records goes through here, so what
 * must always hold is enforced in one place:
 * - locked parameters move only by an author's change, never by the learner,
 *   undo, redo, Reset, the solution or a fit;
 * - the record only grows (history restores values, never the record);
 * - a run that ends early leaves the values it started from, committed.
 */

import { place, setOutputBias, setParam, setUnitValues, sameValues, type Lesson, type Placement } from '../../math/lesson.js';
import type { Challenge } from './challenge-list.js';
import { applyInput, knobName, knobsOf, type InputName, type Knob, type Locks } from './lab-inputs.js';
import {
  evaluation,
  frozenOf,
  keepFrozen,
  locksOf,
  recordOf,
  valuesOf,
  type ChangeKind,
  type ChangeSource,
  type LabModel,
  type Note,
  type Values,
} from './lab-model.js';
import { covers, fingerprintOf, freshRecord, helped, hinted, mergeRecords, solvedAt, touched, type LessonRecord, type SavedProgress } from './lab-record.js';

export type Run = 'solution' | 'fit';

export type Action =
  | { readonly type: 'author'; readonly name: InputName; readonly value: unknown }
  | { readonly type: 'begin' }
  | { readonly type: 'editableOutput'; readonly value: boolean }
  | { readonly type: 'locks'; readonly value: boolean | string; readonly locks: Locks }
  | { readonly type: 'knob'; readonly knob: Knob; readonly value: number; readonly commit: boolean; readonly now: number }
  | { readonly type: 'drag'; readonly unit: number; readonly w: number; readonly b: number; readonly commit: boolean; readonly now: number; readonly burst?: string }
  | { readonly type: 'run'; readonly by: Run; readonly now: number }
  | { readonly type: 'frame'; readonly values: Values; readonly losses?: readonly number[] }
  | { readonly type: 'land'; readonly values: Values; readonly placement: Placement; readonly now: number }
  | { readonly type: 'interrupt' }
  | { readonly type: 'step'; readonly values: Values; readonly before: number; readonly note: Note; readonly now: number }
  | { readonly type: 'note'; readonly note: Note | null }
  | { readonly type: 'undo'; readonly now: number }
  | { readonly type: 'redo'; readonly now: number }
  | { readonly type: 'reset'; readonly now: number }
  | { readonly type: 'hint'; readonly count: number; readonly now: number }
  | { readonly type: 'challenges'; readonly list: readonly Challenge[] }
  | { readonly type: 'challenge'; readonly index: number }
  | { readonly type: 'restore'; readonly saved: SavedProgress; readonly latest: readonly (Values | null)[]; readonly move: boolean };

/** Why an action changed nothing. */
export interface Refusal {
  readonly refused: string;
}

export const isRefusal = (x: LabModel | Refusal): x is Refusal => 'refused' in x;
const refuse = (refused: string): Refusal => ({ refused });

/** How many commits undo can go back. */
export const HISTORY = 100;
/** Commits of one slider that follow each other within this pause (arrow presses, say) are one undo step. */
export const BURST_MS = 1000;

interface Move {
  readonly source: ChangeSource;
  readonly kind: ChangeKind;
  readonly events: readonly ('input' | 'change')[];
  readonly placement: Placement;
  readonly midRun?: boolean;
  readonly kept?: readonly string[];
  /** The slider a learner's commit moved: commits of it within `BURST_MS` are one undo step. */
  readonly burst?: string;
}

const withRecord = (m: LabModel, update: (r: LessonRecord) => LessonRecord): LabModel => {
  const now = m.records[m.index];
  const next = update(now);
  return next === now ? m : { ...m, records: m.records.map((r, i) => (i === m.index ? next : r)) };
};

/**
 * Places `values` in the lesson: each free parameter that changes goes on the range (and the
 * grid, unless `free`), as does the output bias when it is the learner's; what does not change
 * stays exactly as it is (a fit's values between steps are not snapped by a slider moved beside them).
 */
function placed(m: LabModel, values: Values, placement: Placement): Lesson {
  const { range, units: now, outputBias } = m.lesson;
  const at = (x: number, was: number) => (Object.is(x, was) ? was : place(range, x, placement));
  const units = now.map((o, i) => {
    const u = values.units[i];
    return o.fixed || !u ? o : { ...o, w: at(u.w, o.w), b: at(u.b, o.b), v: at(u.v, o.v) };
  });
  const bias = m.editableOutput ? at(values.outputBias, outputBias) : values.outputBias;
  return setUnitValues(m.lesson, units, bias, 'free');
}

/** Once a change settles: the match it makes (a solve, unless an author made it). */
function settle(m: LabModel, now: number): LabModel {
  if (m.change.midRun || !m.started) return m;
  const matched = evaluation(m.lesson).matched;
  const solved = matched && !m.settledMatch && m.change.source !== 'api';
  const next = solved ? withRecord(m, (r) => solvedAt(r, now)) : m;
  const completed = next.completed || (next.challenges.length > 0 && next.records.every((r) => r.solved));
  return matched === m.settledMatch && next === m ? m : { ...next, settledMatch: matched, completed };
}

/**
 * Moves the values (learner, run, history, Reset). Locked parameters stay as they are unless an
 * author moves them; a commit that changes nothing since the last one fires nothing.
 */
function move(m: LabModel, values: Values, how: Move, now: number): LabModel {
  const frozen = how.source === 'api' ? new Set<string>() : frozenOf(m, locksOf(m));
  const kept = keepFrozen(values, valuesOf(m.lesson), frozen);
  const lesson = placed(m, kept.values, how.placement);
  const commit = how.events.includes('change') && !sameValues(lesson, m.committed);
  const input = how.events.includes('input') && lesson !== m.lesson;
  const events = [...(input ? (['input'] as const) : []), ...(commit ? (['change'] as const) : [])];
  if (!events.length && lesson === m.lesson && !how.kept?.length) return m;
  const change = { seq: m.change.seq + 1, source: how.source, kind: how.kind, events, midRun: how.midRun ?? false, kept: how.kept ?? kept.kept };
  let next: LabModel = { ...m, lesson, change, lockNoted: m.lockNoted || change.kept.length > 0 };
  if (commit) {
    const merged = how.burst !== undefined && m.burst?.key === how.burst && now - m.burst.at <= BURST_MS;
    const history = how.kind === 'undo' || how.kind === 'redo' ? {} : merged ? { future: [] } : { past: [...m.past.slice(1 - HISTORY), m.committed], future: [] };
    next = { ...committed(next, history), burst: how.burst === undefined ? null : { key: how.burst, at: now } };
  }
  return settle(next, now);
}

/** Makes the lesson's values the committed ones (history as given, or as it is). */
function committed(m: LabModel, history: { past?: readonly Values[]; future?: readonly Values[] }): LabModel {
  const values = valuesOf(m.lesson);
  const latest = m.challenges.length ? m.latest.map((v, i) => (i === m.index ? values : v)) : m.latest;
  return { ...m, committed: values, commitKind: m.change.kind, past: history.past ?? m.past, future: history.future ?? m.future, latest };
}

/** An author's input: applied as it is (locks bind the learner, not the author); a new lesson shape starts a new history. */
function author(m: LabModel, name: InputName, value: unknown): LabModel | Refusal {
  const outcome = applyInput(m.lesson, name, value);
  if (!outcome.ok) return refuse(outcome.reason);
  const lesson = outcome.lesson;
  // The same units again (a framework re-setting the property) change nothing.
  if (lesson === m.lesson || (name === 'units' && sameValues(lesson, m.lesson))) return m;
  const change = { seq: m.change.seq + 1, source: 'api' as const, kind: 'api' as const, events: [], midRun: false, kept: [] };
  let next: LabModel = { ...m, lesson, change, commitKind: 'api', committed: valuesOf(lesson) };
  // The author changed the lesson under the learner: earlier commits no longer apply.
  const reshaped = newTarget(lesson, m.lesson) || name === 'units';
  if (reshaped || !sameValues(lesson, m.committed)) next = { ...next, past: [], future: [] };
  if (!reshaped || m.challenges.length) return settle(next, 0);
  // New units are where Reset returns; a new lesson (another target, or other units than the learner's to move) has a record of its own.
  const newLesson = newTarget(lesson, m.lesson) || !sameShape(lesson.units, m.lesson.units);
  return settle({ ...next, start: valuesOf(lesson), records: newLesson && m.started ? [freshRecord()] : m.records, fits: newLesson ? 0 : m.fits }, 0);
}

/** Another target: other knots, data or formula samples (another seed, say). */
const newTarget = (a: Lesson, b: Lesson): boolean => a.source !== b.source || (a.source.kind === 'knots' && a.knots !== b.knots);

/** The same units for the learner to work with: as many, the same fixed ones (with their values) and activations. */
const sameShape = (a: Lesson['units'], b: Lesson['units']): boolean =>
  a.length === b.length && a.every((u, i) => u.fixed === b[i].fixed && u.activation === b[i].activation && (!u.fixed || (u.w === b[i].w && u.b === b[i].b && u.v === b[i].v)));

/** Loads challenge `index`: its lesson, its latest values (else its start), a new history. */
function load(m: LabModel, index: number): LabModel {
  const c = m.challenges[index];
  let lesson = m.lesson;
  const lessonInputs = [
    ['target', c.target], ['tolerance', c.tolerance], ['units', c.units], ['outputBias', c.outputBias],
    ['domain', c.domain], ['noise', c.noise], ['seed', c.seed], ['fn', c.fn || null], ['data', c.data], ['goal', c.goal],
  ] as const;
  for (const [name, value] of lessonInputs) {
    const outcome = applyInput(lesson, name, value);
    if (outcome.ok) lesson = outcome.lesson;
  }
  const start = valuesOf(lesson);
  const latest = m.latest[index];
  let base: LabModel = { ...m, index, lesson, editableOutput: c.editableOutput, start, past: [], future: [] };
  if (latest && latest.units.length === lesson.units.length) base = { ...base, lesson: placed(base, latest, 'free') };
  const change = { seq: m.change.seq + 1, source: 'api' as const, kind: 'load' as const, events: [], midRun: false, kept: [] };
  const next: LabModel = { ...base, change, committed: valuesOf(base.lesson), commitKind: 'load', hintsShown: 0, note: null, losses: [], fits: 0, running: null, lockNoted: false };
  return { ...next, settledMatch: evaluation(next.lesson).matched };
}

/** A new list of challenges: the same lessons keep the learner's place; others start afresh at the first. */
function challenges(m: LabModel, list: readonly Challenge[]): LabModel {
  // The same lessons (a framework's new array, a mended title): the learner keeps their place.
  if (list.length && list.length === m.challenges.length && fingerprintOf(list) === fingerprintOf(m.challenges)) return { ...m, challenges: list };
  if (!list.length) {
    const records = m.challenges.length ? [freshRecord()] : m.records;
    return { ...m, challenges: [], index: 0, records, latest: [null], completed: false };
  }
  const next: LabModel = { ...m, challenges: list, index: 0, records: list.map(freshRecord), latest: list.map(() => null), completed: false };
  return load(next, 0);
}

/** Progress saved earlier (at load) or by another lab with the same key: every fact either holds. */
function restore(m: LabModel, saved: SavedProgress, latest: readonly (Values | null)[], moveTo: boolean): LabModel {
  if (saved.records.length !== m.challenges.length) return m;
  const records = m.records.map((r, i) => mergeRecords(r, saved.records[i]));
  const next: LabModel = { ...m, records, completed: m.completed || saved.completed || records.every((r) => r.solved) };
  // Another lab's save that adds nothing changes nothing (so two labs never echo each other).
  if (!moveTo) return records.every((r, i) => covers(m.records[i], r)) && next.completed === m.completed ? m : next;
  return load({ ...next, latest: m.latest.map((v, i) => latest[i] ?? v) }, saved.challenge);
}

/** Undo or redo: the entry nearest, with locked parameters left as they are; entries that would change nothing are skipped. */
function travel(m: LabModel, way: 'undo' | 'redo', now: number): LabModel | Refusal {
  if (locksOf(m).all) return refuse('every parameter is locked');
  const frozen = frozenOf(m, locksOf(m));
  const from = [...(way === 'undo' ? m.past : m.future)];
  const kept = new Set<string>();
  // Locked parameters stay as they are now: a lock set during a drag holds the dragged value, not the last commit's.
  const current = valuesOf(m.lesson);
  while (from.length) {
    const entry = from.pop()!;
    const target = keepFrozen(entry, current, frozen);
    target.kept.forEach((k) => kept.add(k));
    if (sameValues(target.values, m.committed)) continue;
    const history = way === 'undo' ? { past: from, future: [...m.future, m.committed] } : { past: [...m.past, m.committed], future: from };
    const base: LabModel = { ...m, lesson: placed(m, keepFrozen(m.committed, current, frozen).values, 'free'), running: null };
    const next = move(base, target.values, { source: 'learner', kind: way, events: ['input', 'change'], placement: 'free', kept: [...kept] }, now);
    return committed(next, history);
  }
  return refuse(`nothing to ${way}`);
}

function learner(m: LabModel, a: Extract<Action, { type: 'knob' | 'drag' }>): LabModel | Refusal {
  const locks = locksOf(m);
  const lesson = m.lesson;
  let values: Values;
  if (a.type === 'knob') {
    const name = knobName(a.knob);
    if (!knobsOf(lesson.units, m.editableOutput).some((k) => knobName(k) === name)) return refuse(`this lab has no slider ${name}`);
    if (frozenOf(m, locks).has(name)) return refuse(`${name} is locked`);
    const outcome = a.knob.key === 'c' ? setOutputBias(lesson, a.value, 'clamp') : setParam(lesson, a.knob.unit, a.knob.key, a.value, 'clamp');
    if (!outcome.ok) return refuse(outcome.reason);
    values = valuesOf(outcome.lesson);
  } else {
    if (!Number.isFinite(a.w) || !Number.isFinite(a.b) || lesson.units[a.unit]?.fixed !== false) return refuse('no such free unit, or not finite');
    // The dragged unit's w and b snap to the slider grid; nothing else moves.
    const [w, b] = [place(lesson.range, a.w, 'clamp'), place(lesson.range, a.b, 'clamp')];
    values = { units: lesson.units.map((u, i) => (i === a.unit ? { ...u, w, b } : u)), outputBias: lesson.outputBias };
  }
  const touchedModel = withRecord(m, (r) => touched(r, a.now));
  const events = a.commit ? (['input', 'change'] as const) : (['input'] as const);
  const burst = a.type === 'knob' ? knobName(a.knob) : a.burst;
  // Only the parameter moved is placed on the grid: the others keep their values, even a fit's exact ones between steps.
  return move(touchedModel, values, { source: 'learner', kind: 'learner', events, placement: 'free', burst }, a.now);
}

/** Ends a run early: the values go back to the last commit (a locked parameter stays as it is). */
function interrupt(m: LabModel): LabModel {
  if (!m.running) return m;
  const by = m.running;
  const stopped: LabModel = { ...m, running: null };
  const back = placed(m, keepFrozen(m.committed, valuesOf(m.lesson), frozenOf(m, locksOf(m))).values, 'free');
  if (back === m.lesson) return stopped;
  const change = { seq: m.change.seq + 1, source: by, kind: by, events: ['input' as const], midRun: false, kept: [] };
  return { ...stopped, lesson: back, change, settledMatch: evaluation(back).matched };
}

function reset(m: LabModel, now: number): LabModel {
  const base = withRecord({ ...interrupt(m), hintsShown: 0, note: null, losses: [] }, (r) => ({ ...touched(r, now), attempts: r.attempts + 1 }));
  return move(base, base.start, { source: 'learner', kind: 'reset', events: ['input', 'change'], placement: 'clamp' }, now);
}

function run(m: LabModel, a: Extract<Action, { type: 'run' | 'frame' | 'land' | 'step' }>): LabModel | Refusal {
  if (a.type === 'step') return gradientStep(m, a);
  if (a.type === 'run') {
    if (locksOf(m).all) return refuse('every parameter is locked');
    const fit = a.by === 'fit';
    return withRecord({ ...interrupt(m), running: a.by, note: null, losses: fit ? [] : m.losses, fits: m.fits + (fit ? 1 : 0) }, (r) => helped(r, a.now));
  }
  const by = m.running;
  if (!by) return refuse('no run is going');
  if (a.type === 'frame') {
    const next = move(m, a.values, { source: by, kind: by, events: ['input'], placement: 'free', midRun: true }, 0);
    return a.losses ? { ...next, losses: a.losses } : next;
  }
  const landed = move({ ...m, running: null }, a.values, { source: by, kind: by, events: ['input', 'change'], placement: a.placement }, a.now);
  // A fit's loss curve ends at the error where it lands (snapped to the grid, if it was), as the readout says.
  return by === 'fit' ? { ...landed, losses: [...m.losses, evaluation(landed.lesson).error] } : landed;
}

/**
 * One step of gradient descent, committed (one undo step) and assisted like the fit: its loss
 * added to the curve when it follows a step whose values are still the lab's, else a new curve.
 */
function gradientStep(m: LabModel, a: Extract<Action, { type: 'step' }>): LabModel | Refusal {
  if (locksOf(m).all) return refuse('every parameter is locked');
  const continuing = m.note?.kind === 'step' && m.note.at !== undefined && sameValues(m.note.at, m.committed);
  const base = withRecord({ ...interrupt(m), note: null }, (r) => helped(r, a.now));
  const landed = move(base, a.values, { source: 'fit', kind: 'fit', events: ['input', 'change'], placement: 'free' }, a.now);
  const after = evaluation(landed.lesson).error;
  return { ...landed, losses: continuing ? [...m.losses, after] : [a.before, after], note: { ...a.note, at: landed.committed } };
}

/** The next hint shown (after the last, none); `hintsUsed` counts the most ever shown. */
function hint(m: LabModel, count: number, now: number): LabModel {
  const shown = m.hintsShown >= count ? 0 : m.hintsShown + 1;
  return withRecord({ ...m, hintsShown: shown }, (r) => hinted(r, shown, now));
}

/** The next state after `action`, or why it changes nothing. */
export function reduce(m: LabModel, a: Action): LabModel | Refusal {
  const next = step(m, a);
  return isRefusal(next) || next === m ? next : { ...next, cause: a.type };
}

function step(m: LabModel, a: Action): LabModel | Refusal {
  switch (a.type) {
    case 'author':
      return author(interrupt(m), a.name, a.value);
    case 'begin':
      return { ...m, started: true, start: valuesOf(m.lesson), committed: valuesOf(m.lesson), past: [], future: [], settledMatch: evaluation(m.lesson).matched };
    case 'editableOutput':
      return a.value === m.editableOutput ? m : { ...interrupt(m), editableOutput: a.value };
    case 'locks':
      // A new input interrupts a run first: what the lock holds is the last commit, not a frame.
      return { ...interrupt(m), locked: a.value, labLocks: a.locks, lockNoted: false };
    case 'knob':
    case 'drag':
      return learner(interrupt(m), a);
    case 'run':
    case 'frame':
    case 'land':
    case 'step':
      return run(m, a);
    case 'interrupt':
      return interrupt(m);
    case 'note':
      return { ...m, note: a.note && { ...a.note, at: m.committed } };
    case 'undo':
    case 'redo':
      return travel(interrupt(m), a.type, a.now);
    case 'reset':
      return reset(m, a.now);
    case 'hint':
      return hint(m, a.count, a.now);
    case 'challenges':
      return challenges(interrupt(m), a.list);
    case 'challenge':
      if (!Number.isInteger(a.index) || a.index < 0 || a.index >= m.challenges.length) return refuse('no such challenge');
      return a.index === m.index ? m : load(interrupt(m), a.index);
    case 'restore':
      return restore(m, a.saved, a.latest, a.move);
  }
}

/** Whether undo (or redo) would change anything. */
export function canTravel(m: LabModel, way: 'undo' | 'redo'): boolean {
  // Asked at every render (a drag's too): the same test as travel()'s, without building the next state.
  if (locksOf(m).all) return false;
  const frozen = frozenOf(m, locksOf(m));
  const current = valuesOf(m.lesson);
  return (way === 'undo' ? m.past : m.future).some((entry) => !sameValues(keepFrozen(entry, current, frozen).values, m.committed));
}

/** The lesson of challenge `i` with the learner's latest values in it (or its start). */
export const challengeLesson = (m: LabModel, i: number): Lesson => load(m, i).lesson;

/** The lesson of challenge `i` as its author set it up. */
export const challengeStart = (m: LabModel, i: number): Lesson => load({ ...m, latest: [] }, i).lesson;

export { recordOf };
