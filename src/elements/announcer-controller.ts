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
  private watched: { value: unknown } | null = null;

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

  /** Speaks `compose()` (after the pause) when `value` differs from the one given last time; not the first time. */
  onChange(value: unknown, compose: () => string): void {
    if (this.watched && !Object.is(this.watched.value, value)) this.schedule(compose);
    this.watched = { value };
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
  }
}
