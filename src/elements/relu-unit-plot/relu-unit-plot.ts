import { css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isActivationName, type ActivationName } from '../../math/activations.js';
import type { Interval } from '../../math/network.js';
import { NUMBER_LIMIT, numberAttribute } from '../attributes.js';
import { CursorController } from '../cursor-controller.js';
import { figure, readoutText } from '../figure.js';
import { ReluElement } from '../relu-element.js';
import { sharedStyles } from '../shared.styles.js';
import { LAB_CONNECTED, LAB_DISCONNECTED, LAB_UPDATE, isUnitSource, type UnitSource } from '../unit-source.js';
import { UNIT_SIZE, unitCaption, unitView, type UnitView } from '../unit-view.js';
import { unitFigureStyles } from '../unit-view.styles.js';
import { WidthController, plotSize } from '../width-controller.js';

/**
 * One hidden unit: its linear part z = w·x + b and its output a = activation(z),
 * with a legend, the point where the unit wakes up (x = −b/w) marked, and the
 * formula with the numbers plugged in. With `for` and `unit` it follows a
 * unit of a `<relu-fit-lab>` on the same page, live.
 *
 * @summary A unit before and after its activation.
 * @tag relu-unit-plot
 *
 * @attr {number} w - Weight of the unit, within ±1e6. Default 0.
 * @attr {number} b - Bias of the unit, within ±1e6. Default 0.
 * @attr {string} label - Title of the plot. Default "Unit", or "Unit N" when following a lab.
 * @attr {string} activation - Activation name (see `<relu-trio>`). Default "relu".
 * @attr {number} x-min - Left end of the x range. Default 0 (or the lab's).
 * @attr {number} x-max - Right end of the x range. Default 3 (or the lab's).
 * @attr {number} y-min - Bottom of the y range. Automatic when absent.
 * @attr {number} y-max - Top of the y range. Automatic when absent.
 * @attr {boolean} fixed - Marks the unit as fixed: the title says "(fixed)".
 * @attr {string} for - The id of a `<relu-fit-lab>` in the same document or shadow root to follow.
 * @attr {number} unit - Which of that lab's hidden units to follow (0, 1, 2 …). Default 1.
 *
 * @csspart unit-plot - The figure.
 * @csspart formula - The caption with the formula and, in words, where the unit wakes up.
 *
 * @cssprop [--relu-color-z=#0096ff] - Colour of the z line (dashed).
 * @cssprop [--relu-color-a=#ff40ff] - Colour of the a line.
 */
export class ReluUnitPlot extends ReluElement {
  static override styles = [
    sharedStyles,
    unitFigureStyles,
    css`
      /* At most 36em on its own (documented; a page's max-width on the element wins). */
      :host {
        max-width: 36em;
      }
    `,
  ];

  /** Reactive properties, as Lit declares them without decorators (their docs are on each accessor or field below). */
  static override properties: PropertyDeclarations = {
    w: { converter: numberAttribute },
    b: { converter: numberAttribute },
    label: {},
    activation: {},
    xMin: { attribute: 'x-min', converter: numberAttribute },
    xMax: { attribute: 'x-max', converter: numberAttribute },
    yMin: { attribute: 'y-min', converter: numberAttribute },
    yMax: { attribute: 'y-max', converter: numberAttribute },
    fixed: { type: Boolean, reflect: true },
    for: { attribute: 'for' },
    unit: { converter: numberAttribute },
  };

  /** Weight of the unit. */
  w = 0;

  /** Bias of the unit. */
  b = 0;

  /** Title of the plot; empty for the default ("Unit", or "Unit N" when following). */
  label = '';

  /**
   * Activation name.
   * @type {'linear' | 'sigmoid' | 'relu' | 'leaky-relu' | 'tanh' | 'gelu' | 'softplus'}
   */
  activation: ActivationName = 'relu';

  /** Left end of the x range. */
  xMin = 0;

  /** Right end of the x range. */
  xMax = 3;

  /** Bottom of the y range; null for automatic. */
  yMin: number | null = null;

  /** Top of the y range; null for automatic. */
  yMax: number | null = null;

  /** Whether the unit is fixed (shown in the title). */
  fixed = false;

  /** Id of a `<relu-fit-lab>` to follow. */
  for = '';

