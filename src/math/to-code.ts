/**
 * "Take it to Python": the lab's network and target written as a NumPy,
 * PyTorch or Keras script that rebuilds them and prints the mean squared
 * error the lab shows. Pure: text in, text out, no DOM.
 *
 * Every number is written in its shortest round-trip form, so Python reads
 * back the very doubles the lab holds. The data (x, target y) is always made
 * with NumPy exactly as the lab makes it: `np.linspace` computes the same
 * doubles as the lab's `linspace` (start + i·step, the last set to the end),
 * and `np.interp` is the lab's piecewise-linear target. The NumPy script then
 * computes each activation in the lab's own order of operations (GELU with
 * Python's `math.erf`), so its MSE agrees with the lab's to rounding, far
 * inside 1e-9.
 */

import { activations, LEAKY_SLOPE, type ActivationName } from './activations.js';
import { meanSquaredError } from './errors.js';
import { LESSON_DEFAULTS, sampleLesson, type Lesson } from './lesson.js';
import { CURVE_DEFAULTS } from './targets.js';
import { networkOutputs, type Interval } from './network.js';
import { piecewiseLinear, type Point } from './piecewise.js';
import { linspace } from './sampling.js';

/** The languages `toCode` writes. */
export const CODE_LANGUAGES = ['numpy', 'pytorch', 'keras'] as const;

export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** One hidden unit: z = w·x + b, a = activation(z), weighted by v in the output. */
export interface CodeUnit {
  readonly w: number;
  readonly b: number;
  /** Output weight. */
  readonly v: number;
  readonly activation: ActivationName;
}

/**
 * What the error is measured against:
 * - `knots`: the piecewise-linear function through `knots` (x increasing),
 *   sampled at `samples` evenly spaced x from `domain[0]` to `domain[1]`, as
 *   the fitting lesson does (its domain runs from the first knot to the last,
 *   300 samples). Where the domain reaches past the knots the target
 *   continues its end segments, as the lab's does.
 * - `points`: data points `[x, y]`, each counted once (a data lesson, or an
 *   `fn` lesson's sampled or noisy points).
 */
export type CodeTarget =
  | { readonly kind: 'knots'; readonly knots: readonly Point[]; readonly domain: Interval; readonly samples: number }
  | { readonly kind: 'points'; readonly points: readonly Point[] };

/** A plain description of what a script rebuilds: ŷ = outputBias + Σ vᵢ·activationᵢ(wᵢ·x + bᵢ), and the target. */
export interface CodeModel {
  readonly units: readonly CodeUnit[];
  /** The output bias c. */
  readonly outputBias: number;
  readonly target: CodeTarget;
  /** The lesson's title, said in the script's first comment. */
  readonly title?: string;
  /** The formula the target's points come from (an `fn` lesson), said in a comment. */
  readonly formula?: string;
}

/**
 * The code model of a fitting lesson: its units and output bias, and its
 * knots sampled as the lab samples them (300 x from the first knot to the
 * last), or its data points or formula samples (with the formula), so the
 * script prints the lab's `error`.
 */
export function codeModelOf(
  lesson: Pick<Lesson, 'units' | 'outputBias' | 'knots'> & Partial<Pick<Lesson, 'source' | 'curve'>>,
  options: { readonly title?: string } = {},
): CodeModel {
  const { knots, source } = lesson;
  if (source && source.kind !== 'knots') {
    const s = sampleLesson({ knots, source, curve: lesson.curve ?? CURVE_DEFAULTS });
    return {
      units: lesson.units.map(({ w, b, v, activation }) => ({ w, b, v, activation })),
      outputBias: lesson.outputBias,
      target: { kind: 'points', points: s.xs.map((x, i): Point => [x, s.target[i]]) },
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(source.kind === 'fn' ? { formula: source.formula } : {}),
    };
  }
  const domain: Interval = knots.length ? [knots[0][0], knots[knots.length - 1][0]] : [0, 0];
  return {
    units: lesson.units.map(({ w, b, v, activation }) => ({ w, b, v, activation })),
    outputBias: lesson.outputBias,
    target: { kind: 'knots', knots, domain, samples: LESSON_DEFAULTS.samples },
    ...(options.title === undefined ? {} : { title: options.title }),
  };
}

