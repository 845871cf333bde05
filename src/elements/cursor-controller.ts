import type { ReactiveController, ReactiveElement } from 'lit';
import type { Interval } from '../math/network.js';
import type { Frame } from '../plot/frame.js';
import { clamp } from '../plot/scale.js';

/** Arrow keys move the cursor by 1/100 of the range (Shift: 1/10). */
const STEPS = 100;

/**
 * A cursor along x shared by every plot of an element: the pointer moves it
 * over a plot, and a focused plot takes ← → ↑ ↓ (Shift for bigger steps),
 * Home, End and Escape. Positions snap to 1/100 of the range so readouts show
 * round numbers.
 */
export class CursorController implements ReactiveController {
  /** The cursor's x, or null when hidden. */
  x: number | null = null;
  /** Where the cursor last was: the readout keeps saying it after focus or the pointer leaves (Escape forgets it). */
  last: number | null = null;

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

  private get step(): number {
    const [start, end] = this.domain();
    return (end - start) / STEPS;
  }

  private snap(x: number): number {
    const step = this.step;
    return clamp(Number((Math.round(x / step) * step).toFixed(10)), ...this.domain());
  }

  private set(x: number | null): void {
    if (x === this.x) return;
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

  /** Handles a key on a focused plot; true when it was the cursor's. */
  keyDown(event: KeyboardEvent): boolean {
    const [start, end] = this.domain();
    const step = this.step * (event.shiftKey ? 10 : 1);
    const x = this.x ?? clamp(0, start, end);
    const targets: Record<string, number | null> = {
      ArrowLeft: this.snap(x - step),
      ArrowDown: this.snap(x - step),
      ArrowRight: this.snap(x + step),
      ArrowUp: this.snap(x + step),
      Home: start,
      End: end,
      Escape: null,
    };
    if (!(event.key in targets)) return false;
    event.preventDefault();
    if (event.key === 'Escape') this.last = null;
    this.set(targets[event.key]);
    return true;
  }
}
