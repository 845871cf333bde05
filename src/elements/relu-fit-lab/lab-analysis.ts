/**
 * The lab's one analysis of its lesson (src/math/analysis.ts), kept per
 * lesson shape, and every sentence the lab says about the lesson's
 * mathematics, read from it: hints, the solution, success, "no solution".
 * Pure: no DOM.
 */

import { LEAKY_SLOPE, activations } from '../../math/activations.js';
import { analyse, type Analysis, type HingeCause, type Reason } from '../../math/analysis.js';
import { judgedByGoal, type Lesson, type LessonUnit } from '../../math/lesson.js';
import { exactnessOf, goalHints, noExactText } from './lab-approx.js';
import type { Solution } from './lab-fit.js';
import type { Point } from '../../math/piecewise.js';
import { formatShort } from '../../plot/format.js';
import { listOf, plural, sharedStrings, translator, type StringKey, type Translate } from '../strings.js';
import { labStrings } from './lab-strings.js';
import { laterStrings } from './lab-strings-later.js';
import { frozenOf, locksOf, type LabModel } from './lab-model.js';
import { num, ownHints, roleWords, type Words } from './lab-roles.js';
import { isNotebookLesson } from './lab-text.js';

/** The English of the words that load with the analysis (lab-strings-later.ts). */
export { laterStrings };

/** Per target (its knots' identity), the analyses of its lesson shapes: the knots are never turned into a key. */
const cache = new WeakMap<readonly Point[], Map<string, Analysis>>();

let englishWords: Translate | undefined;
/** The lab's words in English, for console warnings and callers without the lab's own. */
export const english = (): Translate => (englishWords ??= translator(null, { ...sharedStrings, ...labStrings, ...laterStrings }));

/** The analysis of the lesson with these locks: computed once per lesson shape (the values the learner moves do not change it). */
export function analysisOf(lesson: Lesson, editableOutput: boolean, frozen: ReadonlySet<string>): Analysis {
  const keeps = (name: string, key: string) => frozen.has(name) || (key === 'v' && !editableOutput);
  const units = lesson.units.map((u, i) => (u.fixed ? u : [u.activation, ...(['w', 'b', 'v'] as const).map((k) => (keeps(`${k}${i}`, k) ? u[k] : null))]));
  const bias = editableOutput && !frozen.has('c') ? null : lesson.outputBias;
  const key = JSON.stringify([units, bias, lesson.range, editableOutput, [...frozen].sort()]);
  let shapes = cache.get(lesson.knots);
  if (!shapes) cache.set(lesson.knots, (shapes = new Map()));
  let a = shapes.get(key);
  if (!a) {
    const { min, max, step } = lesson.range;
    a = analyse({ knots: lesson.knots, units: lesson.units, outputBias: lesson.outputBias, min, max, step, editableOutput, locked: frozen });
    if (shapes.size >= 32) shapes.delete(shapes.keys().next().value!);
    shapes.set(key, a);
  }
  return a;
}

/** A signed change, "+2" or "−3". */
const signed = (x: number, locale: string | undefined) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x), locale)}`;

/** Why units cannot make a change at x: units with the same cause (and value) told together. */
function causesText(causes: readonly HingeCause[], x: number, change: number, lesson: Lesson, { t, locale }: Words): string {
  const n = (v: number) => num(v, locale);
  const { min, max } = lesson.range;
  // The unit's hinge changes the slope with v's sign: the other way than needed.
  const turn = t(change > 0 ? 'reason.fall' : 'reason.rise');
  const groups = new Map<string, HingeCause[]>();
  for (const c of causes) {
    const value = 'value' in c ? c.value : null;
    const key = `${c.why}:${c.why === 'lockedB' && value === 0 ? 'zero' : value}:${c.why === 'smooth' || c.why === 'linear' ? lesson.units[c.unit].activation : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()]
    .map((group) => {
      const c = group[0];
      const many = group.length > 1;
      const ids = group.map((g) => g.unit);
      const names = (p: string) => listOf(ids.map((i) => `${p}${i}`), locale);
      const values = { unit: listOf(ids.map(String), locale), ws: names('w'), bs: names('b'), vs: names('v'), turn, x: n(x), min: n(min), max: n(max) };
      const key = (base: string) => (many ? `${base}.many` : base) as StringKey;
      switch (c.why) {
        case 'locked':
          return group.map((g) => t('cause.locked', { unit: g.unit })).join(t('reason.join'));
        case 'lockedB':
          return t(key(c.value === 0 ? 'cause.lockedB0' : 'cause.lockedB'), { ...values, value: n(c.value) });
        case 'lockedW':
          return group.map((g) => ('value' in g && g.value === 0 ? t('cause.lockedW0', { unit: g.unit }) : t('cause.lockedW', { unit: g.unit, value: n(c.value), b: n(-c.value * x) }))).join(t('reason.join'));
        case 'range':
          return t(key('cause.range'), values);
        case 'sign':
          return c.value === null ? t(key('cause.signRange'), values) : t(key('cause.sign'), { ...values, value: n(c.value) });
        default:
          return t(key('cause.noHinge'), { ...values, activation: activations[lesson.units[c.unit].activation].label });
      }
    })
    .join(t('reason.join'));
}

