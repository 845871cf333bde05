import { html, noChange, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { maxAbsoluteError, meanSquaredError } from '../../math/errors.js';
import {
  networkBreakpoints,
  networkCurve,
  networkOutput,
  unitOutput,
  type Interval,
  type Network,
} from '../../math/network.js';
import { formatKnots, parseKnots, piecewiseLinear, type Point } from '../../math/piecewise.js';
import { linspace } from '../../math/sampling.js';
import { formatNumber, formatShort } from '../../plot/format.js';
import { createFrame, type Frame } from '../../plot/frame.js';
import { play, sonifyDefaults, toneSchedule, type Playback, type Span } from '../../plot/sonify.js';
import { niceExtent } from '../../plot/ticks.js';
import { numberAttribute } from '../attributes.js';
import { CursorController } from '../cursor-controller.js';
import { ReluChangeEvent, ReluInputEvent, ReluMatchEvent, fire, type LabState } from '../events.js';
import { figure, readoutText, tableXs, type FigureModel, type Reading } from '../figure.js';
import { ReluElement } from '../relu-element.js';
import { sharedStyles } from '../shared.styles.js';
import { LAB_CONNECTED, LAB_DISCONNECTED, LAB_UPDATE, type LabUnit } from '../unit-source.js';
import { UNIT_SIZE, unitCaption, unitView, type UnitView } from '../unit-view.js';
import { unitFigureStyles } from '../unit-view.styles.js';
import { WidthController, plotSize } from '../width-controller.js';
import { describeFit, fitRanges, lessonHints, lessonSolution, solutionText, type Params } from './lab-text.js';
import { labStyles } from './relu-fit-lab.styles.js';

const PARAMS = ['w1', 'b1', 'w2', 'b2'] as const;
type Param = (typeof PARAMS)[number];

/** The notebook's target and network. */
const DEFAULT_TARGET = '0,2 1,0 2,1 3,4';
const UNIT0 = { w: -2, b: 2 } as const;
/** The notebook computed the error at 300 evenly spaced points. */
const SAMPLE_COUNT = 300;
/** How the main plot sizes itself for its measured width. */
const MAIN_SIZE = { min: 280, max: 900, aspect: 0.6, minHeight: 240, maxHeight: 440 };
const ANIMATION_MS = 700;
/** The live region speaks once the learner has paused this long. */
const ANNOUNCE_DELAY_MS = 900;

/** Fraction digits in the shortest decimal form of `x` (0.1 → 1, 1e-7 → 7), at most 12. */
function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(12, Math.max(0, fraction - Number(exponent ?? 0)));
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

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
 *
 * @fires {ReluInputEvent} relu-input - On every change while the learner drags, types, or the solution animates. Bubbles, composed; detail { w1, b1, w2, b2, error, matched }.
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
 *
 * @cssprop [--relu-color-target=#0096ff] - The target line.
 * @cssprop [--relu-color-output=#ff9300] - The network output line (dashed).
 * @cssprop [--relu-color-z=#0096ff] - The units' z lines (dashed).
 * @cssprop [--relu-color-a=#ff40ff] - The units' a lines.
 * @cssprop [--relu-color-success=#1a7f37] - The matched state.
 */
export class ReluFitLab extends ReluElement {
  static override styles = [sharedStyles, unitFigureStyles, labStyles];

  /** Weight of unit 1. */
  @property({ converter: numberAttribute, reflect: true }) w1 = 0;
  /** Bias of unit 1. */
  @property({ converter: numberAttribute, reflect: true }) b1 = 0;
  /** Weight of unit 2. */
  @property({ converter: numberAttribute, reflect: true }) w2 = 0;
  /** Bias of unit 2. */
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

  /** How many hints are showing. */
  @state() private hintsShown = 0;
  /** The solution last revealed, whose explanation is showing; null when hidden. */
  @state() private revealed: Params | null = null;
  /** What the polite live region says: the error, once the learner pauses. */
  @state() private announcement = '';
  /** Whether the audio trace is playing. */
  @state() private listening = false;

  private readonly widths = new WidthController(
    this,
    { main: '.figure-main', unit: '.figure-unit0' },
    // Mirrors relu-fit-lab.styles.ts: two columns (2fr 1fr, 1.25rem apart) from 40rem.
    (width, rem) => {
      if (width < 40 * rem) return { main: width, unit: width };
      const free = width - 1.25 * rem;
      return { main: (free * 2) / 3, unit: free / 3 };
    },
  );
  private readonly cursor = new CursorController(this, () => this.domain);

  // Validated inputs.
  private params: Params = { w1: 0, b1: 0, w2: 0, b2: 0 };
  private startParams: Params | null = null;
  private range = { min: -4, max: 4, step: 0.1, digits: 1 };
  private knots: readonly Point[] = [
    [0, 2],
    [1, 0],
    [2, 1],
    [3, 4],
  ];
  private domain: Interval = [0, 3];
  private tol = 0.05;

  // Derived.
  private xs: number[] = [];
  private targetYs: number[] = [];
  private predicted: number[] = [];
  private errorValue = NaN;
  private matchedValue = false;
  private main!: FigureModel;
  private unitViews: readonly UnitView[] = [];
  private hints: readonly string[] = [];
  private announceTimer = 0;
  private playback: Playback | null = null;

  // Events waiting for the update that carries their state.
  private pending: ('input' | 'change')[] = [];
  private wasMatched = false;
  private animation = 0;
  private animating = false;
  private editing: Param | null = null;
  private started = false;

  /** Mean squared error of the output over the 300 evenly spaced samples. */
  get error(): number {
    return this.errorValue;
  }

  /** Whether the largest absolute error at the samples is at most `tolerance`. */
  get matched(): boolean {
    return this.matchedValue;
  }

  /** The hidden units as they stand: unit 0 fixed, units 1 and 2 free. */
  get units(): readonly LabUnit[] {
    const { w1, b1, w2, b2 } = this.params;
    return [
      { ...UNIT0, activation: 'relu', fixed: true },
      { w: w1, b: b1, activation: 'relu', fixed: false },
      { w: w2, b: b2, activation: 'relu', fixed: false },
    ];
  }

  /** The x range: from the first to the last knot of the target. */
  get xRange(): Interval {
    return this.domain;
  }

  /** The state every event carries. */
  get state(): LabState {
    return { ...this.params, error: this.errorValue, matched: this.matchedValue };
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
    this.revealed = null;
    this.setParams(this.startParams ?? { w1: 0, b1: 0, w2: 0, b2: 0 }, 'input', 'change');
  }

  /** Reveals the next hint (there are three); after the last, hides them all. */
  showHint(): void {
    this.hintsShown = this.hintsShown >= this.hints.length ? 0 : this.hintsShown + 1;
  }

  /**
   * Moves the sliders to the lesson's solution, animated (instantly under
   * `prefers-reduced-motion`), firing relu-input as it goes and relu-change at
   * the end. Resolves when the solution is in place.
   */
  revealSolution(): Promise<void> {
    this.stopAnimation();
    const goal = this.snapAll(lessonSolution(this.knots));
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduced) {
      this.revealed = goal;
      this.setParams(goal, 'input', 'change');
      return this.updateComplete.then(() => undefined);
    }
    const from = { ...this.params };
    const start = performance.now();
    return new Promise((resolve) => {
      const frame = (now: number) => {
        const t = Math.min(1, (now - start) / ANIMATION_MS);
        if (t < 1) {
          const k = ease(t);
          this.animating = true;
          this.setParams(
            {
              w1: from.w1 + (goal.w1 - from.w1) * k,
              b1: from.b1 + (goal.b1 - from.b1) * k,
              w2: from.w2 + (goal.w2 - from.w2) * k,
              b2: from.b2 + (goal.b2 - from.b2) * k,
            },
            'input',
          );
          this.animation = requestAnimationFrame(frame);
        } else {
          this.animating = false;
          this.animation = 0;
          this.revealed = goal;
          this.setParams(goal, 'input', 'change');
          this.updateComplete.then(() => resolve());
        }
      };
      this.animation = requestAnimationFrame(frame);
    });
  }

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
    const target = piecewiseLinear(this.knots);
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

  // Validation and derived state --------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const rangeChanged = changed.has('min') || changed.has('max') || changed.has('step');
    if (rangeChanged) this.checkRange();
    const targetChanged = changed.has('target') && this.checkTarget();
    const next = { ...this.params };
    for (const p of PARAMS) {
      if (changed.has(p)) next[p] = this.checkParam(p);
      else if (rangeChanged) next[p] = this.fit(next[p]);
    }
    this.params = next;
    for (const p of PARAMS) this[p] = next[p];
    if (changed.has('tolerance')) {
      this.tol = this.guard.number('tolerance', this.tolerance, 0.05, (n) =>
        n >= 0 ? null : 'it must be 0 or more',
      );
      this.tolerance = this.tol;
    }
    this.startParams ??= { ...this.params };
    if (targetChanged || !this.hasUpdated) {
      this.xs = linspace(this.domain[0], this.domain[1], SAMPLE_COUNT);
      const targetFn = piecewiseLinear(this.knots);
      this.targetYs = this.xs.map(targetFn);
      this.cursor.clampToDomain();
    }
    if (targetChanged || changed.has('strings') || !this.hasUpdated) {
      this.hints = lessonHints(this.knots, this.t, this.locale);
      this.unitCache.clear();
    }
    const before = this.errorValue;
    this.recompute();
    if (this.hasUpdated && !Object.is(before, this.errorValue)) this.scheduleAnnouncement();
  }

  /** Speaks the error once the learner pauses, never on every step. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.announceTimer = 0;
      const error = formatNumber(this.errorValue, 3, this.locale);
      this.announcement = this.t(this.matchedValue ? 'lab.announceMatched' : 'lab.announce', { error });
    }, ANNOUNCE_DELAY_MS);
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

  /** A parameter the author or learner set: finite and in range, snapped to the step. */
  private checkParam(p: Param): number {
    const { min, max } = this.range;
    const value = this.guard.number(p, this[p], 0, (n) =>
      n < min || n > max ? `it is outside the slider range ${min} to ${max}` : null,
    );
    return this.animating ? value : this.snap(value);
  }

  /** `value` on the step grid from `min`, inside the range, without floating-point dust. */
  private snap(value: number): number {
    const { min, max, step, digits } = this.range;
    let snapped = Number((min + Math.round((value - min) / step) * step).toFixed(digits));
    if (snapped > max) snapped = Number((snapped - step).toFixed(digits));
    return Math.min(max, Math.max(min, snapped)) + 0;
  }

  private fit(value: number): number {
    return this.snap(Math.min(this.range.max, Math.max(this.range.min, value)));
  }

  private snapAll(p: Params): Params {
    return { w1: this.fit(p.w1), b1: this.fit(p.b1), w2: this.fit(p.w2), b2: this.fit(p.b2) };
  }

  private network(): Network {
    const { w1, b1, w2, b2 } = this.params;
    return { units: [UNIT0, { w: w1, b: b1 }, { w: w2, b: b2 }] };
  }

  private recompute(): void {
    const network = this.network();
    const { t, locale } = this;
    this.predicted = this.xs.map((x) => networkOutput(network, x));
    this.errorValue = meanSquaredError(this.predicted, this.targetYs);
    this.matchedValue = maxAbsoluteError(this.predicted, this.targetYs) <= this.tol;
    const output = networkCurve(network, this.domain);
    const target = piecewiseLinear(this.knots);
    const size = plotSize(this.widths.get('main', 600), MAIN_SIZE);
    const yDomain = niceExtent([...this.knots.map(([, y]) => y), ...output.map(([, y]) => y)], 5);
    // The frame (and so the grid, axes and ticks) is rebuilt only when it changes.
    const frameKey = `${size.width}|${size.height}|${this.domain}|${yDomain}|${locale}`;
    if (frameKey !== this.mainFrameKey) {
      this.mainFrameKey = frameKey;
      this.mainFrame = createFrame({
        ...size,
        margin: { top: 34, right: 16, bottom: 40, left: 44 },
        xDomain: this.domain,
        yDomain,
        xTickCount: 6,
        yTickCount: 6,
        locale,
      });
    }
    const frame = this.mainFrame;
    const title = t('lab.title');
    const units = this.units;
    const readings: Reading[] = [
      { name: t('lab.target'), className: 'series-target', fn: target },
      { name: 'ŷ', className: 'series-output', fn: (x) => networkOutput(network, x) },
      ...units.map((u, i) => ({ name: `a${i}`, className: 'series-a', fn: (x: number) => unitOutput(u, x) })),
    ];
    this.main = {
      key: 'main',
      title,
      frame,
      series: [
        { key: 'target', label: t('lab.target'), points: this.knots, className: 'series-target' },
        { key: 'output', label: t('lab.output'), points: output, className: 'series-output' },
      ],
      marks: this.knots.map(([x, y], i) => ({ key: `knot${i}`, x, y, className: 'series-target knot' })),
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
    this.unitViews = units.map((u, i) => {
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
        if (this.unitCache.size > 32) this.unitCache.clear();
        this.unitCache.set(key, view);
      }
      return view;
    });
  }

  private readonly unitCache = new Map<string, UnitView>();
  private mainFrame!: Frame;
  private mainFrameKey = '';

  /** Everything the main plot's data table lists: target, output and each unit. */
  private tableReadings: readonly Reading[] = [];

  // Events ---------------------------------------------------------------

  private setParams(next: Params, ...events: ('input' | 'change')[]): void {
    for (const p of PARAMS) this[p] = next[p];
    this.pending.push(...events);
    this.requestUpdate();
  }

  protected override updated(): void {
    const state = this.state;
    const queued = this.pending;
    this.pending = [];
    for (const type of queued) {
      fire(this, type === 'input' ? new ReluInputEvent(state) : new ReluChangeEvent(state));
    }
    // The first render is where the lab starts, not a change the learner made.
    if (this.matchedValue && !this.wasMatched && this.started) {
      fire(this, new ReluMatchEvent(state));
    }
    this.wasMatched = this.matchedValue;
    this.started = true;
    fire(this, new Event(LAB_UPDATE));
  }

  private stopAnimation(): void {
    if (this.animation) cancelAnimationFrame(this.animation);
    this.animation = 0;
    this.animating = false;
  }

  private handleInput(p: Param, event: Event, commit: boolean): void {
    const input = event.target as HTMLInputElement;
    const value = input.valueAsNumber;
    if (!Number.isFinite(value)) return; // a half-typed number: wait for more
    this.stopAnimation();
    this.setParams({ ...this.params, [p]: this.fit(value) }, commit ? 'change' : 'input');
  }

  private handleNumberFocus(p: Param): void {
    this.editing = p;
  }

  private handleNumberBlur(): void {
    this.editing = null;
    this.requestUpdate();
  }

  // Rendering ------------------------------------------------------------

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

  private renderSlider(p: Param) {
    const { min, max, step } = this.range;
    const value = this.params[p];
    const text = String(value);
    return html`<div class="slider" part="slider">
      <label id="${p}-label" for="${p}-range" part="label">${p[0]}<sub>${p[1]}</sub></label>
      <input
        id="${p}-range"
        type="range"
        part="range"
        min=${min}
        max=${max}
        step=${step}
        .value=${live(text)}
        @input=${(e: Event) => this.handleInput(p, e, false)}
        @change=${(e: Event) => this.handleInput(p, e, true)}
      />
      <input
        id="${p}-number"
        type="number"
        part="number"
        inputmode="decimal"
        min=${min}
        max=${max}
        step=${step}
        aria-labelledby="${p}-label"
        .value=${this.editing === p ? noChange : live(text)}
        @focus=${() => this.handleNumberFocus(p)}
        @blur=${this.handleNumberBlur}
        @input=${(e: Event) => this.handleInput(p, e, false)}
        @change=${(e: Event) => this.handleInput(p, e, true)}
      />
    </div>`;
  }

  protected override render() {
    const { t, locale } = this;
    const n = (v: number) => formatShort(v, 2, locale);
    const closeness = 1 / (1 + this.errorValue);
    const hintCount = this.hints.length;
    const x = this.cursor.x;
    const common = {
      t,
      locale,
      cursor: this.cursor,
      toggleTable: this.toggleTable,
    };
    const mainTableOpen = this.openTables.has('main');
    return html`<div class="lab" part="base">
      <div class="layout ${this.matchedValue ? 'is-matched' : ''}">
        <div class="main">
          ${figure(
            // The table lists every unit too; the cursor only target and output.
            mainTableOpen ? { ...this.main, readings: this.tableReadings } : this.main,
            {
              ...common,
              tableOpen: mainTableOpen,
              part: 'main-plot',
              keyDown: this.handlePlotKey,
              caption: html`<span class="formula" part="formula"
                ><span class="equation">ŷ = a<sub>0</sub> + a<sub>1</sub> + a<sub>2</sub></span
                ><span class="wake"> · ${t('lab.outputNote')}</span></span
              >`,
            },
          )}
        </div>
        <div class="controls" part="controls">
          <div class="sliders">${PARAMS.map((p) => this.renderSlider(p))}</div>
          <div class="feedback" part="feedback">
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
          </div>
          <div class="buttons" part="buttons">
            <button type="button" part="button" @click=${this.reset}>${t('lab.reset')}</button>
            <button
              type="button"
              part="button"
              aria-expanded=${this.hintsShown > 0 ? 'true' : 'false'}
              aria-controls="hints"
              @click=${this.showHint}
            >
              ${this.hintsShown >= hintCount ? t('lab.hideHints') : t('lab.hint', { n: this.hintsShown + 1, count: hintCount })}
            </button>
            <button type="button" part="button" @click=${this.revealSolution}>${t('lab.solution')}</button>
            <button
              type="button"
              part="button listen"
              aria-pressed=${this.listening ? 'true' : 'false'}
              aria-keyshortcuts="L"
              @click=${() => (this.listening ? this.stopListening() : void this.listen())}
            >
              ${this.listening ? t('lab.stopListening') : t('lab.listen')}
            </button>
          </div>
          <ol id="hints" class="hints" part="hints">
            ${this.hints.slice(0, this.hintsShown).map((h) => html`<li part="hint">${h}</li>`)}
            ${this.revealed
              ? html`<li part="hint" class="solution">${solutionText(this.knots, this.revealed, t, locale)}</li>`
              : nothing}
          </ol>
        </div>
        <div class="units" part="units">
          ${this.unitViews.map((v) => {
            const tableOpen = this.openTables.has(v.figure.key);
            // Skip re-rendering a unit whose view, cursor and table are unchanged.
            return guard([v, x, tableOpen], () =>
              figure(v.figure, { ...common, tableOpen, part: 'unit-plot', caption: unitCaption(v) }),
            );
          })}
        </div>
      </div>
      <p class="visually-hidden" part="readout" role="status">
        ${x === null ? '' : readoutText(t, locale, 'x', x, this.tableReadings)}
      </p>
      <p class="visually-hidden" part="announcer" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-fit-lab': ReluFitLab;
  }
}
