/**
 * "Show a good fit" for lessons judged by their goal (data and formulas,
 * #26): several seeded fits by gradient descent from the lesson's starting
 * values, the best of them kept. Plain data and functions; the lab runs it a
 * few milliseconds per frame (lab-runs.ts). No DOM.
 */
import type { Placement } from '../../math/lesson.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import { listOf, type Translate } from '../strings.js';
import { noExactText } from './lab-approx.js';
import { evaluation, frozenOf, keepFrozen, locksOf, samples, type LabModel, type Values } from './lab-model.js';
import { FitRun } from './lab-train.js';

/** The seeds of the fits tried (each moves every free starting value by its own random step), and their length. */
export const GOOD_FIT = { seeds: [1, 2, 3, 4], steps: 4000 } as const;
/** How long the search may take of each frame, in milliseconds. */
export const FRAME_BUDGET_MS = 10;

export class GoodFitSearch {
  private readonly runs: FitRun[];
  private next = 0;

  constructor(m: LabModel) {
    const frozen = frozenOf(m, locksOf(m));
    // From where Reset returns, so the same lesson always shows the same fit; locked values as they are now.
    const from = keepFrozen(m.start, m.committed, frozen).values;
    const lesson = { ...m.lesson, units: from.units, outputBias: from.outputBias };
    this.runs = GOOD_FIT.seeds.map((seed) => new FitRun(lesson, samples(m.lesson), m.editableOutput, GOOD_FIT.steps, undefined, frozen, seed));
  }

  /** Works for up to `budget` milliseconds (Infinity: to the end); true when every fit is done. */
  advance(budget: number): boolean {
    const until = performance.now() + budget;
    while (this.next < this.runs.length) {
      const run = this.runs[this.next];
      run.advance(50);
      if (run.done) this.next++;
      if (performance.now() >= until) break;
    }
    return this.next >= this.runs.length;
  }

  /** The fit with the lowest error where it lands (on the slider grid unless that loses the goal). */
  best(): { values: Values; placement: Placement; error: number } {
    let best: { values: Values; placement: Placement; error: number } | null = null;
    for (const run of this.runs) {
      const landing = run.landing();
      const values = { units: landing.units, outputBias: run.outputBias };
      const error = run.errorOf(values);
      if (!best || error < best.error) best = { values, placement: landing.onGrid ? 'clamp' : 'free', error };
    }
    return best!;
  }

  /** The note: what was tried, the error reached, whether the goal is, and why an exact match is impossible when the points say so. */
  note(m: LabModel, t: Translate, locale: string | undefined): string {
    const e = evaluation(m.lesson);
    const goal = formatShort(m.lesson.goal, 2, locale);
    const seeds = listOf(GOOD_FIT.seeds.map(String), locale);
    const parts = [
      t('lab.goodFitNote', { fits: GOOD_FIT.seeds.length, steps: GOOD_FIT.steps, seeds, error: formatMeasure(e.error, 3, locale) }),
      t(e.matched ? 'lab.goodFitReached' : 'lab.goodFitMissed', { goal }),
    ];
    const why = noExactText(m.lesson, { t, locale });
    if (why) parts.push(t('lab.hintGoalNoExact', { why }));
    return parts.join(' ');
  }
}
