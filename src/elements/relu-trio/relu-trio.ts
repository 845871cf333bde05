import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { getActivation, type Activation } from '../../math/activations.js';
import { curvePoints } from '../../math/network.js';
import { formatShort } from '../../plot/format.js';
import { createFrame } from '../../plot/frame.js';
import { niceExtent } from '../../plot/ticks.js';
import { numberAttribute } from '../attributes.js';
import { CursorController } from '../cursor-controller.js';
import { shapeText } from '../describe.js';
import { figure, readoutText, tableXs, type FigureModel, type Reading } from '../figure.js';
import { ReluElement } from '../relu-element.js';
import { sharedStyles } from '../shared.styles.js';
import type { StringKey, Translate } from '../strings.js';
import { WidthController, plotSize } from '../width-controller.js';
import { trioStyles } from './relu-trio.styles.js';

/** The notebook sampled 100 points; smooth curves use the same. */
const SAMPLES = 100;
/** How each panel sizes itself for its measured width. */
const PANEL_SIZE = { min: 200, max: 520, aspect: 0.77, minHeight: 180, maxHeight: 360 };
const DEFAULT_ACTIVATIONS = ['linear', 'sigmoid', 'relu'].map((name) => getActivation(name)!);

/**
 * Activation functions plotted side by side, each titled, with lines along
 * z = 0 and a = 0, under a heading: the notebook's "Common Activation
 * Functions". Hovering or focusing a plot shows the value at that z in every
 * plot, with a readout; arrow keys move it, Home and End jump to the ends,
 * Escape hides it. Each plot has a data table behind a toggle.
 *
 * @summary Activation functions side by side with a linked crosshair.
 * @tag relu-trio
 *
 * @attr {string} activations - Space-separated activation names, in order. Known names: linear, sigmoid, relu, leaky-relu, tanh, gelu, softplus. Default "linear sigmoid relu".
 * @attr {number} x-min - Left end of the z range. Default -5.
 * @attr {number} x-max - Right end of the z range. Default 5.
 * @attr {string} heading - Heading above the plots. Default "Common Activation Functions" (the `trio.heading` string).
 * @attr {number} heading-level - Level of the heading for assistive technology (1–6). Default 2.
 *
 * @csspart base - The wrapper around heading, plots and readout.
 * @csspart heading - The heading.
 * @csspart panels - The container that lays the plots out in a wrapping row.
 * @csspart panel - Each plot's figure.
 *
 * @cssprop [--relu-color-curve=#0096ff] - Colour of the activation curves.
 */
export class ReluTrio extends ReluElement {
  static override styles = [sharedStyles, trioStyles];

  /** Reactive properties, as Lit declares them without decorators (their docs are on each accessor or field below). */
  static override properties: PropertyDeclarations = {
    activations: {},
    xMin: { attribute: 'x-min', converter: numberAttribute },
    xMax: { attribute: 'x-max', converter: numberAttribute },
    heading: {},
    headingLevel: { attribute: 'heading-level', converter: numberAttribute },
  };

  /**
   * Space-separated activation names; unknown names are skipped with a warning.
   * @type {'linear' | 'sigmoid' | 'relu' | 'leaky-relu' | 'tanh' | 'gelu' | 'softplus' | string}
   */
  activations = 'linear sigmoid relu';

  /** Left end of the z range. */
  xMin = -5;

  /** Right end of the z range. */
  xMax = 5;

  /** Heading above the plots; empty for the `trio.heading` string. */
  heading = '';

  /** Level of the heading (1–6) for assistive technology. */
  headingLevel = 2;

