/**
 * The exact construction, as it was first exported: kept for code that
 * imports it, now a view of `analyse()` (src/math/analysis.ts), which finds a
 * solution whenever one exists.
 */

import { analyse, type Reason } from './analysis.js';
import type { LessonUnit } from './lesson.js';
import type { Point } from './piecewise.js';

export type { LessonUnit };

export interface Construction {
  readonly ok: boolean;
  /** The units to use (fixed ones unchanged); when not ok, the units as given. */
  readonly units: readonly LessonUnit[];
  readonly outputBias: number;
  /** Why there is no exact construction, in short English words, when not ok. */
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

const n = (x: number) => String(Math.round(x * 1000) / 1000);

function said(r: Reason): string {
  switch (r.kind) {
    case 'curved':
      return `unit ${r.unit} is a fixed ${r.activation} curve`;
    case 'bends':
      return `the output must bend at x = ${r.xs.map(n).join(', ')} and only ${r.count} free units can hinge there`;
    case 'cannotHinge':
      return `no free unit can change the slope by ${n(r.change)} at x = ${n(r.x)}`;
    case 'tooSteep':
      return `the slope must change by ${n(r.change)} at x = ${n(r.x)}, and the free units can change it by at most ${n(r.reach)} there`;
    case 'arrangement':
      return `no arrangement of the free units gives the target's bends and its start at x = ${n(r.x)}`;
    case 'locks':
      return `without the locks on ${r.names.join(', ')} there would be one`;
    case 'smooth':
      return `units ${r.units.join(', ')} are smooth curves, which the analysis cannot decide`;
    case 'effort':
      return 'too many arrangements to try';
  }
}

/**
 * An exact construction of the target `knots` over their x range with the given units, where
 * one exists. @deprecated Use `analyse()`, which also says what each unit does and why not.
 */
export function construct(knots: readonly Point[], units: readonly LessonUnit[], outputBias: number, options: ConstructOptions): Construction {
  const locked = new Set<string>();
  if (options.outputWeights !== options.outputBias) {
    // Only one of them may change: lock the other.
    units.forEach((u, i) => !u.fixed && !options.outputWeights && locked.add(`v${i}`));
    if (!options.outputBias) locked.add('c');
  }
  const a = analyse({ knots, units, outputBias, min: options.min, max: options.max, editableOutput: options.outputWeights || options.outputBias, locked });
  if (a.solution) return { ok: true, units: a.solution.units, outputBias: a.solution.outputBias, reason: '' };
  return { ok: false, units, outputBias, reason: a.reasons.map(said).join('; ') };
}
