/**
 * Gradient descent one step at a time (#26): the gradient of the lab's error
 * with respect to every parameter the learner may move, the step −η·gradient,
 * and the words that say it. Plain gradient descent on the same error the fit
 * minimises (the fit uses Adam, which scales each step). Pure: no DOM.
 */
import { formatMeasure, formatShort } from '../../plot/format.js';
import { place } from '../../math/lesson.js';
import { mseGradient } from '../../math/gradient.js';
import { listOf, type Translate } from '../strings.js';
import { knobName, knobsOf } from './lab-inputs.js';
import type { SliderArrow } from './lab-controls.js';
import { evaluation, frozenOf, locksOf, paramOf, samples, type LabModel, type Note, type Values } from './lab-model.js';

/** The learning rates a step takes, and the default. */
export const LEARNING_RATE_RANGE = { min: 0.001, max: 1, default: 0.1 } as const;

/** One parameter's part of a step: its slider name, ∂E/∂θ, and how far the step moved it. */
export interface GradientPart {
  readonly name: string;
  readonly gradient: number;
  readonly moved: number;
}

/** A step: the values it lands on, the error before and after, and each free parameter's gradient. */
export interface GradientStep {
  readonly values: Values;
  readonly before: number;
  readonly after: number;
  readonly parts: readonly GradientPart[];
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
  return { values, before: evaluation(lesson).error, after, parts };
}

const arrowCache = new WeakMap<Note, Map<string, SliderArrow>>();

/** The arrow a step's note puts on slider `name` (null when the note is not a step's, or the parameter did not take part). */
export function arrowOf(note: Note | null, name: string): SliderArrow | null {
  if (!note?.gradient) return null;
  let arrows = arrowCache.get(note);
  if (!arrows) {
    const largest = Math.max(0, ...note.gradient.map((p) => Math.abs(p.gradient)));
    arrowCache.set(note, (arrows = new Map(note.gradient.map((p) => [p.name, { gradient: p.gradient, moved: p.moved, largest }]))));
  }
  // A zero gradient moves nothing: no arrow (the note still says 0).
  const arrow = arrows.get(name);
  return arrow && arrow.gradient !== 0 ? arrow : null;
}

/** A gradient or a move: three decimals, or two significant digits when smaller, so it never reads as 0 when it is not. */
export const formatGradient = (v: number, locale: string | undefined): string =>
  formatShort(v, v === 0 ? 0 : Math.max(3, Math.ceil(-Math.log10(Math.abs(v))) + 1), locale);

/** What the lab says after a step: the rate, the error before and after, and each gradient (the arrows' text). */
export function stepNote(step: GradientStep, rate: number, t: Translate, locale: string | undefined): Note {
  const n = (v: number) => formatShort(v, 3, locale);
  const gradients = listOf(step.parts.map((p) => t('lab.gradientOf', { name: p.name, value: formatGradient(p.gradient, locale) })), locale);
  const text = [
    t('lab.stepped', { rate: n(rate), before: formatMeasure(step.before, 3, locale), after: formatMeasure(step.after, 3, locale) }),
    step.parts.length ? t('lab.stepGradients', { gradients, rate: n(rate) }) : '',
  ].join(' ').trim();
  return { kind: 'step', text, gradient: step.parts };
}
