/**
 * Export of the lab's figure: a standalone SVG (styles resolved into
 * attributes, generic fonts) and a PNG drawn from it.
 */

import type { Evaluation, Lesson } from '../../math/lesson.js';
import type { Translate } from '../strings.js';
import { outputFormulaText } from './lab-text.js';
import { formatMeasure, formatShort } from '../../plot/format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The generic fonts every exported text is drawn in. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The presentation properties that make a plot look as it does on the page. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'paint-order',
] as const;

/** Copies the computed presentation styles of `from`'s subtree onto `to`'s (same structure). */
function inlineStyles(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  for (const property of PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value) to.setAttribute(property, value);
  }
  to.removeAttribute('class');
  to.removeAttribute('tabindex');
  to.removeAttribute('part');
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

/** One plot, as a positioned, self-styled svg. */
function standalone(plot: SVGSVGElement, x: number, y: number, width: number): SVGSVGElement {
  const copy = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, copy);
  const box = plot.viewBox.baseVal;
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String((box.height / box.width) * width));
  // The page's explorer (a focusable slider) means nothing in a file: the export is one image.
  for (const attribute of ['role', 'tabindex', 'style', ...[...copy.attributes].map((a) => a.name).filter((name) => name.startsWith('aria-'))]) {
    copy.removeAttribute(attribute);
  }
  copy.setAttribute('font-family', FONT);
  return copy;
}

/** What the caption under the plots says: the lab's state, in its words and language. */
export interface CaptionInput {
  readonly lesson: Pick<Lesson, 'units' | 'outputBias' | 'range'>;
  readonly evaluation: Pick<Evaluation, 'error' | 'matched' | 'byGoal'>;
  readonly t: Translate;
  readonly locale: string | undefined;
}

/** The caption's look: the formula a little larger, then the parameters and the error. */
const CAPTION = { padding: 12, gap: 14, bottom: 16, size: 13, formulaSize: 15, leading: 1.4 } as const;
/** Room left for a wider fallback font where the SVG is opened elsewhere. */
const FONT_SLACK = 1.08;

