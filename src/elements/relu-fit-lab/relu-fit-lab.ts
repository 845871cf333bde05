import { html, noChange, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { construct, type LessonUnit } from '../../math/construct.js';
import { maxAbsoluteError, meanSquaredError } from '../../math/errors.js';
import { networkBreakpoints, networkCurve, networkOutput, networkOutputs, unitOutput, type Interval, type Network } from '../../math/network.js';
import { breakpoints, formatKnots, parseKnots, piecewiseLinear, slopes, type Point } from '../../math/piecewise.js';
import { linspace } from '../../math/sampling.js';
import { createTrainer } from '../../math/train.js';
import { formatNumber, formatShort } from '../../plot/format.js';
import { createFrame } from '../../plot/frame.js';
import { lines as lineMarks, type PointMark } from '../../plot/marks.js';
import { play, sonifyDefaults, toneSchedule, type Playback, type Span } from '../../plot/sonify.js';
import { niceExtent } from '../../plot/ticks.js';
import { numberAttribute } from '../attributes.js';
import { CursorController } from '../cursor-controller.js';
import { ReluChangeEvent, ReluInputEvent, ReluMatchEvent, fire, type LabState } from '../events.js';
import { figure, readoutText, tableXs, type FigureModel, type Reading } from '../figure.js';
import { ReluElement } from '../relu-element.js';
import { sharedStyles } from '../shared.styles.js';
import { LAB_CONNECTED, LAB_DISCONNECTED, LAB_UPDATE } from '../unit-source.js';
import { UNIT_SIZE, unitCaption, unitView, type UnitView } from '../unit-view.js';
import { unitFigureStyles } from '../unit-view.styles.js';
import { WidthController, plotSize } from '../width-controller.js';
import { handles } from './handles.js';
import { DEFAULT_UNITS, readState, readUnits, writeState } from './lab-model.js';
import { describeFit, fitRanges, lessonHints, solutionText } from './lab-text.js';
import { labStyles } from './relu-fit-lab.styles.js';
import { exportPng, exportSvg } from './export.js';

const SHORTHAND = ['w1', 'b1', 'w2', 'b2'] as const;
type Shorthand = (typeof SHORTHAND)[number];
/** A slider: a unit's w, b or v, or the output bias. */
type Knob = { readonly unit: number; readonly key: 'w' | 'b' | 'v' } | { readonly unit: -1; readonly key: 'c' };

/** The notebook's target. */
const DEFAULT_TARGET = '0,2 1,0 2,1 3,4';
/** The notebook computed the error at 300 evenly spaced points. */
const SAMPLE_COUNT = 300;
/** How the main plot sizes itself for its measured width. */
const MAIN_SIZE = { min: 280, max: 900, aspect: 0.6, minHeight: 240, maxHeight: 440 };
const ANIMATION_MS = 700;
/** The live region speaks once the learner has paused this long. */
const ANNOUNCE_DELAY_MS = 900;
/** Gradient steps per animation frame while fitting, and the most it will take. */
const STEPS_PER_FRAME = 25;
const MAX_STEPS = 6000;
const HIDEABLE = ['units', 'sliders', 'error', 'hints', 'solution', 'train', 'listen', 'export', 'reset'];

/** Fraction digits in the shortest decimal form of `x` (0.1 → 1, 1e-7 → 7), at most 12. */
function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(12, Math.max(0, fraction - Number(exponent ?? 0)));
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
const sameUnits = (a: readonly LessonUnit[], b: readonly LessonUnit[]) =>
  a.length === b.length && a.every((u, i) => u.w === b[i].w && u.b === b[i].b && u.v === b[i].v && u.fixed === b[i].fixed && u.activation === b[i].activation);

/** What `train()` reports. */
export interface TrainResult {
  readonly steps: number;
  readonly error: number;
  readonly matched: boolean;
  /** Units that were dead and re-initialised. */
  readonly revived: readonly number[];
}

/** What `solve()` returns: the construction, and whether it is exact. */
export interface Solution {
  readonly ok: boolean;
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  readonly reason: string;
}
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
 * @attr {number} w1 - Weight of unit 1. Default 0.
 * @attr {number} b1 - Bias of unit 1. Default 0.
 * @attr {number} w2 - Weight of unit 2. Default 0.
 * @attr {number} b2 - Bias of unit 2. Default 0.
 * @attr {number} min - Lowest slider value. Default -4.
 * @attr {number} max - Highest slider value. Default 4.
 * @attr {number} step - Slider step; values snap to min + k·step. Default 0.1.
 * @attr {string} target - The target's knots, "x,y x,y …" with x increasing. Default "0,2 1,0 2,1 3,4".
 * @attr {number} tolerance - Largest absolute error at the samples that still counts as matched. Default 0.05.
 * @attr {string} units - The hidden units as JSON: an array of { "w", "b", "v", "fixed", "activation" } (v is the output weight, default 1; activation default "relu"). Default: the notebook's three units.
 * @attr {number} output-bias - The output unit's bias c: ŷ = c + Σ vᵢ·aᵢ. Default 0.
 * @attr {boolean} editable-output - Shows sliders for the output weights v and the bias c.
 * @attr {string} hide - Space-separated parts to leave out: units, sliders, error, hints, solution, train, listen, export, reset.
 * @attr {boolean} locked - The learner cannot change the parameters: sliders and handles are read-only; reset, solution and training are hidden.
 * @attr {string} state - The parameters as short text ("w,b,v" per unit joined by "_", then "~" and the output bias), for sharing a configuration in a link. Reading the property gives the current state.
 *
 * @fires {ReluInputEvent} relu-input - On every change while the learner drags, types, or the solution animates. Bubbles, composed; detail { w1, b1, w2, b2, error, matched, units, outputBias }.
 * @fires {ReluChangeEvent} relu-change - When a change is committed (slider released, number entered, reset, solution shown). Same detail.
 * @fires {ReluMatchEvent} relu-match - Each time the output becomes matched. Same detail.
 * @fires {Event} relu-update - Not bubbling: after the units or the x range change, whatever the cause (how `<relu-unit-plot for>` follows).
 * @fires {Event} relu-lab-connected - Bubbling, not composed: when the lab is connected (so unit plots placed earlier find it).
 * @fires {Event} relu-lab-disconnected - Not bubbling: when the lab is disconnected.
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
 * @csspart status - The matched message (a polite live region).
 * @csspart buttons - The row of buttons.
 * @csspart button - Each button.
 * @csspart listen - The Listen button (also part "button").
 * @csspart announcer - The visually hidden polite live region that speaks the error after the learner pauses.
 * @csspart hints - The list of revealed hints.
 * @csspart hint - Each revealed hint, and the solution's explanation.
 * @csspart handle - The drag handles on editable unit plots (hinge and slope).
 * @csspart loss - The loss curve shown while fitting automatically.
 *
 * @cssprop [--relu-color-target=#0096ff] - The target line.
 * @cssprop [--relu-color-output=#ff9300] - The network output line (dashed).
 * @cssprop [--relu-color-z=#0096ff] - The units' z lines (dashed).
 * @cssprop [--relu-color-a=#ff40ff] - The units' a lines.
 * @cssprop [--relu-color-success=#1a7f37] - The matched state.
 */
export class ReluFitLab extends ReluElement {
  static override styles = [sharedStyles, unitFigureStyles, labStyles];

  /** Weight of unit 1 (shorthand for `units[1].w`). */
  @property({ converter: numberAttribute, reflect: true }) w1 = 0;
  /** Bias of unit 1 (shorthand for `units[1].b`). */
  @property({ converter: numberAttribute, reflect: true }) b1 = 0;
  /** Weight of unit 2 (shorthand for `units[2].w`). */
  @property({ converter: numberAttribute, reflect: true }) w2 = 0;
  /** Bias of unit 2 (shorthand for `units[2].b`). */
  @property({ converter: numberAttribute, reflect: true }) b2 = 0;
  /** Lowest slider value. */
  @property({ converter: numberAttribute, reflect: true }) min = -4;
  /** Highest slider value. */
  @property({ converter: numberAttribute, reflect: true }) max = 4;
  /** Slider step; values snap to min + k·step. */
  @property({ converter: numberAttribute, reflect: true }) step = 0.1;
  /** The target's knots, "x,y x,y …". */
  @property({ reflect: true }) target = DEFAULT_TARGET;
  /** Largest absolute error at the samples that counts as matched. */
  @property({ converter: numberAttribute, reflect: true }) tolerance = 0.05;
  /**
   * The hidden units, `{ w, b, v, fixed, activation }` each. Set it (or the
   * `units` attribute, as JSON) to build a lesson; read it for the current values.
   */
  @property({ attribute: 'units', converter: { fromAttribute: (value: string | null) => value } })
  units: readonly LessonUnit[] = DEFAULT_UNITS;
  /** The output unit's bias c. */
  @property({ attribute: 'output-bias', converter: numberAttribute, reflect: true }) outputBias = 0;
  /** Whether the learner has sliders for the output weights and bias. */
  @property({ attribute: 'editable-output', type: Boolean, reflect: true }) editableOutput = false;
  /**
   * Space-separated parts to leave out.
   * @type {'units' | 'sliders' | 'error' | 'hints' | 'solution' | 'train' | 'listen' | 'export' | 'reset' | string}
   */
  @property() hide = '';
  /** Whether the parameters are read-only for the learner. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** The parameters as short text for a share link; setting it applies it. */
  @property({ attribute: 'state' })
  get state(): string {
    return writeState(this.model, this.bias);
  }
  set state(value: string) {
    this.pendingState = value;
    this.requestUpdate();
  }

  @state() private hintsShown = 0;
  /** The explanation shown after reveal-solution or fitting; null when none. */
  @state() private note: { kind: 'solution' | 'trained' | 'failed'; text: string } | null = null;
  @state() private announcement = '';
  @state() private listening = false;
  @state() private training = false;
  @state() private losses: readonly number[] = [];

  private readonly widths = new WidthController(
    this,
    { main: '.figure-main', unit: '.figure-unit0' },
    // Mirrors relu-fit-lab.styles.ts: two columns (2fr 1fr, 1.25rem apart) from 40rem.
    (width, rem) => {
      if (width < 40 * rem || this.isHidden('units')) return { main: width, unit: width };
      const free = width - 1.25 * rem;
      return { main: (free * 2) / 3, unit: free / 3 };
    },
  );
  private readonly cursor = new CursorController(this, () => this.domain);

  // Validated inputs.
  private model: readonly LessonUnit[] = DEFAULT_UNITS;
  private bias = 0;
  private startModel: { units: readonly LessonUnit[]; bias: number } | null = null;
  private pendingState: string | null = null;
  private range = { min: -4, max: 4, step: 0.1, digits: 1 };
  private knots: readonly Point[] = [[0, 2], [1, 0], [2, 1], [3, 4]];
  private domain: Interval = [0, 3];
  private tol = 0.05;
  private hiddenParts = new Set<string>();

  // Derived.
  private xs: number[] = [];
  private targetFn: (x: number) => number = piecewiseLinear(this.knots);
  private targetYs: number[] = [];
  private predicted: number[] = [];
  private errorValue = NaN;
  private matchedValue = false;
  private main!: FigureModel;
  private tableReadings: readonly Reading[] = [];
  private unitViews: readonly UnitView[] = [];
  private readonly unitCache = new Map<string, UnitView>();
  private hints: readonly string[] = [];

  // Events waiting for the update that carries their state; running work.
  private pending: ('input' | 'change')[] = [];
  private wasMatched = false;
  private started = false;
  private animation = 0;
  private animating = false;
  private editing: string | null = null;
  private announceTimer = 0;
  private announceDue = 0;
  private playback: Playback | null = null;

  /** Mean squared error of the output over the 300 evenly spaced samples. */
  get error(): number {
    return this.errorValue;
  }

  /** Whether the largest absolute error at the samples is at most `tolerance`. */
  get matched(): boolean {
    return this.matchedValue;
  }

  /** The x range: from the first to the last knot of the target. */
  get xRange(): Interval {
    return this.domain;
  }

  /** What every event carries. */
  get snapshot(): LabState {
    const at = (i: number) => this.model[i] ?? { w: 0, b: 0 };
    return {
      w1: at(1).w,
      b1: at(1).b,
      w2: at(2).w,
      b2: at(2).b,
      error: this.errorValue,
      matched: this.matchedValue,
      units: this.model,
      outputBias: this.bias,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    fire(this, new Event(LAB_CONNECTED, { bubbles: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopAnimation();
    this.stopListening();
    clearTimeout(this.announceTimer);
    this.announceTimer = 0;
    fire(this, new Event(LAB_DISCONNECTED));
  }

  // Public actions ---------------------------------------------------------

  /** Back to the values the lab started with; fires relu-input and relu-change. */
  reset(): void {
    this.stopAnimation();
    this.note = null;
    const start = this.startModel ?? { units: DEFAULT_UNITS, bias: 0 };
    this.applyModel(start.units, start.bias, 'input', 'change');
  }

  /** Reveals the next of three hints; after the last, hides them all. */
  showHint(): void {
    this.hintsShown = this.hintsShown >= this.hints.length ? 0 : this.hintsShown + 1;
  }

  /**
   * The exact construction for the current target with the current units,
   * where one exists: one free unit waking at each point where the target
   * (less the fixed units) changes slope, adding that change. When there is
   * none, `ok` is false and `reason` says why (too few units, a falling slope
   * with fixed output weights, a value beyond the slider range). Changes nothing.
   */
  solve(): Solution {
    const { min, max } = this.range;
    const result = construct(this.knots, this.model, this.bias, {
      outputWeights: this.editableOutput,
      outputBias: this.editableOutput,
      min,
      max,
    });
    return { ...result, units: this.onGrid(result.units, this.fit) };
  }

  /**
   * Moves the sliders to `solve()`'s construction, animated (instantly under
   * `prefers-reduced-motion`), firing relu-input as it goes and relu-change at
   * the end, and explains it. When there is no exact construction it says why
   * and changes nothing. Resolves when done.
   */
  revealSolution(): Promise<void> {
    this.stopAnimation();
    const solution = this.solve();
    if (!solution.ok) {
      this.note = { kind: 'failed', text: this.t('lab.noSolution', { reason: solution.reason }) };
      return this.updateComplete.then(() => undefined);
    }
    const text = this.isNotebookLesson()
      ? solutionText(this.knots, { w1: solution.units[1].w, b1: solution.units[1].b, w2: solution.units[2].w, b2: solution.units[2].b }, this.t, this.locale)
      : this.t('lab.hintAny3', { changes: this.slopeChanges() });
    return this.animateTo(solution.units, solution.outputBias).then(() => {
      this.note = { kind: 'solution', text };
    });
  }

  /**
   * Fits the free parameters by gradient descent (Adam on the mean squared
   * error), showing the loss curve: a batch of steps per animation frame, all
   * at once under `prefers-reduced-motion`, firing relu-input as it goes and
   * relu-change at the end. Dead units (silent at every sample, so without
   * gradient) are re-initialised where the error is largest. Stops when
   * matched, after `maxSteps`, or on `stopTraining()`.
   */
  train(options: { maxSteps?: number; learningRate?: number } = {}): Promise<TrainResult> {
    this.stopAnimation();
    const { min, max } = this.range;
    const trainer = createTrainer(this.xs, this.targetYs, this.model, this.bias, {
      outputWeights: this.editableOutput,
      outputBias: this.editableOutput,
      learningRate: options.learningRate,
      min,
      max,
    });
    const maxSteps = options.maxSteps ?? MAX_STEPS;
    const losses: number[] = [];
    let steps = 0;
    this.training = true;
    this.note = null;
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const batch = () => {
      const until = reduced ? maxSteps : Math.min(maxSteps, steps + STEPS_PER_FRAME);
      while (steps < until) {
        losses.push(trainer.step());
        steps++;
        if (steps % STEPS_PER_FRAME === 0 && this.fits(trainer.units, trainer.outputBias)) break;
      }
      this.losses = losses.slice();
      this.animating = true;
      this.applyModel(trainer.units, trainer.outputBias, 'input');
      this.animating = false;
      return this.matchedValue || steps >= maxSteps || !this.training;
    };
    return new Promise<TrainResult>((resolve) => {
      const finish = () => {
        this.animation = 0;
        this.training = false;
        // Land on the slider grid, as a learner would, unless that loses the match.
        const snapped = this.onGrid(this.model, this.snap);
        const keepGrid = this.fits(snapped, this.bias) || !this.fits(this.model, this.bias);
        this.animating = !keepGrid;
        this.applyModel(keepGrid ? snapped : this.model, this.bias, 'change');
        this.animating = false;
        this.updateComplete.then(() => {
          const revived = [...new Set(trainer.revived)];
          const parts = [this.t('lab.trained', { steps, error: formatNumber(this.errorValue, 3, this.locale) })];
          if (revived.length) parts.push(this.t('lab.revived', { units: revived.join(', ') }));
          this.note = { kind: 'trained', text: parts.join(' ') };
          resolve({ steps, error: this.errorValue, matched: this.matchedValue, revived });
        });
      };
      const frame = () => {
        this.updateComplete.then(() => {
          if (!this.training) return finish();
          if (batch()) finish();
          else this.animation = requestAnimationFrame(frame);
        });
      };
      this.trainingFinish = finish;
      if (reduced) {
        batch();
        finish();
      } else this.animation = requestAnimationFrame(frame);
    });
  }

  /** Stops `train()` after the current step. */
  stopTraining(): void {
    if (!this.training) return;
    this.training = false;
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
    this.trainingFinish?.();
  }

  private trainingFinish: (() => void) | null = null;

  /**
   * Plays the main plot as sound: the target as a sine voice and the output
   * as a triangle voice, pitch following y and stereo position following x,
   * with a low buzz where the output departs from the target. Started by the
   * Listen button or the L key on the main plot; never automatic. Pass an
   * `OfflineAudioContext` to render instead of playing. Resolves when done.
   */
  listen(context?: BaseAudioContext): Promise<void> {
    this.stopListening();
    const Context = globalThis.AudioContext;
    const ctx = context ?? (Context ? new Context() : null);
    if (!ctx) return Promise.resolve();
    const scale = { ...sonifyDefaults, xDomain: this.domain, yDomain: this.main.frame.y.domain };
    const target = this.targetFn;
    const net = this.network();
    const { departs } = fitRanges(this.xs, this.predicted, this.targetYs, this.tol);
    const [x0, x1] = this.domain;
    const toTime = (x: number) => ((x - x0) / (x1 - x0)) * scale.duration;
    const alerts: Span[] = departs.map(([a, b]) => [toTime(a), toTime(b)]);
    const playback = play(
      ctx,
      [
        { tones: toneSchedule(target, scale), type: 'sine', gain: 0.35 },
        { tones: toneSchedule((x) => networkOutput(net, x), scale), type: 'triangle', gain: 0.3 },
      ],
      alerts,
    );
    this.playback = playback;
    this.listening = true;
    return playback.ended.then(() => {
      if (this.playback === playback) {
        this.playback = null;
        this.listening = false;
      }
      if (!context && ctx instanceof AudioContext) void ctx.close();
    });
  }

  /** Stops the audio trace, if it is playing. */
  stopListening(): void {
    this.playback?.stop();
    this.playback = null;
    this.listening = false;
  }

  /**
   * A standalone SVG of the current figure (the main plot and the unit
   * plots) with every style resolved to attributes and generic fonts, so it
   * looks the same anywhere. Its title and description are the plots' text
   * alternatives.
   */
  toSVG(): string {
    return exportSvg(this.shadowRoot!, this.t('lab.title'), this.main.description);
  }

  /** The current figure as a PNG image (2× for sharp screens). Needs `img-src blob:` under a CSP. */
  toPNG(scale = 2): Promise<Blob> {
    return exportPng(this.toSVG(), scale);
  }

  // Validation and derived state --------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hide')) {
      const tokens = String(this.hide ?? '').trim().split(/\s+/).filter(Boolean);
      const unknown = tokens.filter((t) => !HIDEABLE.includes(t));
      if (unknown.length) this.guard.warn('hide', this.hide, `unknown part(s) ${unknown.join(', ')}; known: ${HIDEABLE.join(', ')}`);
      this.hiddenParts = new Set(tokens.filter((t) => HIDEABLE.includes(t)));
    }
    const rangeChanged = changed.has('min') || changed.has('max') || changed.has('step');
    if (rangeChanged) this.checkRange();
    const targetChanged = changed.has('target') && this.checkTarget();
    let units = this.model;
    let bias = this.bias;
    let structureChanged = !this.hasUpdated;
    if (changed.has('units') && this.units !== this.model) {
      const read = readUnits(this.units);
      if ('reason' in read) {
        this.guard.warn('units', typeof this.units === 'string' ? this.units : JSON.stringify(this.units), `${read.reason}; keeping the last good units`);
      } else {
        units = this.onGrid(read.units, this.fit);
        structureChanged = true;
      }
    }
    if (rangeChanged) units = this.onGrid(units, this.fit);
    if (this.pendingState !== null) {
      const text = this.pendingState;
      this.pendingState = null;
      const read = readState(String(text), units.length);
      if (!read) {
        this.guard.warn('state', text, `it is not ${units.length} groups of "w,b,v" joined by "_", then "~" and the output bias; keeping the current parameters`);
      } else {
        const withState = units.map((u, i) => {
          const [w, b, v] = read.params[i];
          return u.fixed ? u : { ...u, w, b, v };
        });
        units = this.onGrid(withState, this.fit);
        bias = read.outputBias;
      }
    }
    for (const p of SHORTHAND) {
      // At first render only shorthand the author wrote counts (not the default 0 over `units`).
      if (!changed.has(p) || (!this.hasUpdated && !this.hasAttribute(p) && this[p] === 0)) continue;
      const index = Number(p[1]);
      const key = p[0] as 'w' | 'b';
      const unit = units[index];
      // Mirrored from the model (by the lab itself): nothing to apply.
      if (unit && Object.is(this[p], unit[key])) continue;
      if (!unit) {
        if (this.hasUpdated) this.guard.warn(p, this[p], `this lab has no unit ${index}`);
        continue;
      }
      if (unit.fixed) continue;
      const value = this.checkParam(p);
      if (value !== unit[key]) units = units.map((u, i) => (i === index ? { ...u, [key]: value } : u));
    }
    if (changed.has('outputBias')) {
      bias = this.guard.number('output-bias', this.outputBias, 0, (n) =>
        n < -1e6 || n > 1e6 ? 'it must be between −1e6 and 1e6' : null,
      );
    }
    if (changed.has('tolerance')) {
      this.tol = this.guard.number('tolerance', this.tolerance, 0.05, (n) => (n >= 0 ? null : 'it must be 0 or more'));
      this.tolerance = this.tol;
    }
    this.setModel(units, bias);
    if (structureChanged && !this.startModel) this.startModel = { units: this.model, bias: this.bias };
    if (changed.has('units') && structureChanged && this.hasUpdated) this.startModel = { units: this.model, bias: this.bias };
    if (targetChanged || !this.hasUpdated) {
      this.xs = linspace(this.domain[0], this.domain[1], SAMPLE_COUNT);
      this.targetFn = piecewiseLinear(this.knots);
      this.targetYs = this.xs.map(this.targetFn);
      this.cursor.clampToDomain();
    }
    if (targetChanged || structureChanged || changed.has('strings') || changed.has('editableOutput') || !this.hasUpdated) {
      this.hints = this.isNotebookLesson()
        ? lessonHints(this.knots, this.t, this.locale)
        : [
            this.t('lab.hintAny1'),
            this.t('lab.hintAny2', { bends: breakpoints(this.knots).map((x) => formatShort(x, 2, this.locale)).join(', ') || '—' }),
            this.t('lab.hintAny3', { changes: this.slopeChanges() }),
          ];
      this.unitCache.clear();
    }
    const before = this.errorValue;
    this.recompute();
    if (this.hasUpdated && !Object.is(before, this.errorValue)) this.scheduleAnnouncement();
  }

  /** Sets the model, and the properties that mirror it. */
  private setModel(units: readonly LessonUnit[], bias: number): void {
    if (!sameUnits(units, this.model)) this.model = units;
    this.bias = bias;
    this.units = this.model;
    this.outputBias = bias;
    for (const p of SHORTHAND) {
      const unit = this.model[Number(p[1])];
      this[p] = unit ? unit[p[0] as 'w' | 'b'] : 0;
    }
  }

  /** Whether this is the notebook's own network shape (for the lesson's own hints). */
  private isNotebookLesson(): boolean {
    const [u0, u1, u2] = this.model;
    return (
      this.model.length === 3 &&
      u0.fixed && u0.w === -2 && u0.b === 2 &&
      !u1.fixed && !u2.fixed &&
      this.model.every((u) => u.v === 1 && u.activation === 'relu') &&
      this.bias === 0 &&
      !this.editableOutput
    );
  }

  private slopeChanges(): string {
    const s = slopes(this.knots);
    return s.slice(1).map((x, i) => formatShort(x - s[i], 2, this.locale)).join(', ') || '—';
  }

  private isHidden(part: string): boolean {
    return this.hiddenParts.has(part);
  }

  /**
   * Speaks the error once the learner has paused for ANNOUNCE_DELAY_MS. One
   * timer per pause, not one per update: a drag only moves the deadline.
   */
  private scheduleAnnouncement(): void {
    this.announceDue = performance.now() + ANNOUNCE_DELAY_MS;
    if (this.announceTimer) return;
    const tick = () => {
      const wait = this.announceDue - performance.now();
      if (wait > 1) {
        this.announceTimer = window.setTimeout(tick, wait);
        return;
      }
      this.announceTimer = 0;
      const error = formatNumber(this.errorValue, 3, this.locale);
      this.announcement = this.t(this.matchedValue ? 'lab.announceMatched' : 'lab.announce', { error });
    };
    this.announceTimer = window.setTimeout(tick, ANNOUNCE_DELAY_MS);
  }

  private checkRange(): void {
    const last = this.range;
    const min = this.guard.number('min', this.min, -4);
    const max = this.guard.number('max', this.max, 4);
    const step = this.guard.number('step', this.step, 0.1, (n) =>
      n >= 1e-9 ? null : 'it must be at least 1e-9 (and greater than 0)',
    );
    // Which of the three the author just changed, to name it if the trio is bad.
    const culprit = min !== last.min ? 'min' : max !== last.max ? 'max' : 'step';
    const written = { min: this.min, max: this.max, step: this.step }[culprit];
    if (!(min < max)) {
      this.guard.warn(culprit, written, `min must be less than max; keeping ${last.min} to ${last.max}`);
    } else if ((max - min) / step > 1e6) {
      // Beyond this a slider is meaningless and snapping loses precision.
      this.guard.warn(culprit, written, `min to max holds more than a million steps; keeping ${last.min} to ${last.max} by ${last.step}`);
    } else {
      this.range = { min, max, step, digits: Math.max(decimalsOf(step), decimalsOf(min)) };
    }
    for (const key of ['min', 'max', 'step'] as const) this.guard.accept(key, this.range[key]);
    this.min = this.range.min;
    this.max = this.range.max;
    this.step = this.range.step;
  }

  /** Parses `target`; true when the knots changed. */
  private checkTarget(): boolean {
    const text = typeof this.target === 'string' ? this.target : String(this.target);
    const parsed = parseKnots(text);
    if (!parsed.ok) {
      this.guard.warn('target', this.target, `${parsed.reason}; keeping "${formatKnots(this.knots)}"`);
      this.target = formatKnots(this.knots);
      return false;
    }
    this.knots = parsed.knots;
    this.domain = [parsed.knots[0][0], parsed.knots[parsed.knots.length - 1][0]];
    return true;
  }

  /** A shorthand parameter the author or learner set: finite and in range, snapped to the step. */
  private checkParam(p: Shorthand): number {
    const { min, max } = this.range;
    const value = this.guard.number(p, this[p], 0, (n) =>
      n < min || n > max ? `it is outside the slider range ${min} to ${max}` : null,
    );
    return this.animating ? value : this.snap(value);
  }

  /** `value` on the step grid from `min`, inside the range, without floating-point dust. */
  private snap = (value: number): number => {
    const { min, max, step, digits } = this.range;
    let snapped = Number((min + Math.round((value - min) / step) * step).toFixed(digits));
    if (snapped > max) snapped = Number((snapped - step).toFixed(digits));
    return Math.min(max, Math.max(min, snapped)) + 0;
  };

  /** Clamped into the range and snapped (animations and fitting move freely between steps). */
  private fit = (value: number): number => {
    const clamped = Math.min(this.range.max, Math.max(this.range.min, value));
    return this.animating ? clamped : this.snap(clamped);
  };

  /** The units with each free unit's w, b and v passed through `place` (fit or snap); fixed units as they are. */
  private onGrid(units: readonly LessonUnit[], place: (value: number) => number): LessonUnit[] {
    return units.map((u) => (u.fixed ? u : { ...u, w: place(u.w), b: place(u.b), v: place(u.v) }));
  }

  private network(units = this.model, bias = this.bias): Network {
    return { units, outputWeights: units.map((u) => u.v), outputBias: bias };
  }

  /** Whether these parameters match the target (for stopping a fit). */
  private fits(units: readonly LessonUnit[], bias: number): boolean {
    const net = this.network(units, bias);
    return maxAbsoluteError(networkOutputs(net, this.xs), this.targetYs) <= this.tol;
  }

  private recompute(): void {
    const network = this.network();
    const { t, locale } = this;
    this.predicted = networkOutputs(network, this.xs);
    this.errorValue = meanSquaredError(this.predicted, this.targetYs);
    this.matchedValue = maxAbsoluteError(this.predicted, this.targetYs) <= this.tol;
    const output = networkCurve(network, this.domain);
    const target = this.targetFn;
    const size = plotSize(this.widths.get('main', 600), MAIN_SIZE);
    const yDomain = niceExtent([...this.knots.map(([, y]) => y), ...output.map(([, y]) => y)], 5);
    // An unchanged frame is the same object, so the grid, axes and ticks are not redrawn.
    const frame = createFrame({
      ...size,
      margin: { top: 34, right: 16, bottom: 40, left: 44 },
      xDomain: this.domain,
      yDomain,
      xTickCount: 6,
      yTickCount: 6,
      locale,
    });
    const title = t('lab.title');
    const readings: Reading[] = [
      { name: t('lab.target'), className: 'series-target', fn: target },
      { name: 'ŷ', className: 'series-output', fn: (x) => networkOutput(network, x) },
      ...this.model.map((u, i) => ({ name: `a${i}`, className: 'series-a', fn: (x: number) => unitOutput(u, x) })),
    ];
    this.main = {
      key: 'main',
      title,
      frame,
      series: [
        { key: 'target', label: t('lab.target'), points: this.knots, className: 'series-target' },
        { key: 'output', label: t('lab.output'), points: output, className: 'series-output' },
      ],
      marks: this.knotMarks(),
      showLegend: true,
      axisLabels: { x: 'x', y: 'y' },
      description: describeFit(
        {
          title,
          domain: this.domain,
          knots: this.knots,
          xs: this.xs,
          predicted: this.predicted,
          target: this.targetYs,
          tolerance: this.tol,
          error: this.errorValue,
        },
        t,
        locale,
      ),
      axis: 'x',
      // The cursor reads the target and the output; the table adds each unit.
      readings: readings.slice(0, 2),
      tableXs: tableXs(frame, [...this.knots.map(([x]) => x), ...(networkBreakpoints(network, this.domain) ?? [])]),
    };
    this.tableReadings = readings;
    const unitSize = plotSize(this.widths.get('unit', 300), UNIT_SIZE);
    // A unit whose numbers did not change keeps its view, and so is not re-rendered.
    this.unitViews = this.model.map((u, i) => {
      const key = `${i}|${u.w}|${u.b}|${u.activation}|${u.fixed}|${this.domain}|${unitSize.width}|${unitSize.height}`;
      let view = this.unitCache.get(key);
      if (!view) {
        view = unitView({
          key: `unit${i}`,
          w: u.w,
          b: u.b,
          activation: u.activation,
          domain: this.domain,
          yMin: null,
          yMax: null,
          label: t('unit.title', { index: i }),
          fixed: u.fixed,
          t,
          locale,
          ...unitSize,
        });
        if (this.unitCache.size > 64) this.unitCache.clear();
        this.unitCache.set(key, view);
      }
      return view;
    });
  }

  // Changes and events -------------------------------------------------------

  /** Applies parameters (as the learner, an animation or a fit does) and queues events. */
  private applyModel(units: readonly LessonUnit[], bias: number, ...events: ('input' | 'change')[]): void {
    const fitted = this.onGrid(units, this.fit);
    this.setModel(fitted, this.editableOutput ? this.fit(bias) : bias);
    this.pending.push(...events);
    this.requestUpdate();
  }

  private animateTo(units: readonly LessonUnit[], bias: number): Promise<void> {
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduced) {
      this.applyModel(units, bias, 'input', 'change');
      return this.updateComplete.then(() => undefined);
    }
    const from = this.model;
    const fromBias = this.bias;
    const start = performance.now();
    return new Promise((resolve) => {
      const frame = (now: number) => {
        const t = Math.min(1, (now - start) / ANIMATION_MS);
        if (t < 1) {
          const k = ease(t);
          const mix = (a: number, b: number) => a + (b - a) * k;
          this.animating = true;
          this.applyModel(
            from.map((u, i) => ({ ...u, w: mix(u.w, units[i].w), b: mix(u.b, units[i].b), v: mix(u.v, units[i].v) })),
            mix(fromBias, bias),
            'input',
          );
          this.animating = false;
          this.animation = requestAnimationFrame(frame);
        } else {
          this.animation = 0;
          this.applyModel(units, bias, 'input', 'change');
          this.updateComplete.then(() => resolve());
        }
      };
      this.animation = requestAnimationFrame(frame);
    });
  }

  protected override updated(): void {
    const detail = this.snapshot;
    const queued = this.pending;
    this.pending = [];
    for (const type of queued) fire(this, type === 'input' ? new ReluInputEvent(detail) : new ReluChangeEvent(detail));
    // The first render is where the lab starts, not a change the learner made.
    if (this.matchedValue && !this.wasMatched && this.started) fire(this, new ReluMatchEvent(detail));
    this.wasMatched = this.matchedValue;
    this.started = true;
    fire(this, new Event(LAB_UPDATE));
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
    this.animating = false;
    if (this.training) {
      this.training = false;
      this.trainingFinish?.();
    }
  }

  private knobValue(k: Knob): number {
    return k.key === 'c' ? this.bias : this.model[k.unit][k.key];
  }

  private setKnob(k: Knob, value: number, commit: boolean): void {
    this.stopAnimation();
    const v = this.fit(value);
    if (k.key === 'c') this.applyModel(this.model, v, commit ? 'change' : 'input');
    else this.applyModel(this.model.map((u, i) => (i === k.unit ? { ...u, [k.key]: v } : u)), this.bias, commit ? 'change' : 'input');
  }

  private handleInput(k: Knob, event: Event, commit: boolean): void {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    if (!Number.isFinite(value)) return; // a half-typed number: wait for more
    this.setKnob(k, value, commit);
  }

  /** A drag handle moved unit `index` to w, b. */
  private handleDrag = (index: number, w: number, b: number, commit: boolean): void => {
    this.stopAnimation();
    this.applyModel(this.model.map((u, i) => (i === index ? { ...u, w, b } : u)), this.bias, commit ? 'change' : 'input');
    if (commit) this.pending.unshift('input');
  };

  /** L on the main plot plays it as sound (again to stop); Escape stops it. */
  private handlePlotKey = (event: KeyboardEvent): boolean => {
    if (event.key === 'l' || event.key === 'L') {
      event.preventDefault();
      if (this.listening) this.stopListening();
      else void this.listen();
      return true;
    }
    if (event.key === 'Escape' && this.listening) this.stopListening();
    return false;
  };

  private download(kind: 'svg' | 'png'): void {
    const save = (blob: Blob) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `relu-lab.${kind}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    };
    if (kind === 'svg') save(new Blob([this.toSVG()], { type: 'image/svg+xml' }));
    else void this.toPNG().then(save);
  }

  // Rendering ------------------------------------------------------------

  private knobs(): Knob[] {
    const knobs: Knob[] = [];
    this.model.forEach((u, i) => {
      if (u.fixed) return;
      knobs.push({ unit: i, key: 'w' }, { unit: i, key: 'b' });
      if (this.editableOutput) knobs.push({ unit: i, key: 'v' });
    });
    if (this.editableOutput) knobs.push({ unit: -1, key: 'c' });
    return knobs;
  }

  private renderSlider(k: Knob) {
    const { min, max, step } = this.range;
    const id = k.key === 'c' ? 'c' : `${k.key}${k.unit}`;
    const text = String(this.knobValue(k));
    const disabled = this.locked;
    const editing = this.editing === id;
    const onInput = (e: Event) => this.handleInput(k, e, false);
    const onChange = (e: Event) => this.handleInput(k, e, true);
    // While one slider is dragged, the others are unchanged: skip their bindings.
    return guard([id, text, min, max, step, disabled, editing, this.t], () => html`<div class="slider" part="slider">
      <label id="${id}-label" for="${id}-range" part="label"
        >${k.key === 'c' ? this.t('lab.bias') : html`${k.key}<sub>${k.unit}</sub>`}</label
      >
      <input
        id="${id}-range"
        type="range"
        part="range"
        min=${min}
        max=${max}
        step=${step}
        ?disabled=${disabled}
        .value=${live(text)}
        @input=${onInput}
        @change=${onChange}
      />
      <input
        id="${id}-number"
        type="number"
        part="number"
        inputmode="decimal"
        min=${min}
        max=${max}
        step=${step}
        ?readonly=${disabled}
        aria-labelledby="${id}-label"
        .value=${editing ? noChange : live(text)}
        @focus=${() => (this.editing = id)}
        @blur=${() => {
          this.editing = null;
          this.requestUpdate();
        }}
        @input=${onInput}
        @change=${onChange}
      />
    </div>`);
  }

  private knotMarksCache: { knots: readonly Point[]; marks: PointMark[] } | null = null;

  /** The target's knots as point marks: the same array while the target is unchanged. */
  private knotMarks(): PointMark[] {
    if (this.knotMarksCache?.knots !== this.knots) {
      const marks = this.knots.map(([x, y], i) => ({ key: `knot${i}`, x, y, className: 'series-target knot' }));
      this.knotMarksCache = { knots: this.knots, marks };
    }
    return this.knotMarksCache.marks;
  }

  /** ŷ = a0 + a1 + a2, with output weights and bias where they are not 1 and 0. */
  private outputFormula() {
    const n = (v: number) => formatShort(v, 2, this.locale);
    const terms = this.model.map((u, i) => html`${u.v === 1 ? '' : `${n(u.v)}·`}a<sub>${i}</sub>`);
    return html`ŷ = ${this.bias !== 0 ? `${n(this.bias)} + ` : ''}${terms.map((term, i) => html`${i ? ' + ' : ''}${term}`)}`;
  }

  private renderLoss() {
    const losses = this.losses;
    if (!losses.length) return nothing;
    const width = 240;
    const height = 48;
    const logs = losses.map((l) => Math.log10(Math.max(l, 1e-12)));
    const lo = Math.min(...logs);
    const hi = Math.max(...logs);
    const frame = createFrame({
      width,
      height,
      margin: { top: 4, right: 4, bottom: 4, left: 4 },
      xDomain: [0, Math.max(1, losses.length - 1)],
      yDomain: [lo, hi > lo ? hi : lo + 1],
    });
    return html`<figure class="loss" part="loss">
      <svg class="plot" viewBox="0 0 ${width} ${height}" role="img" aria-label=${`${this.t('lab.loss')}: ${formatNumber(losses[0], 3, this.locale)} → ${formatNumber(losses[losses.length - 1], 3, this.locale)}`}>
        ${lineMarks(frame, [{ key: 'loss', label: '', points: logs.map((y, i) => [i, y] as const), className: 'series-output' }])}
      </svg>
      <figcaption>${this.t('lab.loss')} · ${formatNumber(losses[losses.length - 1], 4, this.locale)}</figcaption>
    </figure>`;
  }

  protected override render() {
    const { t, locale } = this;
    const n = (v: number) => formatShort(v, 2, locale);
    const closeness = 1 / (1 + this.errorValue);
    const hintCount = this.hints.length;
    const x = this.cursor.x;
    const common = { t, locale, cursor: this.cursor, toggleTable: this.toggleTable };
    const mainTableOpen = this.openTables.has('main');
    const editable = !this.locked;
    const on = x === null ? [] : this.model.map((u, i) => (unitOutput(u, x) > 0 ? i : -1)).filter((i) => i >= 0);
    const readout =
      x === null
        ? ''
        : `${readoutText(t, locale, 'x', x, this.tableReadings)} ${on.length ? t('lab.active', { units: on.map((i) => `a${i}`).join(', ') }) : t('lab.noneActive')}`;
    const handleContext = { t, locale, step: this.range.step, min: this.range.min, max: this.range.max, change: this.handleDrag };
    return html`<div class="lab" part="base">
      <div class="layout ${this.matchedValue ? 'is-matched' : ''} ${this.isHidden('units') ? 'no-units' : ''}">
        <div class="main">
          ${figure(mainTableOpen ? { ...this.main, readings: this.tableReadings } : this.main, {
            ...common,
            tableOpen: mainTableOpen,
            part: 'main-plot',
            keyDown: this.handlePlotKey,
            caption: html`<span class="formula" part="formula"
              ><span class="equation">${guard([this.model.map((u) => u.v).join(), this.bias, locale], () => this.outputFormula())}</span
              ><span class="wake"> · ${t('lab.outputNote')}</span></span
            >`,
          })}
        </div>
        <div class="controls" part="controls">
          ${this.isHidden('sliders')
            ? nothing
            : html`<div class="sliders ${this.editableOutput ? 'with-output' : ''}">${this.knobs().map((k) => this.renderSlider(k))}</div>`}
          ${this.isHidden('error')
            ? nothing
            : html`<div class="feedback" part="feedback">
                <div class="error-line">
                  <span>${t('lab.error')} (<abbr title=${t('lab.errorLong')}>${t('lab.errorShort')}</abbr>)</span>
                  <output part="error" class="error-value">${formatNumber(this.errorValue, 3, locale)}</output>
                  <svg class="error-bar" part="error-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="track" width="100" height="8" rx="4"></rect>
                    ${svg`<rect class="fill" width=${Math.max(2, closeness * 100)} height="8" rx="4"></rect>`}
                  </svg>
                </div>
                <p class="status" part="status">
                  ${this.matchedValue
                    ? html`<span class="badge" aria-hidden="true">✓</span> ${t('lab.matched', { tolerance: n(this.tol) })}`
                    : nothing}
                </p>
              </div>`}
          ${guard([t, editable, this.hiddenParts, this.hintsShown, hintCount, this.training, this.listening], () => html`<div class="buttons" part="buttons">
            ${editable && !this.isHidden('reset') ? html`<button type="button" part="button" @click=${this.reset}>${t('lab.reset')}</button>` : nothing}
            ${this.isHidden('hints')
              ? nothing
              : html`<button
                  type="button"
                  part="button"
                  aria-expanded=${this.hintsShown > 0 ? 'true' : 'false'}
                  aria-controls="hints"
                  @click=${this.showHint}
                >
                  ${this.hintsShown >= hintCount ? t('lab.hideHints') : t('lab.hint', { n: this.hintsShown + 1, count: hintCount })}
                </button>`}
            ${editable && !this.isHidden('solution')
              ? html`<button type="button" part="button" @click=${this.revealSolution}>${t('lab.solution')}</button>`
              : nothing}
            ${editable && !this.isHidden('train')
              ? html`<button
                  type="button"
                  part="button train"
                  aria-pressed=${this.training ? 'true' : 'false'}
                  @click=${() => (this.training ? this.stopTraining() : void this.train())}
                >
                  ${this.training ? t('lab.stopTraining') : t('lab.train')}
                </button>`
              : nothing}
            ${this.isHidden('listen')
              ? nothing
              : html`<button
                  type="button"
                  part="button listen"
                  aria-pressed=${this.listening ? 'true' : 'false'}
                  aria-keyshortcuts="L"
                  @click=${() => (this.listening ? this.stopListening() : void this.listen())}
                >
                  ${this.listening ? t('lab.stopListening') : t('lab.listen')}
                </button>`}
            ${this.isHidden('export')
              ? nothing
              : html`<button type="button" part="button export" @click=${() => this.download('svg')}>${t('lab.downloadSvg')}</button>
                  <button type="button" part="button export" @click=${() => this.download('png')}>${t('lab.downloadPng')}</button>`}
          </div>`)}
          ${this.renderLoss()}
          <ol id="hints" class="hints" part="hints">
            ${this.isHidden('hints') ? nothing : this.hints.slice(0, this.hintsShown).map((h) => html`<li part="hint">${h}</li>`)}
            ${this.note ? html`<li part="hint" class="solution note-${this.note.kind}">${this.note.text}</li>` : nothing}
          </ol>
        </div>
        ${this.isHidden('units')
          ? nothing
          : html`<div class="units" part="units">
              ${this.unitViews.map((v, i) => {
                const tableOpen = this.openTables.has(v.figure.key);
                const unit = this.model[i];
                const draggable = editable && !unit.fixed;
                const isOn = on.includes(i);
                // Skip re-rendering a unit whose view, cursor, table and state are unchanged.
                return guard([v, x, tableOpen, draggable, isOn, this.range], () =>
                  figure(v.figure, {
                    ...common,
                    tableOpen,
                    part: 'unit-plot',
                    caption: unitCaption(v),
                    extraClass: isOn ? 'is-on' : '',
                    overlay: draggable
                      ? html`<svg class="handles" viewBox="0 0 ${v.figure.frame.width} ${v.figure.frame.height}">
                          ${handles(v.figure.frame, { index: i, w: unit.w, b: unit.b }, handleContext)}
                        </svg>`
                      : undefined,
                  }),
                );
              })}
            </div>`}
      </div>
      <p class="visually-hidden" part="readout" role="status">${readout}</p>
      <p class="visually-hidden" part="announcer" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-fit-lab': ReluFitLab;
  }
}
