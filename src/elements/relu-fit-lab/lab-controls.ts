/**
 * `<relu-fit-lab>`'s controls as templates: the slider rows, the feedback
 * (error, bar, matched message), the buttons, the hints, the loss curve, the
 * output formula and the column of unit plots. Each is a function of what it
 * shows; the element passes its state and handlers in.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { LessonUnit } from '../../math/construct.js';
import { closeness, type Evaluation, type SliderRange } from '../../math/lesson.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import { meterBar, sparkline } from '../../plot/gauges.js';
import type { CursorController } from '../cursor-controller.js';
import { figure } from '../figure.js';
import type { Translate } from '../strings.js';
import { unitCaption, type UnitView } from '../unit-view.js';
import type { LabView } from './lab-view.js';
import { saveAs } from './export.js';
import { handles, type HandleContext } from './handles.js';
import { outputTerms } from './lab-text.js';

import type { Knob } from './lab-inputs.js';

export type { Knob };

/** The sliders of a lesson: w and b of each free unit (and v, and c, when output weights are editable). */
export function knobsOf(units: readonly LessonUnit[], editableOutput: boolean): Knob[] {
  const knobs: Knob[] = [];
  units.forEach((u, i) => {
    if (u.fixed) return;
    knobs.push({ unit: i, key: 'w' }, { unit: i, key: 'b' });
    if (editableOutput) knobs.push({ unit: i, key: 'v' });
  });
  if (editableOutput) knobs.push({ unit: -1, key: 'c' });
  return knobs;
}

/** What a slider row asks of the lab. */
export interface SliderHooks {
  value(k: Knob): number;
  input(k: Knob, event: Event, commit: boolean): void;
  focus(id: string): void;
  blur(k: Knob, event: FocusEvent): void;
}

/** One parameter's row: its label, range input and number box. */
/**
 * A value as its number box shows it: on the slider grid as it is (`1.5`); off it (after a
 * fit) rounded to at least three decimals, so `-3.68579…` reads `-3.686` instead of being cut.
 */
export function boxText(value: number, range: SliderRange): string {
  return String(Number(value.toFixed(Math.max(3, range.digits))));
}

export function sliderRow(k: Knob, o: { range: SliderRange; locked: boolean; editing: string | null; t: Translate }, hooks: SliderHooks) {
  const { min, max, step } = o.range;
  const id = k.key === 'c' ? 'c' : `${k.key}${k.unit}`;
  const text = boxText(hooks.value(k), o.range);
  const disabled = o.locked;
  const editing = o.editing === id;
  const onInput = (e: Event) => hooks.input(k, e, false);
  const onChange = (e: Event) => hooks.input(k, e, true);
  // While one slider is dragged, the others are unchanged: skip their bindings.
  return guard([id, text, min, max, step, disabled, editing, o.t], () => html`<div class="slider" part="slider">
      <label id="${id}-label" for="${id}-range" part="label"
        >${k.key === 'c' ? o.t('lab.bias') : html`${k.key}<sub>${k.unit}</sub>`}</label
      >
      <input
        id="${id}-range"
        type="range"
        part="range"
        min=${min}
        max=${max}
        step=${step}
        ?disabled=${disabled}
        .value=${live(text)}
        @input=${onInput}
        @change=${onChange}
      />
      <input
        id="${id}-number"
        type="number"
        part="number"
        inputmode="decimal"
        min=${min}
        max=${max}
        step=${step}
        ?readonly=${disabled}
        aria-labelledby="${id}-label"
        .value=${editing ? noChange : live(text)}
        @focus=${() => hooks.focus(id)}
        @blur=${(e: FocusEvent) => hooks.blur(k, e)}
        @input=${onInput}
        @change=${onChange}
      />
    </div>`);
}

/** ŷ = a0 − 2·a1 + 2·a2 + a3: output weights where they are not 1, the bias where it is not 0. */
export function outputFormula(units: readonly LessonUnit[], bias: number, locale: string | undefined) {
  const terms = outputTerms(units, bias, locale);
  return html`ŷ = ${terms.map((term) => html`${term.sign}${term.coefficient}${term.index === null ? '' : html`a<sub>${term.index}</sub>`}`)}`;
}

