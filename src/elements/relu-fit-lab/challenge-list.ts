/**
 * `<relu-fit-lab challenges>`: reading a list of lessons as an author writes
 * it. Pure: each entry is validated with the lesson's own validators; an
 * invalid entry is skipped (the caller warns, naming its index) and the rest
 * load.
 */

import type { LessonUnit } from '../../math/lesson.js';
import { LESSON_DEFAULTS, createLesson, readUnits, setData, setGoal, setOutputBias, setTarget, setTolerance, type Lesson, type Outcome } from '../../math/lesson.js';
import type { Point } from '../../math/piecewise.js';
import { formatKnots } from '../../math/piecewise.js';
import { FORMULA_UNLOADED, curvesCode } from './lab-lazy.js';
import { readHidden, readLocks } from './lab-names.js';

/** One challenge as an author writes it; absent fields take the notebook's defaults (`LESSON_DEFAULTS`), not the previous challenge's. */
export interface ChallengeInput {
  /** Shown in the heading: "Challenge 2 of 3: {title}". */
  readonly title?: string;
  /** The target's knots, "x,y x,y …" (needed unless `data` or `fn` is given). */
  readonly target?: string;
  /** Data points as the target, as the `data` property takes them; judged by `goal`. */
  readonly data?: readonly (readonly [number, number])[] | string | null;
  /** A formula in x as the target, as the `fn` attribute takes it; judged by `goal`. */
  readonly fn?: string;
  /** The x range of `fn`, "from to". */
  readonly domain?: string;
  /** With `fn`: the noise's standard deviation. */
  readonly noise?: number;
  /** With `fn` and `noise`: the noise's seed. */
  readonly seed?: number;
  /** With `data` or `fn`: the mean squared error that solves it. */
  readonly goal?: number;
  /** The hidden units, as the `units` property takes them (an array, or its JSON). */
  readonly units?: readonly Partial<LessonUnit>[] | string;
  readonly outputBias?: number;
  readonly editableOutput?: boolean;
  readonly tolerance?: number;
  /** Parameters the learner may not move in this challenge, as `locked` names them (`"w1 b1"`), or true for all; added to the lab's own `locked`. */
  readonly locked?: boolean | string;
  /** Parts to leave out in this challenge, as `hide` names them; added to the lab's own `hide`. */
  readonly hide?: string;
  /** An instruction shown under the heading and announced with the title. */
  readonly prompt?: string;
  /** The author's own hints for this challenge, revealed one at a time instead of the lab's (1 to 5). */
  readonly hints?: readonly string[];
}

/** A challenge as the lab holds it: validated, with every default filled in. */
export interface Challenge {
  /** Empty when the author gave none. */
  readonly title: string;
  /** The knots, normalised ("0,2 1,0 2,1 3,4"); the notebook's when the entry gives data or a formula instead. */
  readonly target: string;
  /** Its data points, or null. */
  readonly data: readonly Point[] | null;
  /** Its formula, or ''. */
  readonly fn: string;
  /** How a formula is sampled: x range ("0 6.283185307179586"), noise and seed. */
  readonly domain: string;
  readonly noise: number;
  readonly seed: number;
  readonly goal: number;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly editableOutput: boolean;
  readonly tolerance: number;
  /** What it locks, as `locked` takes it: false, true (everything) or names ("w1 b1"). */
  readonly locked: boolean | string;
  /** The parts it leaves out, as `hide` takes them ('' for none). */
  readonly hide: string;
  /** Empty when the author gave none. */
  readonly prompt: string;
  /** Empty when the lab's own hints apply. */
  readonly hints: readonly string[];
}

const KEYS = ['title', 'target', 'data', 'fn', 'domain', 'noise', 'seed', 'goal', 'units', 'outputBias', 'editableOutput', 'tolerance', 'locked', 'hide', 'prompt', 'hints'] as const;
/** More would be a course, not a lab: keeps the saved progress and the fingerprint small. */
export const MAX_CHALLENGES = 100;
/** Most hints an author may give one challenge. */
export const MAX_HINTS = 5;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, field: string): string | { reason: string } =>
  value === undefined ? '' : typeof value === 'string' ? value : { reason: `its ${field} must be text` };

/** The author's extras of one entry: locks, hidden parts, prompt and hints, or what is wrong. */
function readExtras(item: Record<string, unknown>): Pick<Challenge, 'locked' | 'hide' | 'prompt' | 'hints'> | { reason: string } {
  const prompt = text(item.prompt, 'prompt');
  if (typeof prompt !== 'string') return prompt;
  const hints = item.hints ?? [];
  if (!Array.isArray(hints) || hints.length > MAX_HINTS || !hints.every((h) => typeof h === 'string' && h.trim() !== '')) {
    return { reason: `its hints must be a list of at most ${MAX_HINTS} texts` };
  }
  const locked = item.locked ?? false;
  if (typeof locked !== 'boolean' && typeof locked !== 'string') return { reason: 'its locked must be true or a list like "w1 b1"' };
  const locks = readLocks(locked);
  if (locks.problem) return { reason: `its locked: ${locks.problem}` };
  const hide = text(item.hide, 'hide');
  if (typeof hide !== 'string') return hide;
  const hidden = readHidden(hide);
  if (hidden.problem) return { reason: `its hide: ${hidden.problem}` };
  const names = [...locks.locks.names].join(' ');
  return { locked: locks.locks.all || names || false, hide: [...hidden.parts].join(' '), prompt: prompt.trim(), hints: hints as string[] };
}

