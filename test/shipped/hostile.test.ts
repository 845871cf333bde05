import { expect, fixture, html } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { sendKeys } from '@web/test-runner-commands';
import { warningsDuring } from '../helpers/console.js';

/** #25's hostile and careless inputs, on the bundle users load (dist/relu-lab.bundle.js). */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);

describe('hostile and careless inputs (the bundle)', () => {
  it('locked names a parameter the lab does not have: taken, and warned about by name', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      lab.locked = 'w1 w3 b9';
      await lab.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('locked="w1 w3 b9"').and.contain('w3, b9 are not parameters of this lab (its sliders: w1 b1 w2 b2), so they lock nothing now');
    expect(lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!.disabled).to.be.true;
  });

  it('challenge set to the string "1" says the property takes a number, and keeps the challenge shown', async () => {
    const list = JSON.stringify([{ target: '0,0 1,1', units: [{}] }, { target: '0,1 1,0', units: [{}] }]);
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${list}></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      (lab as unknown as { challenge: unknown }).challenge = '1';
      await lab.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('takes a number from 0 to 1, not a string').and.contain('keeping challenge 0');
    expect(lab.challenge).to.equal(0);
  });

  it("locked = '' from a script locks nothing (and removes the attribute); the bare attribute still locks everything", async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab locked></relu-fit-lab>`);
    expect(lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!.disabled).to.be.true;
    lab.locked = '';
    await lab.updateComplete;
    expect(lab.hasAttribute('locked')).to.be.false;
    expect(lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!.disabled).to.be.false;
  });

  it('strings keys named after Object.prototype members are unknown keys, warned about, and change nothing', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      lab.strings = JSON.parse('{"__proto__": "x", "constructor": "y", "toString": "z", "lab.reset": "Start over"}');
      await lab.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('unknown keys __proto__, constructor, toString');
    expect(lab.shadowRoot!.textContent).to.contain('Start over');
  });

  it('a circular strings object warns instead of throwing inside the update', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const cycle: Record<string, unknown> = { 'lab.reset': 'Again' };
    cycle.self = cycle;
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const warnings = await warningsDuring(async () => {
      lab.strings = cycle as never;
      await lab.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    });
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections).to.deep.equal([]);
    expect(warnings[0]).to.contain('unknown key self').and.contain('an object JSON cannot write');
    expect(lab.shadowRoot!.textContent).to.contain('Again');
  });

  it('warnings are said once each, and the lab keeps a bounded record of them, not the rejected values', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const big = `0,0 ${'x'.repeat(200_000)}`;
    const warnings = await warningsDuring(async () => {
      for (let i = 0; i < 3; i++) {
        lab.target = big;
        await lab.updateComplete;
      }
      for (let i = 0; i < 300; i++) lab.setAttribute('tolerance', `bad${i}`);
      await lab.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('ignored target='))).to.have.length(1);
    const guard = (lab as unknown as { guard: { warned: Set<string> } }).guard;
    expect(guard.warned.size).to.be.at.most(200);
    expect(Math.max(...[...guard.warned].map((k) => k.length))).to.be.below(1000);
  });
});

describe('number boxes, as people type (the bundle)', () => {
  const box = (lab: ReluFitLab, id: string) => lab.shadowRoot!.querySelector<HTMLInputElement>(`#${id}-number`)!;
  async function typeInto(lab: ReluFitLab, id: string, text: string, end: 'Enter' | 'Tab') {
    const input = box(lab, id);
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await sendKeys({ press: end });
    await lab.updateComplete;
  }
  function events(lab: ReluFitLab) {
    const seen: [string, number][] = [];
    for (const type of ['relu-input', 'relu-change']) lab.addEventListener(type, (e) => seen.push([type, (e as CustomEvent).detail.w1]));
    return seen;
  }

  it('on a German page "0,5" is 0.5, shown as "0,5"; "0.5" is taken too', async () => {
    const lab = await fixture<ReluFitLab>(html`<div lang="de"><relu-fit-lab></relu-fit-lab></div>`).then((d) => d.querySelector('relu-fit-lab')!);
    await lab.updateComplete;
    await typeInto(lab, 'w1', '0,5', 'Enter');
    expect(lab.w1).to.equal(0.5);
    expect(box(lab, 'w1').value).to.equal('0,5');
    await typeInto(lab, 'b1', '-1.5', 'Enter');
    expect(lab.b1).to.equal(-1.5);
    expect(box(lab, 'b1').value).to.equal('-1,5');
  });

  it('on an English page "0,5" is refused with a warning naming it, and the value stays', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const warnings = await warningsDuring(() => typeInto(lab, 'w1', '0,5', 'Enter'));
    expect(lab.w1).to.equal(0);
    expect(warnings.some((w) => w.includes('ignored w1="0,5": it is not a number'))).to.be.true;
    await typeInto(lab, 'w1', '\u22121.5', 'Enter');
    expect(lab.w1).to.equal(-1.5);
  });

  it('a half-typed "3e" then Tab commits what the lab holds (relu-change, undoable) and says the rest was not a number', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = events(lab);
    const warnings = await warningsDuring(() => typeInto(lab, 'w1', '3e', 'Tab'));
    expect(lab.w1).to.equal(3);
    expect(seen.at(-1)).to.deep.equal(['relu-change', 3]);
    expect(warnings.some((w) => w.includes('ignored w1="3e"'))).to.be.true;
    expect(lab.canUndo).to.be.true;
  });

  it('Ctrl+Z in a box with uncommitted text is the box’s own undo; with none, the lab’s', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await typeInto(lab, 'w1', '2', 'Enter');
    expect(lab.w1).to.equal(2);
    const input = box(lab, 'w1');
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '5' });
    expect(input.value).to.equal('25');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await lab.updateComplete;
    // The typed 5 is undone in the box (the browser's own undo), and the lab follows the box: 2.
    expect(input.value).to.equal('2');
    expect(lab.w1).to.equal(2);
    await sendKeys({ press: 'Escape' });
    input.blur();
    await lab.updateComplete;
    input.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await lab.updateComplete;
    expect(lab.w1).to.equal(0);
  });

  it('is a spin button: arrows step, Page Up and Down step ten, to the ends at most', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const input = box(lab, 'w1');
    expect(input.getAttribute('role')).to.equal('spinbutton');
    input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await lab.updateComplete;
    expect(lab.w1).to.equal(0.1);
    await sendKeys({ press: 'PageUp' });
    await lab.updateComplete;
    expect(lab.w1).to.equal(1.1);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'PageUp' });
    await lab.updateComplete;
    expect(lab.w1).to.equal(4);
    expect(input.getAttribute('aria-valuenow')).to.equal('4');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowDown' });
    await lab.updateComplete;
    expect(lab.w1).to.equal(2.9);
  });

  it('refuses a target of more than 1,000 knots at once, with a warning, keeping the target', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const huge = Array.from({ length: 100_000 }, (_, i) => `${i},0`).join(' ');
    const warnings = await warningsDuring(async () => {
      lab.target = huge;
      await lab.updateComplete;
    });
    expect(warnings[0]).to.contain('it has 100000 knots, more than 1000');
    expect(lab.target).to.equal('0,2 1,0 2,1 3,4');
  });
});
