import type { ReactiveController, ReactiveElement } from 'lit';
import type { Interval } from '../math/network.js';
import { tickStep } from '../plot/ticks.js';
import type { Frame } from '../plot/frame.js';
import { clamp } from '../plot/scale.js';

/** Arrow keys move the cursor by a round step near 1/100 of the range (Shift, Page Up and Down: ten steps). */
const STEPS = 100;

/** What a focused plot says instead of its readings, until the cursor moves: its details, or its keys. */
export type Aside = { readonly key: string; readonly what: 'details' | 'keys' } | null;

/**
 * A cursor along x shared by every plot of an element: the pointer moves it
 * over a plot, and a focused plot takes ← → ↑ ↓ (Shift, Page Up and Down for
 * ten steps), Home, End, B and Shift+B (the next and previous bend), D (the
 * plot's details), ? (its keys) and Escape. Positions snap to a round step
 * (0.02 over a range of 3) so readouts show round numbers and land on bends.
 */
export class CursorController implements ReactiveController {
  /** The cursor's x, or null when hidden. */
  x: number | null = null;
  /** Where the cursor last was: the readout keeps saying it after focus or the pointer leaves (Escape forgets it). */
  last: number | null = null;
  /** What the focused plot says instead of its readings (D or ?), until the cursor moves. */
  aside: Aside = null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly domain: () => Interval,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.x = null;
  }

  /** Keeps the cursor inside a (possibly new) domain. */
  clampToDomain(): void {
    if (this.x !== null) this.x = clamp(this.x, ...this.domain());
    if (this.last !== null) this.last = clamp(this.last, ...this.domain());
  }

  /** The arrow keys' step: a round number near 1/100 of the range. */
  get step(): number {
    return tickStep(this.domain(), STEPS);
  }

  private snap(x: number): number {
    const step = this.step;
    return clamp(Number((Math.round(x / step) * step).toFixed(10)), ...this.domain());
  }

  private set(x: number | null): void {
    if (x === this.x && !this.aside) return;
    this.aside = null;
    this.x = x;
    if (x !== null) this.last = x;
    this.host.requestUpdate();
  }

  /** Pointer over a plot drawn in `frame`. */
  pointerMove(event: PointerEvent, frame: Frame): void {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    const userX = ((event.clientX - box.left) / box.width) * frame.width;
    this.set(this.snap(frame.x.invert(userX)));
  }

  pointerLeave(event: PointerEvent): void {
    const svg = event.currentTarget as Element;
    if (svg !== (svg.getRootNode() as ShadowRoot).activeElement) this.set(null);
  }

  /** A plot took focus: the cursor comes back where it last was (else at 0, or the range's start). */
  focus(): void {
    if (this.x === null) this.set(clamp(this.last ?? 0, ...this.domain()));
  }

  blur(): void {
    this.set(null);
  }

  /**
   * Handles a key on the focused plot `key`, whose bends are at `stops`; true when it was the cursor's.
   * B and Shift+B jump to the next and previous stop (staying put past the last).
   */
  keyDown(event: KeyboardEvent, key = '', stops: readonly number[] = []): boolean {
    const [start, end] = this.domain();
    const step = this.step * (event.shiftKey ? 10 : 1);
    const x = this.x ?? clamp(0, start, end);
    const inside = stops.filter((s) => s >= start && s <= end);
    const after = inside.filter((s) => s > x + 1e-9).sort((a, b) => a - b)[0] ?? x;
    const before = inside.filter((s) => s < x - 1e-9).sort((a, b) => b - a)[0] ?? x;
    const targets: Record<string, number | null> = {
      ArrowLeft: this.snap(x - step),
      ArrowDown: this.snap(x - step),
      ArrowRight: this.snap(x + step),
      ArrowUp: this.snap(x + step),
      PageUp: this.snap(x + this.step * 10),
      PageDown: this.snap(x - this.step * 10),
      Home: start,
      End: end,
      b: after,
      B: before,
      Escape: null,
    };
    const what = ({ d: 'details', D: 'details', '?': 'keys' } as const)[event.key as 'd'];
    if (event.ctrlKey || event.metaKey || event.altKey || !(event.key in targets || what)) return false;
    event.preventDefault();
    if (what) {
      this.aside = { key, what };
      if (this.x === null) this.x = this.last = clamp(0, start, end);
      this.host.requestUpdate();
      return true;
    }
    if (event.key === 'Escape') this.last = null;
    this.set(targets[event.key]);
    return true;
  }
}
