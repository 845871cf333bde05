import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Samples } from '../../math/lesson.js';
import type { Interval } from '../../math/network.js';
import { AnnouncerController } from '../announcer-controller.js';
import { AudioController } from '../audio-controller.js';
import { CursorController } from '../cursor-controller.js';
import { fire, type LabState } from '../events.js';
import { LessonElement } from './lesson-element.js';
import { sharedStrings } from '../strings.js';
import { labStrings } from './lab-strings.js';
import { sharedStyles } from '../shared.styles.js';
import { LAB_CONNECTED, LAB_DISCONNECTED } from '../unit-source.js';
import { unitFigureStyles } from '../unit-view.styles.js';
import { WidthController } from '../width-controller.js';
import { handlesFor, hiddenOf, isLocked, knobName, readHidden } from './lab-inputs.js';
import { hintCountOf, ownHints } from './lab-roles.js';
import { analysisCode, challengeViewCode, exportCode, stepCode } from './lab-lazy.js';
import { historyKeys, listenKeys } from './lab-keys.js';
import { buttonsRow, feedback, hintsList, knobsOf, lossFigure, mainColumn, sliderHooks, sliderRow, slidersBlock, unitsColumn } from './lab-controls.js';
import { LabViews, cursorReadout, labColumns, type LabView } from './lab-view.js';
import type { RevealResult, TrainResult } from './lab-fit.js';
import { LabRunsController } from './lab-runs.js';
import { labStyles } from './relu-fit-lab.styles.js';
import { soundTrace } from './lab-sound.js';
import { canTravel } from './lab-store.js';
import { explanation, locksOf } from './lab-model.js';
import { detailOf, type Speech } from './lab-effects.js';
import { announce } from './lab-speech.js';
import { arrowOf } from './lab-arrows.js';

const ANNOUNCE_DELAY_MS = 900; // The live region speaks once the learner has paused this long.
export type { RevealResult, Solution, TrainResult } from './lab-fit.js';

