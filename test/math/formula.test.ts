import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FORMULA_LIMITS, noisySamples, parseFormula, sampleFormula, type Formula, type FormulaParse } from '../../src/math/formula.js';

const formulaOf = (parse: FormulaParse): Formula => {
  if (!parse.ok) throw new Error(`refused: ${parse.reason}`);
  return parse.formula;
};
const at = (text: string, x = 0) => formulaOf(parseFormula(text)).evaluate(x);
const refusal = (text: string) => {
  const parse = parseFormula(text);
  if (parse.ok) throw new Error(`accepted ${JSON.stringify(text.slice(0, 40))}`);
  return parse;
};

/** Equal within a relative 1e-12, NaN equal to NaN, infinities equal to themselves. */
const agrees = (a: number, b: number) =>
  (Number.isNaN(a) && Number.isNaN(b)) || a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

// ---------------------------------------------------------------------------------------------
// Random formulas as trees, printed to text, and a reference evaluator that walks the tree.

type Ast =
  | { k: 'num'; v: number; dot: boolean }
  | { k: 'x' }
  | { k: 'const'; name: 'pi' | 'π' | 'e' }
  | { k: 'sign'; sign: '+' | '-' | '−'; a: Ast }
  | { k: 'bin'; op: '+' | '-' | '−' | '*' | '×' | '·' | '/'; a: Ast; b: Ast }
  | { k: 'pow'; a: Ast; b: Ast }
  | { k: 'call'; f: string; args: Ast[] };
type Wrapped = Ast & { wrap: boolean };

const ONE_ARG = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs'];

const reference = (node: Ast, x: number): number => {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'x':
      return x;
    case 'const':
      return node.name === 'e' ? Math.E : Math.PI;
    case 'sign':
      return node.sign === '+' ? reference(node.a, x) : -reference(node.a, x);
    case 'pow':
      return Math.pow(reference(node.a, x), reference(node.b, x));
    case 'bin': {
      const a = reference(node.a, x);
      const b = reference(node.b, x);
      if (node.op === '+') return a + b;
      if (node.op === '-' || node.op === '−') return a - b;
      if (node.op === '/') return a / b;
      return a * b;
    }
    case 'call': {
      const v = node.args.map((arg) => reference(arg, x));
      switch (node.f) {
        case 'sin': return Math.sin(v[0]);
        case 'cos': return Math.cos(v[0]);
        case 'tan': return Math.tan(v[0]);
        case 'exp': return Math.exp(v[0]);
        case 'log': return Math.log(v[0]);
        case 'sqrt': return Math.sqrt(v[0]);
        case 'abs': return Math.abs(v[0]);
        case 'min': return v.reduce((m, y) => (Number.isNaN(m) || Number.isNaN(y) ? NaN : y < m || (y === 0 && m === 0 && Object.is(y, -0)) ? y : m));
        default: return v.reduce((m, y) => (Number.isNaN(m) || Number.isNaN(y) ? NaN : y > m || (y === 0 && m === 0 && Object.is(m, -0)) ? y : m));
      }
    }
  }
};

const { tree } = fc.letrec<{ tree: Wrapped }>((tie) => ({
  tree: fc
    .tuple(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ k: fc.constant('num' as const), v: fc.oneof(fc.nat(100), fc.nat(10000).map((n) => n / 16), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0.5, 1e-3, 1e21, 5e-324)), dot: fc.boolean() }),
        fc.constant({ k: 'x' as const }),
        fc.record({ k: fc.constant('const' as const), name: fc.constantFrom('pi' as const, 'π' as const, 'e' as const) }),
        fc.record({ k: fc.constant('sign' as const), sign: fc.constantFrom('+' as const, '-' as const, '−' as const), a: tie('tree') }),
        fc.record({ k: fc.constant('bin' as const), op: fc.constantFrom('+' as const, '-' as const, '−' as const, '*' as const, '×' as const, '·' as const, '/' as const), a: tie('tree'), b: tie('tree') }),
        fc.record({ k: fc.constant('pow' as const), a: tie('tree'), b: tie('tree') }),
        fc.record({ k: fc.constant('call' as const), f: fc.constantFrom(...ONE_ARG), args: fc.tuple(tie('tree')) }),
        fc.record({ k: fc.constant('call' as const), f: fc.constantFrom('min', 'max'), args: fc.array(tie('tree'), { minLength: 2, maxLength: 4 }) }),
      ),
      fc.nat(9),
    )
    .map(([node, n]) => ({ ...(node as Ast), wrap: n === 0 })),
}));