/** The x values and target values the error is measured at, computed as the lab computes them. */
export function codeModelData(model: Pick<CodeModel, 'target'>): { xs: number[]; ys: number[] } {
  const { target } = model;
  if (target.kind === 'points') return { xs: target.points.map(([x]) => x), ys: target.points.map(([, y]) => y) };
  const xs = linspace(target.domain[0], target.domain[1], target.samples);
  const at = piecewiseLinear(target.knots);
  return { xs, ys: xs.map(at) };
}

/** The mean squared error the lab shows for this model, the number each script prints (NaN with no data). */
export function codeModelError(model: CodeModel): number {
  const { xs, ys } = codeModelData(model);
  const network = { units: model.units, outputWeights: model.units.map((u) => u.v), outputBias: model.outputBias };
  return meanSquaredError(networkOutputs(network, xs), ys);
}

/**
 * A Python float literal that reads back as exactly `x`: JavaScript's
 * shortest round-trip form (`0.1`, `1e-7`, `1.5e+300`), with `.0` added to
 * integers, `-0.0` for negative zero and `float("nan")`/`float("inf")` for the
 * non-finite.
 */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'float("nan")';
  if (!Number.isFinite(x)) return x > 0 ? 'float("inf")' : '-float("inf")';
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `text` as one line of a comment: control characters and line separators become spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * `open`, the items separated by commas and `close`, on one line when it fits
 * in 88 characters, else one indented block of items between `open` and
 * `close` (`pythonList('x = np.array([', items, '])')`).
 */
function pythonList(open: string, items: readonly string[], close: string): string {
  const line = `${open}${items.join(', ')}${close}`;
  if (line.length <= 88) return line;
  const indent = ' '.repeat(4);
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const next = current ? `${current} ${item},` : `${item},`;
    if (current && indent.length + next.length > 88) {
      lines.push(indent + current);
      current = `${item},`;
    } else current = next;
  }
  if (current) lines.push(indent + current);
  return `${open}\n${lines.join('\n')}\n${close}`;
}

const floats = (xs: readonly number[]) => xs.map(pythonFloat);

/** The knots np.interp needs to give the lab's target on the domain: end segments continued past the knots. */
function knotsOver(knots: readonly Point[], [x0, x1]: Interval): { knots: Point[]; extended: boolean } {
  const at = piecewiseLinear(knots);
  const result: Point[] = [...knots];
  let extended = false;
  if (knots.length >= 2 && x0 < knots[0][0]) {
    result.unshift([x0, at(x0)]);
    extended = true;
  }
  if (knots.length >= 2 && x1 > knots[knots.length - 1][0]) {
    result.push([x1, at(x1)]);
    extended = true;
  }
  return { knots: result, extended };
}

/** `text` as comment lines of at most 88 characters (a longer word keeps its own line). */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line !== '#' && line.length + 1 + word.length > 88) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/** The script's first lines: what it rebuilds, from where, and what it prints. */
function header(model: CodeModel, language: string): string[] {
  const title = model.title === undefined ? '' : oneLine(model.title);
  const names = [...new Set(model.units.map((u) => activations[u.activation].label))].join(', ');
  const count = model.units.length;
  const error = codeModelError(model);
  const shown = Number.isNaN(error) ? 'not a number' : String(Number(error.toPrecision(6)));
  return comment(
    `relu-lab${title ? ` "${title}"` : ''}: the network and its target, rebuilt in ${language}. ` +
      `One hidden layer of ${count} unit${count === 1 ? '' : 's'} (${names || 'none'}) and a linear output, ` +
      `with the lab's weights, biases, output weights and output bias c. Running it prints the mean squared ` +
      `error (MSE) the lab shows: about ${shown} for these values.`,
  );
}