  /** Index of the lab's hidden unit to follow. */
  unit = 1;

  private readonly cursor = new CursorController(this, () => this.domain);
  private readonly widths = new WidthController(this, { unit: '.figure' }, (width) => ({ unit: width }));
  private view!: UnitView;
  private viewKey = '';
  private viewT: unknown = null;
  private domain: Interval = [0, 3];
  private kind: ActivationName = 'relu';
  private yLimits: readonly [number | null, number | null] = [null, null];
  /** The lab being followed, and the root we listen on for one to appear. */
  private source: UnitSource | null = null;
  private listeningRoot: Node | null = null;
  private idObserver: MutationObserver | null = null;
  /** Bumped by every (re)bind, so a pending check of an older `for` does nothing. */
  private forCheck = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unbind();
  }

  /** The lab this plot follows right now, if any. */
  get following(): HTMLElement | null {
    return this.source;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') || changed.has('unit')) {
      this.unit = this.guard.number('unit', this.unit, 1, (n) =>
        Number.isInteger(n) && n >= 0 ? null : 'it must be a whole number from 0 up',
      );
      if (this.isConnected && this.hasUpdated) this.bind();
    }
    if (changed.has('label')) this.label = this.guard.text('label', this.label, '');
    if (changed.has('w')) this.w = this.guard.number('w', this.w, 0);
    if (changed.has('b')) this.b = this.guard.number('b', this.b, 0);
    if (changed.has('activation')) {
      const name = String(this.activation ?? 'relu').trim().toLowerCase();
      this.kind = isActivationName(name)
        ? this.guard.accept('activation', name)
        : this.guard.reject('activation', this.activation, 'it is not a known activation', this.kind);
      this.activation = this.kind;
    }
    if (changed.has('xMin') || changed.has('xMax')) this.checkDomain();
    if (changed.has('yMin') || changed.has('yMax')) this.checkYLimits();
    this.cursor.clampToDomain();
    const label = this.label || (this.source ? this.t('unit.title', { index: this.unit }) : this.t('unit.default'));
    const size = plotSize(this.widths.get('unit', 300), UNIT_SIZE);
    // The view changes only with its inputs, not when the cursor moves or a table opens.
    const key = [this.w, this.b, this.kind, this.domain, this.yLimits, label, this.fixed, this.locale, size.width, size.height].join('|');
    if (key === this.viewKey && this.viewT === this.t) return;
    this.viewKey = key;
    this.viewT = this.t;
    this.view = unitView({
      key: 'unit',
      w: this.w,
      b: this.b,
      activation: this.kind,
      domain: this.domain,
      yMin: this.yLimits[0],
      yMax: this.yLimits[1],
      label,
      fixed: this.fixed,
      t: this.t,
      locale: this.locale,
      ...size,
    });
  }

  private checkDomain(): void {
    this.domain = this.guard.range(['x-min', 'x-max'], [this.xMin, this.xMax], [0, 3], this.domain);
    [this.xMin, this.xMax] = this.domain;
  }

  private checkYLimits(): void {
    const [lastMin, lastMax] = this.yLimits;
    // Absent means automatic; a bad value keeps the limit in use (automatic, if it was).
    const optional = (attribute: string, value: number | null, last: number | null) => {
      if (value === null || value === undefined) return null;
      if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= NUMBER_LIMIT) return value;
      this.guard.warn(attribute, value, `it must be a finite number between −${NUMBER_LIMIT} and ${NUMBER_LIMIT}; keeping ${last === null ? 'the automatic limit' : last}`);
      return last;
    };
    const yMin = optional('y-min', this.yMin, lastMin);
    const yMax = optional('y-max', this.yMax, lastMax);
    if (yMin !== null && yMax !== null && !(yMin < yMax)) {
      const culprit = yMin !== lastMin ? 'y-min' : 'y-max';
      this.guard.warn(culprit, culprit === 'y-min' ? this.yMin : this.yMax, 'y-min must be less than y-max; keeping the last good limits');
    } else {
      this.yLimits = [yMin, yMax];
    }
    [this.yMin, this.yMax] = this.yLimits;
  }

  protected override render() {
    const model = this.view.figure;
    const at = this.cursor.x ?? this.cursor.last;
    return html`${figure(model, {
        t: this.t,
        locale: this.locale,
        cursor: this.cursor,
        tableOpen: this.openTables.has(model.key),
        toggleTable: this.toggleTable,
        part: 'unit-plot',
        caption: unitCaption(this.view),
      })}
      <div class="visually-hidden" part="readout" aria-hidden="true">${at === null ? '' : readoutText(this.t, this.locale, 'x', at, model.readings)}</div>`;
  }

  // Following a lab ------------------------------------------------------

  /**
   * Follows what `getElementById(for)` returns in this element's tree, now
   * and whenever that can change: a lab connects or leaves, or any id in the
   * tree is set, changed or removed.
   */
  private bind(): void {
    this.unbind();
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    this.listeningRoot = root;
    root.addEventListener(LAB_CONNECTED, this.resolveSource);
    this.idObserver = new MutationObserver(this.resolveSource);
    this.idObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['id'] });
    this.resolveSource();
    if (!this.source) this.checkForLater();
  }

  /**
   * A `for` that names no lab would fail silently: once the page has loaded (and a
   * frame and a task later, for labs that scripts add at load), warn if the id still
   * finds no lab. At most once per id (the guard's rule); nothing if `for` changed.
   */
  private checkForLater(): void {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    const id = this.for;
    const check = ++this.forCheck;
    void settledAfterLoad(view).then(() => {
      if (check !== this.forCheck || this.source || !this.isConnected || this.for !== id) return;
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      // An element not yet upgraded (its definition still loading) may yet turn into a lab.
      if (isUnitSource(found) || (found && !found.matches(':defined'))) return;
      const where = root instanceof ShadowRoot ? `the shadow root of <${root.host.localName}>` : 'the document';
      this.guard.warn(
        'for',
        id,
        found
          ? `the element with id "${id}" is a <${found.localName}>, not a <relu-fit-lab>; the plot shows its own w and b`
          : `no element with id "${id}" is in ${where}; the plot shows its own w and b until a <relu-fit-lab id="${id}"> appears`,
      );
    });
  }

  private unbind(): void {
    this.forCheck++;
    this.listeningRoot?.removeEventListener(LAB_CONNECTED, this.resolveSource);
    this.listeningRoot = null;
    this.idObserver?.disconnect();
    this.idObserver = null;
    this.release();
  }

  private readonly resolveSource = (): void => {
    const root = this.listeningRoot as Document | ShadowRoot | null;
    const candidate = root && typeof root.getElementById === 'function' ? root.getElementById(this.for) : null;
    const next = isUnitSource(candidate) ? candidate : null;
    if (next === this.source) return;
    if (next) this.follow(next);
    else {
      this.release();
      this.requestUpdate();
    }
  };

  private follow(source: UnitSource): void {
    this.release();
    this.source = source;
    source.addEventListener(LAB_UPDATE, this.handleLabUpdate);
    source.addEventListener(LAB_DISCONNECTED, this.resolveSource);
    this.handleLabUpdate();
  }

  /** Stops following the current lab, keeping the values last shown. */
  private release(): void {
    this.source?.removeEventListener(LAB_UPDATE, this.handleLabUpdate);
    this.source?.removeEventListener(LAB_DISCONNECTED, this.resolveSource);
    this.source = null;
  }

  private readonly handleLabUpdate = (): void => {
    const source = this.source;
    if (!source) return;
    const unit = source.units[this.unit];
    if (!unit) {
      this.guard.warn('unit', this.unit, `the lab "${this.for}" has units 0 to ${source.units.length - 1}`);
      return;
    }
    this.w = unit.w;
    this.b = unit.b;
    this.activation = unit.activation;
    this.fixed = unit.fixed;
    if (!this.hasAttribute('x-min') && !this.hasAttribute('x-max')) {
      [this.xMin, this.xMax] = source.xRange;
    }
  };
}

/**
 * Resolves once `view`'s document has loaded, then after the next frame and one more
 * task, so that labs created by scripts while or right after the page loads count.
 */
function settledAfterLoad(view: Window): Promise<void> {
  const loaded =
    view.document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => view.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(() => new Promise<void>((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 0))));
}

declare global {
  interface HTMLElementTagNameMap {
    'relu-unit-plot': ReluUnitPlot;
  }
}
