/**
 * Formula targets (#26): a formula in x sampled over the lesson's domain (with noise drawn from a
 * seed), and the lesson operations that need the formula parser. Apart from lesson.ts so that the
 * elements load the parser only for a lesson with a formula (src/math/formula.ts). Pure.
 */

import { noisySamples, parseFormula } from './formula.js';
import type { CurveOptions, TargetSource } from './targets.js';
import { TARGET_LIMITS, no, readNoise, readSeed, yes, type Read } from './targets.js';
import type { Interval } from './network.js';
import { KNOTS, ok, no as refused, type Lesson, type Outcome } from './lesson.js';
const LIMIT = TARGET_LIMITS.coordinate;

/**
 * Reads a formula's x range: two numbers or constant formulas (`"0 2*pi"`),
 * separated by white space or a comma, the first below the second, each within ±1e6.
 */
export function readDomain(value: unknown): Read<Interval> {
  const parts = typeof value === 'string' ? value.trim().split(/\s*,\s*|\s+/) : Array.isArray(value) ? value : null;
  if (!parts || parts.length !== 2) return no('it must be two numbers "from to", like "0 2*pi"');
  const ends: number[] = [];
  for (const part of parts) {
    let x = part as unknown;
    if (typeof part === 'string') {
      const parsed = parseFormula(part);
      if (!parsed.ok) return no(`"${part.slice(0, 40)}": ${parsed.reason}`);
      x = parsed.formula.evaluate(NaN);
    }
    if (typeof x !== 'number' || !Number.isFinite(x)) return no(`"${String(part).slice(0, 40)}" is not a finite number (x has no value here)`);
    if (Math.abs(x) > LIMIT) return no(`it must lie between −${LIMIT} and ${LIMIT}`);
    ends.push(x + 0);
  }
  if (!(ends[0] < ends[1])) return no('its start must be less than its end');
  return yes([ends[0], ends[1]]);
}

/**
 * A formula's target: its samples over the options' domain, 300 for a curve
 * or 50 noisy points. Refused when the formula does not parse (the reason
 * names the position), is finite at fewer than two samples, or leaves ±1e6.
 */
export function formulaTarget(text: unknown, options: CurveOptions): Read<Extract<TargetSource, { kind: 'fn' }>> {
  if (typeof text !== 'string') return no('it must be a formula in x, like "sin(x)"');
  const parsed = parseFormula(text);
  if (!parsed.ok) return no(parsed.reason);
  const count = options.noise > 0 ? TARGET_LIMITS.noisySamples : TARGET_LIMITS.curveSamples;
  const { points, nonFinite } = noisySamples(parsed.formula, options.domain, count, options);
  const [x0, x1] = options.domain;
  if (points.length < 2) return no(`it is not a finite number at two or more points from x = ${x0} to ${x1}`);
  const far = points.find(([, y]) => Math.abs(y) > LIMIT);
  if (far) return no(`its value at x = ${Number(far[0].toPrecision(6))} lies beyond ±${LIMIT}`);
  return yes({ kind: 'fn', formula: text.trim(), points, dropped: nonFinite.length });
}

/** Sets a formula in x as the target, sampled with the lesson's curve options; empty text or null go back to the knots. */
export function setFormula(lesson: Lesson, value: unknown): Outcome {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
    return lesson.source.kind === 'fn' ? ok({ ...lesson, source: KNOTS }) : ok(lesson);
  }
  if (lesson.source.kind === 'fn' && typeof value === 'string' && value.trim() === lesson.source.formula) return ok(lesson);
  const read = formulaTarget(value, lesson.curve);
  return read.ok ? ok({ ...lesson, source: read.value }) : refused(read.reason);
}

/** Sets how a formula is sampled (`domain`, `noise` or `seed`); a formula target is sampled again. */
export function setCurve(lesson: Lesson, key: keyof CurveOptions, value: unknown): Outcome {
  const read = key === 'domain' ? readDomain(value) : key === 'noise' ? readNoise(value) : readSeed(value);
  if (!read.ok) return refused(read.reason);
  const curve = { ...lesson.curve, [key]: read.value };
  if (lesson.source.kind !== 'fn') return ok({ ...lesson, curve });
  const again = formulaTarget(lesson.source.formula, curve);
  return again.ok ? ok({ ...lesson, curve, source: again.value }) : refused(`with it the formula "${lesson.source.formula}" is refused: ${again.reason}`);
}