/** NumPy lines that make `x` (1-D) and the target `y` exactly as the lab samples them. */
function dataLines(model: CodeModel): string[] {
  const { target } = model;
  const lines: string[] = [];
  if (target.kind === 'points') {
    const n = target.points.length;
    lines.push(`# The target: ${n} data point${n === 1 ? '' : 's'} (x, y), each counted once in the MSE.`);
    if (model.formula !== undefined) lines.push(`# They come from ${oneLine(model.formula)}.`);
    lines.push(pythonList('x = np.array([', floats(target.points.map(([x]) => x)), '])'));
    lines.push(pythonList('y = np.array([', floats(target.points.map(([, y]) => y)), '])'));
    return lines;
  }
  const { knots, extended } = knotsOver(target.knots, target.domain);
  const [x0, x1] = target.domain.map(pythonFloat);
  const samples = Number.isFinite(target.samples) ? Math.max(0, Math.floor(target.samples)) : 0;
  lines.push(`# The target: piecewise linear through these knots (x, y), sampled as the lab`);
  lines.push(`# samples it, at ${samples} evenly spaced x from ${x0} to ${x1}.`);
  if (model.formula !== undefined) lines.push(`# It comes from ${oneLine(model.formula)}.`);
  if (extended) lines.push(`# (Its end segments are continued to the domain's ends, as the lab continues them.)`);
  lines.push(pythonList('knots = np.array([', knots.map(([x, y]) => `[${pythonFloat(x)}, ${pythonFloat(y)}]`), '])'));
  lines.push(`x = np.linspace(${x0}, ${x1}, ${samples})`);
  lines.push('y = np.interp(x, knots[:, 0], knots[:, 1])');
  return lines;
}

/** NumPy lines that hold the lab's values: w, b, v (one entry per unit) and c. */
function valueLines(model: CodeModel): string[] {
  const { units } = model;
  return [
    '# The lab\'s values: hidden unit i computes z_i = w[i]*x + b[i] and',
    '# a_i = activation(z_i); the output is yhat = c + sum of v[i]*a_i.',
    pythonList('w = np.array([', floats(units.map((u) => u.w)), '])  # slopes'),
    pythonList('b = np.array([', floats(units.map((u) => u.b)), '])  # biases'),
    pythonList('v = np.array([', floats(units.map((u) => u.v)), '])  # output weights'),
    `c = ${pythonFloat(model.outputBias)}  # output bias`,
  ];
}

/** The activations the units use, in order of first use (`linear` for a model without units). */
function distinct(model: CodeModel): ActivationName[] {
  const used = [...new Set(model.units.map((u) => u.activation))];
  return used.length ? used : ['linear'];
}
const pythonName = (name: ActivationName) => name.replace('-', '_');

/** Each activation in NumPy, written in the lab's order of operations (src/math/activations.ts). */
const NUMPY_ACTIVATIONS: { readonly [K in ActivationName]: readonly string[] } = {
  linear: ['def linear(z):', '    """a = z"""', '    return z'],
  sigmoid: [
    'def sigmoid(z):',
    '    """a = 1 / (1 + exp(-z)), written so that exp never overflows"""',
    '    e = np.exp(-np.abs(z))',
    '    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))',
  ],
  relu: ['def relu(z):', '    """a = max(0, z)"""', '    return np.maximum(z, 0.0)'],
  'leaky-relu': [
    'def leaky_relu(z):',
    `    """a = z for z >= 0, else ${LEAKY_SLOPE}*z"""`,
    `    return np.where(z >= 0, z, ${pythonFloat(LEAKY_SLOPE)} * z)`,
  ],
  tanh: ['def tanh(z):', '    """a = tanh(z)"""', '    return np.tanh(z)'],
  gelu: [
    '# NumPy has no erf: apply Python\'s math.erf to each value.',
    'erf = np.vectorize(math.erf, otypes=[float])',
    '',
    '',
    'def gelu(z):',
    '    """a = z * Phi(z) = z/2 * (1 + erf(z / sqrt(2))): the exact GELU"""',
    '    return z * 0.5 * (1.0 + erf(z / math.sqrt(2.0)))',
  ],
  softplus: [
    'def softplus(z):',
    '    """a = ln(1 + exp(z)), written so that exp never overflows"""',
    '    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))',
  ],
};

/** A list of one name per unit, e.g. `[relu, leaky_relu, gelu]`, as Python source. */
const perUnit = (open: string, model: CodeModel, name: (a: ActivationName) => string, close: string) =>
  pythonList(open, model.units.map((u) => name(u.activation)), close);

const ACTIVATION_LIST_NOTE = "# Unit i's activation is activations[i]."

