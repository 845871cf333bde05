/**
 * The fitting lesson's state as one plain value, and the pure operations the
 * lab needs: read and validate an input against the current state, set one
 * parameter with snapping, derive the output, the error and whether it
 * matches. No DOM, no Lit: `<relu-fit-lab>`'s public properties are views of
 * a `Lesson`, and every change is `next = operation(lesson, input)`.
 *
 * An operation never throws. It returns `{ ok: true, lesson }`, or
 * `{ ok: false, reason }` and the caller keeps the lesson it has.
 */

import { isActivationName, type ActivationName } from './activations.js';
import { maxAbsoluteError, meanSquaredError } from './errors.js';
import { networkOutputs, type Interval, type Network } from './network.js';
import { formatKnots, parseKnots, piecewiseLinear, type Point } from './piecewise.js';
import { linspace } from './sampling.js';
import { CURVE_DEFAULTS, readGoal, readPoints, type CurveOptions, type TargetSource } from './targets.js';

export type { CurveOptions, TargetSource } from './targets.js';

/** A hidden unit of a lesson: z = w·x + b, a = activation(z), weighted by v in the output. */
export interface LessonUnit {
  readonly w: number;
  readonly b: number;
  /** Output weight. */
  readonly v: number;
  readonly fixed: boolean;
  readonly activation: ActivationName;
}

/** The notebook's lesson. Every default of `<relu-fit-lab>` comes from here. */
export const LESSON_DEFAULTS = {
  /** Unit 0 fixed at w0 = −2, b0 = 2; units 1 and 2 free, all at 0; output weights 1. */
  units: [
    { w: -2, b: 2, v: 1, fixed: true, activation: 'relu' },
    { w: 0, b: 0, v: 1, fixed: false, activation: 'relu' },
    { w: 0, b: 0, v: 1, fixed: false, activation: 'relu' },
  ] as readonly LessonUnit[],
  outputBias: 0,
  /** Whether the output weights and bias get sliders (`editable-output`). */
  editableOutput: false,
  /** Slider range and step. */
  min: -4,
  max: 4,
  step: 0.1,
  /** The target's knots. */
  target: '0,2 1,0 2,1 3,4',
  /** Largest absolute error at the samples that counts as matched. */
  tolerance: 0.05,
  /** The mean squared error a data or formula target is judged by ("goal reached"). */
  goal: 0.01,
  /** The notebook computed the error at 300 evenly spaced points. */
  samples: 300,
  /** Largest magnitude of the output bias, of a fixed unit's parameters and of a target's coordinates. */
  outputBiasLimit: 1e6,
  /** Most units a lesson may have. */
  maxUnits: 12,
  /** Most knots a target may have: more draws and explains nothing better, and blocks the page. */
  maxKnots: 1000,
} as const;

/** The sliders' range; `digits` is how many decimals the step grid needs. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly digits: number;
}

export interface Lesson {
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly range: SliderRange;
  /** The knots of `target` (kept while a data or formula target is shown, for when it is cleared). */
  readonly knots: readonly Point[];
  readonly tolerance: number;
  /** What the learner matches: the knots, data points or a formula's samples. */
  readonly source: TargetSource;
  /** How a formula is sampled: its x range, noise and seed. */
  readonly curve: CurveOptions;
  /** The mean squared error that reaches the goal of a data or formula target. */
  readonly goal: number;
}

export type Outcome = { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly reason: string };

/**
 * How a value is placed on the sliders: `strict` (an author's value must lie
 * in the range, then snaps to the step), `clamp` (a learner's value is
 * clamped, then snaps) or `free` (animations and fitting: clamped, between
 * steps).
 */
export type Placement = 'strict' | 'clamp' | 'free';

/** A parameter of a unit: slope w, bias b, output weight v. */
export type UnitKey = 'w' | 'b' | 'v';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A decimal number written plainly (`2`, `-0.5`, `1e-3`, surrounding white
 * space allowed); NaN for anything else: empty text, `0x10`, `Infinity`,
 * `1,5`, words.
 */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
}

/** Fraction digits in the shortest decimal form of `x` (0.1 → 1, 1e-7 → 7), at most 12. */
function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(12, Math.max(0, fraction - Number(exponent ?? 0)));
}

