/**
 * "The network below", as the notebook calls it: x → the hidden units → Σ → ŷ, drawn small, with
 * each unit's formula and output weight as live numbers and the fixed parts marked; its text
 * alternative says the same in words. `hide="network"` leaves it out.
 */
import { html, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LessonUnit } from '../../math/lesson.js';
import { formatShort } from '../../plot/format.js';
import { listOf, type Translate } from '../strings.js';
import { outputFormulaText } from './lab-text.js';

const ROW = 28;
const WIDTH = 400;

/** z = w·x + b written as a teacher would: "−2x + 2", "x − 1", "0.5", "0". */
function zText(w: number, b: number, locale: string | undefined): string {
  const n = (v: number) => formatShort(Math.abs(v), 2, locale);
  const xPart = w === 0 ? '' : `${w < 0 ? '−' : ''}${Math.abs(w) === 1 ? '' : n(w)}x`;
  if (b === 0) return xPart || '0';
  const bPart = `${b < 0 ? '−' : xPart ? '+' : ''}${xPart ? ' ' : ''}${n(b)}`;
  return xPart ? `${xPart} ${bPart}` : `${b < 0 ? '−' : ''}${n(b)}`;
}

/** A unit's output as a formula: "max(0, −2x + 2)" for ReLU, "sigmoid(x − 1)" for the others. */
function unitFormula(u: LessonUnit, locale: string | undefined): string {
  const z = zText(u.w, u.b, locale);
  return u.activation === 'relu' ? `max(0, ${z})` : u.activation === 'linear' ? z : `${u.activation}(${z})`;
}

/** The network's text alternative: its units (fixed ones said so) and what the output does with them. */
export function networkText(units: readonly LessonUnit[], outputBias: number, t: Translate, locale: string | undefined): string {
  const parts = units.map((u, i) => t(u.fixed ? 'network.unitFixed' : 'network.unit', { index: i, formula: unitFormula(u, locale) }));
  return t('network.describe', { count: units.length, units: listOf(parts, locale), output: outputFormulaText(units, outputBias, locale) });
}

/**
 * Below this many CSS px the diagram would scale its text under 11 px: it is drawn at its real
 * width instead, without the formulas, which follow it as a list of lines.
 */
export const NETWORK_NARROW = 360;

/**
 * The diagram: x on the left, a row per unit, Σ (with c) and ŷ on the right, each unit's formula
 * beside it; in `width` under NETWORK_NARROW px, drawn 1:1 with the formulas as a list under it.
 */
export function networkFigure(units: readonly LessonUnit[], outputBias: number, o: { t: Translate; locale: string | undefined; editableOutput: boolean; width: number }) {
  const { t, locale } = o;
  const narrow = o.width < NETWORK_NARROW;
  const width = narrow ? Math.max(200, Math.round(o.width)) : WIDTH;
  const key = [units.map((u) => `${u.w},${u.b},${u.v},${u.fixed},${u.activation}`).join(';'), outputBias, o.editableOutput, t, locale, width];
  return guard(key, () => {
    const height = Math.max(3, units.length) * ROW + 12;
    const mid = height / 2;
    const top = mid - (units.length * ROW) / 2;
    const y = (i: number) => top + ROW * (i + 0.5);
    const [xNode, unitX, sumX, outX] = [18, narrow ? width * 0.4 : 100, width - 58, width - 14];
    const fromX = narrow ? unitX + 12 : sumX - 66;
    const n = (v: number) => formatShort(v, 2, locale);
    const showBias = o.editableOutput || outputBias !== 0;
    const text = networkText(units, outputBias, t, locale);
    const formulas = units.map((u) => unitFormula(u, locale));
    return html`<figure class="network" part="network" aria-label=${t('network.title')}>
      <figcaption class="network-title">${t('network.title')}${units.some((u) => u.fixed) ? html`<span class="network-key"> · ${t('network.fixedKey')}</span>` : ''}</figcaption>
      <svg class="network-plot" viewBox="0 0 ${width} ${height}" role="img" aria-label=${text}>
        ${units.map((u, i) => svg`
          <line class="network-edge" x1=${xNode + 12} y1=${mid} x2=${unitX - 12} y2=${y(i)}></line>
          <line class="network-edge" x1=${fromX} y1=${y(i)} x2=${sumX - 13} y2=${mid}></line>
          <circle class="network-node ${u.fixed ? 'is-fixed' : ''}" cx=${unitX} cy=${y(i)} r="11"></circle>
          <text class="network-label" x=${unitX} y=${y(i)} dy="0.35em" text-anchor="middle">a${i}</text>
          ${narrow ? '' : svg`<text class="network-formula ${u.fixed ? 'is-fixed' : ''}" x=${unitX + 16} y=${y(i)} dy="0.35em">${formulas[i]}</text>`}
          <text class="network-weight ${o.editableOutput && !u.fixed ? '' : 'is-fixed'}" x=${fromX + 2} y=${y(i) - 5}>×${n(u.v)}</text>`)}
        <circle class="network-node" cx=${xNode} cy=${mid} r="11"></circle>
        <text class="network-label" x=${xNode} y=${mid} dy="0.35em" text-anchor="middle">x</text>
        <circle class="network-node" cx=${sumX} cy=${mid} r="12"></circle>
        <text class="network-label" x=${sumX} y=${mid} dy="0.35em" text-anchor="middle">Σ</text>
        ${showBias ? svg`<text class="network-weight ${o.editableOutput ? '' : 'is-fixed'}" x=${sumX} y=${mid + 26} text-anchor="middle">+ ${n(outputBias)}</text>` : ''}
        <line class="network-edge" x1=${sumX + 12} y1=${mid} x2=${outX - 8} y2=${mid}></line>
        <text class="network-label" x=${outX} y=${mid} dy="0.35em" text-anchor="middle">ŷ</text>
      </svg>
      ${narrow
        ? html`<ul class="network-list" aria-hidden="true">${units.map((u, i) => html`<li><i class="network-label">a${i}</i> = <span class="network-formula ${u.fixed ? 'is-fixed' : ''}">${formulas[i]}</span></li>`)}</ul>`
        : ''}
    </figure>`;
  });
}
