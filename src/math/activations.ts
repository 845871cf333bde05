/**
 * Activation functions, one registry keyed by name.
 *
 * Every function is total: it never throws, NaN stays NaN, and the
 * piecewise-linear ones list their kinks so a network built from them can be
 * drawn exactly from its breakpoints instead of being sampled.
 */

/** A scalar activation function with what a plot or a text alternative needs to know. */
export interface Activation {
  /** Registry key, as written in attributes (`leaky-relu`). */
  readonly name: ActivationName;
  /** Human name (`Leaky ReLU`). */
  readonly label: string;
  /** Formula in plain Unicode text (`a = max(0, z)`). */
  readonly formula: string;
  /** a = f(z). */
  readonly fn: (z: number) => number;
  /** df/dz; at a kink the right-hand derivative. */
  readonly derivative: (z: number) => number;
  /**
   * The z values where a piecewise-linear activation changes slope, or `null`
   * when the activation is smooth and non-linear (its curve must be sampled).
   */
  readonly kinks: readonly number[] | null;
}

/** Slope of leaky ReLU below zero: Keras's `LeakyReLU` layer default (the seed imports it). */
export const LEAKY_SLOPE = 0.3;

export const linear = (z: number): number => z;

/** Logistic sigmoid, written so that neither branch overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** max(0, z); returns +0 for every z ≤ 0 (never -0), NaN stays NaN. */
export const relu = (z: number): number => (z > 0 ? z : z <= 0 ? 0 : NaN);

export const leakyRelu = (z: number): number => (z >= 0 ? z + 0 : LEAKY_SLOPE * z);

export const tanh = (z: number): number => Math.tanh(z);

/** softplus(z) = ln(1 + eᶻ), stable for large |z|. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * The error function to double precision.
 *
 * Uses erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (2n+1)!!, whose terms are all
 * positive (no cancellation); past |x| = 6 erf is ±1 to double precision.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax >= 6) return Math.sign(x);
  let term = ax;
  let sum = ax;
  const x2 = ax * ax;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  const value = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  return x < 0 ? -value : value;
}

/** Standard normal cumulative distribution Φ(z). */
export const normalCdf = (z: number): number => 0.5 * (1 + erf(z / Math.SQRT2));

/** GELU, the exact form z·Φ(z) (not the tanh approximation). */
export const gelu = (z: number): number => z * normalCdf(z);

const normalPdf = (z: number): number => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

export const ACTIVATION_NAMES = [
  'linear',
  'sigmoid',
  'relu',
  'leaky-relu',
  'tanh',
  'gelu',
  'softplus',
] as const;

export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/** Every activation, keyed by its attribute name. */
export const activations: { readonly [K in ActivationName]: Activation } = {
  linear: {
    name: 'linear',
    label: 'Linear',
    formula: 'a = z',
    fn: linear,
    derivative: () => 1,
    kinks: [],
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    formula: 'a = 1 / (1 + e^(−z))',
    fn: sigmoid,
    derivative: (z) => sigmoid(z) * (1 - sigmoid(z)),
    kinks: null,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    formula: 'a = max(0, z)',
    fn: relu,
    derivative: (z) => (z >= 0 ? 1 : 0),
    kinks: [0],
  },
  'leaky-relu': {
    name: 'leaky-relu',
    label: 'Leaky ReLU',
    formula: `a = max(${LEAKY_SLOPE}·z, z)`,
    fn: leakyRelu,
    derivative: (z) => (z >= 0 ? 1 : LEAKY_SLOPE),
    kinks: [0],
  },
  tanh: {
    name: 'tanh',
    label: 'Tanh',
    formula: 'a = tanh(z)',
    fn: tanh,
    derivative: (z) => 1 - Math.tanh(z) ** 2,
    kinks: null,
  },
  gelu: {
    name: 'gelu',
    label: 'GELU',
    formula: 'a = z·Φ(z)',
    fn: gelu,
    derivative: (z) => normalCdf(z) + z * normalPdf(z),
    kinks: null,
  },
  softplus: {
    name: 'softplus',
    label: 'Softplus',
    formula: 'a = ln(1 + e^z)',
    fn: softplus,
    derivative: sigmoid,
    kinks: null,
  },
};

/** True when `name` is a key of the registry. */
export function isActivationName(name: string): name is ActivationName {
  return Object.prototype.hasOwnProperty.call(activations, name);
}

/** The activation called `name`, or `undefined` for an unknown name. */
export function getActivation(name: string): Activation | undefined {
  return isActivationName(name) ? activations[name] : undefined;
}
