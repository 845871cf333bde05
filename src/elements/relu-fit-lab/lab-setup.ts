/**
 * `<relu-fit-lab>`'s inputs (attributes and properties) as one table: the
 * order inputs given together apply in, and how each becomes an action of
 * the store, with the warnings a bad value gets. Pure: the element's
 * accessors are one line each over this, and inputs given before the lab is
 * connected apply in this order whatever order they came in.
 */

import type { LessonUnit } from '../../math/lesson.js';
import type { Point } from '../../math/piecewise.js';
import type { ChallengeList } from './challenge-list.js';
import type { solveLesson } from './lab-analysis.js';
import { knobName, knobsOf, noChallenges, readLocks, viewOf, type InputName } from './lab-inputs.js';
import { challengeCode } from './lab-lazy.js';
import { frozenOf, locksOf, type LabModel } from './lab-model.js';
import { challengeStart, isRefusal, reduce, type Action } from './lab-store.js';

/** One of the lab's inputs: its attribute, whether it reflects, and what the property reads. */
export interface InputSpec<T = unknown> {
  readonly attribute: string;
  readonly reflect: boolean;
  readonly read: (m: LabModel) => T;
  /** What a change is told by when reading is costly (the target's text: its knots). */
  readonly key?: (m: LabModel) => unknown;
}

/** What a lesson input reads as: the units, text (target, state) or a number. */
type LessonValue<K extends InputName> = K extends 'units'
  ? readonly LessonUnit[]
  : K extends 'data'
    ? readonly Point[]
    : K extends 'target' | 'state' | 'fn' | 'domain'
      ? string
      : number;

const lessonInput = <K extends InputName>(name: K, reflect: boolean) => ({
  attribute: name === 'outputBias' ? 'output-bias' : name,
  reflect,
  read: (m: LabModel) => viewOf(m.lesson, name) as LessonValue<K>,
});

/**
 * Every input of `<relu-fit-lab>`, in the order inputs given together apply (the range before
 * the values in it, the lesson before the challenges that replace it): the one table its
 * properties read through, its reflection follows and its early inputs wait in. The manifest's
 * attributes are checked against it (test/elements/lab-store.test.ts).
 */
export const INPUT_TABLE = {
  min: lessonInput('min', true),
  max: lessonInput('max', true),
  step: lessonInput('step', true),
  target: { ...lessonInput('target', true), key: (m: LabModel) => m.lesson.knots },
  tolerance: lessonInput('tolerance', true),
  domain: lessonInput('domain', false),
  noise: lessonInput('noise', true),
  seed: lessonInput('seed', true),
  fn: { ...lessonInput('fn', false), key: (m: LabModel) => m.lesson.source },
  data: { ...lessonInput('data', false), key: (m: LabModel) => m.lesson.source },
  goal: lessonInput('goal', true),
  units: lessonInput('units', false),
  state: lessonInput('state', false),
  outputBias: lessonInput('outputBias', true),
  w1: lessonInput('w1', true),
  b1: lessonInput('b1', true),
  w2: lessonInput('w2', true),
  b2: lessonInput('b2', true),
  editableOutput: { attribute: 'editable-output', reflect: true, read: (m: LabModel) => m.editableOutput },
  locked: { attribute: 'locked', reflect: true, read: (m: LabModel) => m.locked },
  challenges: { attribute: 'challenges', reflect: false, read: (m: LabModel) => m.challenges },
  challenge: { attribute: 'challenge', reflect: true, read: (m: LabModel) => m.index },
} satisfies Record<string, InputSpec>;

export type LabInput = keyof typeof INPUT_TABLE;
export const LAB_INPUTS = Object.keys(INPUT_TABLE) as LabInput[];

/** What property `name` reads now. */
export const readInput = <K extends LabInput>(m: LabModel, name: K): ReturnType<(typeof INPUT_TABLE)[K]['read']> =>
  INPUT_TABLE[name].read(m) as ReturnType<(typeof INPUT_TABLE)[K]['read']>;

/** A console warning: the attribute, the value as given, and why it was not taken (and what is kept). */
export interface Warning {
  readonly attribute: string;
  readonly value: unknown;
  readonly reason: string;
  /** The value was taken all the same (a lock that makes a challenge unsolvable): say so, not "ignored". */
  readonly taken?: boolean;
}

export const attributeOf = (name: LabInput): string => INPUT_TABLE[name].attribute;

const shown = (value: unknown): unknown => (typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value));

/** What the lab keeps when it refuses `name`, in words. */
function keeping(m: LabModel, name: InputName): string {
  const kept = viewOf(m.lesson, name);
  return typeof kept === 'object' ? `the current ${name}` : JSON.stringify(kept);
}

function dispatched(m: LabModel, action: Action, warn: (reason: string) => Warning): { model: LabModel; warnings: Warning[] } {
  const next = reduce(m, action);
  return isRefusal(next) ? { model: m, warnings: [warn(next.refused)] } : { model: next, warnings: [] };
}

/** What an input did: the model, its warnings, and (a challenge list or a lock) a model whose locks the analysis checks. */
export interface Applied {
  readonly model: LabModel;
  readonly warnings: Warning[];
  /** Check this model's challenges against the lab's locks once the analysis is here (`unsolvable`). */
  readonly checkLocks?: LabModel;
}