function numpyCode(model: CodeModel): string[] {
  const used = distinct(model);
  const lines = [...header(model, 'NumPy'), ...(used.includes('gelu') ? ['import math', ''] : []), 'import numpy as np', ''];
  lines.push(...dataLines(model), '', ...valueLines(model), '', '');
  for (const name of used) lines.push(...NUMPY_ACTIVATIONS[name], '', '');
  lines.push('z = np.outer(x, w) + b  # one row per x, one column per unit');
  if (used.length === 1) lines.push(`a = ${pythonName(used[0])}(z)`);
  else {
    lines.push(ACTIVATION_LIST_NOTE, perUnit('activations = [', model, pythonName, ']'));
    lines.push('a = np.column_stack([f(z[:, i]) for i, f in enumerate(activations)])');
  }
  lines.push('yhat = c + a @ v', '', 'mse = np.mean((yhat - y) ** 2)', 'print("MSE", float(mse))');
  return lines;
}

/** PyTorch's module for each activation: the lab's formula in float64. */
const TORCH_ACTIVATIONS: { readonly [K in ActivationName]: string } = {
  linear: 'nn.Identity()',
  sigmoid: 'nn.Sigmoid()',
  relu: 'nn.ReLU()',
  'leaky-relu': `nn.LeakyReLU(negative_slope=${pythonFloat(LEAKY_SLOPE)})`,
  tanh: 'nn.Tanh()',
  gelu: 'nn.GELU(approximate="none")',
  // Past the threshold Softplus returns z itself; PyTorch's default of 20 suits float32, 40 keeps float64 exact.
  softplus: 'nn.Softplus(threshold=40.0)',
};

const TORCH_PER_UNIT = [
  'class UnitActivations(nn.Module):',
  '    """Applies each hidden unit\'s own activation to its column of z."""',
  '',
  '    def __init__(self, *activations):',
  '        super().__init__()',
  '        self.activations = nn.ModuleList(activations)',
  '',
  '    def forward(self, z):',
  '        columns = [f(z[:, i : i + 1]) for i, f in enumerate(self.activations)]',
  '        return torch.cat(columns, dim=1)',
];

function pytorchCode(model: CodeModel): string[] {
  const used = distinct(model);
  const n = model.units.length;
  const lines = [...header(model, 'PyTorch'), 'import numpy as np', 'import torch', 'from torch import nn', ''];
  lines.push('torch.set_default_dtype(torch.float64)  # double precision, as the lab computes', '');
  lines.push(...dataLines(model), '', ...valueLines(model), '', '');
  let activation = `activation = ${TORCH_ACTIVATIONS[used[0]]}`;
  if (used.length !== 1) {
    lines.push(...TORCH_PER_UNIT, '', '');
    activation = perUnit('activation = UnitActivations(', model, (a) => TORCH_ACTIVATIONS[a], ')');
  }
  lines.push(
    `hidden = nn.Linear(1, ${n})  # z = w*x + b for each unit`,
    activation,
    `output = nn.Linear(${n}, 1)  # yhat = c + sum of v[i]*a_i`,
    'model = nn.Sequential(hidden, activation, output)',
    '',
    'with torch.no_grad():',
    `    hidden.weight.copy_(torch.from_numpy(w).reshape(${n}, 1))`,
    '    hidden.bias.copy_(torch.from_numpy(b))',
    `    output.weight.copy_(torch.from_numpy(v).reshape(1, ${n}))`,
    '    output.bias.fill_(c)',
    '',
    '    yhat = model(torch.from_numpy(x).reshape(-1, 1)).reshape(-1)',
    '    mse = torch.mean((yhat - torch.from_numpy(y)) ** 2)',
    'print("MSE", mse.item())',
  );
  return lines;
}