/** One reason in words. */
export function reasonText(r: Reason, lesson: Lesson, words: Words): string {
  const { t, locale } = words;
  const n = (v: number) => num(v, locale);
  switch (r.kind) {
    case 'curved':
      return t('reason.curved', { unit: r.unit, activation: activations[r.activation].label });
    case 'bends':
      return plural(t, locale, 'reason.bends', r.count, { xs: listOf(r.xs.map(n), locale), count: r.count });
    case 'cannotHinge':
      return t('reason.cannotHinge', {
        x: n(r.x),
        turn: t(r.change > 0 ? 'reason.rise' : 'reason.fall'),
        amount: n(Math.abs(r.change)),
        causes: causesText(r.causes, r.x, r.change, lesson, words),
      });
    case 'tooSteep':
      return t('reason.tooSteep', { x: n(r.x), turn: t(r.change > 0 ? 'reason.rise' : 'reason.fall'), amount: n(Math.abs(r.change)), reach: n(Math.abs(r.reach)) });
    case 'arrangement':
      return t('reason.arrangement', { x: n(r.x), value: n(r.value), slope: n(r.slope) });
    case 'locks':
      return t('reason.locks', { names: listOf([...r.names], locale) });
    case 'smooth':
      return t('reason.smooth', { units: listOf(r.units.map(String), locale) });
    case 'effort':
      return t('reason.effort');
  }
}

/** "No exact solution with these units: …." or "The lab cannot tell …", from the analysis; '' when there is one. */
export function noSolutionText(a: Analysis, lesson: Lesson, words: Words): string {
  if (a.exact === 'yes') return '';
  const reason = a.reasons.map((r) => reasonText(r, lesson, words)).join(words.t('reason.join'));
  return words.t(a.exact === 'no' ? 'lab.noSolution' : 'lab.unknownSolution', { reason });
}

/** The change of slope a unit makes at its hinge: (1 − α)·|w|·v. */
const changeOf = (u: LessonUnit) => (u.activation === 'leaky-relu' ? 1 - LEAKY_SLOPE : 1) * Math.abs(u.w) * u.v;

/** What the solution does, unit by unit, with its values. */
export function solutionText(a: Analysis, lesson: Lesson, editableOutput: boolean, words: Words): string {
  const { t, locale } = words;
  const s = a.solution;
  if (!s) return noSolutionText(a, lesson, words);
  const n = (v: number) => num(v, locale);
  const parts = s.units.flatMap((u, index) => {
    const role = s.roles[index];
    if (!role) return [];
    // Its values: w and b, and v where the output weights are the learner's to set.
    const params = [`w${index} = ${n(u.w)}`, `b${index} = ${n(u.b)}`, ...(editableOutput ? [`v${index} = ${n(u.v)}`] : [])].join(', ');
    const values = { index, values: params, slope: n(u.w * u.v), change: signed(changeOf(u), locale), value: n(u.v * activations[u.activation].fn(u.b)) };
    if (role.kind === 'wakes' || role.kind === 'sleeps') return [t(`solution.${role.kind}`, { ...values, x: n(role.x) })];
    if (role.kind === 'on' && u.w === 0) return [t('solution.flat', values)];
    return [t(`solution.${role.kind}`, values)];
  });
  if (editableOutput && s.outputBias !== 0) parts.push(t('solution.bias', { c: n(s.outputBias) }));
  return t('lab.solutionAny', { parts: parts.join(t('reason.join')) });
}

/** Whether the notebook's own three hints are true here: its lesson, nothing locked, solved its way. */
function notebookHintsHold(a: Analysis, notebook: boolean, frozen: ReadonlySet<string>): boolean {
  const roles = a.solution?.roles;
  return notebook && frozen.size === 0 && roles?.[1]?.kind === 'wakes' && roles[2]?.kind === 'wakes';
}

/**
 * The lesson's three hints. The notebook's own words where they hold; else, from the analysis:
 * how a unit makes a bend, the bends (and start) the free units must make, and one way that
 * works with the locks (roles only, no values), or why there is none.
 */
