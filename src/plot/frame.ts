/** A plot's frame: its size in SVG user units, margins and the two scales. */

import { scaleLinear, type Extent, type LinearScale } from './scale.js';
import { axisTicks, tickDigits } from './ticks.js';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface FrameOptions {
  /** viewBox width; the SVG itself scales to its container. */
  readonly width: number;
  readonly height: number;
  readonly margin?: Partial<Margin>;
  readonly xDomain: Extent;
  readonly yDomain: Extent;
  /** About how many ticks on each axis. */
  readonly xTickCount?: number;
  readonly yTickCount?: number;
  /** BCP 47 language for tick labels. */
  readonly locale?: string;
}

/** Everything the marks need, computed once per size/domain change. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** Plot area edges in user units. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
  readonly xDigits: number;
  readonly yDigits: number;
  readonly locale: string | undefined;
}

export const frameDefaults = {
  margin: { top: 10, right: 12, bottom: 30, left: 40 } satisfies Margin,
  tickCount: 5,
};

/** Recent frames by their options, so an unchanged frame is the same object (and marks keyed on it skip). */
const recent = new Map<string, Frame>();
const RECENT_MAX = 256;

/**
 * Builds the frame: scales map the domains onto the area inside the margins.
 * Equal options give the identical (immutable) frame while it is recent.
 */
export function createFrame(options: FrameOptions): Frame {
  const m = options.margin;
  const key = [
    options.width, options.height, m?.top, m?.right, m?.bottom, m?.left, options.xDomain[0], options.xDomain[1],
    options.yDomain[0], options.yDomain[1], options.xTickCount, options.yTickCount, options.locale,
  ].join('|');
  let frame = recent.get(key);
  if (!frame) {
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(key, (frame = buildFrame(options)));
  }
  return frame;
}

function buildFrame(options: FrameOptions): Frame {
  const margin = { ...frameDefaults.margin, ...options.margin };
  const { width, height } = options;
  // Own copies: a cached frame must not change if a caller later mutates its arrays.
  const xDomain: Extent = [options.xDomain[0], options.xDomain[1]];
  const yDomain: Extent = [options.yDomain[0], options.yDomain[1]];
  const left = margin.left;
  const right = Math.max(left, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top, height - margin.bottom);
  const xCount = options.xTickCount ?? frameDefaults.tickCount;
  const yCount = options.yTickCount ?? frameDefaults.tickCount;
  return {
    width,
    height,
    margin,
    left,
    right,
    top,
    bottom,
    x: scaleLinear(xDomain, [left, right]),
    y: scaleLinear(yDomain, [bottom, top]),
    xTicks: axisTicks(xDomain, xCount),
    yTicks: axisTicks(yDomain, yCount),
    xDigits: tickDigits(xDomain, xCount),
    yDigits: tickDigits(yDomain, yCount),
    locale: options.locale,
  };
}
