import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { LabState } from '../../src/elements/events.js';
import { warningsDuring } from '../helpers/console.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

function record(el: ReluFitLab) {
  const seen: { type: string; detail: LabState }[] = [];
  for (const type of ['relu-input', 'relu-change', 'relu-match'] as const) {
    el.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  }
  return seen;
}

/** Client coordinates of data point (x, y) on a unit's plot. */
function clientPoint(lab: ReluFitLab, unit: number, x: number, y: number) {
  const plot = $<SVGSVGElement>(lab, `.figure-unit${unit} svg.plot`);
  const box = plot.getBoundingClientRect();
  const vb = plot.viewBox.baseVal;
  // The plot's frame: margins as in unit-view.ts (left 34, right 12, top 26, bottom 24).
  const left = 34;
  const right = vb.width - 12;
  const top = 26;
  const bottom = vb.height - 24;
  const ticks = [...plot.querySelectorAll('.plot-tick[text-anchor="end"]')].map((t) => Number(t.textContent!.replace('−', '-')));
  const [y0, y1] = [Math.min(...ticks), Math.max(...ticks)];
  const ux = left + (x / 3) * (right - left);
  const uy = bottom - ((y - y0) / (y1 - y0)) * (bottom - top);
  return { clientX: box.left + (ux / vb.width) * box.width, clientY: box.top + (uy / vb.height) * box.height };
}