  private readonly widths = new WidthController(this, { panel: '.figure' }, (width, em) => {
    // Mirrors relu-trio.styles.ts: auto-fit columns of at least 14em, 1em apart.
    const gap = em;
    const min = Math.min(width, 14 * em);
    const columns = Math.max(1, Math.min(this.kinds.length, Math.floor((width + gap) / (min + gap))));
    return { panel: (width - (columns - 1) * gap) / columns };
  });
  private readonly cursor = new CursorController(this, () => this.domain);
  private domain: readonly [number, number] = [-5, 5];
  private kinds: readonly Activation[] = DEFAULT_ACTIVATIONS;
  private panels: readonly FigureModel[] = [];
  private built = '';
  private builtT?: Translate;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('xMin') || changed.has('xMax')) this.checkDomain();
    if (changed.has('activations')) this.checkActivations();
    if (changed.has('heading')) this.heading = this.guard.text('heading', this.heading, '');
    if (changed.has('headingLevel')) {
      this.headingLevel = this.guard.number('heading-level', this.headingLevel, 2, (n) =>
        Number.isInteger(n) && n >= 1 && n <= 6 ? null : 'it must be a whole number from 1 to 6',
      );
    }
    // Rebuild the panels only when what they show has changed.
    const width = this.widths.get('panel', 300);
    const key = `${this.domain}|${this.kinds.map((k) => k.name)}|${width}|${this.locale}`;
    if (key !== this.built || this.t !== this.builtT) {
      this.built = key;
      this.builtT = this.t;
      this.panels = this.kinds.map((a) => this.panel(a, width));
      this.cursor.clampToDomain();
    }
  }

  /** Validates x-min and x-max, keeping the last good range. */
  private checkDomain(): void {
    this.domain = this.guard.range(['x-min', 'x-max'], [this.xMin, this.xMax], [-5, 5], this.domain);
    [this.xMin, this.xMax] = this.domain;
  }

  /** Resolves the activation names, skipping unknown ones; keeps the last list if none is known. */
  private checkActivations(): void {
    const text = typeof this.activations === 'string' ? this.activations : '';
    const names = text.trim().split(/\s+/).filter(Boolean);
    const found: Activation[] = [];
    for (const name of names) {
      const activation = getActivation(name.toLowerCase());
      if (activation) found.push(activation);
      else this.guard.warn('activations', this.activations, `unknown activation "${name}" skipped`);
    }
    if (found.length) this.kinds = found;
    else this.guard.warn('activations', this.activations, 'no known activation in it; keeping the last list');
  }

  private label(activation: Activation): string {
    return this.t(`activation.${activation.name}` as StringKey);
  }

  private panel(activation: Activation, width: number): FigureModel {
    const domain = this.domain;
    const kinks = activation.kinks?.filter((k) => k > domain[0] && k < domain[1]);
    const points = curvePoints(activation.fn, domain, kinks ? [domain[0], ...kinks, domain[1]] : null, SAMPLES);
    const frame = createFrame({
      ...plotSize(width, PANEL_SIZE),
      margin: { top: 30, right: 12, bottom: 34, left: 34 },
      xDomain: domain,
      yDomain: niceExtent([0, ...points.map(([, y]) => y)], 4),
      xTickCount: 5,
      yTickCount: 4,
      locale: this.locale,
    });
    const n = (v: number) => formatShort(v, 2, this.locale);
    const name = this.label(activation);
    const shape = shapeText(points, activation.kinks !== null, {
      t: this.t,
      locale: this.locale,
      axis: 'z',
      subject: 'shape.it',
      valueAt: activation.fn,
    });
    return {
      key: activation.name,
      title: name,
      frame,
      series: [{ key: activation.name, label: name, points, className: 'series-curve' }],
      showLegend: false,
      axisLabels: { x: 'z' },
      description: this.t('trio.describe', { name, formula: activation.formula, x0: n(domain[0]), x1: n(domain[1]), shape }),
      axis: 'z',
      readings: [{ name: 'a', className: 'series-curve', fn: activation.fn }],
      tableXs: tableXs(frame, kinks ?? []),
    };
  }

  /** The readout: every activation's value at the cursor. */
  private readings(): Reading[] {
    return this.kinds.map((a) => ({ name: this.label(a), className: 'series-curve', fn: a.fn }));
  }

  protected override render() {
    const x = this.cursor.x;
    const at = x ?? this.cursor.last;
    // Each plot's explorer says every activation at the cursor, as the readout under them does.
    const valueText = x === null ? undefined : readoutText(this.t, this.locale, 'z', x, this.readings());
    // A group named by its heading, not a section: a section with a name is a region
    // landmark, and two trios on one page would be two landmarks of the same name.
    return html`<div part="base" role="group" aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${this.heading || this.t('trio.heading')}
      </div>
      <div class="panels" part="panels">
        ${repeat(
          this.panels,
          (p) => p.key,
          (p) =>
            figure(p, {
              t: this.t,
              locale: this.locale,
              cursor: this.cursor,
              tableOpen: this.openTables.has(p.key),
              toggleTable: this.toggleTable,
              part: 'panel',
              valueText,
            }),
        )}
      </div>
      <p class="readout" part="readout">${at === null ? '' : readoutText(this.t, this.locale, 'z', at, this.readings())}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-trio': ReluTrio;
  }
}
