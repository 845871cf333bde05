/**
 * The lab's words for a lesson judged by its goal (data points, or a
 * formula's curve or noisy samples: #26): its hints, why an exact match is
 * impossible when the points say so, and the good fit's note. Every sentence
 * is read from the lesson's points and the learner's values now. Pure: no DOM.
 */

import { activations } from '../../math/activations.js';
import { pointsExactness, type PointsExactness } from '../../math/exactness.js';
import type { Lesson, LessonUnit } from '../../math/lesson.js';
import { isDead } from '../../math/gradient.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import type { Translate } from '../strings.js';
import { evaluation, samples, type LabModel } from './lab-model.js';
import { fitRanges } from './lab-text.js';

type Words = { t: Translate; locale: string | undefined };

const exactnessCache = new WeakMap<object, Map<string, PointsExactness>>();

/** What the lesson's points say about an exact match with its units (once per target and activations). */
export function exactnessOf(lesson: Lesson): PointsExactness {
  const key = lesson.units.map((u) => u.activation).join(' ');
  let byUnits = exactnessCache.get(lesson.source);
  if (!byUnits) exactnessCache.set(lesson.source, (byUnits = new Map()));
  let found = byUnits.get(key);
  if (!found) {
    const s = samples(lesson);
    byUnits.set(key, (found = pointsExactness(s.xs, s.target, lesson.units)));
  }
  return found;
}

/** Why no output of these units matches the points exactly, or '' when nothing rules it out. */
export function noExactText(lesson: Lesson, { t, locale }: Words): string {
  const e = exactnessOf(lesson);
  const n = (v: number) => formatShort(v, 3, locale);
  if (e.exact === 'unknown') return '';
  if (e.why === 'duplicate') return t('reason.duplicateX', { x: n(e.x), y0: n(e.y0), y1: n(e.y1) });
  return t('reason.runs', { count: samples(lesson).xs.length, runs: e.runs, bends: e.runs - 1, most: e.most });
}

/** The largest gap now (as the readout finds it): where, how large, and whether the output is above or below the target there. */
function largestGap(lesson: Lesson): { x: number; gap: number; above: boolean } {
  const s = samples(lesson);
  const { predicted } = evaluation(lesson);
  const { gap, gapX, gapAt } = fitRanges(s.xs, predicted, s.target, lesson.tolerance);
  return { x: gapX, gap, above: predicted[gapAt] > s.target[gapAt] };
}

/**
 * A free unit the learner may move that is silent at every point (so it changes nothing yet) and
 * weighted in the output (v ≠ 0, so its hinge does bend the output), if any.
 */
function silentUnit(units: readonly LessonUnit[], xs: readonly number[], frozen: ReadonlySet<string>): number {
  return units.findIndex((u, i) => !u.fixed && u.v !== 0 && !frozen.has(`w${i}`) && !frozen.has(`b${i}`) && isDead(u, xs));
}

/** The bias that puts unit i's hinge at x, as a teacher writes it: "b1 = −w1", "b1 = −2.5·w1", "b1 = 2·w1", "b1 = 0". */
export function hingeRule(i: number, x: number, locale: string | undefined): string {
  const n = formatShort(Math.abs(x), 2, locale);
  const times = n === '1' ? '' : `${n}·`;
  return `b${i} = ${n === '0' ? '0' : `${x > 0 ? '−' : ''}${times}w${i}`}`;
}

/**
 * How a silent unit could bend the output where the gap is largest, x: its hinge there; at an edge of
 * the range, where a hinge bends nothing inside it, its hinge at the other edge, sloped so the unit is
 * on across the range and largest at x.
 */
function silentHint(unit: number, x: number, [x0, x1]: readonly [number, number], { t, locale }: Words): string {
  const n = (v: number) => formatShort(v, 2, locale);
  if (x > x0 && x < x1) return t('lab.hintGoalSilent', { unit, x: n(x), rule: hingeRule(unit, x, locale) });
  const at = x >= x1 ? x0 : x1;
  return t(x >= x1 ? 'lab.hintGoalEdgeRight' : 'lab.hintGoalEdgeLeft', { unit, x: n(x), at: n(at), rule: hingeRule(unit, at, locale) });
}

/**
 * The three hints of a goal lesson: how it is judged; where the largest gap is now and how a
 * unit's hinge bends the output there; and whether an exact match is possible.
 */
export function goalHints(m: LabModel, frozen: ReadonlySet<string>, words: Words): string[] {
  const { t, locale } = words;
  const { lesson } = m;
  const s = samples(lesson);
  const n = (v: number) => formatShort(v, 2, locale);
  const first = t('lab.hintGoal1', { count: s.xs.length, goal: n(lesson.goal) });
  const { x, gap, above } = largestGap(lesson);
  const where = t(above ? 'lab.hintGoalAbove' : 'lab.hintGoalBelow', { x: n(x), gap: formatMeasure(gap, 3, locale) });
  // Hinges are said of units that have one (ReLU, leaky ReLU) and bend the output (v ≠ 0) only: not of smooth units.
  const hinged = lesson.units.some((u) => !u.fixed && u.v !== 0 && (activations[u.activation].kinks?.length ?? 0) > 0);
  const unit = silentUnit(lesson.units, s.xs, frozen);
  const [x0, x1] = s.domain;
  const how = unit >= 0 ? silentHint(unit, x, [x0, x1], words) : hinged ? t('lab.hintGoalHinge', { x: n(x) }) : '';
  const spread = hinged ? t('lab.hintGoalSpread', { x0: n(x0), x1: n(x1) }) : t('lab.hintClose');
  const why = noExactText(lesson, words);
  return [first, `${where} ${how}`.trim(), why ? `${t('lab.hintGoalNoExact', { why })} ${spread}` : spread];
}