/**
 * The notebook's fitting exercise, whole: a piecewise-linear target, a
 * network of three ReLU units summed by a fixed output unit, and sliders for
 * the free weights and biases. Unit 0 is fixed at w0 = −2, b0 = 2; the learner
 * sets w1, b1, w2, b2 until the output matches the target. With no
 * attributes it is exactly the reference lab.
 *
 * @summary The ReLU fitting exercise, live.
 * @tag relu-fit-lab
 *
 * @fires {ReluInputEvent} relu-input - On every change while the learner drags, types, or the solution animates. Bubbles, composed; detail { w1, b1, w2, b2, error, matched, units, outputBias, source, assisted, hintsUsed }.
 * @fires {ReluChangeEvent} relu-change - When a change is committed (slider released, number entered, reset, solution shown, fit ended), only if the values differ from the last commit. Same detail.
 * @fires {ReluMatchEvent} relu-match - Each time the output becomes matched: once, at the end of the solution's animation or a fit, never mid-way. Same detail; grade on `assisted`.
 * @fires {ReluProgressEvent} relu-progress - With `challenges`: when a challenge is solved (relu-match while it is current, from any source but `api`), its `assisted` changes, or another challenge is loaded; not at the first render. Bubbles, composed; detail { challenge, solved, assisted }.
 * @fires {ReluCompleteEvent} relu-complete - Once, when every challenge is solved (not again after a reload that restores it). Same detail.
 *
 * @csspart base - The wrapper of the whole lab.
 * @csspart main-plot - The "Match Target" figure.
 * @csspart formula - The formula captions (ŷ = a0 + a1 + a2, and each unit's z = w·x + b).
 * @csspart units - The column of unit plots.
 * @csspart unit-plot - Each unit's figure.
 * @csspart controls - Sliders, feedback and buttons.
 * @csspart slider - Each parameter's row: label, range input and number input.
 * @csspart label - Each parameter's label.
 * @csspart range - Each range input.
 * @csspart number - Each number input.
 * @csspart feedback - The error readout, its bar and the matched message.
 * @csspart error - The error value.
 * @csspart error-bar - The bar showing how close the output is.
 * @csspart gap - While unmatched, the largest gap and where it is (what decides a match).
 * @csspart status - The matched message (the announcer speaks it).
 * @csspart buttons - The row of buttons.
 * @csspart button - Each button.
 * @csspart listen - The Listen button (also part "button"): one name, pressed while playing, described by what it plays.
 * @csspart primary - The hint button, the bar's primary action (also part "button").
 * @csspart undo - The Undo button (also part "button").
 * @csspart redo - The Redo button (also part "button").
 * @csspart more - The "More" disclosure (a details element) holding the solution, fit, Listen, download and "Copy as" buttons (the last two also part "export", the "Copy as" ones also "copy-code"); its summary is also part "button".
 * @csspart announcer - The lab's one live region (polite, visually hidden): once the learner pauses, it says what a change settled (Reset, undo, the error, the unit it moved), a hint revealed, or the note a solution or fit left.
 * @csspart hints - The list of revealed hints.
 * @csspart network - The network diagram under the main plot (x → units → Σ → ŷ, live; under 360 px wide the formulas are listed under it), with its text alternative.
 * @csspart hint - Each revealed hint, and the solution's explanation.
 * @csspart handle - The drag handles on editable unit plots (hinge and slope): each a 44 px touch target around a small mark.
 * @csspart loss - The loss curve shown while fitting automatically, and after gradient steps.
 * @csspart gradient - After a gradient step, each slider's arrow: from the thumb, the way the step moved it (its title gives ∂E/∂θ).
 * @csspart learning-rate - The learning rate η's box beside the Step button under More.
 * @csspart step - The Step button (also part "button"): one step of gradient descent.
 * @csspart copy-code - Each "Copy as NumPy / PyTorch / Keras" button under More (also parts "button" and "export").
 * @csspart challenge - With `challenges`: the heading above the lab, "Challenge 2 of 3: Zigzag" (and "(solved)").
 * @csspart next - The "Next challenge" button, shown once the current challenge is matched; the primary action then (also part "button").
 * @csspart prompt - With `challenges`: the current challenge's instruction under the heading, when its entry has a `prompt`.
 * @csspart challenge-list - With more than one challenge: the list of challenges under the heading.
 * @csspart challenge-item - Each challenge's button in that list (a tick for a solved one; the current one has `aria-current="step"`).
 * @csspart complete - The message shown once every challenge has been solved (it stays after a reload).
 *
 * @cssprop [--relu-color-target=#0096ff] - The target line.
 * @cssprop [--relu-color-output=#ff9300] - The network output line (dashed).
 * @cssprop [--relu-color-z=#0096ff] - The units' z lines (dashed).
 * @cssprop [--relu-color-a=#ff40ff] - The units' a lines.
 * @cssprop [--relu-color-success=#1a7f37] - The matched state.
 */
export class ReluFitLab extends LessonElement {
  protected static override readonly texts = { ...sharedStrings, ...labStrings };
  static override styles = [sharedStyles, unitFigureStyles, labStyles];
  /** Reactive properties, as Lit declares them without decorators (the lesson's are in LessonElement; `hide`'s docs below). */
  static override properties: PropertyDeclarations = { hide: {} };

