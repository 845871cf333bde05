import type { LabStringKey, PluralKey } from './relu-fit-lab/lab-strings.js';

/**
 * The strings every element shows or announces, in English (`<relu-fit-lab>`
 * adds its own, in relu-fit-lab/lab-strings.ts; together they are the exported
 * `defaultStrings`). Replace any of
 * them with an element's `strings` property (an object) or attribute (JSON):
 * `lab.strings = { 'lab.reset': 'Zurücksetzen' }`. `{name}` placeholders are
 * filled in; numbers arrive already formatted for the page's language.
 */
export const sharedStrings = {
  // Names of the activations.
  'activation.linear': 'Linear',
  'activation.sigmoid': 'Sigmoid',
  'activation.relu': 'ReLU',
  'activation.leaky-relu': 'Leaky ReLU',
  'activation.tanh': 'Tanh',
  'activation.gelu': 'GELU',
  'activation.softplus': 'Softplus',

  // <relu-trio>
  'trio.heading': 'Common Activation Functions',
  'trio.describe': '{name}, {formula}, plotted for z from {x0} to {x1}. {shape}',

  // Shapes of curves, used in every text alternative.
  'shape.pieces': '{subject} {pieces}, reaching {y} at {axis} = {x}.',
  'shape.whole': '{subject} {piece} all the way from {axis} = {x0} to {x1}.',
  'shape.smooth': '{subject} goes from {y0} at {axis} = {x0} to {y1} at {axis} = {x1}{extras}.',
  'shape.passing': ', passing {y} at {axis} = 0',
  'shape.lowest': ', with its lowest value {y} near {axis} = {x}',
  'shape.it': 'It',
  'shape.unit': 'The unit',
  'piece.flat': 'is flat at {y}',
  'piece.silent': 'is silent (a = 0)',
  'piece.rises': 'rises with slope {slope}',
  'piece.falls': 'falls with slope {slope}',
  'piece.until': '{piece} until {axis} = {x}',
  'piece.from': '{piece} from {axis} = {x}',
  'piece.then': ', then ',

  // Units.
  'unit.default': 'Unit',
  'unit.title': 'Unit {index}',
  'unit.weighted': 'Unit {index} (×{v} in ŷ)',
  'unit.fixed': '{title} (fixed)',
  'unit.weightedFixed': 'Unit {index} (×{v} in ŷ, fixed)',
  'unit.describe': '{title}: {formula} and {activation}, for x from {x0} to {x1}. {shape}',
  'unit.silent': 'silent',
  'unit.nearlySilent': 'nearly silent',
  'wake.constantOn': 'on everywhere (constant)',
  'wake.constantOff': '{off} everywhere',
  'wake.wakes': '{off} until x = {x}, where it wakes up',
  'wake.sleeps': 'on until x = {x}, where it goes {off}',
  'wake.onAlready': 'on across the whole range (it woke up at x = {x})',
  'wake.offStill': '{off} across the whole range (it wakes up at x = {x})',
  'wake.offAlready': '{off} across the whole range (it went quiet at x = {x})',
  'wake.onStill': 'on across the whole range (it goes quiet at x = {x})',
  'legend.z': 'z',
  'legend.a': 'a',

  // Every plot is a chart explorer: a slider along its horizontal axis.
  'figure.explorer': 'chart explorer',
  'figure.instructions':
    'Left and Right arrows move along {axis} by {step}, with Shift or Page Up and Down by {big}; Home and End go to the ends; B and Shift+B jump to the next and previous bend; D says the details; the data table lists the values.',
  'figure.pointer': 'Press ? for the keys, D for the details.',
  'figure.idle': 'no reading yet: press an arrow key',

  // Cursor readouts and data tables, everywhere.
  'readout.values': 'At {axis} = {x}: {values}.',
  'readout.value': '{name} {value}',
  'readout.join': ', ',
  'table.show': 'Show data',
  'table.hide': 'Hide data',
} as const;