/** An entry's target: its knots, or its data or formula (sampled as its domain, noise and seed say), and its goal. */
function readTargetOf(base: Lesson, item: Record<string, unknown>): { lesson: Lesson } | { reason: string } {
  const steps: [string, (l: Lesson) => Outcome][] = [];
  if (item.target != null) steps.push(['target', (l) => setTarget(l, item.target)]);
  // Formula inputs need their code (the store waits for it when an entry has one).
  const curves = curvesCode.now;
  for (const key of ['domain', 'noise', 'seed'] as const) if (item[key] != null) steps.push([key, (l) => curves?.setCurve(l, key, item[key]) ?? FORMULA_UNLOADED]);
  if (item.fn != null) steps.push(['fn', (l) => curves?.setFormula(l, item.fn) ?? FORMULA_UNLOADED]);
  if (item.data != null) steps.push(['data', (l) => setData(l, item.data)]);
  if (item.goal != null) steps.push(['goal', (l) => setGoal(l, item.goal)]);
  let lesson = base;
  for (const [key, apply] of steps) {
    const outcome = apply(lesson);
    if (!outcome.ok) return { reason: `its ${key}: ${outcome.reason}` };
    lesson = outcome.lesson;
  }
  return { lesson };
}

/** Reads one challenge, or says what is wrong with it. */
export function readChallenge(item: unknown): { challenge: Challenge } | { reason: string } {
  if (!isRecord(item)) return { reason: 'it is not an object' };
  const unknown = Object.keys(item).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown) return { reason: `it has an unknown key "${unknown}" (known: ${KEYS.join(', ')})` };
  const title = text(item.title, 'title');
  if (typeof title !== 'string') return title;
  if ((item.target ?? item.data ?? item.fn) === undefined || (item.target ?? item.data ?? item.fn) === null) {
    return { reason: 'it has no target (knots "x,y x,y …", data or fn)' };
  }
  if (item.data != null && item.fn != null) return { reason: 'it gives both data and fn: one target at a time' };
  const editableOutput = item.editableOutput ?? LESSON_DEFAULTS.editableOutput;
  if (typeof editableOutput !== 'boolean') return { reason: 'its editableOutput must be true or false' };
  const base = createLesson();
  const target = readTargetOf(base, item);
  if ('reason' in target) return target;
  const tolerance = setTolerance(base, item.tolerance ?? LESSON_DEFAULTS.tolerance);
  if (!tolerance.ok) return { reason: `its tolerance: ${tolerance.reason}` };
  const bias = setOutputBias(base, item.outputBias ?? LESSON_DEFAULTS.outputBias);
  if (!bias.ok) return { reason: `its outputBias: ${bias.reason}` };
  const units = readUnits(item.units ?? LESSON_DEFAULTS.units);
  if ('reason' in units) return { reason: `its units: ${units.reason}` };
  const extras = readExtras(item);
  if ('reason' in extras) return extras;
  const t = target.lesson;
  const lesson = {
    target: formatKnots(t.knots),
    data: t.source.kind === 'data' ? t.source.points : null,
    fn: t.source.kind === 'fn' ? t.source.formula : '',
    domain: t.curve.domain.join(' '),
    noise: t.curve.noise,
    seed: t.curve.seed,
    goal: t.goal,
    units: units.units,
    outputBias: bias.lesson.outputBias,
    tolerance: tolerance.lesson.tolerance,
  };
  return { challenge: { title, editableOutput, ...lesson, ...extras } };
}

/** What reading a `challenges` value gives: the valid entries, and a problem for each entry skipped (or for the whole value). */
export interface ChallengeList {
  readonly challenges: Challenge[];
  readonly problems: string[];
  /** True when the value as a whole was unreadable (not JSON, not a list, too long): nothing was read. */
  readonly rejected: boolean;
}

/**
 * Reads a `challenges` value: an array (or its JSON; empty text or null for none) of at most
 * `MAX_CHALLENGES` challenges. An invalid entry is skipped, its problem naming its index.
 */
export function readChallenges(value: unknown): ChallengeList {
  let list = value ?? [];
  const reject = (reason: string): ChallengeList => ({ challenges: [], problems: [reason], rejected: true });
  if (typeof list === 'string') {
    try {
      list = list.trim() === '' ? [] : JSON.parse(list);
    } catch {
      return reject('it is not JSON');
    }
  }
  if (!Array.isArray(list)) return reject(`it must be an array of challenges { ${KEYS.join(', ')} }`);
  if (list.length > MAX_CHALLENGES) return reject(`it holds ${list.length} challenges, more than ${MAX_CHALLENGES}`);
  const challenges: Challenge[] = [];
  const problems: string[] = [];
  for (const [i, item] of list.entries()) {
    const read = readChallenge(item);
    if ('challenge' in read) {
      challenges.push(read.challenge);
      continue;
    }
    const title = isRecord(item) && typeof item.title === 'string' ? ` ("${item.title}")` : '';
    problems.push(`challenge ${i}${title}: ${read.reason}`);
  }
  return { challenges, problems, rejected: false };
}
