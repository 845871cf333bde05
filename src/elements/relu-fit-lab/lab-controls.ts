/**
 * `<relu-fit-lab>`'s controls as templates: the slider rows, the feedback
 * (error, bar, matched message), the buttons, the hints, the loss curve, the
 * output formula and the column of unit plots. Each is a function of what it
 * shows; the element passes its state and handlers in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { LessonUnit } from '../../math/lesson.js';
import { closeness, type Evaluation, type Lesson, type Samples, type SliderRange } from '../../math/lesson.js';
import { formatMeasure, formatShort } from '../../plot/format.js';
import { meterBar, sparkline } from '../../plot/gauges.js';
import type { CursorController } from '../cursor-controller.js';
import { figure } from '../figure.js';
import type { Translate } from '../strings.js';
import { unitCaption, withRoom, type UnitView } from '../unit-view.js';
import type { LabView } from './lab-view.js';
import type { CodeLanguage } from '../../math/to-code.js';
import { CODE_NAMES } from './lab-code.js';
import { LEARNING_RATE_RANGE } from './lab-arrows.js';
import { handles, type HandleContext } from './handles.js';
import { fitRanges, outputFormulaText, outputTerms } from './lab-text.js';
import { exactMatchText } from './lab-roles.js';
import { boxText, numberBox, type SliderHooks } from './number-box.js';
import { networkFigure } from './network-view.js';

import { knobName, knobsOf, type Knob } from './lab-inputs.js';

export { knobsOf, type Knob };
export { boxText, sliderHooks, type SliderHooks } from './number-box.js';

/** A parameter's label: "w₁" on screen, "w1, slope" to a screen reader. */
const sliderLabel = (k: Knob, id: string, t: Translate) => html`<label id="${id}-label" for="${id}-range" part="label"
    ><span aria-hidden="true">${k.key === 'c' ? t('lab.bias') : html`${k.key}<sub>${k.unit}</sub>`}</span
    ><span class="visually-hidden">${t(`param.${k.key}`, { name: id })}</span></label
  >`;

/** A gradient step's arrow on a slider: ∂E/∂θ, how far the step moved θ, and the largest |∂E/∂θ| of the step (the arrows' scale). */
export interface SliderArrow {
  readonly gradient: number;
  readonly moved: number;
  readonly largest: number;
}

/** Draws a slider's arrow (lab-step.ts, with the Step code that leaves the arrows). */
export type ArrowView = (arrow: SliderArrow, value: number, o: { range: SliderRange; t: Translate; locale: string | undefined; id: string }) => TemplateResult;

/** One parameter's row: its label, range input and number box (and a step's arrow, drawn by `drawArrow`). */
export function sliderRow(
  k: Knob,
  o: { range: SliderRange; locked: boolean; editing: string | null; t: Translate; locale: string | undefined; arrow?: SliderArrow | null; drawArrow?: ArrowView },
  hooks: SliderHooks,
) {
  const { min, max, step } = o.range;
  // The name `locked` uses is the row's id too: w1, b1, v1, c.
  const id = knobName(k);
  const value = hooks.value(k);
  const text = boxText(value, o.range);
  // The box writes the number as the page's language does ("0,5" in German); the slider as HTML does.
  const shown = boxText(value, o.range, o.locale);
  const disabled = o.locked;
  const editing = o.editing === id;
  const onInput = (e: Event) => hooks.input(k, e, false);
  const onChange = (e: Event) => hooks.input(k, e, true);
  // While one slider is dragged, the others are unchanged: skip their bindings.
  const arrow = (o.drawArrow && o.arrow) ?? null;
  return guard([id, text, shown, min, max, step, disabled, editing, o.t, arrow], () => html`<div class="slider ${disabled ? 'is-locked' : ''} ${arrow ? 'has-gradient' : ''}" part="slider">
      ${sliderLabel(k, id, o.t)}
      <input id="${id}-range" type="range" part="range" min=${min} max=${max} step=${step}
        ?disabled=${disabled} .value=${live(text)} @input=${onInput} @change=${onChange} />
      ${numberBox(k, { id, value, shown, range: o.range, disabled, editing, t: o.t }, hooks)}${disabled ? lockIcon : nothing}
      ${arrow ? o.drawArrow?.(arrow, value, { ...o, id }) : nothing}
    </div>`);
}