/** A lesson operation's outcome: the new lesson, or why the input was refused (also for curves.ts). */
export const ok = (lesson: Lesson): Outcome => ({ ok: true, lesson });
export const no = (reason: string): Outcome => ({ ok: false, reason });
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** `value` on the step grid from `min`, inside the range, without floating-point dust. */
export function snap(range: SliderRange, value: number): number {
  const { min, max, step, digits } = range;
  let snapped = Number((min + Math.round((value - min) / step) * step).toFixed(digits));
  if (snapped > max) snapped = Number((snapped - step).toFixed(digits));
  return Math.min(max, Math.max(min, snapped)) + 0;
}

/** `value` clamped into the range, then snapped unless placed `free`. */
export function place(range: SliderRange, value: number, placement: Placement = 'clamp'): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return placement === 'free' ? clamped : snap(range, clamped);
}

/** The units with each free unit's w, b and v placed in the range; fixed units as they are. */
export function placeUnits(units: readonly LessonUnit[], range: SliderRange, placement: Placement = 'clamp'): LessonUnit[] {
  return units.map((u) =>
    u.fixed ? u : { ...u, w: place(range, u.w, placement), b: place(range, u.b, placement), v: place(range, u.v, placement) },
  );
}

function rangeOf(min: number, max: number, step: number): SliderRange {
  return { min, max, step, digits: Math.max(decimalsOf(step), decimalsOf(min)) };
}

/** The target as its knots (no data, no formula). */
export const KNOTS: TargetSource = { kind: 'knots' };

/** The notebook's lesson. */
export function createLesson(): Lesson {
  const parsed = parseKnots(LESSON_DEFAULTS.target);
  return {
    units: LESSON_DEFAULTS.units,
    outputBias: LESSON_DEFAULTS.outputBias,
    range: rangeOf(LESSON_DEFAULTS.min, LESSON_DEFAULTS.max, LESSON_DEFAULTS.step),
    knots: parsed.ok ? parsed.knots : [],
    tolerance: LESSON_DEFAULTS.tolerance,
    source: KNOTS,
    curve: CURVE_DEFAULTS,
    goal: LESSON_DEFAULTS.goal,
  };
}

/** The network the lesson's units make: ŷ = c + Σ vᵢ·aᵢ. */
export function networkOf(lesson: Pick<Lesson, 'units' | 'outputBias'>): Network {
  return { units: lesson.units, outputWeights: lesson.units.map((u) => u.v), outputBias: lesson.outputBias };
}

/**
 * Sets unit `index`'s w, b or v. Refused when the value is not a finite
 * number, the unit does not exist or is fixed, or (placed `strict`) the value
 * lies outside the slider range.
 */
export function setParam(lesson: Lesson, index: number, key: UnitKey, value: unknown, placement: Placement = 'strict'): Outcome {
  if (!isFiniteNumber(value)) return no('it is not a finite number');
  const unit = lesson.units[index];
  if (!unit) return no(`this lab has no unit ${index}`);
  if (unit.fixed) return no(`unit ${index} is fixed`);
  const { min, max } = lesson.range;
  if (placement === 'strict' && (value < min || value > max)) return no(`it is outside the slider range ${min} to ${max}`);
  const placed = place(lesson.range, value, placement);
  if (Object.is(placed, unit[key])) return ok(lesson);
  return ok({ ...lesson, units: lesson.units.map((u, i) => (i === index ? { ...u, [key]: placed } : u)) });
}

/** Sets the output bias c: a finite number within ±1e6 (placed in the slider range unless `strict`). */
export function setOutputBias(lesson: Lesson, value: unknown, placement: Placement = 'strict'): Outcome {
  if (!isFiniteNumber(value)) return no('it is not a finite number');
  const limit = LESSON_DEFAULTS.outputBiasLimit;
  if (Math.abs(value) > limit) return no(`it must be between −${limit} and ${limit}`);
  const bias = placement === 'strict' ? value + 0 : place(lesson.range, value, placement);
  return Object.is(bias, lesson.outputBias) ? ok(lesson) : ok({ ...lesson, outputBias: bias });
}

/** Moves every free unit to new values at once (an animation frame, a fit, a reset). */
export function setUnitValues(lesson: Lesson, units: readonly LessonUnit[], outputBias: number, placement: Placement): Lesson {
  const placed = placeUnits(
    lesson.units.map((u, i) => (u.fixed || !units[i] ? u : { ...u, w: units[i].w, b: units[i].b, v: units[i].v })),
    lesson.range,
    placement,
  );
  const same = placed.every((u, i) => u.w === lesson.units[i].w && u.b === lesson.units[i].b && u.v === lesson.units[i].v);
  if (same && Object.is(outputBias, lesson.outputBias)) return lesson;
  return { ...lesson, units: same ? lesson.units : placed, outputBias };
}

