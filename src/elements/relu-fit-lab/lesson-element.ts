import type { PropertyDeclarations } from 'lit';
import type { LessonUnit } from '../../math/lesson.js';
import type { Evaluation, Lesson, Samples } from '../../math/lesson.js';
import { numberAttribute } from '../attributes.js';
import { ReluElement } from '../relu-element.js';
import { translator, type LocaleStrings, type Translate } from '../strings.js';
import { isLaterKey, isPluralVariant, labTable, withLater } from './lab-strings.js';
import type { ChallengeProgress } from '../events.js';
import type { ChallengeInput } from './challenge-list.js';
import { progressOf, type Speech } from './lab-effects.js';
import { lockedConverter } from './lab-inputs.js';
import { readInput } from './lab-setup.js';
import type { ProgressBackend } from './progress-storage.js';
import { evaluation, frozenOf, locksOf, samples, type LabModel } from './lab-model.js';
import type { Solution } from './lab-fit.js';
import { LabStore } from './store-controller.js';
import { LEARNING_RATE_RANGE } from './lab-arrows.js';
import { codeOf } from './lab-code.js';
import { LazyController, analysisCode, stepCode, type Lazy } from './lab-lazy.js';

/**
 * `<relu-fit-lab>`'s lesson as properties: each is a view of the lab's one
 * store (reading asks its model, writing is an author's input, validated
 * there), so nothing is copied back and forth.
 */
export abstract class LessonElement extends ReluElement {
  /** Reactive properties, as Lit declares them without decorators (their docs are on each accessor or field below). */
  static override properties: PropertyDeclarations = {
    w1: { converter: numberAttribute, reflect: true },
    b1: { converter: numberAttribute, reflect: true },
    w2: { converter: numberAttribute, reflect: true },
    b2: { converter: numberAttribute, reflect: true },
    min: { converter: numberAttribute, reflect: true },
    max: { converter: numberAttribute, reflect: true },
    step: { converter: numberAttribute, reflect: true },
    target: { reflect: true },
    tolerance: { converter: numberAttribute, reflect: true },
    data: { attribute: 'data', converter: { fromAttribute: (value: string | null) => value } },
    fn: { attribute: 'fn' },
    domain: { attribute: 'domain' },
    noise: { converter: numberAttribute, reflect: true },
    seed: { converter: numberAttribute, reflect: true },
    goal: { converter: numberAttribute, reflect: true },
    units: { attribute: 'units', converter: { fromAttribute: (value: string | null) => value } },
    outputBias: { attribute: 'output-bias', converter: numberAttribute, reflect: true },
    state: { attribute: 'state' },
    editableOutput: { attribute: 'editable-output', type: Boolean, reflect: true },
    locked: { reflect: true, converter: lockedConverter },
    challenges: { attribute: 'challenges' },
    challenge: { converter: numberAttribute, reflect: true },
    progressKey: { attribute: 'progress-key' },
    learningRate: { attribute: 'learning-rate', converter: numberAttribute, reflect: true },
  };

