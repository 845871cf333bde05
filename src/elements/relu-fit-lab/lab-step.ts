/**
 * Gradient descent one step at a time (#26): the gradient of the lab's error
 * with respect to every parameter the learner may move, the step −η·gradient,
 * and the words that say it. Plain gradient descent on the same error the fit
 * minimises (the fit uses Adam, which scales each step). Pure (templates aside). Loaded
 * on the first step (lab-lazy.ts), with the arrows it leaves on the sliders: drawn by
 * gradientArrow, styled by lab-step.styles.ts; lab-arrows.ts says which slider has which.
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import { place } from '../../math/lesson.js';
import { isDead, mseGradient } from '../../math/gradient.js';
import { listOf, plural, type Translate } from '../strings.js';
import { knobName, knobsOf } from './lab-inputs.js';
import { formatGradient, type GradientPart } from './lab-arrows.js';
import type { ArrowView } from './lab-controls.js';
import { evaluation, frozenOf, locksOf, paramOf, samples, type LabModel, type Note, type Values } from './lab-model.js';

/** The arrows' styles, adopted by a lab with this code (lab-lazy.ts). */
export { stepStyles as styles } from './lab-step.styles.js';

/** A step: the values it lands on, the error before and after, and each free parameter's gradient. */
export interface GradientStep {
  readonly values: Values;
  readonly before: number;
  readonly after: number;
  readonly parts: readonly GradientPart[];
  /** Units the learner may move (w or b) that are silent at every sample: no step moves them. */
  readonly silent: readonly number[];
}

/**
 * One step from the lab's values now: every parameter the learner may move (not fixed, not
 * locked; v and c only with editable output) moves by −rate × its gradient, clamped to the slider
 * range (not snapped to its grid: the step is exact).
 */
export function gradientStep(m: LabModel, rate: number): GradientStep {
  const { lesson } = m;
  const s = samples(lesson);
  const g = mseGradient(s.xs, s.target, lesson.units, lesson.outputBias);
  const frozen = frozenOf(m, locksOf(m));
  const parts: GradientPart[] = [];
  let units = lesson.units;
  let outputBias = lesson.outputBias;
  for (const knob of knobsOf(lesson.units, m.editableOutput)) {
    const name = knobName(knob);
    if (frozen.has(name)) continue;
    const gradient = knob.key === 'c' ? g.outputBias : g.units[knob.unit][knob.key];
    const now = paramOf({ units, outputBias }, name);
    const next = place(lesson.range, now - rate * gradient, 'free');
    parts.push({ name, gradient, moved: next - now });
    if (knob.key === 'c') outputBias = next;
    else units = units.map((u, i) => (i === knob.unit ? { ...u, [knob.key]: next } : u));
  }
  const values = { units, outputBias };
  const after = evaluation({ ...lesson, ...values }).error;
  const movable = (i: number) => !frozen.has(`w${i}`) || !frozen.has(`b${i}`);
  const silent = lesson.units.flatMap((u, i) => (!u.fixed && movable(i) && isDead(u, s.xs) ? [i] : []));
  return { values, before: evaluation(lesson).error, after, parts, silent };
}

/** What the lab says after a step: the rate, the error before and after, and each gradient (the arrows' text). */
export function stepNote(step: GradientStep, rate: number, t: Translate, locale: string | undefined): Note {
  const n = (v: number) => formatShort(v, 3, locale);
  const gradients = listOf(step.parts.map((p) => t('lab.gradientOf', { name: p.name, value: formatGradient(p.gradient, locale) })), locale);
  const text = [
    t('lab.stepped', { rate: n(rate), before: formatMeasure(step.before, 3, locale), after: formatMeasure(step.after, 3, locale) }),
    step.parts.length ? t('lab.stepGradients', { gradients, rate: n(rate) }) : '',
    // Its words come with the analysis (lesson-element.ts loads it first); a bundle copied without it says the rest.
    step.silent.length && t.has('lab.stepSilent') ? plural(t, locale, 'lab.stepSilent', step.silent.length, { units: listOf(step.silent.map(String), locale) }) : '',
  ].join(' ').trim();
  return { kind: 'step', text, gradient: step.parts };
}

/**
 * The arrow a gradient step leaves on a slider: from the thumb, the way the step moved it (against
 * the gradient), as long as a quarter of the track for the step's largest gradient.
 */
export const gradientArrow: ArrowView = (arrow, value, o) => {
  const { min, max } = o.range;
  const at = (value - min) / (max - min);
  const length = arrow.largest > 0 ? (0.25 * Math.abs(arrow.gradient)) / arrow.largest : 0;
  const title = o.t('lab.arrow', { name: o.id, value: formatGradient(arrow.gradient, o.locale), moved: formatGradient(arrow.moved, o.locale) });
  const way = arrow.gradient > 0 ? 'down' : 'up';
  return html`<span class="gradient ${way}" part="gradient" title=${title} aria-hidden="true"
    style=${styleMap({ '--at': String(at), '--length': String(length) })}></span>`;
};