/** Every key: the shared ones here and `<relu-fit-lab>`'s (in relu-fit-lab/lab-strings.ts). */
export type StringKey = keyof typeof sharedStrings | LabStringKey;

/** A full set of strings; elements take a `Partial` of it. */
export type ReluStrings = { readonly [K in StringKey]: string };

/** Templates split once into literal text and `{name}` slots (odd indices), by template. */
const compiled = new Map<string, string[]>();

/** `template` with each `{name}` replaced by `values[name]` (unknown names stay as written). */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size > 500) compiled.clear();
    compiled.set(template, parts);
  }
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`) + parts[i + 1];
  }
  return text;
}

/** Looks strings up by key, with the element's overrides over the defaults; `has` says whether a key exists. */
export type Translate = ((key: StringKey, values?: Readonly<Record<string, string | number>>) => string) & { has(key: string): boolean };

/**
 * The Intl.PluralRules categories a table may give as `key.<category>` for a key used with
 * `plural()` (the key itself is the general form, "other"): Arabic uses all five.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many';

/** A plural variant of a key used with `plural()`: `challenge.complete.two`. */
export type PluralVariant = `${PluralKey}.${PluralCategory}`;

/**
 * A whole language: every key, and the plural variants the language needs (a table of
 * relu-lab/locales/, or an author's own for `registerLocale` or the `strings` property).
 */
export type LocaleStrings = ReluStrings & { readonly [K in PluralVariant]?: string };

/** The translators over a table with no overrides, by table. */
const shared = new WeakMap<object, Translate>();

/**
 * A `Translate` over `overrides` (only string values for keys of `defaults` are used). Each
 * element passes its own defaults: the shared strings, and for the lab its own as well.
 */
export function translator(overrides: Partial<ReluStrings> | null | undefined, defaults: Readonly<Record<string, string>> = sharedStrings): Translate {
  // No overrides (most elements, in English): one translator per table, shared (it holds nothing but lookups).
  const plainTable = !overrides || typeof overrides !== 'object' || !Object.keys(overrides).length;
  const known = plainTable ? shared.get(defaults) : undefined;
  if (known) return known;
  const table: Record<string, string> = { ...defaults };
  if (overrides && typeof overrides === 'object') {
    for (const [key, value] of Object.entries(overrides)) {
      if (typeof value === 'string' && Object.hasOwn(defaults, key)) table[key] = value;
    }
  }
  // Most calls name a plain string, on every update: look those up once.
  const plain = new Map<string, string>();
  const t = (key: StringKey, values?: Readonly<Record<string, string | number>>) => {
    if (values) return fill(table[key], values);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = fill(table[key])));
    return text;
  };
  const made = Object.assign(t, { has: (key: string) => Object.hasOwn(table, key) });
  if (plainTable) shared.set(defaults, made);
  return made;
}

/**
 * A message about `count` things in the plural form `locale` wants: the key
 * `base.<category>` for the Intl.PluralRules category of `count` ("one", "two",
 * "few", "many" or "zero") when the table has it, else `base` (the general form).
 */
export function plural(t: Translate, locale: string | undefined, base: PluralKey, count: number, values: Readonly<Record<string, string | number>>): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    // An unknown locale: the general form.
  }
  const variant = `${base}.${category}`;
  return t.has(variant) ? t(variant as StringKey, values) : t(base, values);
}

/** `items` as a list in `locale` ("1, 2 and 3"), plainly joined where Intl.ListFormat cannot. */
export function listOf(items: readonly string[], locale: string | undefined): string {
  try {
    // Making a ListFormat costs more than using one: one per language.
    let format = listFormats.get(locale ?? '');
    if (!format) listFormats.set(locale ?? '', (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
    return format.format(items);
  } catch {
    return items.join(', ');
  }
}

const listFormats = new Map<string, Intl.ListFormat>();
