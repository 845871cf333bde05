import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A polite live region's text, spoken once the learner has paused. Messages
 * are kept by topic ("commit", "hint", …) until then: a newer message on a
 * topic replaces the pending one (so a stale error is never spoken), messages
 * on different topics are spoken together in the order they came. Every new
 * message moves the deadline; one timer per pause, not one per update;
 * cleared when the host leaves the document.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  message = '';
  private timer = 0;
  private due = 0;
  private readonly pending = new Map<string, string>();
  private readonly watched = new Map<string, unknown>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs: number,
  ) {
    host.addController(this);
  }

  /**
   * Says `text` on `topic` once nothing new has come for `delayMs`, replacing what was pending
   * on that topic; `first` puts it before the others (where the learner is, before what changed).
   */
  say(topic: string, text: string, first = false): void {
    this.pending.delete(topic);
    if (text && first) {
      const rest = [...this.pending];
      this.pending.clear();
      for (const [key, value] of [[topic, text], ...rest]) this.pending.set(key, value);
    } else if (text) {
      this.pending.set(topic, text);
    }
    this.due = performance.now() + this.delayMs;
    if (this.timer) return;
    const tick = () => {
      const wait = this.due - performance.now();
      if (wait > 1) {
        this.timer = window.setTimeout(tick, wait);
        return;
      }
      this.timer = 0;
      if (!this.pending.size) return;
      // Each message a sentence of its own: "Challenge 2 of 3: Zigzag. Error 0.334."
      this.message = [...this.pending.values()].map((text) => (/[.!?…]$/.test(text) ? text : `${text}.`)).join(' ');
      this.pending.clear();
      this.host.requestUpdate();
    };
    this.timer = window.setTimeout(tick, this.delayMs);
  }

  /** Forgets `topic`'s pending message (another says it already). */
  drop(topic: string): void {
    this.pending.delete(topic);
  }

  /** Moves `topic`'s pending message, if any, after the others (what a change led to, after the change). */
  last(topic: string): void {
    const text = this.pending.get(topic);
    if (text === undefined) return;
    this.pending.delete(topic);
    this.pending.set(topic, text);
  }

  /**
   * Says `compose(previous)` on `topic` when `value` differs from the one given last time
   * (not the first time); composed now, so it tells of this value even if another follows.
   */
  onChange<T>(topic: string, value: T, compose: (previous: T) => string): void {
    if (this.watched.has(topic) && !Object.is(this.watched.get(topic), value)) {
      this.say(topic, compose(this.watched.get(topic) as T));
    }
    this.watched.set(topic, value);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending.clear();
  }
}
