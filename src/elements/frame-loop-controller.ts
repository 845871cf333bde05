import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a frame loop ended. */
export interface LoopEnd {
  /** True when something else ended it: a new loop, `interrupt()`, or the host leaving the document. */
  readonly interrupted: boolean;
}

interface Loop {
  readonly kind: string;
  id: number;
  readonly settle: (interrupted: boolean) => void;
}

/**
 * One frame loop at a time for its host (an animation, a fit). Starting a
 * loop ends the running one; so do `interrupt()` and the host's
 * disconnection. Every loop's promise settles, saying whether it was
 * interrupted, so nothing waits forever.
 */
export class FrameLoopController implements ReactiveController {
  private active: Loop | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What is running (`'animation'`, `'train'` …), or null. */
  get running(): string | null {
    return this.active?.kind ?? null;
  }

  /**
   * Calls `frame(now)` once per animation frame until it returns true.
   * `onInterrupt` runs when the loop is ended from outside, before its
   * promise settles.
   */
  start(kind: string, frame: (now: number) => boolean, onInterrupt?: () => void): Promise<LoopEnd> {
    this.interrupt();
    return new Promise((resolve) => {
      const loop: Loop = {
        kind,
        id: 0,
        settle: (interrupted) => {
          if (this.active !== loop) return;
          this.active = null;
          cancelAnimationFrame(loop.id);
          if (interrupted) onInterrupt?.();
          this.host.requestUpdate();
          resolve({ interrupted });
        },
      };
      const tick = (now: number) => {
        if (this.active !== loop) return;
        if (frame(now)) loop.settle(false);
        else if (this.active === loop) loop.id = requestAnimationFrame(tick);
      };
      this.active = loop;
      loop.id = requestAnimationFrame(tick);
      this.host.requestUpdate();
    });
  }

  /** Ends the running loop as if it had finished (a Stop button). */
  finish(): void {
    this.active?.settle(false);
  }

  /** Ends the running loop as interrupted. */
  interrupt(): void {
    this.active?.settle(true);
  }

  hostDisconnected(): void {
    this.interrupt();
  }
}