/** The loss curve while (and after) fitting, log-scaled. */
export function lossFigure(losses: readonly number[], t: Translate, locale: string | undefined) {
  if (!losses.length) return nothing;
  const [first, last] = [losses[0], losses[losses.length - 1]];
  return html`<figure class="loss" part="loss">
      <svg class="plot" viewBox="0 0 240 48" role="img" aria-label=${`${t('lab.loss')}: ${formatMeasure(first, 3, locale)} → ${formatMeasure(last, 3, locale)}`}>
        ${sparkline(losses, { width: 240, height: 48, className: 'series-output', log: true })}
      </svg>
      <figcaption>${t('lab.loss')}: ${formatMeasure(first, 3, locale)} → ${formatMeasure(last, 3, locale)}</figcaption>
    </figure>`;
}

/** The error readout, its bar (how close, judged by the tolerance) and the matched message (exact or within the tolerance). */
export function feedback(o: { t: Translate; locale: string | undefined; evaluation: Evaluation; tolerance: number }) {
  const { error, matched, maxError } = o.evaluation;
  const message = maxError < 1e-9 ? o.t('lab.matchedExactly') : o.t('lab.matched', { tolerance: formatShort(o.tolerance, 2, o.locale), gap: formatMeasure(maxError, 3, o.locale) });
  const { t, locale } = o;
  return html`<div class="feedback" part="feedback">
                <div class="error-line">
                  <span>${t('lab.error')} (<abbr title=${t('lab.errorLong')}>${t('lab.errorShort')}</abbr>)</span>
                  <output part="error" class="error-value">${formatMeasure(error, 3, locale)}</output>
                  <svg class="error-bar" part="error-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    ${meterBar(closeness(o.evaluation, o.tolerance))}
                  </svg>
                </div>
                <p class="status" part="status">
                  ${matched ? html`<span class="badge" aria-hidden="true">✓</span> ${message}` : nothing}
                </p>
              </div>`;
}

/** What the button row shows. */
export interface ButtonsState {
  readonly t: Translate;
  readonly editable: boolean;
  readonly hidden: ReadonlySet<string>;
  readonly hintsShown: number;
  readonly hintCount: number;
  /** What the frame loop runs (`'train'` while fitting), or null. */
  readonly running: string | null;
  readonly playing: boolean;
}

/** The lab's public actions, which its buttons call. */
export interface LabActions {
  reset(): void;
  showHint(): void;
  revealSolution(): unknown;
  train(): unknown;
  stopTraining(): void;
  listen(): unknown;
  stopListening(): void;
  toSVG(): string;
  toPNG(): Promise<Blob>;
}

export function buttonsRow(s: ButtonsState, lab: LabActions) {
  const { t, editable, hidden, hintsShown, hintCount } = s;
  const training = s.running === 'train';
  const a = {
    reset: () => lab.reset(),
    showHint: () => lab.showHint(),
    revealSolution: () => void lab.revealSolution(),
    toggleTraining: () => (training ? lab.stopTraining() : void lab.train()),
    toggleListening: () => (s.playing ? lab.stopListening() : void lab.listen()),
    downloadSvg: () => saveAs(new Blob([lab.toSVG()], { type: 'image/svg+xml' }), 'relu-lab.svg'),
    downloadPng: () => void lab.toPNG().then((png) => saveAs(png, 'relu-lab.png')),
  };
  return guard([t, editable, hidden, hintsShown, hintCount, s.running, s.playing], () => html`<div class="buttons" part="buttons">
            ${editable && !hidden.has('reset') ? html`<button type="button" part="button" @click=${a.reset}>${t('lab.reset')}</button>` : nothing}
            ${hidden.has('hints')
              ? nothing
              : html`<button
                  type="button"
                  part="button"
                  aria-expanded=${hintsShown > 0 ? 'true' : 'false'}
                  aria-controls="hints"
                  @click=${a.showHint}
                >
                  ${hintsShown >= hintCount ? t('lab.hideHints') : t('lab.hint', { n: hintsShown + 1, count: hintCount })}
                </button>`}
            ${editable && !hidden.has('solution')
              ? html`<button type="button" part="button" @click=${a.revealSolution}>${t('lab.solution')}</button>`
              : nothing}
            ${editable && !hidden.has('train')
              ? html`<button
                  type="button"
                  part="button train"
                  aria-pressed=${training ? 'true' : 'false'}
                  @click=${a.toggleTraining}
                >
                  ${training ? t('lab.stopTraining') : t('lab.train')}
                </button>`
              : nothing}
            ${hidden.has('listen')
              ? nothing
              : html`<button
                  type="button"
                  part="button listen"
                  aria-pressed=${s.playing ? 'true' : 'false'}
                  aria-keyshortcuts="L"
                  @click=${a.toggleListening}
                >
                  ${s.playing ? t('lab.stopListening') : t('lab.listen')}
                </button>`}
            ${hidden.has('export')
              ? nothing
              : html`<button type="button" part="button export" @click=${a.downloadSvg}>${t('lab.downloadSvg')}</button>
                  <button type="button" part="button export" @click=${a.downloadPng}>${t('lab.downloadPng')}</button>`}
          </div>`);
}

