import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { LabState } from '../../src/elements/events.js';
import { warningsDuring } from '../helpers/console.js';
import { textAlternative } from '../helpers/alt.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const button = (lab: ReluFitLab, name: string) =>
  $$(lab, 'button').find((b) => text(b) === name || (b.getAttribute('aria-label') ?? (b as HTMLElement).title) === name) as HTMLButtonElement;

function record(el: ReluFitLab) {
  const seen: { type: string; detail: LabState }[] = [];
  for (const type of ['relu-input', 'relu-change', 'relu-match'] as const) {
    el.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  }
  return seen;
}

/** The learner types `value` into a parameter's number box and leaves it (a commit). */
async function enter(lab: ReluFitLab, id: string, value: string) {
  const box = $<HTMLInputElement>(lab, `#${id}-number`);
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await lab.updateComplete;
}

/** A parameter's controls: whether the learner can move them. */
function movable(lab: ReluFitLab, id: string) {
  const range = $<HTMLInputElement>(lab, `#${id}-range`);
  const box = $<HTMLInputElement>(lab, `#${id}-number`);
  expect(range.disabled, `${id} range disabled ↔ box read-only`).to.equal(box.readOnly);
  return !range.disabled;
}

describe('authoring and the learner in charge', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('locked as a list of parameters', () => {
    it('locks only the parameters it names, and shows them locked', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked="b1 w2 b2" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      expect(['w1', 'b1', 'w2', 'b2'].map((id) => movable(lab, id))).to.deep.equal([true, false, false, false]);
      // A lock icon and the is-locked look on exactly the locked rows.
      expect($$(lab, '.slider.is-locked').map((row) => row.querySelector('input')!.id)).to.deep.equal(['b1-range', 'w2-range', 'b2-range']);
      expect($$(lab, '.slider.is-locked .lock')).to.have.length(3);
      // The learner can still reset, ask for the solution and fit.
      expect(button(lab, 'Reset')).to.exist;
      expect(button(lab, 'Show the solution')).to.exist;
      // Unit 1: w free, b locked: a slope handle that keeps b, no hinge. Unit 2: no handles.
      expect($$(lab, '.figure-unit1 .handle.hinge')).to.have.length(0);
      expect($$(lab, '.figure-unit1 .handle.slope')).to.have.length(1);
      expect($$(lab, '.figure-unit2 .handle')).to.have.length(0);
      await expect(lab).to.be.accessible();
    });

    it('the slope handle of a unit whose bias is locked changes only w', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked="b1" w1="1" b1="-1"></relu-fit-lab>`);
      const slope = $<SVGGElement>(lab, '.figure-unit1 .handle.slope');
      slope.focus();
      await sendKeys({ press: 'ArrowUp' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1.1, -1]);
    });

    it('the solution and the fit leave locked parameters as they are', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked="b1 w2 b2" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      // By hand: with unit 2 at w = 2, b = −4 and b1 = −1, the target needs w1 = 1 (slope 1 from x = 1).
      expect((await lab.solve())).to.include({ ok: true });
      expect((await lab.solve()).units[1]).to.include({ w: 1, b: -1 });
      await lab.revealSolution();
      expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 2, -4]);
      expect(lab.matched).to.be.true;

      lab.reset();
      await lab.updateComplete;
      await lab.train({ maxSteps: 600 });
      expect([lab.b1, lab.w2, lab.b2]).to.deep.equal([-1, 2, -4]);
      expect(lab.w1).to.be.closeTo(1, 0.05);
    });

    it('says why there is no solution when a locked parameter is in the way', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked="b1"></relu-fit-lab>`);
      // b1 = 0 keeps unit 1's hinge at x = 0, and both bends (x = 1 and 2) need a unit hinged there.
      const solution = await lab.solve();
      expect(solution.ok).to.be.false;
      expect(solution.exact).to.equal('no');
      expect(solution.reason).to.equal('the output must bend at x = 1 and 2, with a unit hinged at each, and only 1 free unit can hinge at any of them; without the locks on b1 there would be one');
    });

    it('bare locked, and locked = true, lock everything; a list reflects as written; unknown names warn', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      lab.locked = true;
      await lab.updateComplete;
      expect(lab.getAttribute('locked')).to.equal('');
      expect(['w1', 'b1', 'w2', 'b2'].every((id) => !movable(lab, id))).to.be.true;
      expect(button(lab, 'Reset')).to.not.exist;
      lab.locked = 'w1';
      await lab.updateComplete;
      expect(lab.getAttribute('locked')).to.equal('w1');
      expect(['w1', 'b1'].map((id) => movable(lab, id))).to.deep.equal([false, true]);
      const warnings = await warningsDuring(async () => {
        lab.setAttribute('locked', 'w1 slope');
        await lab.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-fit-lab>').and.contain('locked').and.contain('slope');
      expect(['w1', 'b1'].map((id) => movable(lab, id))).to.deep.equal([false, true]);
      lab.removeAttribute('locked');
      await lab.updateComplete;
      expect(lab.locked).to.equal(false);
      expect(movable(lab, 'w1')).to.be.true;
    });

    it('names units beyond 2 and output weights: w3, v1, c', async () => {
      const lab = await fixture<ReluFitLab>(
        html`<relu-fit-lab editable-output units='[{},{},{},{}]' locked="w3 v1 c"></relu-fit-lab>`,
      );
      expect(['w3', 'b3', 'v1', 'v2', 'c'].map((id) => movable(lab, id))).to.deep.equal([false, true, false, true, false]);
    });
  });

  describe('hide="main"', () => {
    it('leaves out the Match Target plot and keeps the controls and unit plots working', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab hide="main"></relu-fit-lab>`);
      expect($$(lab, '.figure-main')).to.have.length(0);
      expect($$(lab, '.figure-unit1')).to.have.length(1);
      await enter(lab, 'w1', '1');
      expect(lab.w1).to.equal(1);
      expect(textAlternative($(lab, '.figure-unit1 svg.plot'))).to.contain('z = 1.0·x');
      await expect(lab).to.be.accessible();
      // The export shows what the lab shows: the three unit plots and the caption.
      const svg = new DOMParser().parseFromString(await lab.toSVG(), 'image/svg+xml').documentElement;
      expect(svg.querySelectorAll(':scope > svg')).to.have.length(3);
      expect(svg.textContent).to.contain('w1 = 1');
    });
  });

  describe('undo and redo', () => {
    it('restore committed values exactly, by button and by keyboard, firing relu-change', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const undo = button(lab, 'Undo');
      const redo = button(lab, 'Redo');
      expect([undo.disabled, redo.disabled]).to.deep.equal([true, true]);
      await enter(lab, 'w1', '1.5');
      await enter(lab, 'b1', '-2');
      expect(undo.disabled).to.be.false;
      const seen = record(lab);
      undo.click();
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1.5, 0]);
      expect(seen.map((e) => e.type)).to.deep.equal(['relu-input', 'relu-change']);
      expect(seen[1].detail).to.include({ w1: 1.5, b1: 0, source: 'learner' });
      expect($<HTMLInputElement>(lab, '#b1-number').value).to.equal('0');
      // Ctrl+Z with focus on a slider in the lab.
      $<HTMLInputElement>(lab, '#w2-range').focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([0, 0]);
      expect(undo.disabled).to.be.true;
      await sendKeys({ down: 'Control' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Z' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Control' });
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1.5, 0]);
      redo.click();
      await lab.updateComplete;
      expect([lab.w1, lab.b1]).to.deep.equal([1.5, -2]);
      expect(redo.disabled).to.be.true;
    });

    it('undoes Reset and the solution; a new commit clears redo; the author changing the lesson starts a new history', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      await enter(lab, 'w1', '0.7');
      lab.reset();
      await lab.updateComplete;
      expect(lab.w1).to.equal(0);
      expect(lab.undo()).to.be.true;
      await lab.updateComplete;
      expect(lab.w1).to.equal(0.7);
      await lab.revealSolution();
      expect(lab.matched).to.be.true;
      lab.undo();
      await lab.updateComplete;
      expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([0.7, 0, 0, 0]);
      expect(lab.canRedo).to.be.true;
      await enter(lab, 'b2', '1');
      expect(lab.canRedo).to.be.false;
      lab.target = '0,0 1,1 2,0';
      await lab.updateComplete;
      expect([lab.canUndo, lab.canRedo]).to.deep.equal([false, false]);
      expect(lab.undo()).to.be.false;
    });

    it('restores a fit that landed between slider steps exactly', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output units='[{"w":1,"b":0}]' target="0,0.3 1,1.333"></relu-fit-lab>`);
      await lab.train({ maxSteps: 3000 });
      const fitted = lab.units.map((u) => [u.w, u.b, u.v]);
      const bias = lab.outputBias;
      await enter(lab, 'w0', '2');
      lab.undo();
      await lab.updateComplete;
      expect(lab.units.map((u) => [u.w, u.b, u.v])).to.deep.equal(fitted);
      expect(lab.outputBias).to.equal(bias);
    });
  });

  describe('touch', () => {
    it('every handle has a touch target of at least 44 × 44 CSS px, and is named inside a named group', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
      const handles = $$(lab, '.handle');
      expect(handles).to.have.length(4);
      for (const h of handles) {
        const box = h.getBoundingClientRect();
        expect(box.width, h.getAttribute('aria-label')!).to.be.at.least(44);
        expect(box.height, h.getAttribute('aria-label')!).to.be.at.least(44);
      }
      for (const overlay of $$(lab, 'svg.handles')) {
        expect(overlay.getAttribute('role')).to.equal('group');
        expect(overlay.getAttribute('aria-label')).to.match(/^Unit \d handles$/);
      }
    });

    it('no svg is an image without a name', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
      const unnamed = $$(lab, 'svg').filter((svg) => {
        if (svg.closest('[aria-hidden="true"]')) return false;
        const role = svg.getAttribute('role');
        if (role === 'none' || role === 'presentation') return false;
        return !svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby');
      });
      expect(unnamed.map((s) => s.outerHTML.slice(0, 80))).to.deep.equal([]);
    });

    async function touchDrag(lab: ReluFitLab, end: 'touchEnd' | 'touchCancel') {
      const hinge = $<SVGGElement>(lab, '.figure-unit1 .handle.hinge');
      hinge.scrollIntoView({ block: 'center' });
      const box = hinge.querySelector('.mark')!.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const points = [0, 10, 20, 30, 40, 50].map((dx) => [x + dx, y]);
      await executeServerCommand('relu-touch', { points, end });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await lab.updateComplete;
    }

    it('a cancelled touch drag restores the values from before it and commits nothing', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1.2"></relu-fit-lab>`);
      const seen = record(lab);
      await touchDrag(lab, 'touchCancel');
      // The drag moved the hinge (relu-input), then the cancel took it back.
      expect(seen.filter((e) => e.type === 'relu-input').length).to.be.at.least(2);
      expect(seen.some((e) => e.type === 'relu-input' && e.detail.b1 < -1.2)).to.be.true;
      expect([lab.w1, lab.b1]).to.deep.equal([1, -1.2]);
      expect(seen.filter((e) => e.type === 'relu-change')).to.have.length(0);
      expect(lab.canUndo).to.be.false;
    });

    it('a completed touch drag follows the finger to its end and commits once', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1.2"></relu-fit-lab>`);
      const seen = record(lab);
      await touchDrag(lab, 'touchEnd');
      // Chromium does not honour touch-action on SVG shapes: without the handle holding the
      // touch, the browser took the gesture as a scroll and cancelled the drag part-way.
      expect(seen.map((e) => e.type)).to.deep.equal(['relu-input', 'relu-input', 'relu-input', 'relu-input', 'relu-input', 'relu-change']);
      expect(lab.b1).to.be.below(-1.2);
      expect(seen.filter((e) => e.type === 'relu-change')).to.have.length(1);
    });

    it('number boxes let a phone keyboard type a minus sign (no decimal-only keypad)', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      for (const box of $$(lab, '[part="number"]')) {
        // iOS's inputmode="decimal" and "numeric" keypads have no minus key.
        expect(['decimal', 'numeric']).to.not.include(box.getAttribute('inputmode'));
      }
    });
  });

  describe('the button bar', () => {
    it('has one primary action and the rest under a More disclosure that keyboards open', async () => {
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      expect($$(lab, 'button.primary').map(text)).to.deep.equal(['Show hint 1 of 3']);
      const more = $<HTMLDetailsElement>(lab, 'details.more');
      const inMore = [...more.querySelectorAll('button')].map(text);
      expect(inMore).to.deep.equal(['Show the solution', 'Fit automatically', 'Step', 'Listen', 'Download SVG', 'Download PNG', 'Copy as NumPy', 'Copy as PyTorch', 'Copy as Keras']);
      expect(more.querySelector('button')!.getBoundingClientRect().height).to.equal(0);
      more.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(more.open).to.be.true;
      expect(more.querySelector('button')!.getBoundingClientRect().height).to.be.above(30);
      await expect(lab).to.be.accessible();
    });
  });

  describe('a phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('at 320 px a long output formula wraps between terms: no sideways scroll, nothing clipped', async () => {
      await setViewport({ width: 320, height: 640 });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab
        style="content-visibility: visible"
        units='[{},{},{},{}]'
        editable-output
        state="1,0,1.5_1,-1,-2.5_1,-2,2.5_1,0,-0.5~-0.5"
      ></relu-fit-lab>`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const equation = $(lab, '.figure-main .equation');
      expect(text(equation)).to.equal('ŷ = 1.5·a0 − 2.5·a1 + 2.5·a2 − 0.5·a3 − 0.5');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const [box, figure] = [equation.getBoundingClientRect(), $(lab, '.figure-main').getBoundingClientRect()];
      expect(box.right).to.be.at.most(figure.right + 0.5);
      expect(box.height).to.be.above(30); // on two lines
      // No term is split across lines.
      for (const term of equation.querySelectorAll('.term')) {
        const tops = new Set([...term.getClientRects()].map((r) => Math.round(r.top)));
        expect(tops.size, text(term)).to.equal(1);
      }
    });

    it('at 375 × 667 each unit’s plot sits right under its own sliders, so sliding shows the unit wake up', async () => {
      await setViewport({ width: 375, height: 667 });
      const lab = await fixture<ReluFitLab>(html`<relu-fit-lab style="margin: 0 16px"></relu-fit-lab>`);
      // The lab measures itself after its first render, then lays out for its width.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await lab.updateComplete;
      for (const unit of [1, 2]) {
        const group = $(lab, `#w${unit}-range`).closest('.unit-group')!;
        expect(group, `unit ${unit}`).to.exist;
        expect([...group.querySelectorAll('input[type="range"]')].map((r) => r.id)).to.deep.equal([`w${unit}-range`, `b${unit}-range`]);
        // From the top of its sliders to the end of its plot's caption: less than a phone's screen.
        const top = $(lab, `#w${unit}-range`).getBoundingClientRect().top;
        const bottom = $(lab, `.figure-unit${unit} .caption`).getBoundingClientRect().bottom;
        expect(bottom - top, `unit ${unit}`).to.be.below(667 - 200);
      }
      // The fixed unit has no sliders: it stays in the column of unit plots.
      expect($(lab, '.units .figure-unit0')).to.exist;
      // Tab order follows: unit 1's sliders, then its plot, then unit 2's sliders.
      const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const unit1Plot = $(lab, '.figure-unit1 svg.plot');
      expect(follows($(lab, '#b1-number'), unit1Plot) && follows(unit1Plot, $(lab, '#w2-range'))).to.be.true;
      await expect(lab).to.be.accessible();
      // Wide again: the notebook's layout, sliders under the main plot and the unit plots beside.
      await setViewport({ width: 1200, height: 800 });
      await waitUntil(() => $$(lab, '.unit-group').length === 0, 'the lab lays out wide again', { timeout: 2000 });
      expect($$(lab, '.units .figure')).to.have.length(3);
    });
  });
});