  /** Weight of unit 1 (shorthand for `units[1].w`). Default 0. */
  get w1(): number { return readInput(this.model, 'w1'); }
  set w1(value: number) { this.store.input('w1', value); }
  /** Bias of unit 1 (shorthand for `units[1].b`). Default 0. */
  get b1(): number { return readInput(this.model, 'b1'); }
  set b1(value: number) { this.store.input('b1', value); }
  /** Weight of unit 2 (shorthand for `units[2].w`). Default 0. */
  get w2(): number { return readInput(this.model, 'w2'); }
  set w2(value: number) { this.store.input('w2', value); }
  /** Bias of unit 2 (shorthand for `units[2].b`). Default 0. */
  get b2(): number { return readInput(this.model, 'b2'); }
  set b2(value: number) { this.store.input('b2', value); }
  /** Lowest slider value. Default -4. */
  get min(): number { return readInput(this.model, 'min'); }
  set min(value: number) { this.store.input('min', value); }
  /** Highest slider value. Default 4. */
  get max(): number { return readInput(this.model, 'max'); }
  set max(value: number) { this.store.input('max', value); }
  /** Slider step; values snap to min + k·step. Default 0.1. */
  get step(): number { return readInput(this.model, 'step'); }
  set step(value: number) { this.store.input('step', value); }
  /** The target's knots, "x,y x,y …" with x increasing, each coordinate within ±1e6. Default "0,2 1,0 2,1 3,4". */
  get target(): string { return readInput(this.model, 'target'); }
  set target(value: string) { this.store.input('target', value); }
  /** Largest absolute error at the samples that still counts as matched. Default 0.05. */
  get tolerance(): number { return readInput(this.model, 'tolerance'); }
  set tolerance(value: number) { this.store.input('tolerance', value); }
  /**
   * Data points as the target instead of knots: "x,y x,y …" (any order, an x may repeat), or as
   * a property an array of `[x, y]` pairs; 2 to 2000 points, each coordinate within ±1e6. Drawn as
   * dots; the error is the mean squared error over the points, and the lesson is judged by `goal`.
   * Empty (or removed) goes back to `target`. Reading gives the pairs (an empty list when the
   * target is not data). Default: none.
   * @type {Array<[number, number]> | string}
   */
  get data(): readonly (readonly [number, number])[] { return readInput(this.model, 'data'); }
  set data(value: readonly (readonly [number, number])[] | string) { this.store.input('data', value); }
  /**
   * A formula in x as the target, sampled over `domain`: numbers, `x`, `+ - * / ^`, parentheses,
   * `sin cos tan exp log sqrt abs min max`, `pi` and `e` (`"sin(x)"`, `"x^2/3 - 1"`). Parsed, never
   * run as script: anything else is refused with a warning naming the position. Without `noise` it
   * is a curve (300 samples, drawn as a line); with `noise`, 50 noisy points drawn as dots. Judged
   * by `goal`. Empty (or removed) goes back to `target`. Default: none.
   */
  get fn(): string { return readInput(this.model, 'fn'); }
  set fn(value: string) { this.store.input('fn', value); }
  /** The x range `fn` is sampled over: two numbers or constant formulas, "from to" (`"0 2*pi"`). Default "0 3". */
  get domain(): string { return readInput(this.model, 'domain'); }
  set domain(value: string) { this.store.input('domain', value); }
  /** With `fn`: the standard deviation of Gaussian noise added to each of its 50 samples (0 to 1e6); 0 draws the curve itself. Default 0. */
  get noise(): number { return readInput(this.model, 'noise'); }
  set noise(value: number) { this.store.input('noise', value); }
  /** With `fn` and `noise`: the seed of the noise, a whole number from 0 to 4294967295; the same seed always gives the same points. Default 1. */
  get seed(): number { return readInput(this.model, 'seed'); }
  set seed(value: number) { this.store.input('seed', value); }
  /** With `data` or `fn`: the mean squared error that reaches the goal (then relu-match fires), 0 to 1e6. Default 0.01. */
  get goal(): number { return readInput(this.model, 'goal'); }
  set goal(value: number) { this.store.input('goal', value); }
  /**
   * The hidden units, `{ w, b, v, fixed, activation }` each (v is the output weight, default 1; activation
   * default "relu"); the attribute takes the same as JSON. Default: the notebook's three units.
   */
  get units(): readonly LessonUnit[] { return readInput(this.model, 'units'); }
  set units(value: readonly LessonUnit[]) { this.store.input('units', value); }
  /** The output unit's bias c: ŷ = c + Σ vᵢ·aᵢ, within ±1e6. Default 0. */
  get outputBias(): number { return readInput(this.model, 'outputBias'); }
  set outputBias(value: number) { this.store.input('outputBias', value); }
  /** The parameters as short text ("w,b,v" per unit joined by "_", then "~" and the output bias) for a share link; setting it applies it. */
  get state(): string { return readInput(this.model, 'state'); }
  set state(value: string) { this.store.input('state', value); }
  /** Shows sliders for the output weights v and the bias c. */
  get editableOutput(): boolean { return readInput(this.model, 'editableOutput'); }
  set editableOutput(value: boolean) { this.store.input('editableOutput', value); }
  /**
   * What the learner may not move. `true` (or the bare attribute) locks every parameter: sliders
   * and handles are read-only, and Reset, undo, the solution and the fit are hidden. A space-separated
   * list locks only the parameters it names, as the sliders name them: `w1 b1 v1` for unit 1's
   * weight, bias and output weight, `c` for the output bias. `locked="b1 w2 b2"` lets the learner
   * move only w1; nothing the learner does (keys, drags, undo, redo, Reset, the solution, the fit)
   * moves a locked parameter. An author's change (attribute or property) still does. `false`,
   * `null` or `''` from a script lock nothing (and remove the attribute). Names of parameters the
   * lab does not have are taken, and warned about.
   * @type {boolean | string}
   */
  get locked(): boolean | string { return readInput(this.model, 'locked'); }
  set locked(value: boolean | string) { this.store.input('locked', value); }