/** The revealed hints, and the note after the solution or a fit. */
export function hintsList(hints: readonly string[], note: { kind: string; text: string } | null) {
  return html`<ol id="hints" class="hints" part="hints">
            ${hints.map((h) => html`<li part="hint">${h}</li>`)}
            ${note ? html`<li part="hint" class="solution note-${note.kind}">${note.text}</li>` : nothing}
          </ol>`;
}

/** What the unit column needs from the lab. */
export interface UnitsColumn {
  readonly views: readonly UnitView[];
  readonly units: readonly LessonUnit[];
  readonly editable: boolean;
  /** The cursor's x, and the units that are on there. */
  readonly x: number | null;
  readonly on: readonly number[];
  readonly range: SliderRange;
  readonly openTables: ReadonlySet<string>;
  readonly common: { t: Translate; locale: string | undefined; cursor: CursorController; toggleTable: (key: string) => void };
  readonly handleContext: HandleContext;
}

/** One figure per unit, with drag handles on the free ones. */
export function unitsColumn(c: UnitsColumn): TemplateResult {
  return html`<div class="units" part="units">
              ${c.views.map((v, i) => {
                const tableOpen = c.openTables.has(v.figure.key);
                const unit = c.units[i];
                const draggable = c.editable && !unit.fixed;
                const isOn = c.on.includes(i);
                // Skip re-rendering a unit whose view, cursor, table and state are unchanged.
                return guard([v, c.x, tableOpen, draggable, isOn, c.range], () =>
                  figure(v.figure, {
                    ...c.common,
                    tableOpen,
                    part: 'unit-plot',
                    caption: unitCaption(v),
                    extraClass: isOn ? 'is-on' : '',
                    overlay: draggable
                      ? html`<svg class="handles" viewBox="0 0 ${v.figure.frame.width} ${v.figure.frame.height}">
                          ${handles(v.figure.frame, { index: i, w: unit.w, b: unit.b }, c.handleContext)}
                        </svg>`
                      : undefined,
                  }),
                );
              })}
            </div>`;
}

/** The "Match Target" column: the main figure, its formula caption and (when open) its data table. */
export function mainColumn(view: LabView, o: { units: readonly LessonUnit[]; outputBias: number; tableOpen: boolean; keyDown: (e: KeyboardEvent) => boolean; common: UnitsColumn['common'] }) {
  const { t, locale } = o.common;
  return html`<div class="main">
          ${figure(o.tableOpen ? { ...view.main, readings: view.tableReadings } : view.main, {
            ...o.common,
            tableOpen: o.tableOpen,
            part: 'main-plot',
            keyDown: o.keyDown,
            caption: html`<span class="formula" part="formula"
              ><span class="equation">${guard([o.units.map((u) => u.v).join(), o.outputBias, locale], () => outputFormula(o.units, o.outputBias, locale))}</span
              ><span class="wake"> · ${t('lab.outputNote')}</span></span
            >`,
          })}
        </div>`;
}
