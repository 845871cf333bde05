/** `<relu-fit-lab>`'s main plot as sound (`listen()`): the voices and where they buzz. */
import { networkOf, type Evaluation, type Lesson, type Samples } from '../../math/lesson.js';
import { networkOutput } from '../../math/network.js';
import { sonifyDefaults, toneSchedule, type Span, type Voice } from '../../plot/sonify.js';
import { fitRanges } from './lab-text.js';

/**
 * The main plot as sound: the target as a sine voice and the output as a
 * triangle voice over the plot's y range, and a buzz where the output
 * departs from the target by more than the tolerance.
 */
export function soundTrace(lesson: Lesson, samples: Samples, evaluation: Evaluation, yDomain: readonly [number, number]): { voices: Voice[]; alerts: Span[] } {
  const scale = { ...sonifyDefaults, xDomain: samples.domain, yDomain };
  const network = networkOf(lesson);
  const { departs } = fitRanges(samples.xs, evaluation.predicted, samples.target, lesson.tolerance);
  const [x0, x1] = samples.domain;
  const toTime = (x: number) => ((x - x0) / (x1 - x0)) * scale.duration;
  return {
    voices: [
      { tones: toneSchedule(samples.targetAt, scale), type: 'sine', gain: 0.35 },
      { tones: toneSchedule((x) => networkOutput(network, x), scale), type: 'triangle', gain: 0.3 },
    ],
    alerts: departs.map(([a, b]): Span => [toTime(a), toTime(b)]),
  };
}

