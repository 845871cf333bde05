import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Measures the rendered width of parts of a shadow tree, so plots can lay
 * out their viewBox in real pixels: tick labels stay legible on a phone and
 * crisp on a wide screen, while the svg still scales with its container.
 */
/**
 * Host widths and font sizes read in the current frame, by parent and tag: elements of one
 * kind added together to one container (a page of 100 labs) share a single forced layout and
 * style recalc instead of forcing one each (each would restyle the labs rendered before it).
 * An estimate only: a sibling styled otherwise is measured again once it is laid out.
 */
let frameMetrics: WeakMap<Node, Map<string, { width: number; em: number }>> | null = null;

function hostMetrics(host: HTMLElement): { width: number; em: number } {
  const read = () => ({ width: host.clientWidth, em: parseFloat(getComputedStyle(host).fontSize) || 16 });
  const parent = host.parentNode;
  if (!parent) return read();
  if (!frameMetrics) {
    frameMetrics = new WeakMap();
    requestAnimationFrame(() => (frameMetrics = null));
  }
  let byTag = frameMetrics.get(parent);
  if (!byTag) frameMetrics.set(parent, (byTag = new Map()));
  let metrics = byTag.get(host.localName);
  if (!metrics) byTag.set(host.localName, (metrics = read()));
  return metrics;
}

export class WidthController implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private observer: ResizeObserver | null = null;
  private readonly observed = new Set<Element>();
  /** Each observed element's content width when the observer last reported it. */
  private seen = new WeakMap<Element, number>();
  private frame = 0;
  private fontSize = 16;

  constructor(
    private readonly host: ReactiveElement,
    /** Keys and the selector of the one element each measures. */
    private readonly targets: Readonly<Record<string, string>>,
    /**
     * Widths for the first render, from the host's width and font size (the
     * em its CSS lengths and container queries are written in), mirroring the
     * element's CSS layout: with a good estimate the first render already fits
     * and no second render is needed.
     */
    private readonly estimate?: (hostWidth: number, em: number) => Record<string, number>,
  ) {
    host.addController(this);
  }

  /**
   * Width for `key` in CSS pixels: measured, else estimated from the host's
   * width (first render), else `fallback`.
   */
  get(key: string, fallback: number): number {
    if (!this.widths.size) this.estimateFromHost();
    return this.widths.get(key) ?? fallback;
  }

  /** The host's font size in CSS px (the em its lengths and breakpoints are written in), as last measured. */
  get em(): number {
    return this.fontSize;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // Re-rendering inside the observer's callback can resize what it observes
    // and trip "ResizeObserver loop" errors; measure on the next frame instead.
    // Only a change of width matters: a part that grows taller (a message appears) while it is
    // dragged must not cost a forced layout per update. The entry's size is read after layout, free.
    this.observer = new ResizeObserver((entries) => {
      // The font size too: a theme or zoom that changes the em changes the breakpoints.
      let wider = parseFloat(getComputedStyle(this.host).fontSize) !== this.fontSize;
      for (const { target, contentRect } of entries) {
        wider ||= this.seen.get(target) !== contentRect.width;
        this.seen.set(target, contentRect.width);
      }
      if (wider && !this.frame) this.frame = requestAnimationFrame(() => this.measure());
    });
    this.observed.clear();
    this.seen = new WeakMap();
  }

  private estimateFromHost(): void {
    if (!this.estimate || !this.host.isConnected) return;
    // Server-rendered (declarative shadow DOM already there): the first render
    // must match the server's, which knew no widths; the observer measures after.
    if (!this.host.hasUpdated && this.host.shadowRoot?.childNodes.length) return;
    const { width, em } = hostMetrics(this.host);
    if (width <= 0) return;
    this.fontSize = em;
    for (const [key, estimated] of Object.entries(this.estimate(width, em))) {
      this.widths.set(key, Math.round(estimated));
    }
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!this.observer || !root) return;
    let fresh = false;
    for (const selector of Object.values(this.targets)) {
      const el = root.querySelector(selector);
      if (el && !this.observed.has(el)) {
        this.observed.add(el);
        this.observer.observe(el);
        fresh = true;
      }
    }
    // A newly rendered element is measured when the observer first reports it
    // (after layout, batched for every element on the page), never by forcing
    // a synchronous layout here: a page of 100 labs would thrash.
    void fresh;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed.clear();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private measure(): void {
    this.frame = 0;
    const root = this.host.shadowRoot;
    if (!root) return;
    // Measured on resize only: the font size may have changed with the width (zoom, a theme).
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    let changed = em !== this.fontSize;
    this.fontSize = em;
    for (const [key, selector] of Object.entries(this.targets)) {
      const width = root.querySelector(selector)?.clientWidth ?? 0;
      const known = this.widths.get(key);
      // A pixel of rounding between estimate and layout is not worth a render.
      if (width > 0 && (known === undefined || Math.abs(known - width) > 1)) {
        this.widths.set(key, width);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }
}

/** A plot's viewBox size for a measured width: clamped, with a height by aspect ratio. */
export function plotSize(
  width: number,
  { min, max, aspect, minHeight, maxHeight }: { min: number; max: number; aspect: number; minHeight: number; maxHeight: number },
): { width: number; height: number } {
  const w = Math.min(max, Math.max(min, width));
  return { width: w, height: Math.round(Math.min(maxHeight, Math.max(minHeight, w * aspect))) };
}