/**
 * Sets the slider range. Refused when a value is not a finite number, the
 * step is below 1e-9, min is not below max or the range holds more than a
 * million steps. Free units move onto the new grid.
 */
export function setRange(lesson: Lesson, change: Partial<Record<'min' | 'max' | 'step', unknown>>): Outcome {
  const { min, max, step } = { ...lesson.range, ...change };
  for (const x of [min, max, step]) if (!isFiniteNumber(x)) return no('it is not a finite number');
  const [lo, hi, by] = [min, max, step] as number[];
  const limit = LESSON_DEFAULTS.outputBiasLimit;
  if ([lo, hi, by].some((x) => Math.abs(x) > limit)) return no(`it must be between −${limit} and ${limit}`);
  if (!(by >= 1e-9)) return no('it must be at least 1e-9 (and greater than 0)');
  if (!(lo < hi)) return no('min must be less than max');
  // Beyond this a slider is meaningless and snapping loses precision.
  if ((hi - lo) / by > 1e6) {
    return no('min to max holds more than a million steps');
  }
  const range = rangeOf(lo, hi, by);
  return ok({ ...lesson, range, units: placeUnits(lesson.units, range) });
}

/** Sets the target from its knots' text, "x,y x,y …" with x increasing and every coordinate within ±1e6. */
export function setTarget(lesson: Lesson, text: unknown): Outcome {
  if (typeof text !== 'string') return no('it must be text of knots "x,y x,y …"');
  // Counted before parsing: a 100,000-knot target is refused at once.
  const count = (text.match(/\S+/g) ?? []).length;
  if (count > LESSON_DEFAULTS.maxKnots) return no(`it has ${count} knots, more than ${LESSON_DEFAULTS.maxKnots}`);
  const parsed = parseKnots(text);
  if (!parsed.ok) return no(parsed.reason);
  const limit = LESSON_DEFAULTS.outputBiasLimit;
  if (parsed.knots.some(([x, y]) => Math.abs(x) > limit || Math.abs(y) > limit)) {
    return no(`every coordinate must be between −${limit} and ${limit}`);
  }
  const same = formatKnots(parsed.knots) === formatKnots(lesson.knots);
  if (same && lesson.source.kind === 'knots') return ok(lesson);
  return ok({ ...lesson, knots: same ? lesson.knots : parsed.knots, source: KNOTS });
}

/**
 * Sets data points as the target (text `"x,y x,y …"` or `[x, y]` pairs, see
 * `readPoints`); empty text, an empty list or null go back to the knots.
 */
export function setData(lesson: Lesson, value: unknown): Outcome {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length)) {
    return lesson.source.kind === 'data' ? ok({ ...lesson, source: KNOTS }) : ok(lesson);
  }
  const read = readPoints(value);
  if (!read.ok) return no(read.reason);
  const old = lesson.source.kind === 'data' ? lesson.source.points : null;
  if (old && old.length === read.value.length && old.every(([x, y], i) => x === read.value[i][0] && y === read.value[i][1])) return ok(lesson);
  return ok({ ...lesson, source: { kind: 'data', points: read.value } });
}

/** Sets the MSE goal of a data or formula target: a finite number from 0 to 1e6. */
export function setGoal(lesson: Lesson, value: unknown): Outcome {
  const read = readGoal(value);
  if (!read.ok) return no(read.reason);
  return read.value === lesson.goal ? ok(lesson) : ok({ ...lesson, goal: read.value });
}

/** Sets the tolerance: a finite number, 0 or more. */
export function setTolerance(lesson: Lesson, value: unknown): Outcome {
  if (!isFiniteNumber(value)) return no('it is not a finite number');
  if (value < 0 || value > LESSON_DEFAULTS.outputBiasLimit) return no(`it must be from 0 to ${LESSON_DEFAULTS.outputBiasLimit}`);
  return ok({ ...lesson, tolerance: value });
}

/**
 * Reads a `units` value: an array (or its JSON) of 1 to 12 `{ w, b, v,
 * fixed, activation }` with defaults w = b = 0, v = 1, fixed = false,
 * activation "relu". Returns the units, or why the value was refused.
 */
