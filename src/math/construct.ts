/**
 * The lesson's construction, generalised: ReLU units that wake up at the
 * target's knots, each adding the change of slope there.
 */

import type { ActivationName } from './activations.js';
import { networkOutput, unitBreakpoints, type Interval } from './network.js';
import type { Point } from './piecewise.js';
import { piecewiseLinear } from './piecewise.js';

/** A hidden unit of a lesson: z = w·x + b, a = activation(z), weighted by v in the output. */
export interface LessonUnit {
  readonly w: number;
  readonly b: number;
  /** Output weight. */
  readonly v: number;
  readonly fixed: boolean;
  readonly activation: ActivationName;
}

export interface Construction {
  readonly ok: boolean;
  /** The units to use (fixed ones unchanged); when not ok, the best partial construction. */
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** Why there is no exact construction, in words, when not ok. */
  readonly reason: string;
}

export interface ConstructOptions {
  /** May the output weights (v) of free units change? */
  readonly outputWeights: boolean;
  /** May the output bias change? */
  readonly outputBias: boolean;
  /** Limits of w and b (and v), the slider range. */
  readonly min: number;
  readonly max: number;
}

const EPS = 1e-9;

/**
 * An exact construction of the target `knots` over their x range with the
 * given units, where one exists. Fixed units keep their values and the free
 * ones build what remains (the residual): the residual's value and slope at
 * the left end, then one unit per point where its slope changes, each waking
 * up there (w > 0) and adding the change of slope. With fixed output weights
 * a unit can only add slope (w·v > 0 with w > 0 means v > 0), so a slope that
 * decreases needs a negative output weight.
 */
export function construct(
  knots: readonly Point[],
  units: readonly LessonUnit[],
  outputBias: number,
  options: ConstructOptions,
): Construction {
  const domain: Interval = [knots[0][0], knots[knots.length - 1][0]];
  const [x0, x1] = domain;
  const fixedNet = {
    units: units.filter((u) => u.fixed),
    outputWeights: units.filter((u) => u.fixed).map((u) => u.v),
    outputBias: options.outputBias ? 0 : outputBias,
  };
  const target = piecewiseLinear(knots);
  // Where the residual may bend: the target's knots and the fixed units' kinks.
  const cuts = new Set<number>(knots.map(([x]) => x));
  for (const u of fixedNet.units) for (const k of unitBreakpoints(u, domain) ?? []) cuts.add(k);
  const xs = [...cuts].filter((x) => x >= x0 && x <= x1).sort((a, b) => a - b);
  const residual = (x: number) => target(x) - networkOutput(fixedNet, x);
  const slopeAfter = (i: number) => (residual(xs[i + 1]) - residual(xs[i])) / (xs[i + 1] - xs[i]);

  // What the free units must provide: a hinge at x0 with the first slope, one per slope change.
  const hinges: { x: number; slope: number }[] = [];
  let previous = 0;
  for (let i = 0; i < xs.length - 1; i++) {
    const slope = slopeAfter(i);
    if (Math.abs(slope - previous) > EPS) hinges.push({ x: xs[i], slope: slope - previous });
    previous = slope;
  }
  const start = residual(x0);
  let bias = options.outputBias ? 0 : outputBias;
  const reasons: string[] = [];
  if (Math.abs(start) > EPS) {
    if (options.outputBias) bias = start;
    else reasons.push(`the output must start at ${round(target(x0))} at x = ${round(x0)}, which needs an output bias`);
  }

  const free = units.map((u, i) => ({ u, i })).filter(({ u }) => !u.fixed);
  if (hinges.length > free.length) {
    reasons.push(
      `the target needs ${hinges.length} free units (one per change of slope), and this lesson has ${free.length}`,
    );
  }
  const result = units.map((u) => ({ ...u }));
  free.forEach(({ u, i }, k) => {
    const hinge = hinges[k];
    if (!hinge) {
      result[i] = { ...u, w: 0, b: 0 }; // a silent unit adds nothing
      return;
    }
    let w: number;
    let v: number;
    if (options.outputWeights) {
      // w = 1 keeps b = −x in range; v carries the change of slope.
      w = 1;
      v = hinge.slope;
    } else {
      v = u.v;
      w = hinge.slope / v;
      if (!(w > 0)) {
        reasons.push(
          `the slope falls by ${round(-hinge.slope)} at x = ${round(hinge.x)}, and a unit that wakes up there can only add slope unless its output weight is negative (allow editing output weights)`,
        );
      }
    }
    const b = -w * hinge.x + 0;
    for (const [name, value] of [['w', w], ['b', b], ['v', v]] as const) {
      if (value < options.min - EPS || value > options.max + EPS) {
        reasons.push(`unit ${i} would need ${name} = ${round(value)}, outside the range ${options.min} to ${options.max}`);
      }
    }
    result[i] = { ...u, w, b, v };
  });
  return { ok: reasons.length === 0, units: result, outputBias: bias, reason: [...new Set(reasons)].join('; ') };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
