import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { emulateMediaFeatures } from '../helpers/media.js';

/** Custom lessons read right: hints cover the starting slope, the solution explains itself, weights show. */
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hints = async (el: ReluFitLab) => {
  el.showHint();
  el.showHint();
  el.showHint();
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll('[part="hint"]')].map(text);
};
const ZIGZAG = html`<relu-fit-lab editable-output target="0,0 1,1 2,0 3,1" units='[{},{},{},{}]'></relu-fit-lab>`;

describe('custom lessons read right', () => {
  before(() => emulateMediaFeatures({ reducedMotion: 'reduce' }));
  after(() => emulateMediaFeatures());

  it('the zigzag’s hints say a unit must be on from the left edge for the starting slope, not only at the bends', async () => {
    const el = await fixture<ReluFitLab>(ZIGZAG);
    const [, second] = await hints(el);
    expect(second).to.contain('bend the output at x = 1 and 2').and.contain('changing its slope by −2 and +2').and.contain('with slope 1').and.contain('this takes c, or units that are on at x = 0');
  });

  it('Show the solution in a custom lesson animates to solve() and explains the construction, not a hint again', async () => {
    const el = await fixture<ReluFitLab>(ZIGZAG);
    const all = await hints(el);
    await el.revealSolution();
    expect(el.matched).to.be.true;
    const note = text(el.shadowRoot!.querySelector('.note-solution'));
    expect(note).to.contain('The solution:').and.contain('unit 3 is on throughout with slope 1').and.contain('unit 0 wakes up at x = 1 (w0 = 2, b0 = −2, v0 = −1) and changes the slope by −2');
    expect(all.some((h) => note.includes(h))).to.be.false;
  });

  it('the notebook’s hint writes b1 = −w1 (not "−1·w1") and b2 = −2·w2', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const [, second, third] = await hints(el);
    expect(second).to.contain('so b1 = −w1.').and.not.contain('−1·w1');
    expect(third).to.contain('so b2 = −2·w2.');
  });

  it('a unit weighted other than 1 says so in its title', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output units='[{"w":1},{"w":1,"b":-1,"v":-2}]'></relu-fit-lab>`);
    const titles = [...el.shadowRoot!.querySelectorAll('.units .plot-title')].map(text);
    expect(titles).to.deep.equal(['Unit 0', 'Unit 1 (×−2 in ŷ)']);
  });

  it('matched: the target is drawn wider beneath the output, so both stay visible', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    const width = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).strokeWidth);
    expect(width('.figure-main path.plot-line.series-target')).to.be.greaterThan(width('.figure-main path.plot-line.series-output') + 2);
  });
});
