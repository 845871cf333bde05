import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { handlesFor, isLocked, knobName, lockedConverter, readHidden, readLocks, type Locks } from './lab-inputs.js';
import { isNotebookLesson } from './lab-text.js';
import { historyKeys, listenKeys } from './lab-keys.js';
import { buttonsRow, feedback, hintsList, knobsOf, lossFigure, mainColumn, sliderHooks, sliderRow, slidersBlock, unitsColumn } from './lab-controls.js';
import { LabViews, cursorReadout, labColumns, settledMessage, soundTrace, type LabView } from './lab-view.js';
import { frozenParams, solveLesson, type RevealResult, type Solution, type TrainResult } from './lab-fit.js';
import { LabRunsController } from './lab-runs.js';
import { labStyles } from './relu-fit-lab.styles.js';
import { ChallengeController, type ChallengeInput, type ChallengeProgress } from './lab-challenges.js';
import { challengeStyles } from './lab-challenges.styles.js';
import { numberAttribute } from '../attributes.js';
import { exportPng, exportSvg } from './export.js';

/** The live region speaks once the learner has paused this long. */
const ANNOUNCE_DELAY_MS = 900;

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
 * @csspart status - The matched message (the announcer speaks it).
 * @csspart buttons - The row of buttons.
 * @csspart button - Each button.
 * @csspart listen - The Listen button (also part "button"): one name, pressed while playing, described by what it plays.
 * @csspart primary - The hint button, the bar's primary action (also part "button").
 * @csspart undo - The Undo button (also part "button").
 * @csspart redo - The Redo button (also part "button").
 * @csspart more - The "More" disclosure (a details element) holding the solution, fit, Listen and download buttons; its summary is also part "button".
 * @csspart announcer - The lab's one live region (polite, visually hidden): once the learner pauses, it says what a change settled (Reset, undo, the error, the unit it moved), a hint revealed, or the note a solution or fit left.
 * @csspart hints - The list of revealed hints.
 * @csspart hint - Each revealed hint, and the solution's explanation.
 * @csspart handle - The drag handles on editable unit plots (hinge and slope): each a 44 px touch target around a small mark.
 * @csspart loss - The loss curve shown while fitting automatically.
 * @csspart challenge - With `challenges`: the heading above the lab, "Challenge 2 of 3: Zigzag" (and "(solved)").
 * @csspart next - The "Next challenge" button, shown once the current challenge is matched; the primary action then (also part "button").
 * @csspart complete - The message shown instead of "Next challenge" once every challenge is solved.
 *
 * @cssprop [--relu-color-target=#0096ff] - The target line.
 * @cssprop [--relu-color-output=#ff9300] - The network output line (dashed).
 * @cssprop [--relu-color-z=#0096ff] - The units' z lines (dashed).
 * @cssprop [--relu-color-a=#ff40ff] - The units' a lines.
 * @cssprop [--relu-color-success=#1a7f37] - The matched state.
 */
export class ReluFitLab extends LessonElement {
  protected static override readonly texts = { ...sharedStrings, ...labStrings };
  static override styles = [sharedStyles, unitFigureStyles, labStyles, challengeStyles];

  /**
   * Space-separated parts to leave out: main (the "Match Target" plot), units, sliders, error, hints, solution, train, listen, export, reset, undo (undo and redo).
   * @type {'main' | 'units' | 'sliders' | 'error' | 'hints' | 'solution' | 'train' | 'listen' | 'export' | 'reset' | 'undo' | string}
   */
  @property() hide = '';
  /**
   * What the learner may not move. `true` (or the bare attribute) locks every parameter: sliders
   * and handles are read-only, and Reset, the solution and the fit are hidden. A space-separated
   * list locks only the parameters it names, as the sliders name them: `w1 b1 v1` for unit 1's
   * weight, bias and output weight, `c` for the output bias. `locked="b1 w2 b2"` lets the learner
   * move only w1; the solution and the fit leave locked parameters as they are.
   * @type {boolean | string}
   */
  @property({ reflect: true, converter: lockedConverter }) locked: boolean | string = false;
  /**
   * A sequence of lessons, `{ title?, target, units?, outputBias?, editableOutput?, tolerance? }` each (absent fields take
   * the notebook's defaults, not the previous challenge's); the attribute takes the same as JSON. A bad list warns, naming
   * the entry and the problem, and keeps the current one. Reading gives the list with the defaults filled in. Default: none.
   */
  @property({ attribute: 'challenges' })
  get challenges(): readonly ChallengeInput[] { return this.sequence.list; }
  set challenges(value: readonly ChallengeInput[]) { this.sequence.setList(value); }
  /** Which challenge is loaded, from 0; setting it loads that lesson, where Reset returns. Out of range warns and keeps it. Default 0. */
  @property({ converter: numberAttribute, reflect: true })
  get challenge(): number { return this.sequence.index; }
  set challenge(value: number) { this.sequence.select(value); }
  /** Saves the challenges' progress (solved, assisted, current challenge) in localStorage under this key and restores it on load. */
  @property({ attribute: 'progress-key' })
  get progressKey(): string { return this.sequence.key; }
  set progressKey(value: string) { this.sequence.setKey(value); }
  /** Where the challenge sequence stands: `{ challenge, solved, assisted }`, as relu-progress carries it. */
  get progress(): ChallengeProgress { return this.sequence.progress; }

  @state() private hintsShown = 0;

  private readonly widths = new WidthController(this, { lab: '.lab', main: '.figure-main', unit: '.figure-unit0' }, (width, em) => ({
    lab: width,
    ...labColumns(width, em, this.hiddenParts.has('units')),
  }));
  private readonly cursor = new CursorController(this, () => this.samples.domain);
  /** Speaks the error once the learner pauses. */
  private readonly announcer = new AnnouncerController(this, ANNOUNCE_DELAY_MS);
  private readonly audio = new AudioController(this);

  /** The solution's animation and the fit: one at a time, each promise settles. */
  private readonly runs = new LabRunsController(this, this.store, () => ({ t: this.t, locale: this.locale, frozen: this.frozen }));
  /** The challenge sequence: loads each lesson into the store, records solves, saves progress. */
  private readonly sequence = new ChallengeController(this, this.store, {
    warn: (attribute, value, reason) => this.guard.warn(attribute, value, reason),
    words: () => ({ t: this.t, locale: this.locale }),
    announce: (text) => this.announcer.say('challenge', text, true),
    restart: () => { this.runs.interrupt(); this.runs.clear(); this.hintsShown = 0; },
  });
  private hiddenParts: ReadonlySet<string> = new Set();
  private locks: Locks = readLocks(false).locks;
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
  get snapshot(): LabState { return this.store.snapshot; }

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

  /** Back to the values the lab started with, hints closed: a new attempt (unassisted, no hints used). Fires relu-input and relu-change. */
  reset(): void {
    this.runs.interrupt();
    this.runs.clear();
    this.hintsShown = 0;
    this.store.reset();
  }

  /**
   * Undoes the last committed change (a slider released, a number entered, Reset, the solution,
   * a fit), restoring the values before it exactly; Ctrl/⌘+Z in the lab does the same. Fires
   * relu-input and relu-change. Returns false when there is nothing to undo. An author's change
   * to the lesson (an attribute or property) starts a new history.
   */
  undo(): boolean {
    this.runs.interrupt();
    return this.store.undo();
  }

  /** Redoes the last undone change (Shift+Ctrl/⌘+Z or Ctrl+Y in the lab). Returns false when there is none. */
  redo(): boolean {
    this.runs.interrupt();
    return this.store.redo();
  }

  /** Whether `undo()` has a change to undo. */
  get canUndo(): boolean { return this.store.canUndo; }

  /** Whether `redo()` has a change to redo. */
  get canRedo(): boolean { return this.store.canRedo; }

  /** Reveals the next of three hints; after the last, hides them all. */
  showHint(): void {
    this.hintsShown = this.hintsShown >= (this.view?.hints.length ?? 0) ? 0 : this.hintsShown + 1;
    if (this.hintsShown) this.store.hintRead(this.hintsShown);
  }

  /**
   * The exact construction for the current target with the current units,
   * where one exists: one free unit waking at each point where the target
   * (less the fixed units) changes slope, adding that change. When there is
   * none, `ok` is false and `reason` says why (too few units, a falling slope
   * with fixed output weights, a value beyond the slider range). Changes nothing.
   */
  solve(): Solution {
    return solveLesson(this.lesson, this.editableOutput, this.frozen);
  }

  /** The free parameters the learner may not move (by slider name), which the solution and the fit leave alone. */
  private get frozen(): Set<string> { return frozenParams(this.lesson, this.editableOutput, this.locks); }

  /**
   * Moves the sliders to `solve()`'s construction, animated (instantly under
   * `prefers-reduced-motion`), firing relu-input as it goes and relu-change at
   * the end, and explains it. When there is no exact construction it says why
   * and changes nothing. Resolves `{ ok, interrupted }`: a slider, Reset, a fit,
   * another reveal or removal interrupts it, leaving the sliders on the grid.
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
   * matched, after `maxSteps`, or on `stopTraining()`; anything else that
   * moves the parameters interrupts it (`interrupted: true`, nothing committed).
   */
  train(options: { maxSteps?: number; learningRate?: number } = {}): Promise<TrainResult> {
    return this.runs.train(options);
  }

  /** Stops `train()` after the current step, keeping (and committing) what it reached. */
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
   * alternatives.
   */
  toSVG(): string {
    if (!this.hasUpdated) {
      if (!this.isConnected || !this.shadowRoot) {
        throw new DOMException('<relu-fit-lab> draws its figure once it is in a document: append it before toSVG() or toPNG()', 'InvalidStateError');
      }
      // Appended but not drawn yet: draw now rather than export nothing.
      this.performUpdate();
    }
    const { lesson, evaluation, t, locale } = this;
    // Under the plots, a caption says what the learner did: the formula, the parameters and the error.
    return exportSvg(this.shadowRoot!, t('lab.title'), this.view.main.description, { lesson, evaluation, t, locale });
  }

  /** The current figure as a PNG image (2× for sharp screens). Needs `img-src blob:` under a CSP. */
  async toPNG(scale = 2): Promise<Blob> {
    return exportPng(this.toSVG(), scale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.store.settle();
    for (const [name, read] of [['hide', readHidden], ['locked', readLocks]] as const) {
      if (!changed.has(name)) continue;
      const result = read(this[name]);
      if (result.problem) this.guard.warn(name, this[name], result.problem);
      if ('parts' in result) this.hiddenParts = result.parts;
      else this.locks = result.locks;
    }
    const { units, outputBias } = this.lesson;
    if (this.sampled !== this.samples) this.cursor.clampToDomain();
    this.sampled = this.samples;
    const [mainWidth, unitWidth] = [this.widths.get('main', 600), this.widths.get('unit', 300)];
    const notebook = isNotebookLesson(units, outputBias, this.editableOutput);
    this.view = this.views.build({ ...this.store.derived, mainWidth, unitWidth, t: this.t, locale: this.locale, notebook, compact: this.grouped, inFlight: this.store.lastCommit.lesson !== this.lesson });
    // Spoken once the learner pauses: each settled change, a hint revealed, the note a solution or fit leaves.
    const { t, locale, view, hintsShown } = this;
    this.announcer.onChange('commit', this.store.lastCommit, (previous) => settledMessage(this.store.lastCommit, previous, view, this.evaluation, t, locale));
    this.announcer.onChange('hint', hintsShown, () => (hintsShown ? t('lab.hintSpoken', { n: hintsShown, text: view.hints[hintsShown - 1] }) : ''));
    this.announcer.onChange('note', this.runs.note, () => this.runs.note?.text ?? '');
  }

  private sampled: Samples | null = null;

  /** Narrower than the two-column layout (40em, as in the styles): each unit's plot goes with its sliders. */
  private get grouped(): boolean {
    return this.widths.get('lab', Infinity) < 40 * this.widths.em && !this.hiddenParts.has('units') && !this.hiddenParts.has('sliders');
  }

  /** A drag handle moved unit `index` to w, b. */
  private handleDrag = (index: number, w: number, b: number, commit: boolean): void => {
    this.runs.interrupt();
    this.store.drag(index, w, b, commit);
  };

  private readonly sliderHooks = sliderHooks(this.store, {
    interrupt: () => this.runs.interrupt(),
    editing: (id) => (this.editing = id),
  });
  private handleKey = (event: KeyboardEvent): void => historyKeys(event, this);
  private handlePlotKey = (event: KeyboardEvent): boolean => listenKeys(event, this, this.audio.playing);

  protected override render() {
    const { t, locale, lesson, view } = this;
    const { units, outputBias, range } = lesson;
    const x = this.cursor.x;
    const common = { t, locale, cursor: this.cursor, toggleTable: this.toggleTable };
    const editable = !this.locks.all;
    const locks = this.locks;
    const readout = cursorReadout(units, x, view.tableReadings, t, locale);
    // The readout keeps the last reading after focus leaves (screen readers hear the explorer's value).
    const lastReading = x === null ? cursorReadout(units, this.cursor.last, view.tableReadings, t, locale).text : readout.text;
    const handleContext = { t, locale, step: range.step, min: range.min, max: range.max, change: this.handleDrag };
    const hidden = this.hiddenParts;
    const column = { views: view.units, units, handlesOf: (i: number) => handlesFor(locks, i), x, on: readout.on, range, openTables: this.openTables, common, handleContext };
    const grouped = this.grouped;
    const knobs = knobsOf(units, this.editableOutput);
    const withSliders = new Set(grouped ? knobs.map((k) => k.unit) : []);
    const buttons = { t, editable, hidden, hintsShown: this.hintsShown, hintCount: this.view.hints.length, running: this.runs.running, playing: this.audio.playing, canUndo: this.canUndo, canRedo: this.canRedo };
    return html`<div class="lab" part="base" @keydown=${this.handleKey}>
      ${this.sequence.heading()}
      <div class="layout ${this.matched ? 'is-matched' : ''} ${hidden.has('units') ? 'no-units' : ''} ${hidden.has('main') ? 'no-main' : ''}">
        ${hidden.has('main') ? nothing : mainColumn(view, { units, outputBias, tableOpen: this.openTables.has('main'), keyDown: this.handlePlotKey, common, valueText: readout.text })}
        <div class="controls" part="controls">
          ${hidden.has('sliders')
            ? nothing
            : slidersBlock(knobs, (k) => sliderRow(k, { range, locked: isLocked(locks, knobName(k)), editing: this.editing, t }, this.sliderHooks), grouped ? column : null, this.editableOutput, t)}
          ${hidden.has('error') ? nothing : feedback({ t, locale, evaluation: this.evaluation, tolerance: lesson.tolerance })}
          ${this.sequence.next()}
          ${buttonsRow(buttons, this)}
          ${lossFigure(this.runs.losses, t, locale)}
          ${hintsList(hidden.has('hints') ? [] : this.view.hints.slice(0, this.hintsShown), this.runs.note)}
        </div>
        ${hidden.has('units') ? nothing : unitsColumn(column, units.map((_, i) => i).filter((i) => !withSliders.has(i)))}
      </div>
      <div class="visually-hidden" part="readout">${lastReading}</div>
      <p class="visually-hidden" part="announcer" role="status">${this.announcer.message}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-fit-lab': ReluFitLab;
  }
}
