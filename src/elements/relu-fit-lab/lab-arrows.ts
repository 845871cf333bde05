/**
 * The Step button's marks that stay on screen (#26): the learning rates a step takes, and the
 * arrow each slider shows for the last step's gradient. The step itself (lab-step.ts) loads on
 * first use. Pure: no DOM.
 */
import { formatShort } from '../../plot/format.js';
import type { SliderArrow } from './lab-controls.js';
import type { Note } from './lab-model.js';

/** The learning rates a step takes, and the default. */
export const LEARNING_RATE_RANGE = { min: 0.001, max: 1, default: 0.1 } as const;

/** One parameter's part of a step: its slider name, ∂E/∂θ, and how far the step moved it. */
export interface GradientPart {
  readonly name: string;
  readonly gradient: number;
  readonly moved: number;
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