export function readUnits(value: unknown): { units: LessonUnit[] } | { reason: string } {
  let list = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return { reason: 'it is not JSON' };
    }
  }
  if (!Array.isArray(list)) return { reason: 'it must be an array of units' };
  if (list.length === 0 || list.length > LESSON_DEFAULTS.maxUnits) return { reason: `it must hold 1 to ${LESSON_DEFAULTS.maxUnits} units` };
  const units: LessonUnit[] = [];
  for (const [i, item] of list.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { reason: `unit ${i} is not an object` };
    const u = item as Record<string, unknown>;
    const known = ['w', 'b', 'v', 'fixed', 'activation'];
    const unknown = Object.keys(u).find((key) => !known.includes(key));
    if (unknown) return { reason: `unit ${i} has an unknown key "${unknown}" (known: ${known.join(', ')})` };
    const [w, b, v] = (['w', 'b', 'v'] as const).map((key) => (u[key] === undefined ? (key === 'v' ? 1 : 0) : u[key]));
    const limit = LESSON_DEFAULTS.outputBiasLimit;
    for (const [key, x] of [['w', w], ['b', b], ['v', v]] as const) {
      if (!isFiniteNumber(x)) return { reason: `unit ${i}'s ${key} is not a finite number` };
      if (Math.abs(x) > limit) return { reason: `unit ${i}'s ${key} must be between −${limit} and ${limit}` };
    }
    if (u.fixed !== undefined && typeof u.fixed !== 'boolean') return { reason: `unit ${i}'s fixed must be true or false` };
    if (u.activation !== undefined && typeof u.activation !== 'string') return { reason: `unit ${i}'s activation must be a name` };
    const activation = u.activation ?? 'relu';
    if (!isActivationName(activation)) return { reason: `unit ${i}'s activation "${activation}" is unknown` };
    units.push({ w: w as number, b: b as number, v: v as number, fixed: u.fixed === true, activation });
  }
  return { units };
}

/** Replaces the units (a new lesson shape); free values move onto the slider grid. */
export function setUnits(lesson: Lesson, value: unknown): Outcome {
  const read = readUnits(value);
  if ('reason' in read) return no(read.reason);
  return ok({ ...lesson, units: placeUnits(read.units, lesson.range) });
}

const short = (x: number) => String(Number(x.toPrecision(12)));

/**
 * The parameters as a short, URL-safe text: each unit's `w,b,v` joined by
 * `_`, then `~` and the output bias. `"-2,2,1_1,-1,1_2,-4,1~0"`.
 */
export function writeState(lesson: Pick<Lesson, 'units' | 'outputBias'>): string {
  return `${lesson.units.map((u) => [u.w, u.b, u.v].map(short).join(',')).join('_')}~${short(lesson.outputBias)}`;
}

/**
 * Applies `writeState`'s text: one `w,b,v` group per unit, plain decimals
 * only, and an output bias within ±1e6. Fixed units keep their values; free
 * ones move onto the slider grid.
 */
export function setState(lesson: Lesson, text: unknown): Outcome {
  const count = lesson.units.length;
  const form = `it is not ${count} groups of "w,b,v" joined by "_", then "~" and the output bias`;
  if (typeof text !== 'string') return no(form);
  const match = /^([^~]*)(?:~(.*))?$/.exec(text.trim());
  const groups = match ? match[1].split('_') : [];
  if (!match || groups.length !== count) return no(form);
  const params = groups.map((group) => group.split(',').map(parseNumber));
  if (params.some((p) => p.length !== 3 || !p.every(Number.isFinite))) return no(form);
  const bias = match[2] === undefined ? 0 : parseNumber(match[2]);
  if (!Number.isFinite(bias)) return no(form);
  const limit = LESSON_DEFAULTS.outputBiasLimit;
  if (Math.abs(bias) > limit) return no(`its output bias must be between −${limit} and ${limit}`);
  const units = lesson.units.map((u, i) => (u.fixed ? u : { ...u, w: params[i][0], b: params[i][1], v: params[i][2] }));
  return ok({ ...lesson, units: placeUnits(units, lesson.range), outputBias: bias + 0 });
}

/** The target sampled where the error is measured: 300 evenly spaced x over its range. */
export interface Samples {
  /** The line drawn as the target: the knots, or a formula's curve (none for data points). */
  readonly knots: readonly Point[];
  /** `knots` (a target with knots), `curve` (a formula: many points, bending everywhere) or `dots` (data or noisy samples, drawn as points). */
  readonly kind: 'knots' | 'curve' | 'dots';
  /** The x range: from the first to the last knot, or the smallest to the largest x of the points. */
  readonly domain: Interval;
  readonly xs: readonly number[];
  readonly target: readonly number[];
  /** The target at x: the knots' line, or the line through the points (duplicates of an x averaged). */
  readonly targetAt: (x: number) => number;
}

