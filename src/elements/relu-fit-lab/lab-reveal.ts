/**
 * "Show the solution" and "Show a good fit" as runs of the lab (lab-runs.ts holds what runs and
 * ends them): the solution from the lesson's analysis, animated to and explained, or the best of
 * several seeded fits for data and formulas. Loaded on first use, with the analysis.
 */
import type { LoopEnd } from '../frame-loop-controller.js';
import { judgedByGoal, type LessonUnit, type Placement } from '../../math/lesson.js';
import { ANIMATION_MS, between, eased, prefersReducedMotion, type RevealResult } from './lab-fit.js';
import { analysisOf, noSolutionText, solutionText as analysisSolutionText } from './lab-analysis.js';
import { frozenOf, locksOf } from './lab-model.js';
import { isNotebookLesson } from './lab-text.js';
import type { Point } from '../../math/piecewise.js';
import { formatShort } from '../../plot/format.js';
import type { Translate } from '../strings.js';
import type { RunCore } from './lab-runs.js';

/**
 * "Show the solution": the lesson's exact solution animated to and explained, or why there is none
 * (data and formulas: a good fit). `ends` is the lab's count of ended runs when it was asked for.
 */
export async function reveal(core: RunCore, ends: number): Promise<RevealResult> {
  if (judgedByGoal(core.store.model.lesson)) return goodFit(core, ends);
  const { t, locale } = core.words();
  const m = core.store.model;
  const frozen = frozenOf(m, locksOf(m));
  const a = analysisOf(m.lesson, m.editableOutput, frozen);
  // Ended while the analysis loaded (a slider, Reset, a fit, removal): nothing was shown.
  if (ends !== core.ends) return { ok: a.solution !== null, interrupted: true };
  const solution = a.solution;
  if (!solution) {
    core.store.dispatch({ type: 'note', note: { kind: 'failed', text: noSolutionText(a, m.lesson, { t, locale }) } });
    await core.host.updateComplete;
    return { ok: false, interrupted: false };
  }
  if (!core.store.dispatch({ type: 'run', by: 'solution', now: Date.now() })) return { ok: false, interrupted: false };
  const [, u1, u2] = solution.units;
  // The notebook's own words where they describe this solution (units 1 and 2 waking up in turn).
  const notebookWay = isNotebookLesson(m.lesson.units, m.lesson.outputBias, m.editableOutput) && solution.roles[1]?.kind === 'wakes' && solution.roles[2]?.kind === 'wakes';
  const text = notebookWay
    ? solutionText(m.lesson.knots, { w1: u1.w, b1: u1.b, w2: u2.w, b2: u2.b }, t, locale)
    : analysisSolutionText(a, m.lesson, m.editableOutput, { t, locale });
  const { interrupted } = await animateTo(core, { units: solution.units, outputBias: solution.outputBias }, solution.onGrid ? 'clamp' : 'free');
  if (!interrupted) core.store.dispatch({ type: 'note', note: { kind: 'solution', text } });
  await core.host.updateComplete;
  return { ok: true, interrupted };
}

/**
 * "Show a good fit" (data and formulas): the best of several seeded fits from the lesson's
 * starting values (locked parameters as they are), computed a few milliseconds per frame (at once
 * under reduced motion), then animated to and explained with its error.
 */
export async function goodFit(core: RunCore, ends: number): Promise<RevealResult> {
  // Ended while this code loaded: it never started.
  if (ends !== core.ends) return { ok: true, interrupted: true };
  // The search's code loads on first use; the run starts now, in the store, so anything that ends
  // a run while that code loads ends it there.
  if (!core.store.dispatch({ type: 'run', by: 'solution', now: Date.now() })) return { ok: false, interrupted: false };
  const { FRAME_BUDGET_MS, GoodFitSearch } = await import('./lab-good-fit.js');
  if (ends !== core.ends || core.store.model.running !== 'solution') return { ok: true, interrupted: true };
  const search = new GoodFitSearch(core.store.model);
  if (prefersReducedMotion()) search.advance(Infinity);
  else if ((await core.loop.start('animation', () => search.advance(FRAME_BUDGET_MS), core.restore)).interrupted) return { ok: true, interrupted: true };
  const best = search.best();
  const { interrupted } = await animateTo(core, best.values, best.placement);
  const { t, locale } = core.words();
  if (!interrupted) core.store.dispatch({ type: 'note', note: { kind: 'solution', text: search.note(core.store.model, t, locale) } });
  await core.host.updateComplete;
  return { ok: true, interrupted };
}

/** Animates the free parameters to `to` (instantly under reduced motion), committing at the end. */
function animateTo(core: RunCore, to: { units: readonly LessonUnit[]; outputBias: number }, placement: Placement): Promise<LoopEnd> {
  if (prefersReducedMotion()) {
    core.land(to, placement);
    return Promise.resolve({ interrupted: false });
  }
  const { units: from, outputBias: fromBias } = core.store.model.lesson;
  let start = NaN;
  const frame = (now: number) => {
    if (Number.isNaN(start)) start = now;
    const t = Math.min(1, (now - start) / ANIMATION_MS);
    if (t >= 1) return core.land(to, placement), true;
    return !core.frame({ units: between(from, to.units, t), outputBias: eased(fromBias, to.outputBias, t) });
  };
  return core.loop.start('animation', frame, core.restore);
}

/** The four free parameters. */
export interface Params {
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
}

/** What the solution means, shown once it is revealed. */
export function solutionText(knots: readonly Point[], p: Params, t: Translate, locale?: string): string {
  const n = (v: number) => formatShort(v, 2, locale);
  return t('lab.solutionText', {
    w1: n(p.w1),
    b1: n(p.b1),
    w2: n(p.w2),
    b2: n(p.b2),
    x1: n(knots[1]?.[0] ?? 1),
    x2: n(knots[2]?.[0] ?? 2),
  });
}
