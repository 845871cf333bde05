import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { LabState } from '../../src/elements/events.js';
import { vertices, warningsDuring } from '../helpers/console.js';
import { textAlternative } from '../helpers/alt.js';

/** The reference lab, written out independently from SPEC.md. */
const xs = Array.from({ length: 300 }, (_, i) => (3 * i) / 299);
const target = (x: number) => (x <= 1 ? 2 - 2 * x : x <= 2 ? x - 1 : 1 + 3 * (x - 2));
const relu = (z: number) => Math.max(0, z);
const output = (w1: number, b1: number, w2: number, b2: number) => (x: number) =>
  relu(-2 * x + 2) + relu(w1 * x + b1) + relu(w2 * x + b2);
const mse = (f: (x: number) => number) => xs.reduce((s, x) => s + (f(x) - target(x)) ** 2, 0) / xs.length;

const $ = <T extends Element>(el: ReluFitLab, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: ReluFitLab, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const button = (el: ReluFitLab, text: RegExp) =>
  $$(el, 'button').find((b) => text.test(b.textContent!)) as HTMLButtonElement;

/** Records the lab's public events. */
function record(el: ReluFitLab) {
  const seen: { type: string; detail: LabState }[] = [];
  for (const type of ['relu-input', 'relu-change', 'relu-match'] as const) {
    el.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  }
  return seen;
}

describe('<relu-fit-lab>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is accessible', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await expect(el).to.be.accessible();
  });

  describe('with no attributes it is the reference lab', () => {
    it('has four sliders from −4 to 4 by 0.1, all at 0, each labelled with a typeable readout', async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const ranges = $$(el, 'input[type="range"]') as HTMLInputElement[];
      expect(ranges.map((r) => [r.min, r.max, r.step, r.value])).to.deep.equal(
        Array(4).fill(['-4', '4', '0.1', '0']),
      );
      // Seen as w₁ …; named for what each is, the number box as its exact value.
      expect($$(el, 'label').map((l) => l.querySelector('[aria-hidden="true"]')!.textContent)).to.deep.equal(['w1', 'b1', 'w2', 'b2']);
      expect($$(el, 'label').map((l) => l.querySelector('.visually-hidden')!.textContent)).to.deep.equal(['w1, slope', 'b1, bias', 'w2, slope', 'b2, bias']);
      expect($$(el, '[part="number"]').map((n) => n.getAttribute('aria-label'))).to.deep.equal(['w1, exact value', 'b1, exact value', 'w2, exact value', 'b2, exact value']);
      expect(($$(el, '[part="number"]') as HTMLInputElement[]).map((n) => n.value)).to.deep.equal(['0', '0', '0', '0']);
    });

    it('draws "Match Target" and the units "Unit 0 (fixed)", "Unit 1", "Unit 2"', async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      expect($$(el, '.plot-title').map((t) => t.textContent)).to.deep.equal([
        'Match Target',
        'Unit 0 (fixed)',
        'Unit 1',
        'Unit 2',
      ]);
      expect($(el, '[part="main-plot"] [part="formula"]').textContent!.replace(/\s+/g, ' ')).to.contain('ŷ = a0 + a1 + a2');
      expect($$(el, '[part="unit-plot"] [part="formula"]').map((f) => f.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'z = −2.0·x + 2.0 · on until x = 1, where it goes silent',
        'z = 0.0·x + 0.0 · silent everywhere',
        'z = 0.0·x + 0.0 · silent everywhere',
      ]);
    });

    it('error at all-zero sliders equals the independently computed MSE over 300 samples', async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      expect(el.error).to.be.closeTo(mse(output(0, 0, 0, 0)), 1e-12);
      expect(el.matched).to.be.false;
      expect($(el, '[part="error"]').textContent).to.equal(mse(output(0, 0, 0, 0)).toFixed(3));
    });

    it('draws the output exactly from its breakpoints: vertices at x = 0, 1, 3', async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      expect(vertices($(el, 'path.series-output').getAttribute('d'))).to.have.length(3);
      expect(vertices($(el, 'path.series-target').getAttribute('d'))).to.have.length(4);
      Object.assign(el, { w1: 1, b1: -1, w2: 2, b2: -4 }); // kinks at 1 (twice, merged) and 2
      await el.updateComplete;
      expect(vertices($(el, 'path.series-output').getAttribute('d'))).to.deep.equal(
        vertices($(el, 'path.series-target').getAttribute('d')),
      );
    });
  });

  it('the solution w1=1 b1=−1 w2=2 b2=−4 is matched, error ≈ 0, and fires relu-match once', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    const matched = oneEvent(el, 'relu-match');
    Object.assign(el, { w1: 1, b1: -1, w2: 2, b2: -4 });
    const event = await matched;
    await el.updateComplete;
    expect(el.matched).to.be.true;
    expect(el.error).to.be.lessThan(1e-20);
    expect(event.detail).to.deep.include({ w1: 1, b1: -1, w2: 2, b2: -4, matched: true });
    expect(event.bubbles && event.composed).to.be.true;
    el.tolerance = 0.04; // stays matched: no second event
    await el.updateComplete;
    expect(seen.filter((e) => e.type === 'relu-match')).to.have.length(1);
    expect($(el, '[part="status"]').textContent).to.contain('Matched exactly!');
    await expect(el).to.be.accessible();
  });

  it('w2 = 2.1 is not matched', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2.1" b2="-4"></relu-fit-lab>`);
    expect(el.matched).to.be.false;
    expect(el.error).to.be.closeTo(mse(output(1, -1, 2.1, -4)), 1e-12);
    expect($(el, '[part="status"]').textContent!.trim()).to.equal('');
  });

  it('relu-match fires again each time the output becomes matched', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    for (const w2 of [2, 2.1, 2]) {
      Object.assign(el, { w1: 1, b1: -1, w2, b2: -4 });
      await el.updateComplete;
    }
    expect(seen.filter((e) => e.type === 'relu-match')).to.have.length(2);
  });

  it('ten ArrowRight presses on the w1 slider give exactly 1 and fire relu-input', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    $<HTMLInputElement>(el, '#w1-range').focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.w1).to.equal(1);
    expect(el.getAttribute('w1')).to.equal('1');
    const inputs = seen.filter((e) => e.type === 'relu-input');
    expect(inputs).to.have.length(10);
    expect(inputs.map((e) => e.detail.w1)).to.deep.equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(inputs[9].detail.error).to.be.closeTo(mse(output(1, 0, 0, 0)), 1e-12);
    expect(seen.some((e) => e.type === 'relu-change')).to.be.true;
  });

  it('typing into a readout sets the value: relu-input while typing, relu-change on commit', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    const number = $<HTMLInputElement>(el, '#b2-number');
    number.focus();
    number.select();
    await sendKeys({ type: '-4' });
    await el.updateComplete;
    expect(el.b2).to.equal(-4);
    expect(seen.at(-1)!.type).to.equal('relu-input');
    await sendKeys({ press: 'Enter' });
    number.blur();
    await el.updateComplete;
    expect(seen.some((e) => e.type === 'relu-change' && e.detail.b2 === -4)).to.be.true;
    expect($<HTMLInputElement>(el, '#b2-range').value).to.equal('-4');
  });

  it('reflects w1 b1 w2 b2 min max step target tolerance', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    Object.assign(el, { w1: 1.5, b1: -2, min: -5, max: 5, step: 0.5, tolerance: 0.1, target: '0,0 1,1' });
    await el.updateComplete;
    for (const [name, value] of [
      ['w1', '1.5'],
      ['b1', '-2'],
      ['min', '-5'],
      ['max', '5'],
      ['step', '0.5'],
      ['tolerance', '0.1'],
      ['target', '0,0 1,1'],
    ]) {
      expect(el.getAttribute(name), name).to.equal(value);
    }
    el.setAttribute('w2', '-0.5');
    await el.updateComplete;
    expect(el.w2).to.equal(-0.5);
    expect($<HTMLInputElement>(el, '#w1-range').step).to.equal('0.5');
  });

  it('values snap to the step without floating-point dust', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    el.w1 = 0.1 + 0.2; // 0.30000000000000004
    el.b1 = 0.7000001;
    await el.updateComplete;
    expect(el.w1).to.equal(0.3);
    expect(el.b1).to.equal(0.7);
    el.step = 0.25;
    await el.updateComplete;
    expect(el.w1).to.equal(0.25);
  });

  it('a new target redraws and recomputes error and matched', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    expect(el.matched).to.be.true;
    el.target = '0,2 1,0 2,0 3,0';
    await el.updateComplete;
    expect(el.matched).to.be.false;
    const flat = (x: number) => (x <= 1 ? 2 - 2 * x : 0);
    const expected = xs.reduce((s, x) => s + (output(1, -1, 2, -4)(x) - flat(x)) ** 2, 0) / 300;
    expect(el.error).to.be.closeTo(expected, 1e-12);
    expect(vertices($(el, 'path.series-target').getAttribute('d'))).to.have.length(4);
    el.target = '0,2 2,-2';
    await el.updateComplete;
    expect(el.xRange).to.deep.equal([0, 2]);
    expect(textAlternative($(el, 'svg.plot'))).to.contain('for x from 0 to 2');
  });

  it('Reset returns to the starting values and fires relu-input and relu-change', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="0.5"></relu-fit-lab>`);
    Object.assign(el, { w1: 3, b2: 1 });
    await el.updateComplete;
    const seen = record(el);
    button(el, /Reset/).click();
    await el.updateComplete;
    expect([el.w1, el.b1, el.w2, el.b2]).to.deep.equal([0.5, 0, 0, 0]);
    expect(seen.map((e) => e.type)).to.deep.equal(['relu-input', 'relu-change']);
  });

  it('reveals hints one at a time, then hides them; accessible with hints open', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const hint = button(el, /hint/i);
    expect(hint.textContent!.trim()).to.equal('Show hint 1 of 3');
    expect(hint.getAttribute('aria-expanded')).to.equal('false');
    hint.click();
    await el.updateComplete;
    expect($$(el, '[part="hint"]')).to.have.length(1);
    expect($$(el, '[part="hint"]')[0].textContent).to.contain('Start with unit 1');
    hint.click();
    await el.updateComplete;
    expect($$(el, '[part="hint"]')[1].textContent).to.contain('x = 1').and.contain('slope there: 1');
    hint.click();
    await el.updateComplete;
    expect($$(el, '[part="hint"]')[2].textContent).to.contain('last slope, 3');
    expect(hint.textContent!.trim()).to.equal('Hide hints');
    expect(hint.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    hint.click();
    await el.updateComplete;
    expect($$(el, '[part="hint"]')).to.have.length(0);
  });

  it('reveal-solution animates to the answer, firing relu-input frames and one relu-change', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    await el.revealSolution();
    expect([el.w1, el.b1, el.w2, el.b2]).to.deep.equal([1, -1, 2, -4]);
    expect(el.matched).to.be.true;
    const inputs = seen.filter((e) => e.type === 'relu-input');
    expect(inputs.length).to.be.greaterThan(3);
    expect(seen.filter((e) => e.type === 'relu-change')).to.have.length(1);
    expect(seen.filter((e) => e.type === 'relu-match')).to.have.length(1);
    expect($(el, '.solution').textContent).to.contain('unit 2 wakes up at x = 2');
  });

  it('reveal-solution is instant under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    await el.revealSolution();
    expect(seen.map((e) => e.type)).to.deep.equal(['relu-input', 'relu-change', 'relu-match']);
    expect(el.w2).to.equal(2);
  });

  describe('bad input', () => {
    for (const [attribute, value] of [
      ['w1', 'abc'],
      ['b1', 'NaN'],
      ['w2', 'Infinity'],
      ['b2', '9'],
      ['tolerance', '-1'],
      ['step', '0'],
      ['step', '-0.1'],
      ['min', '4'],
      ['max', '-5'],
      ['target', '0,2 1,'],
      ['target', 'a,b'],
      ['target', '0,2'],
      ['target', '2,0 1,1 3,3'],
    ]) {
      it(`${attribute}="${value}" warns, keeps the last good value and the learner's sliders`, async () => {
        const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>`);
        const before = { w1: el.w1, b1: el.b1, min: el.min, max: el.max, step: el.step, tolerance: el.tolerance, target: el.target };
        const warnings = await warningsDuring(async () => {
          el.setAttribute(attribute, value);
          await el.updateComplete;
        });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('<relu-fit-lab>').and.contain(`${attribute}=`).and.contain(`"${value}"`);
        expect({ w1: el.w1, b1: el.b1, min: el.min, max: el.max, step: el.step, tolerance: el.tolerance, target: el.target }).to.deep.include(
          attribute.startsWith('w') || attribute.startsWith('b') ? { w1: 1, b1: -1 } : before,
        );
        expect([el.w1, el.b1]).to.deep.equal([1, -1]);
        expect($$(el, '.plot-title')).to.have.length(4);
        expect(el.error).to.be.closeTo(mse(output(1, -1, 0, 0)), 1e-12);
      });
    }
  });
});
