import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { emulateMediaFeatures } from '../helpers/media.js';

/** Time (the solution's animation, the fit) lives in a controller: every promise settles. */
const $ = <T extends Element>(el: ReluFitLab, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const within = <T>(promise: Promise<T>, ms = 3000) =>
  Promise.race([promise, new Promise<'never settled'>((r) => setTimeout(() => r('never settled'), ms))]);
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const onGrid = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

function changes(el: ReluFitLab) {
  const seen: number[] = [];
  el.addEventListener('relu-change', (e) => seen.push(e.detail.w1));
  return seen;
}

describe('<relu-fit-lab> time', () => {
  before(() => emulateMediaFeatures({ reducedMotion: 'no-preference' }));
  after(() => emulateMediaFeatures());

  const interruptions: [string, (el: ReluFitLab) => unknown][] = [
    ['reset()', (el) => el.reset()],
    ['removing the lab', (el) => el.remove()],
    ['a slider input', (el) => {
      const range = $<HTMLInputElement>(el, '#b2-range');
      range.value = '1';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    }],
    ['train()', (el) => void el.train({ maxSteps: 50 })],
    ['a second revealSolution()', (el) => void el.revealSolution()],
  ];
  for (const [what, interrupt] of interruptions) {
    it(`revealSolution() settles, interrupted, when ${what} comes mid-way`, async () => {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      const reveal = el.revealSolution();
      await frame();
      await frame();
      await frame();
      interrupt(el);
      const result = await within(reveal);
      expect(result).to.deep.equal({ ok: true, interrupted: true });
      // Where it stopped, the sliders are on the grid.
      if (el.isConnected) for (const v of [el.w1, el.b1, el.w2, el.b2]) expect(onGrid(v), `${v}`).to.be.true;
      el.stopTraining();
    });
  }

  it('revealSolution() run to the end resolves { ok: true, interrupted: false } with one relu-change', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = changes(el);
    expect(await within(el.revealSolution())).to.deep.equal({ ok: true, interrupted: false });
    expect(el.matched).to.be.true;
    expect(seen).to.deep.equal([1]);
  });

  it('two concurrent train(): the first settles interrupted and commits nothing; the second fits', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = changes(el);
    const first = el.train();
    await frame();
    await frame();
    const second = el.train();
    const a = await within(first);
    expect(a).to.include({ interrupted: true });
    expect(seen, 'no relu-change from the interrupted fit').to.deep.equal([]);
    const b = await within(second, 20_000);
    expect(b).to.include({ interrupted: false, matched: true });
    expect(seen).to.have.length(1);
  });

  it('stopTraining() keeps and commits what the fit reached (not interrupted)', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = changes(el);
    const fit = el.train({ maxSteps: 6000 });
    await frame();
    await frame();
    el.stopTraining();
    const result = await within(fit);
    expect(result).to.include({ interrupted: false });
    expect(seen).to.have.length(1);
  });

  it('removing the lab while it fits settles the fit, interrupted', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const fit = el.train();
    await frame();
    el.remove();
    expect(await within(fit)).to.include({ interrupted: true });
  });
});
