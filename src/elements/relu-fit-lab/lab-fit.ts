/**
 * The lab's two ways to the answer, as plain data and functions: the exact
 * construction (`solve()`, animated by `revealSolution()`) and gradient
 * descent (`train()`). No DOM: the element runs them frame by frame.
 */
import { construct, type LessonUnit } from '../../math/construct.js';
import { fits, placeUnits, type Lesson, type Samples } from '../../math/lesson.js';
import { createTrainer } from '../../math/train.js';
import { isLocked, knobName, knobsOf, type Locks } from './lab-inputs.js';

/** Gradient steps per animation frame while fitting, and the most it will take. */
export const STEPS_PER_FRAME = 25;
export const MAX_STEPS = 6000;
/** The most steps `train({ maxSteps })` takes, and the learning rates it accepts. */
export const MAX_STEPS_LIMIT = 100_000;
export const LEARNING_RATE = { default: 0.05, min: 1e-6, max: 10 } as const;

/** `train()`'s options as given, checked: a bad one warns (naming it and its value) and its default is used. */
export function readTrainOptions(options: unknown, warn: (input: string, value: unknown, reason: string) => void): { maxSteps: number; learningRate: number } {
  const given = (options ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object') warn('train()', options, 'its options must be an object { maxSteps?, learningRate? }; using the defaults');
  const read = <T extends number>(key: string, fallback: T, ok: (x: number) => boolean, rule: string): number => {
    const value = typeof given === 'object' ? given[key] : undefined;
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number' && ok(value)) return value;
    warn(`train({ ${key} })`, value, `it must be ${rule}; using ${fallback}`);
    return fallback;
  };
  return {
    maxSteps: read('maxSteps', MAX_STEPS, (x) => Number.isInteger(x) && x >= 1 && x <= MAX_STEPS_LIMIT, `a whole number from 1 to ${MAX_STEPS_LIMIT}`),
    learningRate: read('learningRate', LEARNING_RATE.default, (x) => x >= LEARNING_RATE.min && x <= LEARNING_RATE.max, `a number from ${LEARNING_RATE.min} to ${LEARNING_RATE.max}`),
  };
}

/** How long the solution's animation takes. */
export const ANIMATION_MS = 700;

/** What `train()` reports. */
export interface TrainResult {
  readonly steps: number;
  readonly error: number;
  readonly matched: boolean;
  /** Units that were dead and re-initialised. */
  readonly revived: readonly number[];
  /** True when something else ended the fit first (a slider, Reset, the solution, another fit, removal); nothing was committed. */
  readonly interrupted: boolean;
}

/** What `revealSolution()` reports. */
export interface RevealResult {
  /** Whether there was an exact construction to show. */
  readonly ok: boolean;
  /** True when something else ended the animation first; the sliders stay on the grid where it stopped. */
  readonly interrupted: boolean;
}

/** What `solve()` returns: the construction, and whether it is exact. */
export interface Solution {
  readonly ok: boolean;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly reason: string;
}

/**
 * The lesson's free parameters that the learner may not move, by name (`w1`, `b1`, `v1`, `c`):
 * what `locked` names, or every free parameter when it locks everything.
 */
export function frozenParams(lesson: Lesson, editableOutput: boolean, locks: Locks): Set<string> {
  const names = new Set<string>();
  for (const k of knobsOf(lesson.units, editableOutput)) if (isLocked(locks, knobName(k))) names.add(knobName(k));
  return names;
}

const valueOf = (units: readonly LessonUnit[], outputBias: number, name: string) =>
  name === 'c' ? outputBias : units[Number(name.slice(1))][name[0] as 'w' | 'b' | 'v'];

/** The exact construction for the lesson's target with its units, on the slider grid. */
function constructOnGrid(lesson: Lesson, outputWeights: boolean, outputBias: boolean): Solution {
  const { min, max } = lesson.range;
  const result = construct(lesson.knots, lesson.units, lesson.outputBias, { outputWeights, outputBias, min, max });
  return { ...result, units: placeUnits(result.units, lesson.range) };
}

/**
 * The exact construction for the lesson's target with its units, on the slider grid,
 * leaving the `frozen` parameters as they are: the plain construction when it already
 * agrees with them, else one built around the units that have a frozen parameter.
 */
export function solveLesson(lesson: Lesson, editableOutput: boolean, frozen: ReadonlySet<string> = new Set()): Solution {
  const plain = constructOnGrid(lesson, editableOutput, editableOutput);
  const { units, outputBias } = lesson;
  const moved = [...frozen].filter((name) => Math.abs(valueOf(plain.units, plain.outputBias, name) - valueOf(units, outputBias, name)) > 1e-9);
  if (!moved.length) return plain;
  // Build around the locked ones: a unit with a locked parameter keeps all of it.
  const holds = (i: number) => ['w', 'b', 'v'].some((k) => frozen.has(`${k}${i}`));
  const around = constructOnGrid(
    { ...lesson, units: units.map((u, i) => (holds(i) ? { ...u, fixed: true } : u)) },
    editableOutput && !units.some((_, i) => frozen.has(`v${i}`)),
    editableOutput && !frozen.has('c'),
  );
  if (around.ok) return { ...around, units: around.units.map((u, i) => ({ ...u, fixed: units[i].fixed })) };
  const needs = moved.map((name) => `${name} = ${Number(valueOf(plain.units, plain.outputBias, name).toFixed(3))}`).join(', ');
  const reason = plain.ok ? `it needs ${needs}, and ${moved.length > 1 ? 'those are' : 'that is'} locked` : plain.reason;
  return { ...plain, ok: false, reason };
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The value a fraction `t` (0 to 1, eased in and out) of the way from `a` to `b`. */
export const eased = (a: number, b: number, t: number): number => a + (b - a) * ease(t);

/** The units a fraction `t` (0 to 1, eased) of the way from `from` to `to`. */
export function between(from: readonly LessonUnit[], to: readonly LessonUnit[], t: number): LessonUnit[] {
  return from.map((u, i) => ({ ...u, w: eased(u.w, to[i].w, t), b: eased(u.b, to[i].b, t), v: eased(u.v, to[i].v, t) }));
}

/** A fit in progress: Adam on the mean squared error, a batch of steps at a time. */
export class FitRun {
  readonly losses: number[] = [];
  private readonly trainer;

  constructor(
    private readonly lesson: Lesson,
    private readonly samples: Samples,
    editableOutput: boolean,
    private readonly maxSteps = MAX_STEPS,
    learningRate?: number,
    frozen?: ReadonlySet<string>,
  ) {
    const { min, max } = lesson.range;
    this.trainer = createTrainer(samples.xs as number[], samples.target as number[], lesson.units, lesson.outputBias, {
      outputWeights: editableOutput,
      outputBias: editableOutput,
      learningRate,
      min,
      max,
      frozen,
    });
  }

  get steps(): number {
    return this.losses.length;
  }
  get units(): readonly LessonUnit[] {
    return this.trainer.units;
  }
  get outputBias(): number {
    return this.trainer.outputBias;
  }
  /** Units that were dead (silent at every sample) and re-initialised. */
  get revived(): number[] {
    return [...new Set(this.trainer.revived)];
  }
  /** Units moved apart from an identical twin. */
  get separated(): number[] {
    return [...new Set(this.trainer.separated)];
  }
  get done(): boolean {
    return this.steps >= this.maxSteps;
  }

  /** Takes up to `count` steps, stopping early once the parameters match. True when matched. */
  advance(count: number): boolean {
    const until = Math.min(this.maxSteps, this.steps + count);
    while (this.steps < until) {
      this.losses.push(this.trainer.step());
      if (this.steps % STEPS_PER_FRAME === 0 && this.matches(this.units, this.outputBias)) return true;
    }
    return this.matches(this.units, this.outputBias);
  }

  /** Where the fit lands: on the slider grid, as a learner would, unless that loses the match. */
  landing(): { units: readonly LessonUnit[]; onGrid: boolean } {
    const snapped = placeUnits(this.units, this.lesson.range);
    const onGrid = this.matches(snapped, this.outputBias) || !this.matches(this.units, this.outputBias);
    return { units: onGrid ? snapped : this.units, onGrid };
  }

  private matches(units: readonly LessonUnit[], outputBias: number): boolean {
    return fits(this.lesson, this.samples, units, outputBias);
  }
}