  /**
   * Space-separated parts to leave out: main (the "Match Target" plot, with the network diagram), network (the diagram of x → units → Σ → ŷ), units, sliders, error, hints, solution (or good fit), train (the fit and Step), listen, export (the downloads and "Copy as"), reset, undo (undo and redo).
   * @type {'main' | 'network' | 'units' | 'sliders' | 'error' | 'hints' | 'solution' | 'train' | 'listen' | 'export' | 'reset' | 'undo' | string}
   */
  hide = '';
  private readonly widths = new WidthController(this, { lab: '.lab', main: '.figure-main', unit: '.figure-unit0' }, (width, em) => ({
    lab: width,
    ...labColumns(width, em, this.hiddenParts.has('units')),
  }));
  private readonly cursor = new CursorController(this, () => this.samples.domain);
  /** Speaks the error once the learner pauses. */
  private readonly announcer = new AnnouncerController(this, ANNOUNCE_DELAY_MS);
  private readonly audio = new AudioController(this);

  /** The solution's animation and the fit: one at a time, each promise settles. */
  private readonly runs = new LabRunsController(this, this.store, () => ({
    t: this.t,
    locale: this.locale,
    warn: (input: string, value: unknown, reason: string) => this.guard.warn(input, value, reason),
  }));
  private ownHidden: ReadonlySet<string> = new Set();
  /** What is drawn, derived from the lesson in willUpdate. */
  private view!: LabView;
  private readonly views = new LabViews();
  private editing: string | null = null;

  /** Mean squared error of the output over the 300 evenly spaced samples. */
  get error(): number { return this.evaluation.error; }

  /** Whether the largest absolute error at the samples is at most `tolerance`. */
  get matched(): boolean { return this.evaluation.matched; }

  /** The x range: from the first to the last knot of the target. */
  get xRange(): Interval { return this.samples.domain; }

  /** What every event carries. */
  get snapshot(): LabState { return detailOf(this.model); }