export function sampleTarget(knots: readonly Point[]): Samples {
  const [x0, x1] = [knots[0][0], knots[knots.length - 1][0]];
  const xs = linspace(x0, x1, LESSON_DEFAULTS.samples);
  const targetAt = piecewiseLinear(knots);
  return { knots, kind: 'knots', domain: [x0, x1], xs, target: xs.map(targetAt), targetAt };
}

/** Points as samples: the error is measured at each point once, in order of x. */
export function samplePoints(points: readonly Point[], kind: 'curve' | 'dots'): Samples {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const line: Point[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let sum = 0;
    for (; j < sorted.length && sorted[j][0] === sorted[i][0]; j++) sum += sorted[j][1];
    line.push([sorted[i][0], sum / (j - i)]);
    i = j;
  }
  const domain: Interval = [sorted[0][0], sorted[sorted.length - 1][0]];
  return { knots: kind === 'curve' ? sorted : [], kind, domain, xs: sorted.map(([x]) => x), target: sorted.map(([, y]) => y), targetAt: piecewiseLinear(line) };
}

/** The lesson's target where the error is measured: the knots at 300 evenly spaced x, or its points. */
export function sampleLesson(lesson: Pick<Lesson, 'knots' | 'source' | 'curve'>): Samples {
  const { source } = lesson;
  if (source.kind === 'knots') return sampleTarget(lesson.knots);
  return samplePoints(source.points, source.kind === 'fn' && lesson.curve.noise === 0 ? 'curve' : 'dots');
}

/** Whether the lesson is judged by the mean squared error against `goal` (data and formulas), not the largest gap against `tolerance` (knots). */
export const judgedByGoal = (lesson: Pick<Lesson, 'source'>): boolean => lesson.source.kind !== 'knots';

/** What the lesson's state gives at the samples. */
export interface Evaluation {
  readonly predicted: readonly number[];
  /** Mean squared error over the samples. */
  readonly error: number;
  /** The largest absolute error at the samples. */
  readonly maxError: number;
  /**
   * Whether the output matches: the largest absolute error at the samples is at most the
   * tolerance (knots), or the mean squared error at most the goal (data and formulas).
   */
  readonly matched: boolean;
  /** Judged by the goal (data and formulas): "goal reached" rather than "matched" in every text. */
  readonly byGoal: boolean;
}

/** Whether an output with this MSE and largest gap matches the lesson. */
const matches = (lesson: Pick<Lesson, 'source' | 'tolerance' | 'goal'>, error: number, maxError: number): boolean =>
  judgedByGoal(lesson) ? error <= lesson.goal : maxError <= lesson.tolerance;

export function evaluate(lesson: Lesson, samples: Samples): Evaluation {
  const predicted = networkOutputs(networkOf(lesson), samples.xs);
  const maxError = maxAbsoluteError(predicted, samples.target);
  const error = meanSquaredError(predicted, samples.target);
  return { predicted, error, maxError, matched: matches(lesson, error, maxError), byGoal: judgedByGoal(lesson) };
}

/**
 * How close the output is, judged as the match is: 1 when matched, else the tolerance over the
 * largest gap (knots: twice the tolerance away gives 0.5), or the goal over the MSE (data and formulas).
 */
export function closeness(evaluation: Evaluation, lesson: Pick<Lesson, 'source' | 'tolerance' | 'goal'>): number {
  if (evaluation.matched) return 1;
  const [allowed, actual] = judgedByGoal(lesson) ? [lesson.goal, evaluation.error] : [lesson.tolerance, evaluation.maxError];
  return allowed > 0 && actual > 0 ? Math.min(1, allowed / actual) : 0;
}

/** Whether these units and bias match the lesson's target (to stop a fit). */
export function fits(lesson: Lesson, samples: Samples, units: readonly LessonUnit[], outputBias: number): boolean {
  const predicted = networkOutputs(networkOf({ units, outputBias }), samples.xs);
  return matches(lesson, meanSquaredError(predicted, samples.target), maxAbsoluteError(predicted, samples.target));
}

/** Whether two lessons hold the same learner-visible values (units and output bias). */
export function sameValues(a: Pick<Lesson, 'units' | 'outputBias'>, b: Pick<Lesson, 'units' | 'outputBias'>): boolean {
  return (
    Object.is(a.outputBias, b.outputBias) &&
    a.units.length === b.units.length &&
    a.units.every((u, i) => {
      const o = b.units[i];
      return u.w === o.w && u.b === o.b && u.v === o.v && u.fixed === o.fixed && u.activation === o.activation;
    })
  );
}
