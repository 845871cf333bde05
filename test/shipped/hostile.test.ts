import { expect, fixture, html } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
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
