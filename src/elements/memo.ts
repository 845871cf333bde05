/**
 * Keeps derived values while their inputs are unchanged: the last input and
 * result per slot, compared field by field (Object.is; an array field item by
 * item). The input object is the whole key, so no cache key is listed by hand.
 */
export class Memo<I extends object, O> {
  private readonly last = new Map<unknown, { input: I; output: O }>();

  constructor(private readonly compute: (input: I) => O) {}

  get(slot: unknown, input: I): O {
    const seen = this.last.get(slot);
    if (seen && sameFields(seen.input, input)) return seen.output;
    const output = this.compute(input);
    this.last.set(slot, { input, output });
    return output;
  }
}

/** Whether two plain objects hold the same fields with the same values (Object.is; arrays item by item). */
export function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const same = (x: unknown, y: unknown): boolean =>
  Object.is(x, y) || (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => Object.is(item, y[i])));
