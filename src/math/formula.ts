/**
 * Smooth targets (#26): a formula in x, parsed by a small recursive-descent
 * parser into a tree of closures (never `eval`, never `Function`), and
 * sampled evenly, with reproducible Gaussian noise from a seed.
 *
 * Grammar (whitespace allowed between tokens):
 *
 *     sum     = product { ("+" | "-" | "−") product }
 *     product = signed { ("*" | "×" | "·" | "/") signed }
 *     signed  = ("+" | "-" | "−") signed | power
 *     power   = atom [ "^" signed ]            right-associative: 2^3^2 = 2^9
 *     atom    = number | "x" | "pi" | "π" | "e" | "(" sum ")"
 *             | ("sin" | "cos" | "tan" | "exp" | "log" | "sqrt" | "abs") "(" sum ")"
 *             | ("min" | "max") "(" sum "," sum { "," sum } ")"
 *     number  = digits ["." [digits]] | "." digits, then optionally ("e" | "E") ["+" | "-"] digits
 *
 * So `-x^2` is −(x²) and `2^-x` is 2^(−x), as in mathematics; `log` is the
 * natural logarithm. Products are written out (`2*x`, never `2x`). Names are
 * looked up in Maps of the allowed names only, so `constructor`, `__proto__`
 * and the like are unknown names like any other.
 */

import type { Interval } from './network.js';
import type { Point } from './piecewise.js';
import { linspace } from './sampling.js';
import { seededRandom } from './random.js';

/** A parsed formula: its text and its value at x (NaN or ±Infinity as IEEE arithmetic gives them, e.g. log(−1), 1/0). */
export interface Formula {
  readonly text: string;
  evaluate(x: number): number;
}

/**
 * Outcome of parsing a formula: the formula, or why the text was refused and
 * where (`position` is a UTF-16 index into the text, from 0 to its length).
 */
export type FormulaParse =
  | { readonly ok: true; readonly formula: Formula }
  | { readonly ok: false; readonly reason: string; readonly position: number };

/** Longest formula text accepted, and deepest nesting of signs, powers, parentheses and calls. */
export const FORMULA_LIMITS = { length: 1000, depth: 100 } as const;

type Node = (x: number) => number;

const CONSTANTS = new Map([
  ['pi', Math.PI],
  ['π', Math.PI],
  ['e', Math.E],
]);