/** A padlock, drawn beside a locked parameter's value. */
const lockIcon = html`<svg class="lock" viewBox="0 0 12 12" aria-hidden="true"><rect x="2" y="5.5" width="8" height="5.5" rx="1"></rect><path d="M4 5.5V4a2 2 0 0 1 4 0v1.5"></path></svg>`;

/** ŷ = a0 − 2·a1 + 2·a2 + a3: output weights where they are not 1, the bias where it is not 0. */
export function outputFormula(units: readonly LessonUnit[], bias: number, locale: string | undefined) {
  const terms = outputTerms(units, bias, locale);
  // Each term keeps together; a long formula breaks between terms (before its sign) on a narrow screen.
  return html`<span class="term">ŷ =</span> ${terms.map(
    (term) => html`<span class="term">${term.sign.trimStart()}${term.coefficient}${term.index === null ? '' : html`a<sub>${term.index}</sub>`}</span> `,
  )}`;
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

/**
 * The error readout, its bar (how close, judged as the match is: by the largest gap), the largest
 * gap and where it is (the measure that decides a match), and the matched message: what the units
 * do when the output is the target exactly, else the gap within the tolerance.
 */
export function feedback(o: { t: Translate; locale: string | undefined; evaluation: Evaluation; lesson: Lesson; samples: Samples }) {
  const { t, locale, lesson, samples } = o;
  const { error, matched, maxError, predicted } = o.evaluation;
  const tolerance = lesson.tolerance;
  const { gap, gapX } = fitRanges(samples.xs, predicted, samples.target, tolerance);
  const n = (v: number) => formatShort(v, 2, locale);
  const message = o.evaluation.byGoal
    ? t('lab.goalReached', { error: formatMeasure(error, 3, locale), goal: n(lesson.goal) })
    : maxError < 1e-9
      ? exactMatchText(lesson, samples.domain, { t, locale })
      : t('lab.matched', { tolerance: formatShort(tolerance, 2, locale), gap: formatMeasure(maxError, 3, locale) });
  return html`<div class="feedback" part="feedback">
                <div class="error-line">
                  <span>${t('lab.error')} (<abbr title=${t('lab.errorLong')}>${t('lab.errorShort')}</abbr>)</span>
                  <span part="error" class="error-value">${formatMeasure(error, 3, locale)}</span>
                  <svg class="error-bar" part="error-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    ${meterBar(closeness(o.evaluation, lesson))}
                  </svg>
                </div>
                <div class="gap" part="gap">${matched ? nothing : o.evaluation.byGoal ? t('lab.goal', { goal: n(lesson.goal), gap: formatMeasure(gap, 3, locale), x: n(gapX) }) : t('lab.gap', { gap: formatMeasure(gap, 3, locale), x: n(gapX), tolerance: n(tolerance) })}</div>
                <div class="status" part="status">
                  ${matched ? html`<span class="badge" aria-hidden="true">✓</span> ${message}` : nothing}
                </div>
              </div>`;
}

/** What the button row shows. */
export interface ButtonsState {
  readonly t: Translate;
  /** Whether the learner may move anything (`locked` does not lock everything). */
  readonly editable: boolean;
  readonly hidden: ReadonlySet<string>;
  readonly hintsShown: number;
  readonly hintCount: number;
  /** What the frame loop runs (`'train'` while fitting), or null. */
  readonly running: string | null;
  readonly playing: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The lesson is judged by its goal (data and formulas): the solution button shows a good fit. */
  readonly byGoal: boolean;
  /** The learning rate η of a gradient step. */
  readonly learningRate: number;
}

/** The lab's public actions, which its buttons call. */
export interface LabActions {
  reset(): void;
  undo(): boolean;
  redo(): boolean;
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot | null;
  showHint(): void;
  revealSolution(): unknown;
  train(): unknown;
  stopTraining(): void;
  listen(): unknown;
  stopListening(): void;
  toSVG(): Promise<string>;
  toPNG(): Promise<Blob>;
  toCode(language: CodeLanguage): Promise<string>;
  gradientStep(): Promise<boolean>;
  learningRate: number;
  /** Says `text` in the lab's live region. */
  announce(text: string): void;
}

/** Undo and redo arrows. */
const arrow = (flip: boolean) =>
  html`<svg class="icon ${flip ? 'flip' : ''}" viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 3 2 6.5 5.5 10M2.5 6.5H10a4 4 0 0 1 0 8H7"></path></svg>`;

/**
 * The buttons: the hint as the primary action, Reset, undo and redo, and "More" at the end of
 * the row, which holds the solution, the fit, Listen and the downloads (a native disclosure,
 * so keyboards and screen readers know it). Toggles stay where they are, so focus does too.
 */
export function buttonsRow(s: ButtonsState, lab: LabActions) {
  const { t, editable, hidden, hintsShown, hintCount } = s;
  const show = (part: string, also = true) => also && !hidden.has(part);
  const more = moreButtons(s, lab, show);
  return guard([t, editable, hidden, hintsShown, hintCount, s.running, s.playing, s.canUndo, s.canRedo, s.byGoal, s.learningRate], () => html`<div class="buttons" part="buttons">
      ${show('hints')
        ? html`<button type="button" part="button primary" class="primary" aria-expanded=${hintsShown > 0 ? 'true' : 'false'} aria-controls="hints" @click=${() => lab.showHint()}>
            ${hintsShown >= hintCount ? t('lab.hideHints') : t('lab.hint', { n: hintsShown + 1, count: hintCount })}
          </button>`
        : nothing}
      ${show('reset', editable) ? html`<button type="button" part="button" @click=${() => lab.reset()}>${t('lab.reset')}</button>` : nothing}
      ${show('undo', editable) ? historyButtons(s, lab) : nothing}
      ${more.length > 1
        ? html`<details class="more" part="more">
            <summary part="button">${t('lab.more')}</summary>
            <div class="more-items">${more}</div>
          </details>`
        : more}
    </div>`);
}

/** Undo or redo from its button: when that was the last one, its button is disabled, and the focus goes to the other, not to nothing. */
function travel(lab: LabActions, way: 'undo' | 'redo'): void {
  if (!lab[way]()) return;
  void lab.updateComplete.then(() => {
    const root = lab.shadowRoot;
    if (root?.querySelector<HTMLButtonElement>(`[part~="${way}"]`)?.disabled) {
      root.querySelector<HTMLElement>(`[part~="${way === 'undo' ? 'redo' : 'undo'}"]:not(:disabled)`)?.focus();
    }
  });
}

/** Undo and redo, as a named group; each named by its title alone (an aria-label too would be said again as its description). */
const historyButtons = ({ t, canUndo, canRedo }: ButtonsState, lab: LabActions) => html`<span class="history" role="group" aria-label=${t('lab.history')}>
    <button type="button" part="button undo" class="icon-button" title=${t('lab.undo')} aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!canUndo} @click=${() => travel(lab, 'undo')}>${arrow(false)}</button>
    <button type="button" part="button redo" class="icon-button" title=${t('lab.redo')} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" ?disabled=${!canRedo} @click=${() => travel(lab, 'redo')}>${arrow(true)}</button>
  </span>`;

/** What "More" holds: the solution, the fit (Stop while it runs), Listen (one name, pressed while playing) and the downloads. */
function moreButtons(s: ButtonsState, lab: LabActions, show: (part: string, also?: boolean) => boolean) {
  const { t, editable } = s;
  const training = s.running === 'train';
  const toggleTraining = () => (training ? lab.stopTraining() : void lab.train());
  const toggleListening = () => (s.playing ? lab.stopListening() : void lab.listen());
  const downloadSvg = () => void lab.toSVG().then((svg) => saveAs(new Blob([svg], { type: 'image/svg+xml' }), 'relu-lab.svg'));
  const downloadPng = () => void lab.toPNG().then((png) => saveAs(png, 'relu-lab.png'));
  return [
    show('solution', editable) ? html`<button type="button" part="button" @click=${() => void lab.revealSolution()}>${t(s.byGoal ? 'lab.goodFit' : 'lab.solution')}</button>` : null,
    show('train', editable)
      ? html`<button type="button" part="button train" aria-pressed=${training ? 'true' : 'false'} @click=${toggleTraining}>${training ? t('lab.stopTraining') : t('lab.train')}</button>`
      : null,
    show('train', editable) ? stepControls(s, lab) : null,
    show('listen')
      ? html`<button type="button" part="button listen" aria-pressed=${s.playing ? 'true' : 'false'} aria-keyshortcuts="L" aria-describedby="listen-info" @click=${toggleListening}>
          ${t('lab.listen')}
        </button><span id="listen-info" hidden>${t('lab.listenInfo')}</span>`
      : null,
    ...(show('export')
      ? [
          html`<button type="button" part="button export" @click=${downloadSvg}>${t('lab.downloadSvg')}</button>`,
          html`<button type="button" part="button export" @click=${downloadPng}>${t('lab.downloadPng')}</button>`,
          ...(Object.keys(CODE_NAMES) as CodeLanguage[]).map((language) => {
            const name = CODE_NAMES[language];
            const copy = () => void copyCode(lab, language, name, t);
            return html`<button type="button" part="button export copy-code" @click=${copy}>${t('lab.copyCode', { name })}</button>`;
          }),
        ]
      : []),
  ].filter((b) => b !== null);
}

/** Step (one step of gradient descent) and its learning rate η, which the learner sets. */
function stepControls(s: ButtonsState, lab: LabActions) {
  const { t } = s;
  const setRate = (e: Event) => {
    const box = e.target as HTMLInputElement;
    lab.learningRate = box.valueAsNumber;
    box.value = String(lab.learningRate); // a refused value shows the rate kept
  };
  const { min, max } = LEARNING_RATE_RANGE;
  return html`<span class="step-controls">
      <button type="button" part="button step" aria-describedby="step-info" @click=${() => void lab.gradientStep()}>${t('lab.step')}</button>
      <span class="rate"><span id="rate-label">${t('lab.learningRate')}</span>
        <input type="number" part="learning-rate" aria-labelledby="rate-label" min=${min} max=${max} step="0.001" .value=${live(String(s.learningRate))} @change=${setRate} /></span>
      <span id="step-info" hidden>${t('lab.stepInfo')}</span>
    </span>`;
}

/** Copies the lab's script in `language` to the clipboard and says whether it did. */
async function copyCode(lab: LabActions, language: CodeLanguage, name: string, t: Translate): Promise<void> {
  try {
    await navigator.clipboard.writeText(await lab.toCode(language));
    lab.announce(t('lab.codeCopied', { name }));
  } catch {
    // No clipboard (an insecure page, a denied permission): toCode() still gives the text.
    lab.announce(t('lab.codeNotCopied', { name }));
  }
}

/** The revealed hints, and the note after the solution or a fit. */
export function hintsList(hints: readonly string[], note: { kind: string; text: string } | null) {
  return html`<ol id="hints" class="hints" part="hints" ?hidden=${!hints.length && !note}>
            ${hints.map((h) => html`<li part="hint">${h}</li>`)}
            ${note ? html`<li part="hint" class="solution note-${note.kind}">${note.text}</li>` : nothing}
          </ol>`;
}

/** What the unit column needs from the lab. */
export interface UnitsColumn {
  readonly views: readonly UnitView[];
  readonly units: readonly LessonUnit[];
  /** Which of unit i's handles the learner may drag (fixed units have none). */
  readonly handlesOf: (i: number) => { hinge: boolean; slope: boolean; keepB: boolean };
  /** The cursor's x, and the units that are on there. */
  readonly x: number | null;
  readonly on: readonly number[];
  readonly range: SliderRange;
  readonly openTables: ReadonlySet<string>;
  readonly common: { t: Translate; locale: string | undefined; cursor: CursorController; toggleTable: (key: string) => void };
  readonly handleContext: HandleContext;
}

/** Unit `i`'s figure, with drag handles for what the learner may move. */
export function unitFigure(c: UnitsColumn, i: number) {
  const v = c.views[i];
  const tableOpen = c.openTables.has(v.figure.key);
  const unit = c.units[i];
  const { hinge, slope, keepB } = unit.fixed ? { hinge: false, slope: false, keepB: false } : c.handlesOf(i);
  const isOn = c.on.includes(i);
  // Skip re-rendering a unit whose view, cursor, table and state are unchanged.
  return guard([v, c.x, tableOpen, hinge, slope, keepB, isOn, c.range], () =>
    figure(v.figure, {
      ...c.common,
      tableOpen,
      part: 'unit-plot',
      caption: unitCaption(v),
      extraClass: isOn ? 'is-on' : '',
      overlay: hinge || slope
        ? html`<svg class="handles" viewBox="0 0 ${v.figure.frame.width} ${v.figure.frame.height}" role="group" aria-label=${c.common.t('handle.group', { index: i })}>
            ${handles(v.figure.frame, { index: i, w: unit.w, b: unit.b, hinge, slope, keepB }, c.handleContext)}
          </svg>`
        : undefined,
    }),
  );
}

/** The column of unit figures: those of `shown` (the others sit with their sliders). */
export function unitsColumn(c: UnitsColumn, shown: readonly number[]): TemplateResult {
  return html`<div class="units" part="units">${shown.map((i) => unitFigure(c, i))}</div>`;
}

/**
 * The parameter rows. In a narrow lab (`grouped`), each free unit's rows come with that
 * unit's plot right under them, so a learner on a phone sees the unit wake up while sliding
 * (in one column, the unit plots would start a screen or two below the sliders).
 */
export function slidersBlock(knobs: readonly Knob[], row: (k: Knob) => unknown, grouped: UnitsColumn | null, withOutput: boolean, t: Translate) {
  const output = withOutput ? 'with-output' : '';
  const units = [...new Set(knobs.map((k) => k.unit))];
  // Each unit's rows are a group named for the unit ("Unit 1": "w1, slope", "b1, bias"); laid out
  // as a plain grid of rows on a wide lab (the group box takes no room there).
  const group = (unit: number, content: unknown) =>
    unit < 0 ? content : html`<div class="unit-rows ${grouped ? `unit-group ${output}` : ''}" role="group" aria-label=${t('unit.title', { index: unit })}>${content}</div>`;
  return html`<div class="sliders ${grouped ? 'grouped' : output}">
    ${units.map((unit) => group(unit, html`${knobs.filter((k) => k.unit === unit).map(row)}${grouped && unit >= 0 ? unitFigure(grouped, unit) : nothing}`))}
  </div>`;
}

/** What the output unit does, in the words that fit its formula: a plain sum, weighted, plus c. */
const outputNoteKey = (units: readonly LessonUnit[], c: number) =>
  units.every((u) => u.v === 1) ? (c === 0 ? 'lab.outputNote' : 'lab.outputNoteBias') : c === 0 ? 'lab.outputNoteWeighted' : 'lab.outputNoteWeightedBias';

/** With `editable-output` the output's caption keeps the room of its longest (free weights and c below 10, to three decimals), so nothing below moves, as with a unit's (unit-view.ts). */
function outputRoom(said: TemplateResult, o: { units: readonly LessonUnit[]; editableOutput: boolean; common: UnitsColumn['common'] }) {
  if (!o.editableOutput) return said;
  const { t, locale } = o.common;
  // Only the fixed units' weights shape it: not remade while a slider moves.
  const room = guard([o.units.map((u) => (u.fixed ? u.v : '')).join(), t, locale], () => {
    const units = o.units.map((u) => (u.fixed ? u : { ...u, v: -8.888 }));
    return html`<span class="equation output">${outputFormula(units, -8.888, locale)}</span><span class="wake"> · ${t('lab.outputNoteWeightedBias')}</span>`;
  });
  return withRoom(said, room);
}

/** The "Match Target" column: the main figure, its formula caption and (when open) its data table. */
export function mainColumn(
  view: LabView,
  o: { units: readonly LessonUnit[]; outputBias: number; tableOpen: boolean; keyDown: (e: KeyboardEvent) => boolean; common: UnitsColumn['common']; valueText: string; network: boolean; editableOutput: boolean },
) {
  const { t, locale } = o.common;
  return html`<div class="main">
          ${figure(o.tableOpen ? { ...view.main, readings: view.tableReadings } : view.main, {
            ...o.common,
            tableOpen: o.tableOpen,
            part: 'main-plot',
            // The explorer says every curve at the cursor, and which units are on there.
            valueText: o.valueText,
            keyDown: o.keyDown,
            caption: outputRoom(
              html`<span class="formula" part="formula"
                ><span class="equation output" aria-hidden="true">${guard([o.units.map((u) => u.v).join(), o.outputBias, locale], () => outputFormula(o.units, o.outputBias, locale))}</span
                ><span class="visually-hidden">${outputFormulaText(o.units, o.outputBias, locale)}</span
                ><span class="wake"> · ${t(outputNoteKey(o.units, o.outputBias))}</span></span
              >`,
              o,
            ),
          })}
          ${o.network ? networkFigure(o.units, o.outputBias, { t, locale, editableOutput: o.editableOutput, width: view.main.frame.width }) : nothing}
        </div>`;
}

/** Offers `blob` to the learner as a download named `name`. */
export function saveAs(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