/** Precedence levels: 1 sum, 2 product, 3 signed, 4 power, 5 atom. */
const print = (node: Wrapped, space: () => string): { text: string; level: number } => {
  const s = space;
  const sub = (child: Ast, min: number) => {
    const printed = print(child as Wrapped, space);
    return printed.level >= min ? printed.text : `(${s()}${printed.text}${s()})`;
  };
  let out: { text: string; level: number };
  switch (node.k) {
    case 'num': {
      const text = String(node.v);
      out = { text: node.dot && text.startsWith('0.') ? text.slice(1) : text, level: 5 };
      break;
    }
    case 'x':
      out = { text: 'x', level: 5 };
      break;
    case 'const':
      out = { text: node.name, level: 5 };
      break;
    case 'sign':
      out = { text: `${node.sign}${s()}${sub(node.a, 3)}`, level: 3 };
      break;
    case 'pow':
      out = { text: `${sub(node.a, 5)}${s()}^${s()}${sub(node.b, 3)}`, level: 4 };
      break;
    case 'bin': {
      const sum = '+-−'.includes(node.op);
      out = { text: `${sub(node.a, sum ? 1 : 2)}${s()}${node.op}${s()}${sub(node.b, sum ? 2 : 3)}`, level: sum ? 1 : 2 };
      break;
    }
    case 'call':
      out = { text: `${node.f}${s()}(${s()}${node.args.map((a) => sub(a, 1)).join(`${s()},${s()}`)}${s()})`, level: 5 };
  }
  return node.wrap ? { text: `(${s()}${out.text}${s()})`, level: 5 } : out;
};

const printedTree = fc.tuple(tree, fc.array(fc.constantFrom('', '', '', ' ', '  ', '\t', '\n', '\u00a0'), { minLength: 1, maxLength: 16 })).map(([ast, spaces]) => {
  let n = 0;
  return { ast, text: print(ast, () => spaces[n++ % spaces.length]).text };
});

const anyX = fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(0, -0, 1, -1, NaN, Infinity, -Infinity, 1e300));