export function hintsOf(a: Analysis, lesson: Lesson, o: { notebook: boolean; editableOutput: boolean; frozen: ReadonlySet<string>; notebookHints: () => string[] }, words: Words): string[] {
  if (notebookHintsHold(a, o.notebook, o.frozen)) return o.notebookHints();
  const { t, locale } = words;
  const n = (v: number) => num(v, locale);
  const { needs } = a;
  const fixed = lesson.units.some((u) => u.fixed);
  const bends = needs.bends.length
    ? t('lab.hintBends', { xs: listOf(needs.bends.map((b) => n(b.x)), locale), changes: listOf(needs.bends.map((b) => signed(b.change, locale)), locale) })
    : t('lab.hintNoBends');
  const second = [bends, ...(fixed ? [t('lab.hintFixed')] : [])];
  const cFree = o.editableOutput && !o.frozen.has('c');
  if (Math.abs(needs.value) > 1e-9 || Math.abs(needs.slope) > 1e-9) {
    second.push(t(cFree ? 'lab.hintStartBias' : 'lab.hintStart', { x0: n(a.domain[0]), value: n(needs.value), slope: n(needs.slope) }));
  }
  let third: string;
  if (a.solution) {
    const parts = a.solution.roles.flatMap((role, index) => (role ? [roleWords(index, role, words)] : []));
    const locked = [...o.frozen];
    third = t('lab.hintWay', { parts: listOf(parts, locale) });
    if (locked.length) third += ` ${plural(t, locale, 'lab.hintKeeps', locked.length, { names: listOf(locked, locale) })}`;
  } else third = `${noSolutionText(a, lesson, words)} ${t('lab.hintClose')}`;
  return [t('lab.hintAny1'), second.join(' '), third];
}

const hintCache = new WeakMap<Analysis, { t: Translate; locale: string | undefined; notebook: boolean; hints: string[] }>();

/** The hints of the lesson shown: the challenge author's own, else the lab's three (worked out when first read). */
export function shownHints(m: LabModel, words: Words): readonly string[] {
  return ownHints(m) ?? labHints(m, words);
}

/** The lab's three hints for the lesson shown, with its locks: computed once per lesson shape and language. */
export function labHints(m: LabModel, words: Words): string[] {
  const { units, outputBias } = m.lesson;
  const frozen = frozenOf(m, locksOf(m));
  // Data and formulas: hints read from the points and the values now (where the largest gap is).
  if (judgedByGoal(m.lesson)) return goalHints(m, frozen, words);
  const a = analysisOf(m.lesson, m.editableOutput, frozen);
  const notebook = isNotebookLesson(units, outputBias, m.editableOutput);
  const seen = hintCache.get(a);
  if (seen && seen.t === words.t && seen.locale === words.locale && seen.notebook === notebook) return seen.hints;
  const hints = hintsOf(a, m.lesson, { notebook, editableOutput: m.editableOutput, frozen, notebookHints: () => lessonHints(m.lesson.knots, words.t, words.locale) }, words);
  hintCache.set(a, { ...words, notebook, hints });
  return hints;
}

/** The lesson's exact solution, from its one analysis (lab-analysis.ts), keeping the `frozen` parameters as they are. */
export function solveLesson(lesson: Lesson, editableOutput: boolean, frozen: ReadonlySet<string>, words: { t: Translate; locale: string | undefined } = { t: english(), locale: undefined }): Solution {
  if (judgedByGoal(lesson)) {
    // Data and formulas: judged by the goal; the points alone may rule out an exact match.
    const why = noExactText(lesson, words);
    const reason = why || words.t('reason.goal', { goal: formatShort(lesson.goal, 2, words.locale) });
    return { ok: false, exact: exactnessOf(lesson).exact, units: lesson.units, outputBias: lesson.outputBias, reason };
  }
  const a = analysisOf(lesson, editableOutput, frozen);
  if (a.solution) return { ok: true, exact: 'yes', units: a.solution.units, outputBias: a.solution.outputBias, reason: '' };
  const reason = a.reasons.map((r) => reasonText(r, lesson, words)).join(words.t('reason.join'));
  return { ok: false, exact: a.exact, units: lesson.units, outputBias: lesson.outputBias, reason };
}

const slopeOf = (knots: readonly Point[], i: number) =>
  i + 1 < knots.length ? (knots[i + 1][1] - knots[i][1]) / (knots[i + 1][0] - knots[i][0]) : 0;

/** Three hints, revealed one at a time, in the lesson's spirit. */
export function lessonHints(knots: readonly Point[], t: Translate, locale?: string): string[] {
  const n = (v: number) => formatShort(v, 2, locale);
  const x1 = n(knots[1]?.[0] ?? 1);
  const x2 = n(knots[2]?.[0] ?? 2);
  const s1 = n(slopeOf(knots, 1));
  const s2 = n(knots.length > 3 ? slopeOf(knots, 2) : slopeOf(knots, 1));
  // "b1 = −w1" rather than "b1 = −1·w1": the way a teacher writes it.
  const rule = (i: number, x: string) => `b${i} = −${x === '1' ? '' : `${x}·`}w${i}`;
  return [t('lab.hint1'), t('lab.hint2', { x1, s1, rule: rule(1, x1) }), t('lab.hint3', { x2, s2, rule: rule(2, x2) })];
}