/** A list before its code has loaded (the lab's store waits for it; a preview leaves it out). */
const unloaded = (value: unknown): ChallengeList =>
  noChallenges(value) ? { challenges: [], problems: [], rejected: false } : { challenges: [], problems: ['the code that reads challenges has not loaded'], rejected: true };

function challengesInput(m: LabModel, value: unknown): Applied {
  const read = challengeCode.now?.readChallenges(value) ?? unloaded(value);
  const count = m.challenges.length;
  const kept = count ? `keeping the current ${count === 1 ? 'challenge' : `${count} challenges`}` : 'keeping none';
  // Nothing usable in it (not a list, or every entry invalid): the current list stays.
  const rejected = read.rejected || (!read.challenges.length && read.problems.length > 0);
  const warnings = read.problems.map((reason) => ({ attribute: 'challenges', value: shown(value), reason: `${reason}; ${rejected ? kept : 'skipping it'}` }));
  if (rejected) return { model: m, warnings };
  const next = reduce(m, { type: 'challenges', list: read.challenges });
  const model = isRefusal(next) ? m : next;
  return { model, warnings, checkLocks: model };
}

/**
 * Applies one input to the model. A refused value keeps what the lab holds (the learner's, if
 * they moved it) and says so in its warning.
 */
export function applyLabInput(m: LabModel, name: LabInput, value: unknown): Applied {
  const warning = (reason: string): Warning => ({ attribute: attributeOf(name), value, reason });
  switch (name) {
    case 'editableOutput':
      return dispatched(m, { type: 'editableOutput', value: value === true || value === '' || value === 'true' }, warning);
    case 'locked': {
      const read = readLocks(value);
      const given = value === null || value === undefined ? false : (value as boolean | string);
      const next = dispatched(m, { type: 'locks', value: given, locks: read.locks }, warning);
      return { model: next.model, warnings: [...(read.problem ? [warning(read.problem)] : []), ...absent(next.model, read.locks.names)], checkLocks: next.model };
    }
    case 'challenges':
      return challengesInput(m, value);
    case 'challenge': {
      const index = value ?? 0;
      const count = m.challenges.length;
      const range = !count
        ? 'there are no challenges'
        : typeof index === 'string'
          ? `the challenge property takes a number from 0 to ${count - 1}, not a string (the attribute challenge="${index}" is read as one)`
          : `it must be a whole number from 0 to ${count - 1}`;
      if (index === 0 && !count) return { model: m, warnings: [] };
      return dispatched(m, { type: 'challenge', index: index as number }, () => warning(`${range}; keeping challenge ${m.index}`));
    }
    default: {
      const next = dispatched(m, { type: 'author', name, value }, (reason) => warning(`${reason}; keeping ${keeping(m, name)}`));
      return { model: next.model, warnings: [...next.warnings, ...dropped(m, next.model)] };
    }
  }
}

/** A new formula target that is not finite at some samples (log(x) at 0): taken without them, but said. */
function dropped(before: LabModel, after: LabModel): Warning[] {
  const { source } = after.lesson;
  if (source === before.lesson.source || source.kind !== 'fn' || !source.dropped) return [];
  const reason = `it is not a finite number at ${source.dropped} of its samples, which are left out`;
  return [{ attribute: 'fn', value: source.formula, reason, taken: true }];
}

/** Lock names this lab has no slider for (`w3` with two units): taken, so they lock once the units exist, but said. */
function absent(m: LabModel, names: ReadonlySet<string>): Warning[] {
  if (m.challenges.length) return []; // challenges bring their own units: a name may fit one of them
  const sliders = knobsOf(m.lesson.units, m.editableOutput).map(knobName);
  const missing = [...names].filter((name) => !sliders.includes(name));
  if (!missing.length) return [];
  const reason = `${missing.join(', ')} ${missing.length > 1 ? 'are not parameters' : 'is not a parameter'} of this lab (its sliders: ${sliders.join(' ')}), so ${missing.length > 1 ? 'they lock' : 'it locks'} nothing now`;
  return [{ attribute: 'locked', value: shown(m.locked), reason, taken: true }];
}

/** Whether the lab's own `locked` could make a challenge unsolvable: there are challenges and locks. */
export const locksMayBlock = (m: LabModel): boolean => m.challenges.length > 0 && (m.labLocks.all || m.labLocks.names.size > 0);

/** Each challenge the lab's own `locked` makes unsolvable (though it is solvable without it), with the solver's reason. */
export function unsolvable(m: LabModel, solve: typeof solveLesson): Warning[] {
  if (!locksMayBlock(m)) return [];
  return m.challenges.flatMap((c, i) => {
    const lesson = challengeStart(m, i);
    const at = { ...m, index: i, lesson, editableOutput: c.editableOutput };
    const plain = solve(lesson, c.editableOutput, new Set());
    const locked = solve(lesson, c.editableOutput, frozenOf(at, locksOf(at)));
    // Only where the locks make the difference, and the analysis is sure of it.
    if (!plain.ok || locked.exact !== 'no') return [];
    const reason = locksOf(at).all ? 'it locks every parameter' : locked.reason;
    return [{ attribute: 'locked', value: shown(m.locked), reason: `challenge ${i}${c.title ? ` ("${c.title}")` : ''} cannot be solved with it: ${reason}`, taken: true }];
  });
}