/** Keras's activation for each name: a built-in name, or a function defined in the script. */
const KERAS_ACTIVATIONS: { readonly [K in ActivationName]: { readonly name: string; readonly define?: readonly string[] } } = {
  linear: { name: 'keras.activations.linear' },
  sigmoid: { name: 'keras.activations.sigmoid' },
  relu: { name: 'keras.activations.relu' },
  'leaky-relu': {
    name: 'leaky_relu',
    define: [
      'def leaky_relu(z):',
      `    """a = z for z >= 0, else ${LEAKY_SLOPE}*z (Keras's function defaults to 0.2)"""`,
      `    return keras.activations.leaky_relu(z, negative_slope=${pythonFloat(LEAKY_SLOPE)})`,
    ],
  },
  tanh: { name: 'keras.activations.tanh' },
  gelu: {
    name: 'gelu',
    define: ['def gelu(z):', '    """a = z * Phi(z): the exact GELU, not the tanh approximation"""', '    return keras.activations.gelu(z, approximate=False)'],
  },
  softplus: { name: 'keras.activations.softplus' },
};

const KERAS_PER_UNIT = [
  'def unit_activations(z):',
  '    """Applies each hidden unit\'s own activation to its column of z."""',
  '    columns = [f(z[:, i : i + 1]) for i, f in enumerate(activations)]',
  '    return keras.ops.concatenate(columns, axis=1)',
];

function kerasCode(model: CodeModel): string[] {
  const used = distinct(model);
  const n = model.units.length;
  const lines = [...header(model, 'Keras'), 'import keras', 'import numpy as np', 'from keras import layers', ''];
  lines.push('keras.config.set_floatx("float64")  # double precision, as the lab computes', '');
  lines.push(...dataLines(model), '', ...valueLines(model), '', '');
  for (const name of used) {
    const define = KERAS_ACTIVATIONS[name].define;
    if (define) lines.push(...define, '', '');
  }
  const stack = ['keras.Input(shape=(1,))', 'hidden'];
  if (used.length === 1) {
    lines.push('# a = activation(w*x + b) for each unit', `hidden = layers.Dense(${n}, activation=${KERAS_ACTIVATIONS[used[0]].name})`);
  } else {
    lines.push(ACTIVATION_LIST_NOTE, perUnit('activations = [', model, (a) => KERAS_ACTIVATIONS[a].name, ']'), '', '');
    lines.push(...KERAS_PER_UNIT, '', '');
    lines.push(`hidden = layers.Dense(${n})  # z = w*x + b for each unit`);
    lines.push('activation = layers.Lambda(unit_activations)');
    stack.push('activation');
  }
  stack.push('output');
  lines.push(
    'output = layers.Dense(1)  # yhat = c + sum of v[i]*a_i',
    `model = keras.Sequential([${stack.join(', ')}])`,
    '',
    `hidden.set_weights([w.reshape(1, ${n}), b])  # kernel (1, ${n}), bias (${n},)`,
    `output.set_weights([v.reshape(${n}, 1), np.array([c])])  # kernel (${n}, 1), bias (1,)`,
    '',
    'yhat = model.predict(x.reshape(-1, 1), verbose=0).reshape(-1)',
    'mse = np.mean((yhat - y) ** 2)',
    'print("MSE", float(mse))',
  );
  return lines;
}

/**
 * A Python script that rebuilds `model` in `language` and prints the mean
 * squared error the lab shows, as one line `MSE <value>` (the value in
 * Python's shortest round-trip form).
 *
 * - `numpy`: the forward pass written out (`z = np.outer(x, w) + b`, each
 *   unit's activation, `yhat = c + a @ v`); needs only NumPy, and agrees with
 *   `codeModelError(model)` to rounding.
 * - `pytorch`: `nn.Sequential(nn.Linear(1, n), activation, nn.Linear(n, 1))`
 *   in float64 with the lab's weights; units with different activations share
 *   a small `UnitActivations` module.
 * - `keras`: Keras 3, `keras.Sequential([keras.Input(shape=(1,)),
 *   layers.Dense(n, activation=…), layers.Dense(1)])` in float64 with
 *   `set_weights`; units with different activations get a `layers.Lambda`.
 *
 * Every script makes its data with NumPy and names the same variables: `x`,
 * `y` (the target at x), `w`, `b`, `v`, `c`, `yhat` and `mse`. Text from the
 * model (title, formula) only ever appears inside comments, on one line.
 */
export function toCode(model: CodeModel, language: CodeLanguage): string {
  const lines = language === 'pytorch' ? pytorchCode(model) : language === 'keras' ? kerasCode(model) : numpyCode(model);
  return `${lines.join('\n')}\n`;
}