  /**
   * A sequence of lessons, `{ title?, target, units?, outputBias?, editableOutput?, tolerance?, locked?, hide?, prompt?, hints? }`
   * each, or with `data` or `fn` (and `domain`, `noise`, `seed`, `goal`) instead of `target` (absent fields take the notebook's defaults, not the previous challenge's; `locked` and `hide` add to the lab's own;
   * `prompt` is shown and announced with the title; `hints`, 1 to 5 texts, replace the lab's hints); the attribute takes the
   * same as JSON. An invalid entry is skipped with a warning naming its index, and the rest load; a list that is not a list
   * warns and keeps the current one. Reading gives the list with the defaults filled in. The code that reads it loads with
   * the first list (relu-lab.challenge-code.js beside the bundle): the lab is drawn once it is here, and inputs given after
   * the list wait for it, in order. Default: none.
   */
  get challenges(): readonly ChallengeInput[] { return readInput(this.model, 'challenges'); }
  set challenges(value: readonly ChallengeInput[]) { this.store.input('challenges', value); }
  /** Which challenge is shown, from 0; setting it shows that lesson (with the learner's latest values in it), where Reset returns to its start. Out of range warns and keeps it. Default 0. */
  get challenge(): number { return readInput(this.model, 'challenge'); }
  set challenge(value: number) { this.store.input('challenge', value); }
  /**
   * Saves each challenge's record and the learner's latest values in localStorage under
   * `relu-lab:` + this key, and restores them on load (firing relu-progress with `restored: true`).
   * Labs and tabs with the same key merge what they save. A value under that name that relu-lab
   * did not write is never overwritten.
   */
  get progressKey(): string { return this.store.progressKey; }
  set progressKey(value: string) { this.store.setKey(value); }
  /**
   * Where `progress-key` saves and reads: `localStorage` when null (the default), else any object
   * with `getItem(key)` and `setItem(key, text)`, such as relu-lab/scorm's, which keeps progress in
   * the LMS's `suspend_data`. Setting it restores what it holds for these challenges.
   */
  get progressStorage(): ProgressBackend | null { return this.store.progressBackend; }
  set progressStorage(value: ProgressBackend | null) { this.store.setBackend(value); }
  /** Where the challenge sequence stands, as relu-progress carries it. */
  get progress(): ChallengeProgress { return progressOf(this.model); }

  /**
   * The learning rate η of `gradientStep()` and the Step button (the learner sets it beside the
   * button): 0.001 to 1. A value outside warns and the current one is kept. Default 0.1.
   */
  get learningRate(): number { return this.rate; }
  set learningRate(value: number) {
    const { min, max } = LEARNING_RATE_RANGE;
    this.rate = this.guard.number('learning-rate', value, LEARNING_RATE_RANGE.default, (x) => (x >= min && x <= max ? null : `it must be from ${min} to ${max}`));
  }
  private rate: number = LEARNING_RATE_RANGE.default;

  /**
   * One step of plain gradient descent on the error (the fit's gradient, without Adam): every
   * parameter the learner may move (not fixed or locked; v and c with `editable-output`) moves by
   * −`learningRate` × ∂E/∂θ, clamped to the slider range. A commit (one undo step) that counts as
   * assisted, like the fit; the loss curve gains the step, each slider an arrow for its gradient,
   * and the lab says the gradients (and which units are silent at every sample, so no step moves
   * them). Resolves false when nothing may move. Its code loads on the first step
   * (relu-lab.lab-step.js beside the bundle); the step is from the values then.
   */
  async gradientStep(): Promise<boolean> {
    let stepped = false;
    await this.parts.use(analysisCode, () => undefined); // the English of its note on silent units
    await this.parts.use(stepCode, ({ gradientStep, stepNote }) => {
      const step = gradientStep(this.model, this.rate);
      const note = stepNote(step, this.rate, this.t, this.locale);
      stepped = this.store.dispatch({ type: 'step', values: step.values, before: step.before, note, now: Date.now() });
    });
    return stepped;
  }

