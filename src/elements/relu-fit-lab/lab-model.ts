/** The lab's model: its units, read from attributes and properties, and its shareable state. */

import { isActivationName } from '../../math/activations.js';
import type { LessonUnit } from '../../math/construct.js';

/** The notebook's network: unit 0 fixed at w0 = −2, b0 = 2; units 1 and 2 free, all at 0. */
export const DEFAULT_UNITS: readonly LessonUnit[] = [
  { w: -2, b: 2, v: 1, fixed: true, activation: 'relu' },
  { w: 0, b: 0, v: 1, fixed: false, activation: 'relu' },
  { w: 0, b: 0, v: 1, fixed: false, activation: 'relu' },
];

/** What authors may write for a unit: every field optional. */
export type UnitInput = Partial<LessonUnit>;

/**
 * Reads a `units` value: an array (or its JSON) of `{ w, b, v, fixed,
 * activation }` with defaults w = b = 0, v = 1, fixed = false, activation
 * "relu". Returns the units, or why the value was refused.
 */
export function readUnits(value: unknown): { units: LessonUnit[] } | { reason: string } {
  let list = value;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      return { reason: 'it is not JSON' };
    }
  }
  if (!Array.isArray(list)) return { reason: 'it must be an array of units' };
  if (list.length === 0 || list.length > 12) return { reason: 'it must hold 1 to 12 units' };
  const units: LessonUnit[] = [];
  for (const [i, item] of list.entries()) {
    if (typeof item !== 'object' || item === null) return { reason: `unit ${i} is not an object` };
    const u = item as Record<string, unknown>;
    const number = (key: string, fallback: number) => (u[key] === undefined ? fallback : u[key]);
    const w = number('w', 0);
    const b = number('b', 0);
    const v = number('v', 1);
    for (const [key, x] of [['w', w], ['b', b], ['v', v]] as const) {
      if (typeof x !== 'number' || !Number.isFinite(x)) return { reason: `unit ${i}'s ${key} is not a finite number` };
    }
    const activation = u.activation === undefined ? 'relu' : String(u.activation);
    if (!isActivationName(activation)) return { reason: `unit ${i}'s activation "${activation}" is unknown` };
    units.push({ w: w as number, b: b as number, v: v as number, fixed: u.fixed === true, activation });
  }
  return { units };
}

const short = (x: number) => String(Number(x.toPrecision(12)));

/**
 * The parameters as a short, URL-safe text: each unit's `w,b,v` joined by
 * `_`, then `~` and the output bias. `"-2,2,1_1,-1,1_2,-4,1~0"`.
 */
export function writeState(units: readonly LessonUnit[], outputBias: number): string {
  return `${units.map((u) => [u.w, u.b, u.v].map(short).join(',')).join('_')}~${short(outputBias)}`;
}

/** Reads `writeState`'s text for `count` units; null when malformed. */
export function readState(text: string, count: number): { params: [number, number, number][]; outputBias: number } | null {
  const match = /^([^~]*)(?:~(.*))?$/.exec(text.trim());
  if (!match) return null;
  const groups = match[1].split('_');
  if (groups.length !== count) return null;
  const params: [number, number, number][] = [];
  for (const group of groups) {
    const parts = group.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
    params.push(parts as [number, number, number]);
  }
  const outputBias = match[2] === undefined ? 0 : Number(match[2]);
  if (!Number.isFinite(outputBias)) return null;
  return { params, outputBias };
}
