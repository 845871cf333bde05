import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A polite live region's text, spoken once the learner has paused: every
 * `schedule()` moves the deadline, and only the message composed when it
 * passes is shown (so a pending, older one is never spoken). One timer per
 * pause, not one per update; cleared when the host leaves the document.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  message = '';
  private timer = 0;
  private due = 0;
  private compose: () => string = () => '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /** Speaks `compose()` once nothing else is scheduled for `delayMs`. */
  schedule(compose: () => string): void {
    this.compose = compose;
    this.due = performance.now() + this.delayMs;
    if (this.timer) return;
    const tick = () => {
      const wait = this.due - performance.now();
      if (wait > 1) {
        this.timer = window.setTimeout(tick, wait);
        return;
      }
      this.timer = 0;
      this.message = this.compose();
      this.host.requestUpdate();
    };
    this.timer = window.setTimeout(tick, this.delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
  }
}