  override connectedCallback(): void {
    super.connectedCallback();
    fire(this, new Event(LAB_CONNECTED, { bubbles: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runs.interrupt();
    this.stopListening();
    fire(this, new Event(LAB_DISCONNECTED));
  }

  /**
   * Back to the values the lesson started with (locked parameters stay as they are), hints closed:
   * a new attempt (`attempts` counts them). The record is a fact: Reset never clears `assisted` or
   * lowers `hintsUsed`. Fires relu-input and relu-change.
   */
  reset(): void {
    this.runs.interrupt();
    this.store.dispatch({ type: 'reset', now: Date.now() });
  }

  /**
   * Undoes the last committed change (a slider released, a number entered, Reset, the solution,
   * a fit; one slider's commits within a second, arrow presses say, are one step), restoring the
   * values before it exactly; Ctrl/⌘+Z in the lab does the same. Fires relu-input and relu-change.
   * Locked parameters stay as they are (an entry that changed only those is skipped, and the lab
   * says so once). History restores values, never the record. Returns false when there is
   * nothing to undo. An author's change to the lesson (an attribute or property) starts a new history.
   */
  undo(): boolean {
    this.runs.interrupt();
    return this.store.dispatch({ type: 'undo', now: Date.now() });
  }

  /** Redoes the last undone change (Shift+Ctrl/⌘+Z or Ctrl+Y in the lab). Returns false when there is none. */
  redo(): boolean {
    this.runs.interrupt();
    return this.store.dispatch({ type: 'redo', now: Date.now() });
  }

  /** Whether `undo()` has a change to undo (one the locks allow). */
  get canUndo(): boolean { return canTravel(this.model, 'undo'); }

  /** Whether `redo()` has a change to redo (one the locks allow). */
  get canRedo(): boolean { return canTravel(this.model, 'redo'); }

  /** Reveals the next hint; after the last, hides them all. `hintsUsed` counts the most ever revealed. */
  showHint(): void {
    this.store.dispatch({ type: 'hint', count: this.hintCount, now: Date.now() });
  }

  /**
   * Moves the sliders to `solve()`'s construction, animated (instantly under
   * `prefers-reduced-motion`), firing relu-input as it goes and relu-change at
   * the end, and explains it. From then on the lesson's record says `assisted`.
   * When there is no exact construction it says why and changes nothing. With `data` or `fn` it shows a good fit instead.
   * Resolves `{ ok, interrupted }`: a slider, Reset, a fit, another reveal, a new
   * input or challenge, or removal interrupts it, and the values go back to the
   * last commit.
   */
  revealSolution(): Promise<RevealResult> {
    return this.runs.reveal();
  }

  /**
   * Fits the free parameters by gradient descent (Adam on the mean squared
   * error), showing the loss curve: a batch of steps per animation frame, all
   * at once under `prefers-reduced-motion`, firing relu-input as it goes and
   * relu-change at the end. Dead units (silent at every sample, so without
   * gradient) are re-initialised where the error is largest. Stops when
   * matched, after `maxSteps` (a whole number from 1 to 100000, default 6000),
   * or on `stopTraining()`; `learningRate` is Adam's step size (1e-6 to 10,
   * default 0.05). A bad option warns and its default is used; null means no
   * options. Anything else that moves the parameters interrupts it
   * (`interrupted: true`): the values go back to the last commit. From its start
   * the lesson's record says `assisted`. Its code loads on the first call
   * (relu-lab.lab-train.js beside the bundle); it counts as started from the call.
   */
  train(options: { maxSteps?: number; learningRate?: number } | null = {}): Promise<TrainResult> {
    return this.runs.train(options);
  }

  /** Stops `train()` after the current step, keeping (and committing) what it reached (while its code loads: before any step). */
  stopTraining(): void {
    this.runs.stopTraining();
  }

  /**
   * Plays the main plot as sound: the target as a sine voice and the output
   * as a triangle voice, pitch following y and stereo position following x,
   * with a low buzz where the output departs from the target. Started by the
   * Listen button or the L key on the main plot; never automatic. Pass an
   * `OfflineAudioContext` to render instead of playing. Resolves when done.
   */
  listen(context?: BaseAudioContext): Promise<void> {
    const { voices, alerts } = soundTrace(this.lesson, this.samples, this.evaluation, this.view.main.frame.y.domain);
    return this.audio.play(voices, alerts, context);
  }

  /** Stops the audio trace, if it is playing. */
  stopListening(): void {
    this.audio.stop();
  }

  /**
   * A standalone SVG of the current figure (the main plot and the unit
   * plots) with every style resolved to attributes and generic fonts, so it
   * looks the same anywhere, and a caption beneath: the output formula, the
   * parameters and the error. Its title and description are the plots' text
   * alternatives. Resolves once its code has loaded (relu-lab.export.js beside
   * the bundle, on first use), with the figure as it is then.
   */
  async toSVG(): Promise<string> {
    const { drawnNow, exportSvg } = exportCode.now ?? (await exportCode.load());
    drawnNow(this, () => this.performUpdate());
    const { lesson, evaluation, t, locale } = this;
    // Under the plots, a caption says what the learner did: the formula, the parameters and the error.
    return exportSvg(this.shadowRoot!, t('lab.title'), `${this.view.main.description} ${this.view.main.details ?? ''}`.trim(), { lesson, evaluation, t, locale });
  }

  /** The current figure as a PNG image, `scale` (0.1 to 8, default 2 for sharp screens) times its size. Needs `img-src blob:` under a CSP. */
  async toPNG(scale = 2): Promise<Blob> {
    const ok = typeof scale === 'number' && scale >= 0.1 && scale <= 8;
    if (!ok) this.guard.warn('toPNG(scale)', scale, 'it must be a number from 0.1 to 8; using 2');
    const svg = await this.toSVG();
    return (await exportCode.load()).exportPng(svg, ok ? scale : 2);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.store.settle();
    if (changed.has('hide')) {
      const read = readHidden(this.hide);
      if (read.problem) this.guard.warn('hide', this.hide, read.problem);
      this.ownHidden = read.parts;
    }
    const { units, outputBias } = this.lesson;
    if (this.sampled !== this.samples) this.cursor.clampToDomain();
    this.sampled = this.samples;
    const [mainWidth, unitWidth] = [this.widths.get('main', 600), this.widths.get('unit', 300)];
    const m = this.model;
    const inFlight = m.committed.units !== units || m.committed.outputBias !== outputBias;
    const derived = { lesson: this.lesson, samples: this.samples, evaluation: this.evaluation };
    this.view = this.views.build({ ...derived, mainWidth, unitWidth, t: this.t, locale: this.locale, compact: this.grouped, inFlight });
  }

  /** The hints of the lesson shown: the challenge author's own, else the lab's three (worked out when first read). */
  private get hints(): readonly string[] {
    return ownHints(this.model) ?? this.parts.need(analysisCode)?.labHints(this.model, { t: this.t, locale: this.locale }) ?? [];
  }
  private get hintCount(): number { return hintCountOf(this.model); }
  /** The parts left out: the lab's `hide`, and the current challenge's. */
  private get hiddenParts(): ReadonlySet<string> { return hiddenOf(this.model, this.ownHidden); }

  /** Says what a settled change did, once the learner pauses: a topic's newer message replaces a pending one. */
  protected say(speech: Speech): void {
    // A hint is said with its text: the lab's own hints come with the analysis.
    if (speech.topic === 'hint' && !ownHints(this.model) && !analysisCode.now) return void this.parts.use(analysisCode, () => this.say(speech));
    // A challenge is said with the challenge view's words.
    if ((speech.topic === 'challenge' || speech.topic === 'solved') && !challengeViewCode.now) return void this.parts.use(challengeViewCode, () => this.say(speech));
    announce(this.announcer, speech, { model: this.model, view: this.view, hints: () => this.hints, evaluation: this.evaluation, t: this.t, locale: this.locale, challenges: challengeViewCode.now });
  }

  private sampled: Samples | null = null;
  /** Narrower than the two-column layout (40em, as in the styles): each unit's plot goes with its sliders. */
  private get grouped(): boolean {
    return this.widths.get('lab', Infinity) < 40 * this.widths.em && !this.hiddenParts.has('units') && !this.hiddenParts.has('sliders');
  }

  /** A drag handle moved unit `index` to w, b. */
  private handleDrag = (index: number, w: number, b: number, commit: boolean, burst?: string): void => {
    this.runs.interrupt();
    this.store.dispatch({ type: 'drag', unit: index, w, b, commit, now: Date.now(), burst });
  };

  private readonly sliderHooks = sliderHooks({
    knob: (k) => (k.key === 'c' ? this.lesson.outputBias : this.lesson.units[k.unit][k.key]),
    setKnob: (knob, value, commit) => this.store.dispatch({ type: 'knob', knob, value, commit, now: Date.now() }),
    range: () => this.lesson.range, locale: () => this.locale, warn: (id, text, reason) => this.guard.warn(id, text, reason),
  }, { interrupt: () => this.runs.interrupt(), editing: (id) => (this.editing = id) });

  /** The learner chose a challenge (Next, or the list): shown, and its first slider focused. */
  private handleChallenge = (index: number): void => {
    this.runs.interrupt();
    this.focusStart = this.store.dispatch({ type: 'challenge', index });
  };
  private focusStart = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusStart) return;
    this.focusStart = false;
    const root = this.shadowRoot;
    const target = root?.querySelector<HTMLElement>('[part~="range"]:not(:disabled)') ?? root?.querySelector<HTMLElement>('[part~="challenge"]');
    target?.focus();
  }

  /** Ctrl/⌘+Z and the redo keys, unless undo is hidden, everything is locked, or a number box holds uncommitted text (then the browser's own undo applies). */
  private handleKey = (event: KeyboardEvent): void => {
    const box = event.composedPath()[0] as HTMLInputElement;
    if (!this.hiddenParts.has('undo') && !locksOf(this.model).all && !(box.dataset?.shown !== undefined && box.value !== box.dataset.shown)) historyKeys(event, this);
  };
  /** A learner starts to use the lab: its analysis (hints, the solution) starts to load. */
  private prefetch = (): void => void analysisCode.load().catch(() => {});
  private handlePlotKey = (event: KeyboardEvent): boolean => listenKeys(event, this, this.audio.playing);

  protected override render() {
    const { t, locale, lesson, view } = this;
    const { model: m, lesson: { units, outputBias, range } } = this;
    const x = this.cursor.x;
    const common = { t, locale, cursor: this.cursor, toggleTable: this.toggleTable };
    const locks = locksOf(m);
    const editable = !locks.all;
    const readout = cursorReadout(units, x, view.tableReadings, t, locale);
    const explained = explanation(m);
    // The readout keeps the last reading after focus leaves (for a page's own script: the explorer's value is what is heard).
    const lastReading = x === null ? cursorReadout(units, this.cursor.last, view.tableReadings, t, locale).text : readout.text;
    const handleContext = { t, locale, range, change: this.handleDrag };
    const hidden = this.hiddenParts;
    const column = { views: view.units, units, handlesOf: (i: number) => handlesFor(locks, i), x, on: readout.on, range, openTables: this.openTables, common, handleContext };
    const grouped = this.grouped;
    const knobs = knobsOf(units, m.editableOutput);
    const withSliders = new Set(grouped ? knobs.map((k) => k.unit) : []);
    const challengeView = m.challenges.length ? this.parts.need(challengeViewCode) : undefined; // loaded for a lab with challenges
    const step = explained.note?.gradient ? this.parts.need(stepCode) : undefined; // the Step code draws its arrows (and brings their styles)
    const buttons = { t, editable, hidden, hintsShown: m.hintsShown, hintCount: this.hintCount, running: this.runs.running, playing: this.audio.playing, canUndo: this.canUndo, canRedo: this.canRedo, byGoal: this.evaluation.byGoal, learningRate: this.learningRate };
    return html`<div class="lab" part="base" @keydown=${this.handleKey} @focusin=${this.prefetch} @pointerdown=${this.prefetch}>
      ${challengeView?.challengeHeader(m, t, this.handleChallenge) ?? nothing}
      <div class="layout ${this.matched ? 'is-matched' : ''} ${hidden.has('units') ? 'no-units' : ''} ${hidden.has('main') ? 'no-main' : ''}">
        ${hidden.has('main') ? nothing : mainColumn(view, { units, outputBias, tableOpen: this.openTables.has('main'), keyDown: this.handlePlotKey, common, valueText: readout.text, network: !hidden.has('network'), editableOutput: m.editableOutput })}
        <div class="controls" part="controls">
          ${hidden.has('sliders')
            ? nothing
            : slidersBlock(knobs, (k) => sliderRow(k, { range, locked: isLocked(locks, knobName(k)), editing: this.editing, t, locale, arrow: arrowOf(explained.note, knobName(k)), drawArrow: step?.gradientArrow }, this.sliderHooks), grouped ? column : null, m.editableOutput, t)}
          ${hidden.has('error') ? nothing : feedback({ t, locale, evaluation: this.evaluation, lesson, samples: this.samples })}
          ${challengeView?.challengeNext(m, t, locale, this.handleChallenge) ?? nothing}
          ${buttonsRow(buttons, this)}
          ${lossFigure(explained.losses, t, locale)}
          ${hintsList(hidden.has('hints') || !m.hintsShown ? [] : this.hints.slice(0, m.hintsShown), explained.note)}
        </div>
        ${hidden.has('units') ? nothing : unitsColumn(column, units.map((_, i) => i).filter((i) => !withSliders.has(i)))}
      </div>
      <div class="visually-hidden" part="readout" aria-hidden="true">${lastReading}</div>
      <p class="visually-hidden" part="announcer" role="status">${this.announcer.message}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-fit-lab': ReluFitLab;
  }
}