/** Runs `body` with globalThis.eval and globalThis.Function replaced by stubs that throw and record the call. */
const withoutEval = (body: () => void) => {
  const saved = { eval: globalThis.eval, Function: globalThis.Function };
  const calls: string[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  g.eval = () => {
    calls.push('eval');
    throw new Error('eval called');
  };
  g.Function = function () {
    calls.push('Function');
    throw new Error('Function called');
  };
  try {
    body();
  } finally {
    g.eval = saved.eval;
    g.Function = saved.Function;
  }
  expect(calls, 'eval or Function was called').to.deep.equal([]);
};

describe('formula parser (src/math/formula.ts)', () => {
  describe('examples', () => {
    it('numbers in every allowed form', () => {
      expect(at('2')).to.equal(2);
      expect(at('2.5')).to.equal(2.5);
      expect(at('.5')).to.equal(0.5);
      expect(at('2.')).to.equal(2);
      expect(at('1e-3')).to.equal(0.001);
      expect(at('1E+3')).to.equal(1000);
      expect(at('1e999')).to.equal(Infinity);
    });

    it('precedence: * and / before + and −, ^ before both; parentheses override', () => {
      expect(at('1 + 2 * 3')).to.equal(7);
      expect(at('(1 + 2) * 3')).to.equal(9);
      expect(at('2 * 3 ^ 2')).to.equal(18);
      expect(at('1 + x / 2', 4)).to.equal(3);
      expect(at('2*x^2+3*x-1', 2)).to.equal(13);
    });

    it('associativity: + − * / to the left, ^ to the right', () => {
      expect(at('8 - 3 - 2')).to.equal(3);
      expect(at('16 / 4 / 2')).to.equal(2);
      expect(at('2 ^ 3 ^ 2')).to.equal(512);
      expect(at('(2 ^ 3) ^ 2')).to.equal(64);
    });

    it('unary signs: −x^2 is −(x²), 2^−x is 2^(−x), signs stack, the Unicode minus and ×, · work', () => {
      expect(at('-x^2', 3)).to.equal(-9);
      expect(at('(-x)^2', 3)).to.equal(9);
      expect(at('−x^2', 3)).to.equal(-9);
      expect(at('2^-x', 1)).to.equal(0.5);
      expect(at('2^-1^2')).to.equal(0.5);
      expect(at('--x', 2)).to.equal(2);
      expect(at('+x', 2)).to.equal(2);
      expect(at('x - -1', 2)).to.equal(3);
      expect(at('3 − 1')).to.equal(2);
      expect(at('2 × 3 · 4')).to.equal(24);
      expect(at('2*-x', 3)).to.equal(-6);
    });

    it('functions of one argument, min and max of two or more', () => {
      expect(at('sin(x)', 1)).to.equal(Math.sin(1));
      expect(at('cos(0)')).to.equal(1);
      expect(at('tan(x)', 0.3)).to.equal(Math.tan(0.3));
      expect(at('exp(1)')).to.equal(Math.E);
      expect(at('log(e)')).to.equal(1);
      expect(at('sqrt(16)')).to.equal(4);
      expect(at('abs(-x)', 2)).to.equal(2);
      expect(at('min(3, x)', 1)).to.equal(1);
      expect(at('max(1, 2, 5, x)', 4)).to.equal(5);
      expect(at('max(0, x)', -2)).to.equal(0);
      expect(at('sin (x)^2 + cos(x)^2', 0.7)).to.be.closeTo(1, 1e-15);
      expect(refusal('sin(1, 2)').reason).to.equal('sin takes one argument, not 2, at position 0');
      expect(refusal('1 + min(1)').reason).to.equal('min takes two or more arguments, not 1, at position 4');
      expect(refusal('max()').reason).to.equal('a number, x, a name or "(" expected at position 4, found ")"');
      expect(refusal('sin x').reason).to.equal('"(" expected after sin at position 4, found "x"');
    });

    it('constants pi, π and e', () => {
      expect(at('pi')).to.equal(Math.PI);
      expect(at('π')).to.equal(Math.PI);
      expect(at('2*π*x', 0.5)).to.equal(Math.PI);
      expect(at('e')).to.equal(Math.E);
      expect(at('e^x', 2)).to.equal(Math.E ** 2);
    });

    it('whitespace anywhere between tokens', () => {
      expect(at('  \t2 *\n x ^ 2  ', 3)).to.equal(18);
      expect(at('max ( 1 ,x )', 3)).to.equal(3);
    });

    it('IEEE results are returned as they are', () => {
      expect(at('log(-1)')).to.be.NaN;
      expect(at('1/0')).to.equal(Infinity);
      expect(at('-1/x', 0)).to.equal(-Infinity);
      expect(at('sqrt(x)', -1)).to.be.NaN;
      expect(at('(-8)^(1/3)')).to.be.NaN;
    });

    it('the formula keeps its text', () => {
      expect(formulaOf(parseFormula(' sin(x) ')).text).to.equal(' sin(x) ');
    });

    it('refusals name what was found and where', () => {
      expect(refusal('')).to.deep.equal({ ok: false, reason: 'the formula is empty', position: 0 });
      expect(refusal('  ')).to.deep.equal({ ok: false, reason: 'the formula is empty', position: 0 });
      expect(refusal('2x')).to.deep.equal({ ok: false, reason: 'an operator expected at position 1, found "x": write * between factors, as in 2*x', position: 1 });
      expect(refusal('2 (x)').reason).to.equal('an operator expected at position 2, found "(": write * between factors, as in 2*x');
      expect(refusal('(x + 1').reason).to.equal('")" expected at position 6, found end of input');
      expect(refusal('(x + 1 y').reason).to.equal('")" expected at position 7, found "y": write * between factors, as in 2*x');
      expect(refusal('x +').reason).to.equal('a number, x, a name or "(" expected at position 3, found end of input');
      expect(refusal('x ** 2').reason).to.equal('a number, x, a name or "(" expected at position 3, found "*"');
      expect(refusal('X').reason).to.equal('unknown name "X" at position 0');
      expect(refusal('1 + sinh(x)')).to.deep.equal({ ok: false, reason: 'unknown name "sinh" at position 4', position: 4 });
      expect(refusal('x 😀').reason).to.equal('an operator expected at position 2, found "😀"');
      expect(refusal('x)').reason).to.equal('an operator expected at position 1, found ")"');
    });
  });

  describe('hostile input', () => {
    const cases: [string, string][] = [
      ['constructor', 'unknown name "constructor" at position 0'],
      ['__proto__', 'unknown name "__proto__" at position 0'],
      ['toString', 'unknown name "toString" at position 0'],
      ['hasOwnProperty(x)', 'unknown name "hasOwnProperty" at position 0'],
      ['valueOf()', 'unknown name "valueOf" at position 0'],
      ['alert(1)', 'unknown name "alert" at position 0'],
      ['x.constructor', 'an operator expected at position 1, found "."'],
      ['x[0]', 'an operator expected at position 1, found "["'],
      ['sin["constructor"]', '"(" expected after sin at position 3, found "["'],
      ['this', 'unknown name "this" at position 0'],
      ['globalThis', 'unknown name "globalThis" at position 0'],
      ['eval(x)', 'unknown name "eval" at position 0'],
      ['Function("")', 'unknown name "Function" at position 0'],
      ['`${alert(1)}`', 'a number, x, a name or "(" expected at position 0, found "`"'],
      ['x; alert(1)', 'an operator expected at position 1, found ";"'],
      ['x = 1', 'an operator expected at position 2, found "="'],
      ['x => x', 'an operator expected at position 2, found "="'],
      ['"x"', 'a number, x, a name or "(" expected at position 0, found "\\""'],
      ['<script>', 'a number, x, a name or "(" expected at position 0, found "<"'],
    ];
    for (const [text, reason] of cases) {
      it(`refuses ${text}`, () => {
        withoutEval(() => {
          const parse = refusal(text);
          expect(parse.reason).to.equal(reason);
          expect(parse.position).to.be.within(0, text.length);
        });
      });
    }

    it('refuses a 10⁶-character formula by its length, before reading it', () => {
      const text = `${'x+'.repeat(5e5 - 1)}x!`;
      expect(text.length).to.equal(1e6);
      expect(refusal(text)).to.deep.equal({ ok: false, reason: `a formula may have at most 1000 characters; this one has 1000000`, position: 1000 });
      expect(FORMULA_LIMITS.length).to.equal(1000);
      // 1000 characters exactly is read.
      expect(at(`${'x+'.repeat(499)}x`, 1)).to.equal(500);
    });

    it('refuses nesting deeper than 100 without overflowing the stack', () => {
      const deep = (n: number) => `${'('.repeat(n)}x${')'.repeat(n)}`;
      expect(at(deep(99), 2)).to.equal(2);
      expect(refusal(deep(200))).to.deep.equal({ ok: false, reason: 'nesting deeper than 100 at position 100', position: 100 });
      expect(refusal(`${'-'.repeat(200)}x`).reason).to.equal('nesting deeper than 100 at position 100');
      expect(refusal(`${'x^'.repeat(200)}x`).reason).to.match(/^nesting deeper than 100 at position \d+$/);
      expect(refusal(`${'sin('.repeat(150)}x${')'.repeat(150)}`).reason).to.match(/^nesting deeper than 100/);
    });

    it('the module’s code calls neither eval nor Function', async () => {
      const source = await (await fetch(new URL('../../src/math/formula.ts', import.meta.url))).text();
      expect(source).to.include('parseFormula');
      expect(source).not.to.match(/\beval\s*\(|\bFunction\s*\(|new\s+Function\b|setTimeout|import\s*\(/);
    });

    it('names are looked up on their own, whatever Object.prototype holds', () => {
      const proto = Object.prototype as unknown as Record<string, unknown>;
      proto.alert = () => 1;
      try {
        expect(refusal('alert(1)').reason).to.equal('unknown name "alert" at position 0');
      } finally {
        delete proto.alert;
      }
    });
  });

  describe('properties (fast-check)', () => {
    it('agrees with a reference evaluation of random formulas, printed with random spaces and parentheses', () => {
      withoutEval(() =>
        fc.assert(
          fc.property(printedTree, fc.array(anyX, { minLength: 1, maxLength: 4 }), ({ ast, text }, xs) => {
            fc.pre(text.length <= FORMULA_LIMITS.length);
            const parse = parseFormula(text);
            if (!parse.ok) throw new Error(`refused ${JSON.stringify(text)}: ${parse.reason}`);
            for (const x of xs) {
              const got = parse.formula.evaluate(x);
              const want = reference(ast, x);
              if (!agrees(got, want)) throw new Error(`${text} at x = ${x}: ${got}, reference ${want}`);
            }
          }),
          { numRuns: 1000 },
        ),
      );
    });

    const neverThrows = (text: string) => {
      const parse = parseFormula(text);
      if (parse.ok) {
        for (const x of [0, 1, -1.5, NaN]) if (typeof parse.formula.evaluate(x) !== 'number') throw new Error(`${text}: not a number`);
      } else {
        if (!(parse.position >= 0 && parse.position <= text.length && Number.isInteger(parse.position))) throw new Error(`${text}: position ${parse.position}`);
        if (!/ at position \d+/.test(parse.reason) && parse.reason !== 'the formula is empty') throw new Error(`${text}: reason ${parse.reason}`);
      }
    };
    const tokens = ['x', '1', '2.5', '.5', '1e-3', 'e', 'pi', 'π', '+', '-', '−', '*', '×', '·', '/', '^', '(', ')', ',', ' ', 'sin', 'min', 'max', 'log', 'sqrt',
      'constructor', '__proto__', 'alert', '.', '[', ']', ';', '=', '`', '"', '$', '{', '}', '\\', '\u0000', '\ud800', '\udc00', '😀', '\u2028'];
    const junk = fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)));

    it('random strings (ASCII, full Unicode, tokens with junk) parse or are refused with a position, never throw', () => {
      withoutEval(() => {
        fc.assert(fc.property(fc.string({ maxLength: 60 }), neverThrows), { numRuns: 500 });
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), neverThrows), { numRuns: 500 });
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), neverThrows), { numRuns: 300 });
        fc.assert(fc.property(fc.array(junk, { maxLength: 40 }).map((parts) => parts.join('')), neverThrows), { numRuns: 2000 });
        fc.assert(fc.property(fc.array(fc.constantFrom(...tokens.slice(0, 25)), { maxLength: 30 }).map((parts) => parts.join('')), neverThrows), { numRuns: 2000 });
      });
    });

    it('a valid formula with one character inserted is parsed or refused at a position, never throws', () => {
      withoutEval(() =>
        fc.assert(
          fc.property(printedTree, junk, fc.double({ min: 0, max: 1, noNaN: true }), ({ text }, extra, where) => {
            const k = Math.floor(where * (text.length + 1));
            neverThrows(text.slice(0, k) + extra + text.slice(k));
          }),
          { numRuns: 1000 },
        ),
      );
    });
  });
});