/** Functions of one argument, then `min` and `max`, which take two or more (the names are fixed here, never read from the text). */
const FUNCTIONS = new Map(
  (['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'min', 'max'] as const).map((name) => [name as string, Math[name] as (...values: number[]) => number]),
);

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_]\w*|π/y;
/** What may start an operand: after a complete one, it means a product was written without `*`. */
const OPERAND = /[\w(π]|\.\d/y;

/** Thrown inside the parser only, caught by parseFormula. */
class Refusal {
  constructor(
    readonly reason: string,
    readonly position: number,
  ) {}
}

/**
 * Parses a formula in x (grammar above). Never throws and never executes the
 * text: it is refused, with a short reason naming what was found and where
 * (`unknown name "alert" at position 0`, `")" expected at position 7, found
 * end of input`), when it is empty, longer than {@link FORMULA_LIMITS}.length
 * characters (checked before reading it), nested deeper than
 * {@link FORMULA_LIMITS}.depth, or outside the grammar.
 */
export function parseFormula(text: string): FormulaParse {
  const { length: maxLength, depth: maxDepth } = FORMULA_LIMITS;
  if (text.length > maxLength) {
    return { ok: false, reason: `a formula may have at most ${maxLength} characters; this one has ${text.length}`, position: maxLength };
  }
  if (!text.trim()) return { ok: false, reason: 'the formula is empty', position: 0 };
  let i = 0;
  let depth = 0;

  const fail = (what: string, at = i, found?: string): never => {
    throw new Refusal(`${what} at position ${at}${found ? `, found ${found}` : ''}`, at);
  };
  const peek = () => {
    while (/\s/.test(text.charAt(i))) i++;
    return text.charAt(i);
  };
  const quote = (at: number) => JSON.stringify(String.fromCodePoint(text.codePointAt(at)!));
  /** Refuses the character at i where `what` was expected; after an operand, says so when a `*` is missing. */
  const expected = (what: string, afterOperand = true): never => {
    OPERAND.lastIndex = i;
    const product = afterOperand && OPERAND.test(text) ? ': write * between factors, as in 2*x' : '';
    return fail(what, i, i < text.length ? quote(i) + product : 'end of input');
  };
  const close = () => {
    if (peek() !== ')') expected('")" expected');
    i++;
  };

  const sum = (): Node => {
    let node = product();
    for (let c; (c = peek()) && '+-−'.includes(c); ) {
      i++;
      const a = node;
      const b = product();
      node = c === '+' ? (x) => a(x) + b(x) : (x) => a(x) - b(x);
    }
    return node;
  };

  const product = (): Node => {
    let node = signed();
    for (let c; (c = peek()) && '*×·/'.includes(c); ) {
      i++;
      const a = node;
      const b = signed();
      node = c === '/' ? (x) => a(x) / b(x) : (x) => a(x) * b(x);
    }
    return node;
  };

  const signed = (): Node => {
    if (++depth > maxDepth) fail(`nesting deeper than ${maxDepth}`);
    let node: Node;
    const c = peek();
    if (c && '+-−'.includes(c)) {
      i++;
      const a = signed();
      node = c === '+' ? a : (x) => -a(x);
    } else {
      const base = atom();
      if (peek() === '^') {
        i++;
        const power = signed();
        node = (x) => base(x) ** power(x);
      } else node = base;
    }
    depth--;
    return node;
  };

  const atom = (): Node => {
    const start = i;
    NUMBER.lastIndex = NAME.lastIndex = i;
    let match = NUMBER.exec(text);
    if (match) {
      i = NUMBER.lastIndex;
      const value = Number(match[0]);
      return () => value;
    }
    if (text[i] === '(') {
      i++;
      const node = sum();
      close();
      return node;
    }
    match = NAME.exec(text);
    if (!match) return expected('a number, x, a name or "(" expected', false);
    const name = match[0];
    i = NAME.lastIndex;
    if (name === 'x') return (x) => x;
    const constant = CONSTANTS.get(name);
    if (constant !== undefined) return () => constant;
    const f = FUNCTIONS.get(name) ?? fail(`unknown name ${JSON.stringify(name)}`, start);
    if (peek() !== '(') expected(`"(" expected after ${name}`, false);
    i++;
    const args = [sum()];
    while (peek() === ',') {
      i++;
      args.push(sum());
    }
    close();
    const many = name === 'min' || name === 'max';
    if (many !== args.length > 1) {
      fail(`${name} takes ${many ? 'two or more arguments' : 'one argument'}, not ${args.length},`, start);
    }
    const [a] = args;
    return many ? (x) => f(...args.map((arg) => arg(x))) : (x) => f(a(x));
  };

  try {
    const root = sum();
    if (i < text.length) expected('an operator expected');
    return { ok: true, formula: Object.freeze({ text, evaluate: root }) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason, position: error.position };
    throw error;
  }
}

/** Samples of a formula: those with a finite y, and the x values where y was not finite. */
export interface FormulaSamples {
  /** `[x, y]` at each evenly spaced x whose y is finite, in order of x. */
  readonly points: Point[];
  /** The x values where the formula gave NaN or ±Infinity (left out of `points`), in order; the caller decides whether to warn. */
  readonly nonFinite: number[];
}

/** Noise for {@link noisySamples}. */
export interface NoiseOptions {
  /** Standard deviation of the Gaussian noise added to each y: a finite number, 0 or more. */
  readonly noise: number;
  /** An integer from 0 to 2³² − 1 (other numbers are taken as `seed >>> 0`, i.e. modulo 2³²). */
  readonly seed: number;
}

/**
 * The formula at `count` evenly spaced x from `x0` to `x1`, both ends included
 * (as {@link linspace} places them). `count` is floored; below 2, or with a
 * non-finite end, there are no samples.
 */
export function sampleFormula(formula: Formula, range: Interval, count: number): FormulaSamples {
  return noisySamples(formula, range, count, { noise: 0, seed: 0 });
}

/**
 * {@link sampleFormula} with Gaussian noise of standard deviation `noise`
 * added to each y, drawn from `seed`: the same seed always gives the same
 * points. The algorithm, for anyone reproducing the data (e.g. in Python):
 *
 * - Uniforms u in [0, 1) come from Mulberry32 with a 32-bit state `a = seed`:
 *   each draw sets `a = (a + 0x6D2B79F5) mod 2³²`, then with 32-bit unsigned
 *   wrap-around (`imul` is the low 32 bits of the product)
 *   `t = imul(a ^ (a >>> 15), a | 1)`, `t ^= t + imul(t ^ (t >>> 7), t | 61)`,
 *   and `u = (t ^ (t >>> 14)) / 2³²`.
 * - For the sample at x_i (i = 0 … count − 1, in order of x), two uniforms u₁
 *   then u₂ are drawn, `z = √(−2·ln(1 − u₁)) · cos(2π·u₂)` (Box–Muller, cosine
 *   branch only) and the point is `[x_i, y_i + noise · z]`, computed in that
 *   order: `y + noise * (sqrt(-2 * log(1 - u1)) * cos(2 * pi * u2))`.
 * - The two draws are made for every x, even where y is not finite, so a
 *   sample left out never shifts the noise of the others. With `noise` 0 no
 *   noise is drawn or added.
 *
 * The uniforms are bit-exact on every platform; `Math.log` and `Math.cos` (and
 * the formula's own functions) are only specified to be approximations, so
 * engines may differ in the last bits. A negative or non-finite `noise` gives
 * no samples.
 */
export function noisySamples(formula: Formula, [x0, x1]: Interval, count: number, { noise, seed }: NoiseOptions): FormulaSamples {
  const points: Point[] = [];
  const nonFinite: number[] = [];
  if (!(noise >= 0 && noise < Infinity) || !(count >= 2)) return { points, nonFinite };
  const random = seededRandom(seed);
  for (const x of linspace(x0, x1, count)) {
    let y = formula.evaluate(x);
    if (noise) y += noise * (Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
    if (Number.isFinite(y)) points.push([x, y]);
    else nonFinite.push(x);
  }
  return { points, nonFinite };
}
