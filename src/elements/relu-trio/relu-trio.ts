import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getActivation, type Activation } from '../../math/activations.js';
import { curvePoints } from '../../math/network.js';
import { formatShort } from '../../plot/format.js';
import { createFrame, type Frame } from '../../plot/frame.js';
import { axes, cursor, grid, lines, title, zeroLines, type LineSeries } from '../../plot/marks.js';
import { clamp } from '../../plot/scale.js';
import { niceExtent } from '../../plot/ticks.js';
import { InputGuard, numberAttribute } from '../attributes.js';
import { describeActivation } from '../describe.js';
import { sharedStyles } from '../shared.styles.js';
import { WidthController, plotSize } from '../width-controller.js';
import { trioStyles } from './relu-trio.styles.js';

/** One panel's derived data, recomputed only when the activations or the range change. */
interface Panel {
  readonly activation: Activation;
  readonly frame: Frame;
  readonly series: readonly LineSeries[];
  readonly description: string;
}

/** How each panel sizes itself for its measured width. */
const PANEL_SIZE = { min: 200, max: 520, aspect: 0.77, minHeight: 180, maxHeight: 360 };
/** The notebook sampled 100 points; smooth curves use the same. */
const SAMPLES = 100;
/** Arrow keys move the cursor by 1/100 of the range (Shift: 1/10). */
const KEY_STEPS = 100;

/**
 * Activation functions plotted side by side, each titled, with lines along
 * z = 0 and a = 0, under a heading: the notebook's "Common Activation
 * Functions". Hovering or focusing a plot shows the value at that z in every
 * plot, with a readout; arrow keys move it, Home and End jump to the ends.
 *
 * @summary Activation functions side by side with a linked crosshair.
 * @tag relu-trio
 *
 * @attr {string} activations - Space-separated activation names, in order. Known names: linear, sigmoid, relu, leaky-relu, tanh, gelu, softplus. Default "linear sigmoid relu".
 * @attr {number} x-min - Left end of the z range. Default -5.
 * @attr {number} x-max - Right end of the z range. Default 5.
 * @attr {string} heading - Heading above the plots. Default "Common Activation Functions".
 * @attr {number} heading-level - Level of the heading for assistive technology (1–6). Default 2.
 *
 * @csspart base - The wrapper around heading, plots and readout.
 * @csspart heading - The heading.
 * @csspart panels - The container that lays the plots out in a wrapping row.
 * @csspart panel - Each plot's figure.
 * @csspart plot - Each plot's svg.
 * @csspart readout - The line of text giving the values at the crosshair.
 *
 * @cssprop [--relu-color-curve=#0096ff] - Colour of the activation curves.
 * @cssprop [--relu-color-text=inherit] - Text and tick colour.
 * @cssprop [--relu-color-grid=color-mix(in srgb, currentColor 12%, transparent)] - Grid lines.
 * @cssprop [--relu-color-axis=color-mix(in srgb, currentColor 45%, transparent)] - Plot border.
 * @cssprop [--relu-color-zero=color-mix(in srgb, currentColor 70%, transparent)] - The lines along z = 0 and a = 0.
 * @cssprop [--relu-color-accent=#0a6bd6] - Focus ring.
 * @cssprop [--relu-font=system-ui] - Font family.
 * @cssprop [--relu-background=transparent] - Background of the element.
 * @cssprop [--relu-surface=Canvas] - Fill behind text drawn over the curves.
 */
export class ReluTrio extends LitElement {
  static override styles = [sharedStyles, trioStyles];

  /** Space-separated activation names; unknown names are skipped with a warning. */
  @property() activations = 'linear sigmoid relu';

  /** Left end of the z range. */
  @property({ attribute: 'x-min', converter: numberAttribute }) xMin = -5;

  /** Right end of the z range. */
  @property({ attribute: 'x-max', converter: numberAttribute }) xMax = 5;

  /** Heading above the plots. */
  @property() heading = 'Common Activation Functions';

  /** Level of the heading (1–6) for assistive technology. */
  @property({ attribute: 'heading-level', converter: numberAttribute }) headingLevel = 2;

  /** The z under the pointer or keyboard cursor, or null when there is none. */
  @state() private cursorX: number | null = null;