describe('formula sampler (src/math/formula.ts)', () => {
  const square = formulaOf(parseFormula('x^2'));
  const zero = formulaOf(parseFormula('0'));
  const identity = formulaOf(parseFormula('x'));

  /** Mulberry32 and Box–Muller written out from noisySamples's documentation, with BigInt arithmetic. */
  const documented = (seed: number, count: number) => {
    let a = BigInt(seed);
    const M = 2n ** 32n;
    const imul = (p: bigint, q: bigint) => (p * q) % M;
    const u = () => {
      a = (a + 0x6d2b79f5n) % M;
      let t = imul(a ^ (a >> 15n), a | 1n);
      t = (t ^ ((t + imul(t ^ (t >> 7n), t | 61n)) % M)) % M;
      return Number(t ^ (t >> 14n)) / 2 ** 32;
    };
    return Array.from({ length: count }, () => {
      const u1 = u();
      const u2 = u();
      return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    });
  };

  it('samples evenly, both ends included', () => {
    expect(sampleFormula(square, [0, 3], 4)).to.deep.equal({ points: [[0, 0], [1, 1], [2, 4], [3, 9]], nonFinite: [] });
    const { points } = sampleFormula(square, [-1.3, 2.7], 300);
    expect(points).to.have.length(300);
    expect(points[0][0]).to.equal(-1.3);
    expect(points[299][0]).to.equal(2.7);
    expect(points[150][1]).to.be.closeTo((-1.3 + (150 * 4) / 299) ** 2, 1e-12);
  });

  it('reports the x values where y is not finite and leaves them out of the points', () => {
    const { points, nonFinite } = sampleFormula(formulaOf(parseFormula('log(x)')), [-1, 1], 5);
    expect(nonFinite).to.deep.equal([-1, -0.5, 0]);
    expect(points).to.deep.equal([[0.5, Math.log(0.5)], [1, 0]]);
  });

  it('gives nothing for fewer than 2 samples, a non-finite end, or a negative or non-finite noise', () => {
    const none = { points: [], nonFinite: [] };
    expect(sampleFormula(square, [0, 1], 1)).to.deep.equal(none);
    expect(sampleFormula(square, [0, NaN], 10)).to.deep.equal(none);
    expect(noisySamples(square, [0, 1], 10, { noise: -1, seed: 1 })).to.deep.equal(none);
    expect(noisySamples(square, [0, 1], 10, { noise: NaN, seed: 1 })).to.deep.equal(none);
    expect(noisySamples(square, [0, 1], 10, { noise: Infinity, seed: 1 })).to.deep.equal(none);
  });

  it('noise 0 is the formula itself', () => {
    expect(noisySamples(square, [0, 3], 7, { noise: 0, seed: 9 })).to.deep.equal(sampleFormula(square, [0, 3], 7));
  });

  it('the same seed gives the same points, different seeds different points', () => {
    const options = { noise: 0.3, seed: 42 };
    const first = noisySamples(square, [0, 3], 300, options);
    expect(noisySamples(square, [0, 3], 300, options)).to.deep.equal(first);
    expect(noisySamples(square, [0, 3], 300, { noise: 0.3, seed: 43 }).points).not.to.deep.equal(first.points);
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1), (s, t) => {
        fc.pre(s !== t);
        const a = noisySamples(zero, [0, 1], 3, { noise: 1, seed: s }).points;
        const b = noisySamples(zero, [0, 1], 3, { noise: 1, seed: t }).points;
        return a.some(([, y], i) => y !== b[i][1]);
      }),
      { numRuns: 200 },
    );
  });

  it('follows its documented algorithm (Mulberry32, then Box–Muller, two draws per x)', () => {
    for (const seed of [0, 1, 42, 2 ** 32 - 1]) {
      const noise = documented(seed, 50);
      const { points } = noisySamples(identity, [0, 2], 50, { noise: 0.25, seed });
      points.forEach(([x, y], i) => expect(y).to.equal(x + 0.25 * noise[i]));
    }
    // Pinned values, for anyone checking a port.
    const pinned = noisySamples(zero, [0, 1], 3, { noise: 1, seed: 1 }).points.map(([, y]) => y);
    expect(pinned.map((y) => y.toFixed(12))).to.deep.equal(documented(1, 3).map((z) => z.toFixed(12)));
    expect(pinned.map((y) => y.toFixed(6))).to.deep.equal(PINNED_SEED_1);
  });

  it('a sample left out does not shift the noise of the others', () => {
    const options = { noise: 0.5, seed: 7 };
    const all = noisySamples(formulaOf(parseFormula('x')), [0, 2], 21, options);
    const holed = noisySamples(formulaOf(parseFormula('x + 0/(x - 1)')), [0, 2], 21, options);
    expect(holed.nonFinite).to.deep.equal([1]);
    expect(holed.points).to.deep.equal(all.points.filter(([x]) => x !== 1));
  });

  it('the noise has mean ≈ 0 and standard deviation ≈ noise over 20,000 points', () => {
    for (const [noise, seed] of [[1, 1], [0.5, 12345], [2, 2 ** 32 - 1]]) {
      const ys = noisySamples(zero, [0, 1], 20000, { noise, seed }).points.map(([, y]) => y);
      const mean = ys.reduce((s, y) => s + y, 0) / ys.length;
      const sd = Math.sqrt(ys.reduce((s, y) => s + (y - mean) ** 2, 0) / (ys.length - 1));
      // 5 standard errors: σ/√n for the mean, about σ/√(2n) for the standard deviation.
      expect(Math.abs(mean)).to.be.below((5 * noise) / Math.sqrt(20000));
      expect(Math.abs(sd - noise)).to.be.below((5 * noise) / Math.sqrt(40000));
      // Roughly Gaussian: about 68.3 % within one standard deviation.
      const within = ys.filter((y) => Math.abs(y) <= noise).length / ys.length;
      expect(within).to.be.closeTo(0.6827, 0.02);
    }
  });
});

const PINNED_SEED_1 = ['1.404339', '1.215755', '-0.510377'];