  /**
   * A Python script, `'numpy'` (the default), `'pytorch'` or `'keras'`, that rebuilds the network (weights,
   * biases, output weights, c) and the target (knots, data or a formula's samples) and prints the lab's
   * error; the "Copy as …" buttons copy it. Loaded on first use. Another language warns and gives NumPy's.
   */
  toCode(language: 'numpy' | 'pytorch' | 'keras' = 'numpy'): Promise<string> {
    return codeOf(this.lesson, language, this.model.challenges[this.model.index]?.title || this.t('lab.title'), (...a) => this.guard.warn(...a));
  }

  /**
   * An exact solution for the current target with the current units, within the slider range and
   * the locks, from the lesson's one analysis: it finds one whenever one exists (units may wake up
   * or go silent at the target's bends, or stay on or silent throughout). `exact` is 'yes', 'no'
   * (then `reason` says why, each part checked true) or 'unknown' (smooth units, or a lesson too
   * large to search whole). Changes nothing. The analysis loads on first use (relu-lab.lab-analysis.js
   * beside the bundle): the promise resolves with the solution for the lesson as it is then.
   */
  async solve(): Promise<Solution> {
    const { solveLesson } = await analysisCode.load();
    const m = this.model;
    return solveLesson(m.lesson, m.editableOutput, frozenOf(m, locksOf(m)), { t: this.t, locale: this.locale });
  }

  /** @internal Says `text` in the live region (the "Copy as" buttons' result). */
  announce(text: string): void { this.say({ topic: 'code', text }); }

  /** Parts loaded on first use (lab-lazy.ts: the analysis, formulas, Step, the challenge view …): `updateComplete` waits for what the lab asked for. */
  protected readonly parts = new LazyController(this, (part, error) =>
    console.warn(`<${this.localName}>: could not load relu-lab.${part}.js (${String(error)}); the lab goes on without it. Host every dist/relu-lab.*.js file beside the bundle.`),
  );
  /** A lesson waiting for its formula code is drawn once the code is here, never half applied. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.store.ready;
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
  /** Runs `then` once each of `codes` has loaded or failed to (each load tracked, so `updateComplete` waits for it). */
  private withCode(codes: readonly Lazy<unknown>[], then: () => void): void {
    const [code, ...rest] = codes;
    if (!code) return then();
    const next = () => this.withCode(rest, then);
    void this.parts.use(code, next, next);
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.parts.busy) {
      await this.parts.settled();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The lab's one owner of state; the properties above are views of it. */
  protected readonly store = new LabStore(this, {
    warn: (attribute, value, reason) => this.guard.warn(attribute, value, reason),
    caution: (attribute, value, reason) => this.guard.caution(attribute, value, reason),
    say: (speech) => this.say(speech),
    withSolver: (then) => void this.parts.use(analysisCode, (code) => then(code.solveLesson)),
    withCode: (codes, then) => this.withCode(codes, then),
  });
  protected get model(): LabModel { return this.store.model; }
  protected get lesson(): Lesson { return this.model.lesson; }
  protected get samples(): Samples { return samples(this.model.lesson); }
  protected get evaluation(): Evaluation { return evaluation(this.model.lesson); }
  /** The lab's words: plural variants taken too, and a plural key given alone said for every count. */
  protected override wordsFor(table?: Partial<LocaleStrings>): Translate {
    // The English of the hints, the solution and the fit's notes comes with the analysis (lab-strings-later.ts).
    return withLater(translator(null, labTable(this.texts, table, this.strings)), () => analysisCode.now?.laterStrings);
  }
  protected override t: Translate = this.wordsFor();
  protected override knows(key: string): boolean {
    return super.knows(key) || isPluralVariant(key) || isLaterKey(key);
  }
  /** Says what a settled change did, in the lab's live region. */
  protected abstract say(speech: Speech): void;
}