  private readonly guard = new InputGuard(this);
  private readonly widths = new WidthController(this, { panel: 'figure' });
  private panelWidth = 0;
  private domain: readonly [number, number] = [-5, 5];
  private kinds: readonly Activation[] = [];
  private panels: readonly Panel[] = [];
  private locale: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let dirty = !this.hasUpdated;
    if (changed.has('xMin') || changed.has('xMax')) dirty = this.checkDomain() || dirty;
    if (changed.has('activations')) dirty = this.checkActivations() || dirty;
    if (changed.has('headingLevel')) {
      this.headingLevel = this.guard.number('heading-level', this.headingLevel, 2, (n) =>
        Number.isInteger(n) && n >= 1 && n <= 6 ? null : 'it must be a whole number from 1 to 6',
      );
    }
    const width = this.widths.get('panel', 300);
    if (width !== this.panelWidth) {
      this.panelWidth = width;
      dirty = true;
    }
    if (dirty) {
      this.panels = this.kinds.map((a) => this.panel(a));
      if (this.cursorX !== null) this.cursorX = clamp(this.cursorX, ...this.domain);
    }
  }

  /** Validates x-min and x-max; true when the domain changed. */
  private checkDomain(): boolean {
    const [lastMin, lastMax] = this.domain;
    const xMin = this.guard.number('x-min', this.xMin, -5);
    const xMax = this.guard.number('x-max', this.xMax, 5);
    if (xMin < xMax) {
      this.domain = [xMin, xMax];
    } else {
      const culprit = xMin !== lastMin ? 'x-min' : 'x-max';
      this.guard.warn(
        culprit,
        culprit === 'x-min' ? this.xMin : this.xMax,
        `x-min must be less than x-max; keeping ${lastMin} to ${lastMax}`,
      );
      this.guard.accept('x-min', lastMin);
      this.guard.accept('x-max', lastMax);
    }
    [this.xMin, this.xMax] = this.domain;
    return this.domain[0] !== lastMin || this.domain[1] !== lastMax || !this.hasUpdated;
  }

  /** Resolves the activation names; true when the list changed. */
  private checkActivations(): boolean {
    const text = typeof this.activations === 'string' ? this.activations : '';
    const names = text.trim().split(/\s+/).filter(Boolean);
    const found: Activation[] = [];
    for (const name of names) {
      const activation = getActivation(name.toLowerCase());
      if (activation) found.push(activation);
      else this.guard.warn('activations', this.activations, `unknown activation "${name}" skipped`);
    }
    if (found.length === 0) {
      const kept = this.kinds.length ? this.kinds : ['linear', 'sigmoid', 'relu'].map((n) => getActivation(n)!);
      this.guard.warn('activations', this.activations, 'no known activation in it; keeping the last list');
      const changed = kept !== this.kinds;
      this.kinds = kept;
      return changed;
    }
    this.kinds = found;
    return true;
  }

  private panel(activation: Activation): Panel {
    const domain = this.domain;
    const kinks = activation.kinks?.filter((k) => k > domain[0] && k < domain[1]);
    const breakpoints = kinks ? [domain[0], ...kinks, domain[1]] : null;
    const points = curvePoints(activation.fn, domain, breakpoints, SAMPLES);
    const yDomain = niceExtent([0, ...points.map(([, y]) => y)], 4);
    const frame = createFrame({
      ...plotSize(this.panelWidth, PANEL_SIZE),
      margin: { top: 30, right: 12, bottom: 34, left: 34 },
      xDomain: domain,
      yDomain,
      xTickCount: 5,
      yTickCount: 4,
      locale: this.locale,
    });
    return {
      activation,
      frame,
      series: [{ key: activation.name, label: activation.label, points, className: 'series-curve' }],
      description: describeActivation(activation, domain, this.locale),
    };
  }

  private readout(): string {
    if (this.cursorX === null) return '';
    const x = this.cursorX;
    const n = (v: number) => formatShort(v, 2, this.locale);
    const values = this.kinds.map((a) => `${a.label} ${n(a.fn(x))}`).join(', ');
    return `At z = ${n(x)}: ${values}.`;
  }

  protected override render() {
    const level = this.headingLevel;
    const x = this.cursorX;
    return html`<section part="base" aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${level}>
        ${this.heading}
      </div>
      <div class="panels" part="panels">
        ${repeat(
          this.panels,
          (p) => p.activation.name,
          (p) => html`<figure part="panel" aria-label=${p.activation.label}>
            <svg
              class="plot"
              part="plot"
              viewBox="0 0 ${p.frame.width} ${p.frame.height}"
              role="img"
              tabindex="0"
              aria-label=${p.description}
              @pointermove=${this.handlePointerMove}
              @pointerleave=${this.handlePointerLeave}
              @focus=${this.handleFocus}
              @blur=${this.handleBlur}
              @keydown=${this.handleKeyDown}
            >
              ${grid(p.frame)}${zeroLines(p.frame)}${axes(p.frame, { x: 'z' })}
              ${lines(p.frame, p.series)}${title(p.frame, p.activation.label)}
              ${x === null
                ? null
                : cursor(p.frame, x, [
                    {
                      y: p.activation.fn(x),
                      className: 'series-curve',
                      text: `a = ${formatShort(p.activation.fn(x), 2, this.locale)}`,
                    },
                  ])}
            </svg>
          </figure>`,
        )}
      </div>
      <p class="readout" part="readout" role="status">${this.readout()}</p>
    </section>`;
  }

  /** The frame of any panel: all share the x scale. */
  private get frame(): Frame | undefined {
    return this.panels[0]?.frame;
  }

  private handlePointerMove(event: PointerEvent): void {
    const frame = this.frame;
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (!frame || box.width === 0) return;
    const userX = ((event.clientX - box.left) / box.width) * frame.width;
    this.cursorX = this.snap(frame.x.invert(userX));
  }

  /** The keyboard's step: 1/100 of the range (the notebook's 100 samples). */
  private get step(): number {
    return (this.domain[1] - this.domain[0]) / KEY_STEPS;
  }

  /** `x` on the step grid inside the range, so readouts show round values. */
  private snap(x: number): number {
    const step = this.step;
    return clamp(Number((Math.round(x / step) * step).toFixed(10)), ...this.domain);
  }

  private handlePointerLeave(event: PointerEvent): void {
    if (event.currentTarget !== this.shadowRoot?.activeElement) this.cursorX = null;
  }

  private handleFocus(): void {
    if (this.cursorX === null) this.cursorX = clamp(0, ...this.domain);
  }

  private handleBlur(): void {
    this.cursorX = null;
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const [start, end] = this.domain;
    const step = this.step * (event.shiftKey ? 10 : 1);
    const x = this.cursorX ?? clamp(0, start, end);
    const moves: Record<string, number> = {
      ArrowLeft: x - step,
      ArrowDown: x - step,
      ArrowRight: x + step,
      ArrowUp: x + step,
      Home: start,
      End: end,
    };
    if (event.key in moves) {
      event.preventDefault();
      const home = event.key === 'Home' || event.key === 'End';
      this.cursorX = home ? moves[event.key] : this.snap(moves[event.key]);
    } else if (event.key === 'Escape') {
      this.cursorX = null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-trio': ReluTrio;
  }
}
