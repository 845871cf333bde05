/**
 * The number boxes: a value typed as the page's language writes it, an APG spin button (arrows
 * step, Page Up and Down step ten; Home and End move the caret), and the hooks that move the
 * lesson. Pure of the lab: it asks its store.
 */
import { html, noChange, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { parseNumber, type SliderRange } from '../../math/lesson.js';
import type { Translate } from '../strings.js';
import { knobName, type Knob } from './lab-inputs.js';

/** What a slider row asks of the lab. */
export interface SliderHooks {
  value(k: Knob): number;
  input(k: Knob, event: Event, commit: boolean): void;
  key(k: Knob, event: KeyboardEvent): void;
  focus(id: string): void;
  blur(k: Knob, event: FocusEvent): void;
}

/** The decimal sign of a language: "," for de, "." for en. */
const decimals = new Map<string, string>();
export function decimalSign(locale: string | undefined): string {
  const key = locale ?? '';
  let sign = decimals.get(key);
  if (sign === undefined) {
    try {
      sign = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      sign = '.';
    }
    decimals.set(key, sign);
  }
  return sign;
}

/**
 * A number as a learner types it: "0.5" anywhere, "0,5" where the language writes decimals with a
 * comma, "−1" with the minus sign; NaN for anything else ("3e" half-typed, "1.2.3", "1 000").
 */
export function readBoxNumber(text: string, locale: string | undefined): number {
  let t = text.trim().replace(/\u2212/g, '-');
  if (t.includes(',')) {
    if (decimalSign(locale) !== ',' || t.includes('.')) return NaN;
    t = t.replace(',', '.');
  }
  return parseNumber(t);
}

/** What the boxes ask of the lab's store. */
export interface BoxStore {
  knob(k: Knob): number;
  setKnob(k: Knob, value: number, commit: boolean): unknown;
  range(): SliderRange;
  locale(): string | undefined;
  warn(id: string, text: string, reason: string): void;
}

/** The slider rows' hooks over the lesson: a value typed or slid moves it (interrupting a run); leaving a box shows the lab's value. */
export function sliderHooks(store: BoxStore, lab: { interrupt(): void; editing(id: string | null): void }): SliderHooks {
  const show = (input: HTMLInputElement, k: Knob) => (input.value = boxText(store.knob(k), store.range(), store.locale()));
  return {
    value: (k) => store.knob(k),
    input: (k, event, commit) => {
      const input = event.target as HTMLInputElement;
      const value = input.type === 'range' ? input.valueAsNumber : readBoxNumber(input.value, store.locale());
      if (!Number.isFinite(value)) {
        if (commit) notANumber(store, k, input.value);
        return commit ? void show(input, k) : undefined; // half-typed: wait for more
      }
      lab.interrupt();
      store.setKnob(k, value, commit);
      // Entered: the box shows what the lab took (clamped, on the step), even when that changed nothing.
      if (commit) show(input, k);
    },
    key: (k, event) => {
      const to = keyTarget(event, store.knob(k), store.range());
      if (to === null || (event.target as HTMLInputElement).readOnly) return;
      event.preventDefault();
      lab.interrupt();
      store.setKnob(k, to, true);
      show(event.target as HTMLInputElement, k);
    },
    focus: (id) => lab.editing(id),
    blur: (k, event) => {
      lab.editing(null);
      // Whatever was left half-typed ("", "-", "."), the box shows the value the lab holds.
      show(event.target as HTMLInputElement, k);
    },
  };
}

/**
 * A value as its number box shows it: on the slider grid as it is (`1.5`); off it (after a
 * fit) rounded to at least three decimals, so `-3.68579…` reads `-3.686` instead of being cut.
 */
export function boxText(value: number, range: SliderRange, locale?: string): string {
  const text = String(Number(value.toFixed(Math.max(3, range.digits))));
  return decimalSign(locale) === ',' ? text.replace('.', ',') : text;
}


/** Entered, not a number: the value the lab holds (the learner's, typed before) is kept, and committed. */
function notANumber(store: BoxStore, k: Knob, text: string): void {
  const kept = boxText(store.knob(k), store.range(), store.locale());
  store.warn(knobName(k), text, `it is not a number (decimals with ${decimalSign(store.locale()) === ',' ? '"," or "."' : '"."'}); keeping ${kept}`);
  store.setKnob(k, store.knob(k), true);
}

/** Where a spin button's key takes the value: null for other keys. */
function keyTarget(event: KeyboardEvent, value: number, { min, max, step }: SliderRange): number | null {
  const by = ({ ArrowUp: step, ArrowDown: -step, PageUp: 10 * step, PageDown: -10 * step } as Record<string, number>)[event.key];
  // Home and End stay the caret's, as in any text field.
  return by === undefined ? null : Math.min(max, Math.max(min, value + by));
}

/** A parameter's number box: text in the page's language, a spin button to assistive technology. */
export function numberBox(
  k: Knob,
  o: { id: string; value: number; shown: string; range: SliderRange; disabled: boolean; editing: boolean; t: Translate },
  hooks: SliderHooks,
) {
  return html`<input
        id="${o.id}-number"
        type="text"
        role="spinbutton"
        autocomplete="off"
        spellcheck="false"
        part="number"
        aria-valuemin=${o.range.min}
        aria-valuemax=${o.range.max}
        aria-valuenow=${o.value}
        ?readonly=${o.disabled}
        aria-readonly=${o.disabled ? 'true' : nothing}
        aria-label=${o.t('param.exact', { name: o.id })}
        data-shown=${o.shown}
        .value=${o.editing ? noChange : live(o.shown)}
        @focus=${() => hooks.focus(o.id)}
        @blur=${(e: FocusEvent) => hooks.blur(k, e)}
        @keydown=${(e: KeyboardEvent) => hooks.key(k, e)}
        @input=${(e: Event) => hooks.input(k, e, false)}
        @change=${(e: Event) => hooks.input(k, e, true)}
      />`;
}
