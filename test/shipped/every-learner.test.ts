import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** #25's items for a learner with a screen reader and a newcomer, on the bundle users load (dist/relu-lab.bundle.js). */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);

const $ = <T extends Element = HTMLElement>(lab: Element, selector: string) => lab.shadowRoot!.querySelector<T>(selector)!;
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const idle = (ms = 50) => new Promise((r) => setTimeout(r, ms));

describe('what the page says matches the values shown (the bundle)', () => {
  it("undone back to the start, the solution's explanation is gone; redo brings it back", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await lab.revealSolution();
    await lab.updateComplete;
    expect(text($(lab, '.hints'))).to.contain('w1 = 1, b1 = −1');
    lab.undo();
    await lab.updateComplete;
    expect(text($(lab, '[part="hints"]'))).to.equal('');
    expect($(lab, '[part="hints"]').hidden).to.be.true;
    lab.redo();
    await lab.updateComplete;
    expect(text($(lab, '.hints'))).to.contain('w1 = 1, b1 = −1');
  });

  it("a fit's loss chart and note go with the fitted values: moving away hides them", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await lab.train();
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('[part~="loss"]'), 'loss chart after the fit').to.exist;
    lab.undo();
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('[part~="loss"]'), 'no loss chart once undone').to.equal(null);
    expect(text($(lab, '[part="hints"]'))).to.equal('');
  });

  it('the hidden copy of the explorer readout is not read in browse mode', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    expect($(lab, '[part="readout"]').getAttribute('aria-hidden')).to.equal('true');
    await idle(0);
  });
});

describe('explorer keys (the bundle)', () => {
  const at = (plot: Element) => Number(plot.getAttribute('aria-valuenow'));
  const press = async (lab: ReluFitLab, key: string) => {
    const [modifier, main] = key.includes('+') ? key.split('+') : [null, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: main });
    if (modifier) await sendKeys({ up: modifier });
    await lab.updateComplete;
  };

  it('Page Up and Down move ten steps; B and Shift+B land exactly on the bends and knots', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const plot = $<SVGElement>(lab, '.figure-main svg');
    plot.focus();
    await press(lab, 'PageUp');
    expect(at(plot)).to.equal(0.2); // ten steps of 0.02 (the range is 3)
    await press(lab, 'PageUp');
    await press(lab, 'PageDown');
    expect(at(plot)).to.equal(0.2);
    // The target's knots are at x = 0, 1, 2, 3; the output bends at x = 1 (unit 0's hinge).
    await press(lab, 'KeyB');
    expect(at(plot)).to.equal(1);
    expect(plot.getAttribute('aria-valuetext')).to.match(/^At x = 1: target 0, ŷ 0,/);
    await press(lab, 'KeyB');
    expect(at(plot)).to.equal(2);
    await press(lab, 'KeyB');
    await press(lab, 'KeyB'); // past the last it stays
    expect(at(plot)).to.equal(3);
    await press(lab, 'Shift+KeyB');
    expect(at(plot)).to.equal(2);
    // Arrow steps from a bend land on round numbers and come back to it.
    for (let i = 0; i < 50; i++) await sendKeys({ press: 'ArrowLeft' });
    await lab.updateComplete;
    expect(at(plot)).to.equal(1);
  });

  it("a unit plot's B goes to its hinge; a moved network's bends follow the learner's values", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1.5"></relu-fit-lab>`);
    const unit = $<SVGElement>(lab, '.figure-unit1 svg');
    unit.focus();
    await press(lab, 'KeyB');
    expect(at(unit)).to.equal(1.5);
    const main = $<SVGElement>(lab, '.figure-main svg');
    main.focus();
    await press(lab, 'Home');
    await press(lab, 'KeyB');
    await press(lab, 'KeyB');
    expect(at(main)).to.equal(1.5); // after the knot at 1, the output's bend where unit 1 wakes
  });

  it('D says the details and ? the keys until the cursor moves; keys with Ctrl, Alt or Meta are left to the page', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const plot = $<SVGElement>(lab, '.figure-main svg');
    plot.focus();
    await press(lab, 'KeyD');
    expect(plot.getAttribute('aria-valuetext')).to.contain('Mean squared error 2.463');
    await press(lab, 'ArrowRight');
    expect(plot.getAttribute('aria-valuetext')).to.match(/^At x = 0.02:/);
    await press(lab, '?');
    expect(plot.getAttribute('aria-valuetext')).to.match(/^Left and Right arrows move along x by 0.02/);
    await press(lab, 'Escape');
    expect(plot.getAttribute('aria-valuetext')).to.equal('no reading yet: press an arrow key');
    await press(lab, 'Control+KeyB');
    await press(lab, 'Alt+PageUp');
    expect(plot.getAttribute('aria-valuetext')).to.equal('no reading yet: press an arrow key');
  });
});

describe('a challenge sequence, heard (the bundle)', () => {
  const challenges = JSON.stringify([
    { title: 'Ramp', target: '0,2 1,0 2,1 3,4' }, // the notebook's target
    { title: 'Valley', target: '0,2 1,0 3,2' },
  ]);

  it('the heading is the first tab stop, so a learner tabbing in hears where in the sequence they are', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><relu-fit-lab challenges=${challenges}></relu-fit-lab></div>`);
    const lab = page.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const heading = lab.shadowRoot!.activeElement!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(text(heading)).to.equal('Challenge 1 of 2: Ramp');
  });

  it('a solved challenge in the list is named with a space before "(solved)"', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${challenges}></relu-fit-lab>`);
    for (const [id, value] of [['w1', '1'], ['b1', '-1'], ['w2', '2'], ['b2', '-4']]) {
      const range = $<HTMLInputElement>(lab, `#${id}-range`);
      range.value = value;
      range.dispatchEvent(new Event('input', { bubbles: true }));
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await lab.updateComplete;
    }
    const items = [...lab.shadowRoot!.querySelectorAll('[part="challenge-item"]')];
    expect(items.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['1. Ramp (solved)', '2. Valley']);
  });
});
