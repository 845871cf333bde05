import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = Element>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The notebook's target, knots (0, 2), (1, 0), (2, 1), (3, 4), written out here rather than taken from the package. */
function target(x: number): number {
  if (x <= 1) return 2 - 2 * x;
  if (x <= 2) return x - 1;
  return 1 + 3 * (x - 2);
}

/** Mean squared error of ŷ = c + Σ vᵢ·max(0, wᵢ·x + bᵢ) against the target at 300 evenly spaced points on [0, 3]. */
function mse(units: { w: number; b: number; v: number }[], c = 0): number {
  let sum = 0;
  for (let i = 0; i < 300; i++) {
    const x = (3 * i) / 299;
    const y = units.reduce((acc, u) => acc + u.v * Math.max(0, u.w * x + u.b), c);
    sum += (y - target(x)) ** 2;
  }
  return sum / 300;
}

/** The exported SVG, parsed. */
function parse(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}

/** The caption: the exported root's one group of text. */
const captionOf = (root: Element) => [...root.children].find((c) => c.localName === 'g')!;
/** The caption's paragraphs, as they read (lines of a paragraph joined). */
const paragraphs = (root: Element) => [...captionOf(root).querySelectorAll('text')].map((t) => t.textContent!);
/** The lowest edge of the plots (the nested svgs) in the export. */
const plotsBottom = (root: Element) =>
  Math.max(...[...root.children].filter((c) => c.localName === 'svg').map((s) => Number(s.getAttribute('y')) + Number(s.getAttribute('height'))));

