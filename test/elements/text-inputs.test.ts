import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { warningsDuring } from '../helpers/console.js';

/** Text inputs are text: nothing is silently shown as "[object Object]" or dropped. */
describe('text inputs', () => {
  it('heading set to an object warns and keeps the heading shown', async () => {
    const trio = await fixture<ReluTrio>(html`<relu-trio heading="Activations"></relu-trio>`);
    const warnings = await warningsDuring(async () => {
      (trio as unknown as { heading: unknown }).heading = { text: 'x' };
      await trio.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<relu-trio>').and.contain('heading=').and.contain('it must be text').and.contain('keeping "Activations"');
    expect(trio.shadowRoot!.textContent).not.to.contain('[object Object]');
    expect(trio.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Activations');
  });

  it('label set to an object warns; a number is shown as its digits', async () => {
    const plot = await fixture<ReluUnitPlot>(html`<relu-unit-plot label="Unit 1"></relu-unit-plot>`);
    const warnings = await warningsDuring(async () => {
      (plot as unknown as { label: unknown }).label = ['a'];
      await plot.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('label=').and.contain('keeping "Unit 1"');
    expect(plot.shadowRoot!.querySelector('.plot-title')!.textContent).to.equal('Unit 1');
    (plot as unknown as { label: unknown }).label = 7;
    await plot.updateComplete;
    expect(plot.shadowRoot!.querySelector('.plot-title')!.textContent).to.equal('7');
  });

  it('strings with unknown keys or values that are not text warns naming them, and uses the defaults for those', async () => {
    let trio!: ReluTrio;
    const warnings = await warningsDuring(async () => {
      trio = await fixture<ReluTrio>(html`<relu-trio strings='{"trio.heading": 5, "activation.relu": "Rampe", "nope": "x"}'></relu-trio>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('strings=').and.contain('unknown key nope').and.contain('not text: trio.heading');
    const titles = [...trio.shadowRoot!.querySelectorAll('.plot-title')].map((t) => t.textContent);
    expect(titles).to.include('Rampe');
    expect(trio.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Common Activation Functions');
  });
});
