/**
 * Strict attribute parsing and the guard that keeps an element's last good
 * values. One helper for every numeric attribute of every element.
 */

import type { ComplexAttributeConverter } from 'lit';
import { parseNumber } from '../math/lesson.js';

export { parseNumber };

/** The largest magnitude of any number an element takes (a lab's targets, biases and fixed units too). */
export const NUMBER_LIMIT = 1e6;

/**
 * Lit converter for numeric attributes: parses strictly and turns a removed
 * attribute into `null`, which the guard reads as "back to the default".
 */
export const numberAttribute: ComplexAttributeConverter<number | null> = {
  fromAttribute: (value) => (value === null ? null : parseNumber(value)),
  toAttribute: (value) => (value === null ? null : String(value)),
};

/**
 * Checks the values an element is given, warns once per bad value with the
 * element, the attribute and the value, and hands back the last good value
 * (or the default) in place of a bad one.
 */
export class InputGuard {
  private readonly good = new Map<string, unknown>();
  private readonly warned = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /**
   * `value` if it is a finite number that `problem` finds nothing wrong
   * with; `fallback` (the default) for null/undefined (attribute removed);
   * else a warning and the last good value.
   */
  number(
    attribute: string,
    value: unknown,
    fallback: number,
    problem: (n: number) => string | null = () => null,
  ): number {
    if (value === null || value === undefined) return this.accept(attribute, fallback);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.reject(attribute, value, 'it is not a finite number', fallback);
    }
    // Every number an element takes stays within ±1e6, as a lab's do: beyond, captions would read "∞".
    if (Math.abs(value) > NUMBER_LIMIT) return this.reject(attribute, value, `it must be between −${NUMBER_LIMIT} and ${NUMBER_LIMIT}`, fallback);
    const reason = problem(value);
    return reason === null
      ? this.accept(attribute, value)
      : this.reject(attribute, value, reason, fallback);
  }

  /**
   * An ordered pair of numeric attributes (`x-min` < `x-max`): each checked
   * as a number, then as a pair; when out of order, warns about the one that
   * changed and keeps `last`. Returns the pair to use.
   */
  range(
    [minName, maxName]: readonly [string, string],
    [minValue, maxValue]: readonly [unknown, unknown],
    defaults: readonly [number, number],
    last: readonly [number, number],
  ): [number, number] {
    const min = this.number(minName, minValue, defaults[0]);
    const max = this.number(maxName, maxValue, defaults[1]);
    if (min < max) return [min, max];
    const culprit = min !== last[0] ? minName : maxName;
    this.warn(culprit, culprit === minName ? minValue : maxValue, `${minName} must be less than ${maxName}; keeping ${last[0]} to ${last[1]}`);
    this.accept(minName, last[0]);
    this.accept(maxName, last[1]);
    return [last[0], last[1]];
  }

  /**
   * Text for a string attribute or property: a string as it is, a number as
   * its digits, null or undefined as `fallback`; anything else (an object, an
   * array) warns and keeps the last good text.
   */
  text(attribute: string, value: unknown, fallback: string): string {
    if (value === null || value === undefined) return this.accept(attribute, fallback);
    if (typeof value === 'string') return this.accept(attribute, value);
    if (typeof value === 'number' || typeof value === 'boolean') return this.accept(attribute, String(value));
    return this.reject(attribute, Array.isArray(value) ? JSON.stringify(value) : Object.prototype.toString.call(value), 'it must be text', fallback);
  }

  /** Records `value` as the last good value of `attribute` and returns it. */
  accept<T>(attribute: string, value: T): T {
    this.good.set(attribute, value);
    return value;
  }

  /** Warns about `value` and returns the last good value, else `fallback`. */
  reject<T>(attribute: string, value: unknown, reason: string, fallback: T): T {
    const kept = (this.good.has(attribute) ? this.good.get(attribute) : fallback) as T;
    this.warn(attribute, value, `${reason}; keeping ${JSON.stringify(kept)}`);
    return kept;
  }

  /** Last accepted value of `attribute`, if any. */
  last<T>(attribute: string): T | undefined {
    return this.good.get(attribute) as T | undefined;
  }

  /** `console.warn` naming element, attribute and value: the same message once. */
  warn(attribute: string, value: unknown, reason: string): void {
    this.say('ignored ', attribute, value, reason);
  }

  /** A warning about a value the element took (it is not ignored): "<el>: locked=\"c\": …". */
  caution(attribute: string, value: unknown, reason: string): void {
    this.say('', attribute, value, reason);
  }

  private say(verb: string, attribute: string, value: unknown, reason: string): void {
    const full = this.describe(attribute, value);
    // A pasted essay in an attribute should not flood the console.
    const text = full.length > 120 ? `${full.slice(0, 120)}…` : full;
    // The same value for the same reason warns once, whatever it keeps each time.
    // Keyed by the value's length and start, not the value (a rejected 1 MB target is not kept); bounded: past 200, it starts afresh.
    const key = `${attribute}\u0000${full.length}:${full.slice(0, 200)}\u0000${reason.replace(/; keeping .*$/s, '')}`;
    if (this.warned.has(key)) return;
    if (this.warned.size >= 200) this.warned.clear();
    this.warned.add(key);
    console.warn(`<${this.host.localName}>: ${verb}${attribute}=${JSON.stringify(text)}: ${reason}.`);
  }

  /** The value as the author wrote it: the attribute text when it produced this value. */
  private describe(attribute: string, value: unknown): string {
    const written = this.host.getAttribute(attribute);
    if (written !== null && (written === value || Object.is(parseNumber(written), value))) {
      return written;
    }
    return typeof value === 'string' ? value : String(value);
  }
}