describe('export caption', () => {
  it('toSVG() draws the formula, each unit’s w and b and the error under the plots', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    const root = parse(await lab.toSVG());
    const error = mse([
      { w: -2, b: 2, v: 1 },
      { w: 1, b: -1, v: 1 },
      { w: 0, b: 0, v: 1 },
    ]);
    expect(error).to.be.closeTo(4 / 9, 0.01); // ∫ (2x − 4)² dx on [2, 3] = 4/3, over the width 3
    expect(paragraphs(root)).to.deep.equal([
      'ŷ = a0 + a1 + a2',
      'Parameters: w0 = −2, b0 = 2 (fixed); w1 = 1, b1 = −1; w2 = 0, b2 = 0',
      `Error (MSE): ${error.toFixed(3)}`,
    ]);
    // As the lab's own error readout shows it.
    expect(paragraphs(root)[2]).to.contain($(lab, '[part="error"]').textContent!.trim());
  });

  it('shows v where it is not 1 and c where it is not 0, in the lab’s language and strings, and says when it is matched', async () => {
    const lab = await fixture<ReluFitLab>(
      html`<relu-fit-lab
        lang="de"
        editable-output
        output-bias="0.5"
        units='[{"w":-2,"b":2,"fixed":true},{"w":1,"b":-1,"v":1.5},{"w":2.5,"b":-4,"v":1}]'
      ></relu-fit-lab>`,
    );
    lab.strings = { 'export.parameters': 'Parameter: {parameters}', 'lab.error': 'Fehler', 'export.errorMatched': '{name}: {value}, getroffen' };
    await lab.updateComplete;
    const error = mse(
      [
        { w: -2, b: 2, v: 1 },
        { w: 1, b: -1, v: 1.5 },
        { w: 2.5, b: -4, v: 1 },
      ],
      0.5,
    );
    const [formula, parameters, errorLine] = paragraphs(parse(await lab.toSVG()));
    expect(formula).to.equal('ŷ = a0 + 1,5·a1 + a2 + 0,5');
    expect(parameters).to.equal('Parameter: w0 = −2, b0 = 2 (fixed); w1 = 1, b1 = −1, v1 = 1,5; w2 = 2,5, b2 = −4; c = 0,5');
    expect(errorLine).to.equal(`Fehler (MSE): ${error.toFixed(3).replace('.', ',')}`);

    lab.strings = { 'export.errorMatched': '{name}: {value}, getroffen' };
    lab.units = [
      { w: -2, b: 2, v: 1, fixed: true, activation: 'relu' },
      { w: 1, b: -1, v: 1, fixed: false, activation: 'relu' },
      { w: 2, b: -4, v: 1, fixed: false, activation: 'relu' },
    ];
    lab.outputBias = 0;
    await lab.updateComplete;
    expect(lab.matched).to.equal(true);
    const matched = paragraphs(parse(await lab.toSVG()));
    expect(matched[0]).to.equal('ŷ = a0 + a1 + a2');
    expect(matched[2]).to.match(/^Error: \S+, getroffen$/);
    expect(matched[2]).to.contain($(lab, '[part="error"]').textContent!.trim());
  });

  it('wraps a long caption onto lines that all lie inside the viewBox, under the plots', async () => {
    const units = Array.from({ length: 12 }, (_, i) => ({ w: -3.7 + i * 0.1, b: 1.9 - i * 0.3, v: i % 2 ? -1.3 : 2.1 }));
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output output-bias="0.7" .units=${units.map((u) => ({ ...u, fixed: false, activation: 'relu' }))}></relu-fit-lab>`);
    const text = await lab.toSVG();
    const host = document.createElement('div');
    document.body.append(host);
    const svg = document.importNode(parse(text), true);
    host.append(svg);
    try {
      const box = svg.viewBox.baseVal;
      expect(Number(svg.getAttribute('height'))).to.equal(box.height);
      const spans = [...captionOf(svg).querySelectorAll('tspan')];
      // The parameters of 12 units do not fit on one line of 920 px.
      expect(spans.length).to.be.greaterThan(4);
      const bottom = plotsBottom(svg);
      let previous = bottom;
      for (const span of spans) {
        const b = span.getBBox();
        expect(b.width, span.textContent!).to.be.greaterThan(0);
        expect(b.x, span.textContent!).to.be.at.least(0);
        expect(b.x + b.width, span.textContent!).to.be.at.most(box.width);
        // Below the plots and the line before it, above the bottom edge.
        expect(b.y, span.textContent!).to.be.at.least(previous - 0.5);
        expect(b.y + b.height, span.textContent!).to.be.at.most(box.height);
        previous = b.y + b.height;
      }
      // Wrapped only where a reader would: never between a name and its value.
      for (const span of spans) expect(span.textContent!.trim()).to.not.match(/(^=|[=−+]$)/);
      const all = paragraphs(svg).join(' ');
      expect(all).to.contain('w11 = −2.6, b11 = −1.4, v11 = −1.3').and.contain('c = 0.7');
    } finally {
      host.remove();
    }
  });

  it('toPNG() grows with the caption, which is drawn in it', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    const root = parse(await lab.toSVG());
    const height = Number(root.getAttribute('height'));
    const bottom = plotsBottom(root);
    // Three lines of 13 to 15 px text at least.
    expect(height).to.be.at.least(bottom + 3 * 15);
    const bitmap = await createImageBitmap(await lab.toPNG(1));
    expect(bitmap.width).to.equal(920);
    expect(bitmap.height).to.equal(height);
    const double = await createImageBitmap(await lab.toPNG(2));
    expect(double.height).to.equal(2 * height);
    // The caption's strip of the PNG has ink in it.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const strip = context.getImageData(0, Math.ceil(bottom), bitmap.width, Math.floor(height - bottom)).data;
    let dark = 0;
    for (let i = 0; i < strip.length; i += 4) if (strip[i] + strip[i + 1] + strip[i + 2] < 3 * 128) dark++;
    expect(dark).to.be.greaterThan(200);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;

  it('hides the buttons and the data toggles, keeps the plots and the values, keeps the lab on one page; screen brings them back', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
    // Whatever the button row holds (some may sit in a closed menu), what shows on screen.
    const buttons = () => $$(lab, 'button, summary');
    const onScreen = buttons().filter(shown);
    expect(onScreen.length).to.be.at.least(4);
    expect($$(lab, 'input[type="range"]').every(shown)).to.equal(true);

    await emulateMedia({ media: 'print' });
    // Only print hides the range inputs: the emulation is really on.
    expect($$(lab, 'input[type="range"]').some(shown)).to.equal(false);
    expect(getComputedStyle($(lab, '.buttons')).display).to.equal('none');
    for (const button of buttons()) expect(shown(button), button.textContent!.trim()).to.equal(false);
    expect($$(lab, '.table-toggle')).to.have.length(4);
    expect(getComputedStyle(lab).breakInside).to.equal('avoid');
    for (const figure of $$(lab, '.figure')) expect(getComputedStyle(figure).breakInside).to.equal('avoid');
    const plots = $$(lab, 'svg.plot');
    expect(plots.length).to.be.at.least(4);
    for (const plot of plots) expect(shown(plot)).to.equal(true);
    // Each value stays readable, as text.
    const numbers = $$<HTMLInputElement>(lab, '[part="number"]');
    expect(numbers.map((n) => n.value)).to.deep.equal(['1', '-1', '0', '0']);
    for (const n of numbers) {
      expect(shown(n)).to.equal(true);
      expect(getComputedStyle(n).borderTopStyle).to.equal('none');
    }
    expect(getComputedStyle($(lab, 'label'), '::after').content).to.equal('"\u00a0="');

    await emulateMedia({ media: 'screen' });
    expect(buttons().filter(shown)).to.deep.equal(onScreen);
    expect($$(lab, '.table-toggle').every(shown)).to.equal(true);
    expect($$(lab, 'input[type="range"]').every(shown)).to.equal(true);
    expect(getComputedStyle(lab).breakInside).to.equal('auto');
  });

  it('no focus ring on paper', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const box = $<HTMLInputElement>(lab, '#w1-number');
    box.focus();
    expect(getComputedStyle(box).outlineStyle).to.equal('solid');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(box).outlineStyle).to.equal('none');
  });

  it('prints light whatever the theme, with series darker and told apart by dash, the output dashed even when matched', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab theme="dark" w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    expect(lab.matched).to.equal(true);
    const line = (series: string) => $<SVGPathElement>(lab, `.figure-main path.plot-line.series-${series}`);
    const screenTarget = getComputedStyle(line('target')).stroke;
    expect(getComputedStyle(line('output')).strokeDasharray).to.equal('none'); // on screen, matched: solid
    expect(getComputedStyle(lab).color).to.equal('rgb(236, 235, 232)');

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(lab).color).to.not.equal('rgb(236, 235, 232)');
    expect(getComputedStyle(lab).backgroundColor).to.not.equal('rgb(23, 24, 28)');
    const luminance = (color: string) => {
      const [r, g, b] = color.match(/[\d.]+/g)!.map(Number);
      return 0.299 * r + 0.587 * g + 0.114 * b;
    };
    const target = getComputedStyle(line('target'));
    const output = getComputedStyle(line('output'));
    expect(target.stroke).to.not.equal(screenTarget);
    // Dark enough on paper in grey.
    expect(luminance(target.stroke)).to.be.below(100);
    expect(luminance(output.stroke)).to.be.below(130);
    expect(target.strokeDasharray).to.equal('none');
    expect(output.strokeDasharray).to.not.equal('none');
    // The matched ring is drawn inside the figure, so a page break above the lab cannot cut it.
    expect(getComputedStyle($(lab, '.figure-main')).boxShadow).to.contain('inset');
    const unitZ = getComputedStyle($(lab, '.figure-unit1 path.plot-line.series-z'));
    const unitA = getComputedStyle($(lab, '.figure-unit1 path.plot-line.series-a'));
    expect(unitZ.strokeDasharray).to.not.equal(unitA.strokeDasharray);
  });

  it('keeps each plot of the trio and of a unit plot on one page, without data toggles', async () => {
    const el = await fixture(html`<div><relu-trio></relu-trio><relu-unit-plot w="1" b="-1"></relu-unit-plot></div>`);
    const [trio, unit] = [el.querySelector('relu-trio')!, el.querySelector('relu-unit-plot')!];
    await emulateMedia({ media: 'print' });
    for (const host of [trio, unit]) {
      const figures = $$(host, '.figure');
      expect(figures.length).to.be.at.least(1);
      for (const figure of figures) {
        expect(getComputedStyle(figure).breakInside).to.equal('avoid');
        expect(shown(figure.querySelector('svg.plot')!)).to.equal(true);
      }
      for (const toggle of $$(host, '.table-toggle')) expect(shown(toggle)).to.equal(false);
    }
  });
});
