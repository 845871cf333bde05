import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { play, type Playback, type Span, type Voice } from '../plot/sonify.js';

/**
 * One sound at a time for its host. `play()` resolves when the sound ends,
 * is stopped, is replaced by another, or the host leaves the document.
 */
export class AudioController implements ReactiveController {
  private playback: Playback | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.playback !== null;
  }

  /** Plays `voices` (in `context` when given, e.g. an OfflineAudioContext to render). */
  play(voices: readonly Voice[], alerts: readonly Span[], context?: BaseAudioContext): Promise<void> {
    this.stop();
    const Context = globalThis.AudioContext;
    const ctx = context ?? (Context ? new Context() : null);
    if (!ctx) return Promise.resolve();
    const playback = play(ctx, voices, alerts);
    this.playback = playback;
    this.host.requestUpdate();
    return playback.ended.then(() => {
      if (this.playback === playback) {
        this.playback = null;
        this.host.requestUpdate();
      }
      if (!context && ctx instanceof AudioContext) void ctx.close();
    });
  }

  stop(): void {
    if (!this.playback) return;
    this.playback.stop();
    this.playback = null;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
