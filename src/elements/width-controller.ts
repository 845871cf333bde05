import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Measures the rendered width of parts of a shadow tree, so plots can lay
 * out their viewBox in real pixels: tick labels stay legible on a phone and
 * crisp on a wide screen, while the svg still scales with its container.
 */
export class WidthController implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private observer: ResizeObserver | null = null;
  private readonly observed = new Set<Element>();
  private frame = 0;

  constructor(
    private readonly host: ReactiveElement,
    /** Keys and the selector of the one element each measures. */
    private readonly targets: Readonly<Record<string, string>>,
  ) {
    host.addController(this);
    // The first measurement re-renders right after the first render, before
    // paint: intended, so silence Lit's dev-mode "change-in-update" notice.
    (host.constructor as typeof ReactiveElement).disableWarning?.('change-in-update');
  }

  /** Measured width for `key` in CSS pixels, or `fallback` before the first measurement. */
  get(key: string, fallback: number): number {
    return this.widths.get(key) ?? fallback;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    // Re-rendering inside the observer's callback can resize what it observes
    // and trip "ResizeObserver loop" errors; measure on the next frame instead.
    this.observer = new ResizeObserver(() => {
      if (!this.frame) this.frame = requestAnimationFrame(() => this.measure());
    });
    this.observed.clear();
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
    // A newly rendered element is measured at once, so the first paint already fits.
    if (fresh) this.measure();
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
    let changed = false;
    for (const [key, selector] of Object.entries(this.targets)) {
      const width = root.querySelector(selector)?.clientWidth ?? 0;
      if (width > 0 && this.widths.get(key) !== width) {
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