/**
 * Where `text` may break: at spaces, but never right after an operator or right before "=",
 * so "b1 = −1" and "− 2·a1" stay whole.
 */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out[out.length - 1];
    if (last !== undefined && (/(^|\s)[=+−-]$/.test(last) || word === '=')) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** `text` in lines no wider than `width` as `measure` measures them (a chunk wider than that gets a line to itself). */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunks(text)) {
    const next = line ? `${line} ${chunk}` : chunk;
    if (line && measure(next) > width) {
      lines.push(line);
      line = chunk;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The caption as SVG text from `top`, wrapped to `width`: one <text> per paragraph, one <tspan>
 * per line (each but the last ending in the space it broke at, so the text reads whole).
 * Returns the group and its height.
 */
function drawCaption(paragraphs: readonly string[], width: number, top: number, fill: string, lang: string | undefined): { group: SVGGElement; height: number } {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('font-family', FONT);
  group.setAttribute('fill', fill);
  if (lang) group.setAttribute('lang', lang);
  const context = document.createElement('canvas').getContext('2d');
  const { padding, leading } = CAPTION;
  let y = top;
  paragraphs.forEach((paragraph, i) => {
    const size = i === 0 ? CAPTION.formulaSize : CAPTION.size;
    const weight = i === 0 ? 600 : 400;
    if (context) context.font = `${weight} ${size}px ${FONT}`;
    // Without a canvas, a generous estimate of the width: 0.6 em a character.
    const measure = (s: string) => (context ? context.measureText(s).width : s.length * size * 0.6) * FONT_SLACK;
    const lines = wrapText(paragraph, width - 2 * padding, measure);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('font-size', String(size));
    if (weight !== 400) text.setAttribute('font-weight', String(weight));
    lines.forEach((line, k) => {
      y += size * leading;
      const span = document.createElementNS(SVG_NS, 'tspan');
      span.setAttribute('x', String(padding));
      // The glyphs (about 1.2 em from ascender to descender) centred in the line, baseline 0.22 em above their bottom.
      span.setAttribute('y', (y - (size * (leading - 1)) / 2 - size * 0.22).toFixed(1));
      span.textContent = k < lines.length - 1 ? `${line} ` : line;
      text.append(span);
    });
    group.append(text);
  });
  return { group, height: y - top };
}

/**
 * The main plot with the unit plots in a column to its right and, under them, a caption with the
 * formula, the parameters and the error (when `caption` is given), as SVG text, titled and
 * described for assistive technology.
 */
/** Draws `el` now if it is appended but not drawn yet (rather than export nothing); throws when it is not in a document. */
export function drawnNow(el: HTMLElement & { hasUpdated: boolean }, draw: () => void): void {
  if (el.hasUpdated) return;
  if (!el.isConnected || !el.shadowRoot) {
    throw new DOMException('<relu-fit-lab> draws its figure once it is in a document: append it before toSVG() or toPNG()', 'InvalidStateError');
  }
  draw();
}

export function exportSvg(root: ShadowRoot, title: string, description: string, caption?: CaptionInput): string {
  // hide="main" or hide="units" leave a part out: the export shows what the lab shows.
  const main = root.querySelector<SVGSVGElement>('.figure-main svg.plot');
  const units = [...root.querySelectorAll<SVGSVGElement>('.units svg.plot')];
  const mainWidth = main ? 600 : 0;
  const unitWidth = 300;
  const gap = main && units.length ? 20 : 0;
  const out = document.createElementNS(SVG_NS, 'svg');
  const mainPlot = main && standalone(main, 0, 0, mainWidth);
  if (mainPlot) out.append(mainPlot);
  let y = 0;
  for (const unit of units) {
    const copy = standalone(unit, mainWidth + gap, y, unitWidth);
    y += Number(copy.getAttribute('height')) + 8;
    out.append(copy);
  }
  const width = mainWidth + gap + (units.length ? unitWidth : 0) || unitWidth;
  let height = Math.max(mainPlot ? Number(mainPlot.getAttribute('height')) : 0, y);
  const hostStyle = getComputedStyle(root.host);
  if (caption) {
    const paragraphs = exportCaption(caption.lesson, caption.evaluation, caption.t, caption.locale);
    const drawn = drawCaption(paragraphs, width, height + CAPTION.gap, hostStyle.color, caption.locale);
    out.append(drawn.group);
    height += CAPTION.gap + drawn.height + CAPTION.bottom;
  }
  finish(out, width, height, title, description, hostStyle.backgroundColor);
  return new XMLSerializer().serializeToString(out);
}

/** Size, title, description and background of an exported figure; Lit's comment markers, of no use outside the page, go. */
function finish(out: SVGSVGElement, width: number, height: number, title: string, description: string, background: string): void {
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(Math.ceil(height)));
  out.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(height)}`);
  out.setAttribute('role', 'img');
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = description;
  const fill = document.createElementNS(SVG_NS, 'rect');
  fill.setAttribute('width', '100%');
  fill.setAttribute('height', '100%');
  fill.setAttribute('fill', background === 'rgba(0, 0, 0, 0)' ? '#ffffff' : background);
  out.prepend(titleEl, desc, fill);
  const walker = document.createTreeWalker(out, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/** `svgText` drawn to a canvas at `scale`, as a PNG blob. */
export function exportPng(svgText: string, scale: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d')!;
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn (a Content-Security-Policy may forbid blob: images)'));
    };
    image.src = url;
  });
}

/**
 * The caption under an exported figure, as paragraphs: the output formula (as the lab shows it),
 * the parameters (each unit's w and b, v where it is not 1, c where it is not 0, with the digits the
 * number boxes show) and the error (as the error readout shows it, and whether it is matched).
 */
export function exportCaption(
  lesson: Pick<Lesson, 'units' | 'outputBias' | 'range'>,
  evaluation: Pick<Evaluation, 'error' | 'matched' | 'byGoal'>,
  t: Translate,
  locale?: string,
): string[] {
  const n = (v: number) => formatShort(v, Math.max(3, lesson.range.digits), locale);
  const parameters = lesson.units.map((u, index) => {
    const values = t(u.v === 1 ? 'export.unit' : 'export.unitWeighted', { index, w: n(u.w), b: n(u.b), v: n(u.v) });
    return u.fixed ? t('export.fixed', { unit: values }) : values;
  });
  if (lesson.outputBias !== 0) parameters.push(t('export.bias', { name: t('lab.bias'), value: n(lesson.outputBias) }));
  const error = { name: t('lab.error'), short: t('lab.errorShort'), value: formatMeasure(evaluation.error, 3, locale) };
  return [
    outputFormulaText(lesson.units, lesson.outputBias, locale),
    t('export.parameters', { parameters: parameters.join(t('export.join')) }),
    t(evaluation.matched ? (evaluation.byGoal ? 'export.errorGoal' : 'export.errorMatched') : 'export.error', error),
  ];
}
