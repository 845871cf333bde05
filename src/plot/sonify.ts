/**
 * Sonification: a curve played as a tone whose pitch follows y and whose
 * stereo position follows x, as the best accessible graphing calculators do.
 * Pure scheduling on a Web Audio context (live or offline); knows nothing of
 * what the curves mean.
 */

import type { Extent } from './scale.js';

/** One point of a voice's schedule. */
export interface Tone {
  /** Seconds from the start. */
  readonly time: number;
  readonly frequency: number;
  /** −1 (left) to 1 (right). */
  readonly pan: number;
}

export interface SonifyScale {
  readonly xDomain: Extent;
  readonly yDomain: Extent;
  /** Seconds for the whole x range. */
  readonly duration: number;
  /** Frequencies (Hz) for the bottom and top of the y domain. */
  readonly low: number;
  readonly high: number;
}

export const sonifyDefaults: Omit<SonifyScale, 'xDomain' | 'yDomain'> = {
  duration: 4,
  low: 220,
  high: 880,
};

/** Frequency for y: exponential from `low` to `high` over the y domain (equal steps sound equal), clamped. */
export function pitch(y: number, [y0, y1]: Extent, low: number, high: number): number {
  const span = y1 - y0;
  const k = span === 0 || !Number.isFinite(y) ? 0.5 : Math.min(1, Math.max(0, (y - y0) / span));
  return low * (high / low) ** k;
}

/** `fn` sampled `steps + 1` times across x, as tones. */
export function toneSchedule(fn: (x: number) => number, scale: SonifyScale, steps = 96): Tone[] {
  const [x0, x1] = scale.xDomain;
  const tones: Tone[] = [];
  for (let i = 0; i <= steps; i++) {
    const k = i / steps;
    const x = x0 + (x1 - x0) * k;
    tones.push({
      time: k * scale.duration,
      frequency: pitch(fn(x), scale.yDomain, scale.low, scale.high),
      pan: -0.9 + 1.8 * k,
    });
  }
  return tones;
}

export interface Voice {
  readonly tones: readonly Tone[];
  readonly type: OscillatorType;
  /** Peak gain, 0–1. */
  readonly gain: number;
}

/** A time range, in seconds from the start, during which an alert sounds. */
export type Span = readonly [start: number, end: number];

export interface Playback {
  /** Stops every voice now. */
  stop(): void;
  /** Resolves when the playback has ended or was stopped. */
  readonly ended: Promise<void>;
}

const RAMP = 0.03;

/**
 * Plays `voices` on `context`, plus a low buzz during each of `alerts`.
 * Nothing sounds until this is called: never automatic.
 */
export function play(
  context: BaseAudioContext,
  voices: readonly Voice[],
  alerts: readonly Span[] = [],
): Playback {
  const start = context.currentTime + 0.05;
  const end = start + Math.max(0, ...voices.map((v) => v.tones.at(-1)?.time ?? 0));
  const oscillators: OscillatorNode[] = [];
  const out = context.createGain();
  out.gain.value = 0.8;
  out.connect(context.destination);

  for (const voice of voices) {
    if (!voice.tones.length) continue;
    const osc = context.createOscillator();
    const gain = context.createGain();
    const panner = context.createStereoPanner();
    osc.type = voice.type;
    const [first] = voice.tones;
    osc.frequency.setValueAtTime(first.frequency, start);
    panner.pan.setValueAtTime(first.pan, start);
    for (const tone of voice.tones.slice(1)) {
      osc.frequency.linearRampToValueAtTime(tone.frequency, start + tone.time);
      panner.pan.linearRampToValueAtTime(tone.pan, start + tone.time);
    }
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(voice.gain, start + RAMP);
    gain.gain.setValueAtTime(voice.gain, end - RAMP);
    gain.gain.linearRampToValueAtTime(0, end);
    osc.connect(gain).connect(panner).connect(out);
    osc.start(start);
    osc.stop(end + 0.01);
    oscillators.push(osc);
  }

  if (alerts.length) {
    const buzz = context.createOscillator();
    const gain = context.createGain();
    buzz.type = 'sawtooth';
    buzz.frequency.value = 90;
    gain.gain.setValueAtTime(0, start);
    for (const [a, b] of alerts) {
      gain.gain.setValueAtTime(0, start + a);
      gain.gain.linearRampToValueAtTime(0.06, start + a + RAMP);
      gain.gain.setValueAtTime(0.06, start + Math.max(a + RAMP, b - RAMP));
      gain.gain.linearRampToValueAtTime(0, start + b);
    }
    buzz.connect(gain).connect(out);
    buzz.start(start);
    buzz.stop(end + 0.01);
    oscillators.push(buzz);
  }

  const ended = oscillators.length
    ? new Promise<void>((resolve) => {
        let left = oscillators.length;
        for (const osc of oscillators) osc.addEventListener('ended', () => --left === 0 && resolve());
      })
    : Promise.resolve();
  return {
    stop() {
      for (const osc of oscillators) {
        try {
          osc.stop();
        } catch {
          // Already stopped.
        }
      }
    },
    ended,
  };
}