describe('custom lessons and direct manipulation', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('drag handles', () => {
    it('dragging the hinge with the pointer moves where the unit wakes up, firing relu-input then relu-change', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      const seen = record(lab);
      const hinge = $<SVGCircleElement>(lab, '.figure-unit1 .handle.hinge');
      expect(hinge.getAttribute('part')).to.equal('handle');
      expect(hinge.getAttribute('aria-label')).to.equal('Unit 1 hinge, x');
      const start = clientPoint(lab, 1, 1, 0);
      const end = clientPoint(lab, 1, 2, 0);
      hinge.dispatchEvent(new PointerEvent('pointerdown', { ...start, pointerId: 1, bubbles: true }));
      const moved = $<SVGCircleElement>(lab, '.figure-unit1 .handle.hinge');
      moved.dispatchEvent(new PointerEvent('pointermove', { clientX: (start.clientX + end.clientX) / 2, clientY: end.clientY, pointerId: 1, bubbles: true }));
      await lab.updateComplete;
      $<SVGCircleElement>(lab, '.figure-unit1 .handle.hinge').dispatchEvent(new PointerEvent('pointerup', { ...end, pointerId: 1, bubbles: true }));
      await lab.updateComplete;
      // The hinge went from x = 1 to x = 2: b1 = −w1·2, w1 unchanged.
      expect(lab.w1).to.equal(1);
      expect(lab.b1).to.equal(-2);
      expect(seen.map((e) => e.type)).to.deep.equal(['relu-input', 'relu-input', 'relu-change']);
      expect(seen[0].detail.b1).to.be.closeTo(-1.5, 0.1);
      expect($<HTMLInputElement>(lab, '#b1-range').value).to.equal('-2');
    });

    it('dragging the slope handle changes w and keeps the hinge', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w2="1" b2="-2"></relu-fit-lab>`);
      const handle = $<SVGRectElement>(lab, '.figure-unit2 .handle.slope');
      // Hinge at x = 2; the handle sits at x = 3, z = 1. Drag it to z = 2: slope 2.
      const start = clientPoint(lab, 2, 3, 1);
      const end = clientPoint(lab, 2, 3, 2);
      handle.dispatchEvent(new PointerEvent('pointerdown', { ...start, pointerId: 2, bubbles: true }));
      $<SVGRectElement>(lab, '.figure-unit2 .handle.slope').dispatchEvent(new PointerEvent('pointerup', { ...end, pointerId: 2, bubbles: true }));
      await lab.updateComplete;
      expect(lab.w2).to.be.closeTo(2, 0.11);
      expect(-lab.b2 / lab.w2).to.be.closeTo(2, 0.06);
    });

    it('handles work from the keyboard: one parameter per press, reversible, its value said', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      const seen = record(lab);
      const hinge = $<SVGGElement>(lab, '.figure-unit1 .handle.hinge');
      hinge.focus();
      // Each press moves the hinge right by one x step (0.1 over 0 to 3); b follows, w stays.
      for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1, -2]);
      expect(seen.filter((e) => e.type === 'relu-change')).to.have.length(10);
      expect(hinge.getAttribute('aria-valuetext')).to.equal('hinge at x = 2; b1 = −2');
      const slope = $<SVGGElement>(lab, '.figure-unit1 .handle.slope');
      slope.focus();
      await sendKeys({ press: 'ArrowUp' });
      await lab.updateComplete;
      // w by one step, about the hinge: the hinge stays at x = 2 (b = −2 · 1.1).
      expect([lab.w1, lab.b1]).to.deep.equal([1.1, -2.2]);
      expect(slope.getAttribute('aria-valuetext')).to.equal('w1 = 1.1; b1 = −2.2');
      await sendKeys({ press: 'ArrowDown' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1, -2]);
      await expect(lab).to.be.accessible();
    });

    it('a flat unit keeps its hinge handle, at the edge, saying there is no hinge in view; a press wakes it with its hinge there', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const hinge = $<SVGGElement>(lab, '.figure-unit1 .handle.hinge');
      expect(hinge.classList.contains('outside')).to.be.true;
      expect(hinge.getAttribute('aria-valuetext')).to.equal('no hinge in view; b1 = 0');
      hinge.focus();
      await sendKeys({ press: 'ArrowRight' });
      await lab.updateComplete;
      // Woken with slope 1 and its hinge one x step in: z = x − 0.1.
      expect([lab.w1, lab.b1]).to.deep.equal([1, -0.1]);
      expect(hinge.getAttribute('aria-valuetext')).to.equal('hinge at x = 0.1; b1 = −0.1');
      await sendKeys({ press: 'ArrowLeft' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1, 0]);
    });

    it('fixed and locked units have no handles', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked></relu-fit-lab>`);
      expect($$(lab, '.handle')).to.have.length(0);
      expect(($$(lab, 'input[type="range"]') as HTMLInputElement[]).every((r) => r.disabled)).to.be.true;
      expect($$(lab, 'button').map((b) => b.textContent!.trim())).to.not.include('Reset');
    });
  });

  describe('the main plot shows which units are on', () => {
    it('moving the cursor along x highlights the units that are on there', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      $<SVGElement>(lab, '.figure-main svg').focus();
      await sendKeys({ press: 'End' }); // x = 3: units 1 and 2 are on
      await lab.updateComplete;
      const on = () => [0, 1, 2].filter((i) => $(lab, `.figure-unit${i}`).classList.contains('is-on'));
      expect(on()).to.deep.equal([1, 2]);
      await sendKeys({ press: 'Home' }); // x = 0: unit 0 only
      await lab.updateComplete;
      expect(on()).to.deep.equal([0]);
      expect($(lab, '[part="readout"]').textContent).to.contain('On here: a0.');
    });
  });

  describe('custom lessons', () => {
    it('a 4-unit lesson with a non-convex target and editable output weights is solved exactly', async () => {
      const units = JSON.stringify([{}, {}, {}, {}]);
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab target="0,0 1,1 2,0 3,1" units=${units} editable-output></relu-fit-lab>`);
      expect($$(lab, '.units .figure')).to.have.length(4);
      expect($$(lab, 'input[type="range"]')).to.have.length(4 * 3 + 1); // w, b, v each, and c
      const solution = await lab.solve();
      expect(solution.ok, solution.reason).to.be.true;
      // The slope falls by 2 at x = 1: that unit needs a negative output weight.
      expect(solution.units.some((u) => u.v < 0)).to.be.true;
      const matched = oneEvent(lab, 'relu-match');
      lab.units = solution.units;
      await matched;
      expect(lab.matched).to.be.true;
      expect(lab.error).to.be.lessThan(1e-20);
    });

    it('turning editable-output on and off relabels every slider row, even where the values coincide', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const rows = () =>
        $$(lab, '.slider').map((row) => {
          const [range, number] = [...row.querySelectorAll('input')];
          return `${row.querySelector('label [aria-hidden="true"]')!.textContent!.replace(/\s+/g, '')}:${range.id}:${number.id}:${range.value}`;
        });
      expect(rows()).to.deep.equal(['w1:w1-range:w1-number:0', 'b1:b1-range:b1-number:0', 'w2:w2-range:w2-number:0', 'b2:b2-range:b2-number:0']);
      lab.editableOutput = true;
      await lab.updateComplete;
      expect(rows()).to.deep.equal([
        'w1:w1-range:w1-number:0', 'b1:b1-range:b1-number:0', 'v1:v1-range:v1-number:1',
        'w2:w2-range:w2-number:0', 'b2:b2-range:b2-number:0', 'v2:v2-range:v2-number:1',
        'c:c-range:c-number:0',
      ]);
      lab.editableOutput = false;
      await lab.updateComplete;
      expect(rows()).to.deep.equal(['w1:w1-range:w1-number:0', 'b1:b1-range:b1-number:0', 'w2:w2-range:w2-number:0', 'b2:b2-range:b2-number:0']);
    });

    it('with fixed output weights the same target cannot be built, and solve() says why', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab target="0,0 1,1 2,0 3,1" units='[{},{},{},{}]'></relu-fit-lab>`);
      const solution = await lab.solve();
      expect(solution.ok).to.be.false;
      // |w|·v has v's sign: with every v fixed at 1, no hinge can make the slope fall.
      expect(solution.reason).to.contain('at x = 1 the slope must fall by 2').and.contain('v0, v1, v2, and v3 are fixed at 1, so units 0, 1, 2, and 3 can only make the slope rise');
      await lab.revealSolution();
      expect($(lab, '.note-failed').textContent).to.contain('No exact solution');
    });

    it('too few units: solve() says how many are needed', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab target="0,0 1,1 2,3 3,6 4,10" units='[{},{}]'></relu-fit-lab>`);
      const solution = await lab.solve();
      expect(solution.ok).to.be.false;
      expect(solution.reason).to.contain('the output must bend at x = 1, 2, and 3, with a unit hinged at each, and only 2 free units can hinge');
    });

    it('the notebook solution is what solve() finds for the default lab', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const { ok, units } = await lab.solve();
      expect(ok).to.be.true;
      expect(units.map((u) => [u.w, u.b])).to.deep.equal([[-2, 2], [1, -1], [2, -4]]);
    });

    it('w1 b1 w2 b2 are shorthand for units 1 and 2, both ways', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab units='[{"w":-2,"b":2,"fixed":true},{"w":0.5},{"b":1}]'></relu-fit-lab>`);
      expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([0.5, 0, 0, 1]);
      lab.w2 = 1.5;
      await lab.updateComplete;
      expect(lab.units[2].w).to.equal(1.5);
    });

    it('output-bias shifts the output; bad units warn and keep the last good units', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab target="0,1 3,1" units='[{"w":0,"b":0}]' output-bias="1"></relu-fit-lab>`);
      expect(lab.matched).to.be.true;
      const warnings = await warningsDuring(async () => {
        lab.setAttribute('units', '[{"w":"x"}]');
        await lab.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-fit-lab>').and.contain('units=');
      expect(lab.units).to.have.length(1);
    });

    it('state serialises the parameters and restores them', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      expect(lab.state).to.equal('-2,2,1_1,-1,1_0,0,1~0');
      const other = await fixture<ReluFitLab>(html`<relu-fit-lab state="-2,2,1_1,-1,1_2,-4,1~0"></relu-fit-lab>`);
      expect([other.w1, other.b1, other.w2, other.b2]).to.deep.equal([1, -1, 2, -4]);
      expect(other.matched).to.be.true;
      const warnings = await warningsDuring(async () => {
        other.state = 'nonsense';
        await other.updateComplete;
      });
      expect(warnings[0]).to.contain('state=').and.contain('nonsense');
      expect(other.w2).to.equal(2);
    });

    it('a state cannot move a fixed unit, and free values land on the slider grid', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab state="3,3,2_1.04,-9,1_0.5,0.26,1~0"></relu-fit-lab>`);
      expect([lab.units[0].w, lab.units[0].b, lab.units[0].v]).to.deep.equal([-2, 2, 1]);
      // Snapped to the 0.1 grid and clamped to −4…4.
      expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -4, 0.5, 0.3]);
    });

    it('hide leaves out the named parts', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab hide="units error hints export"></relu-fit-lab>`);
      expect($(lab, '.units')).to.equal(null);
      expect($(lab, '[part="error"]')).to.equal(null);
      const buttons = $$(lab, 'button').map((b) => b.textContent!.trim());
      expect(buttons).to.not.include('Show hint 1 of 3');
      expect(buttons).to.not.include('Download SVG');
    });
  });

  describe('training', () => {
    it('train() from the default (dead units) reaches matched within a bounded number of steps', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const seen = record(lab);
      const result = await lab.train({ maxSteps: 6000 });
      expect(result.matched).to.be.true;
      expect(lab.matched).to.be.true;
      expect(result.steps).to.be.at.most(6000);
      expect(result.revived).to.include.members([1, 2]);
      expect(seen.some((e) => e.type === 'relu-input')).to.be.true;
      expect(seen.filter((e) => e.type === 'relu-change')).to.have.length(1);
      expect($(lab, '[part="loss"]')).to.exist;
      expect($(lab, '.note-trained').textContent).to.contain('error 2.463 →').and.contain('Units 1 and 2 were silent at every sample when the fit began');
    });

    it('is animated a batch per frame and can be stopped', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const run = lab.train();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      lab.stopTraining();
      const result = await run;
      expect(result.steps).to.be.greaterThan(0).and.lessThan(6000);
    });
  });

  describe('export', () => {
    it('toSVG() is standalone SVG with the curves and styles in it', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      const text = await lab.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
      expect(root.querySelector('title')!.textContent).to.equal('Match Target');
      expect(root.querySelector('desc')!.textContent).to.contain('The target starts at (0, 2), falls with slope 2');
      const strokes = [...root.querySelectorAll('path')].map((p) => p.getAttribute('stroke'));
      expect(strokes).to.include('rgb(0, 150, 255)'); // the target
      expect(strokes).to.include('rgb(255, 147, 0)'); // the output
      expect([...root.children].filter((c) => c.localName === 'svg')).to.have.length(4); // main and three units
      expect(text).to.not.contain('class=');
    });

    it('toPNG() draws it into a PNG', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const blob = await lab.toPNG(1);
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(920);
    });
  });
});
