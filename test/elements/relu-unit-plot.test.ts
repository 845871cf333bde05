import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { vertices, warningsDuring } from '../helpers/console.js';
import { textAlternative } from '../helpers/alt.js';

const svgOf = (el: ReluUnitPlot) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
const caption = (el: ReluUnitPlot) => el.shadowRoot!.querySelector('[part="formula"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<relu-unit-plot>', () => {
  it('is accessible', async () => {
    const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>`);
    await expect(el).to.be.accessible();
  });

  it('draws z and a with a legend, titled by label', async () => {
    const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>`);
    const svg = svgOf(el);
    expect(svg.querySelector('.plot-title')!.textContent).to.equal('Unit 1');
    expect(svg.querySelector('path.series-z')).to.exist;
    expect(svg.querySelector('path.series-a')).to.exist;
    expect([...svg.querySelectorAll('.plot-legend-label')].map((t) => t.textContent)).to.deep.equal(['z', 'a']);
    // a = relu(x − 1) on [0, 3] is drawn exactly: (0, 0), (1, 0), (3, 2).
    expect(vertices(svg.querySelector('path.series-a')!.getAttribute('d'))).to.have.length(3);
    expect(vertices(svg.querySelector('path.series-z')!.getAttribute('d'))).to.have.length(2);
  });

  it('shows its formula with the numbers plugged in and where it wakes up', async () => {
    const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1" b="-1"></relu-unit-plot>`);
    expect(caption(el)).to.equal('z = 1.0·x − 1.0 · silent until x = 1, where it wakes up');
    el.w = -2;
    el.b = 2;
    await el.updateComplete;
    expect(caption(el)).to.equal('z = −2.0·x + 2.0 · on until x = 1, where it goes silent');
    el.w = 0.25;
    el.b = 0;
    await el.updateComplete;
    expect(caption(el)).to.equal('z = 0.25·x + 0.0 · on across the whole range (it woke up at x = 0)');
  });

  it('marks the transition point x = −b/w where it lies in range', async () => {
    const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="2" b="-4"></relu-unit-plot>`);
    const mark = svgOf(el).querySelector('circle.transition')!;
    expect(mark).to.exist;
    expect(svgOf(el).querySelector('.plot-point-label')!.textContent).to.equal('x = 2');
    el.b = -8; // x = 4, outside 0..3
    await el.updateComplete;
    expect(svgOf(el).querySelector('circle.transition')).to.equal(null);
  });

  it('has a text alternative that says what the unit does, with numbers', async () => {
    const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1" b="-1" label="Unit 1"></relu-unit-plot>`);
    expect(svgOf(el).getAttribute('role')).to.equal('slider');
    expect(textAlternative(svgOf(el))).to.equal(
      'Unit 1: z = 1.0·x − 1.0 and a = max(0, z), for x from 0 to 3. The unit is silent (a = 0) until x = 1, then rises with slope 1 from x = 1, reaching 2 at x = 3.',
    );
  });

  it('fixed adds "(fixed)" to the title; activation and ranges are honoured', async () => {
    const el = await fixture<ReluUnitPlot>(
      html`<relu-unit-plot fixed label="Unit 0" w="1" activation="sigmoid" x-min="-5" x-max="5" y-min="-6" y-max="6"></relu-unit-plot>`,
    );
    const svg = svgOf(el);
    expect(svg.querySelector('.plot-title')!.textContent).to.equal('Unit 0 (fixed)');
    expect(textAlternative(svg)).to.contain('a = 1 / (1 + e^(−z))').and.contain('for x from −5 to 5');
    const yTicks = [...svg.querySelectorAll('.plot-tick[text-anchor="end"]')].map((t) => t.textContent);
    expect(yTicks[0]).to.equal('−6');
    expect(yTicks[yTicks.length - 1]).to.equal('6');
    expect(svg.querySelector('circle.transition')).to.equal(null);
  });

  describe('bad input', () => {
    it('w="abc" warns naming element, attribute and value and keeps the last good w', async () => {
      const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="1.5"></relu-unit-plot>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('w', 'abc');
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-unit-plot>').and.contain('w=').and.contain('"abc"');
      expect(el.w).to.equal(1.5);
      expect(caption(el)).to.contain('z = 1.5·x');
    });

    it('an unknown activation, y-min ≥ y-max and a negative unit warn and keep values', async () => {
      const el = await fixture<ReluUnitPlot>(html`<relu-unit-plot></relu-unit-plot>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('activation', 'swish');
        el.setAttribute('y-min', '2');
        el.setAttribute('y-max', '1');
        el.setAttribute('unit', '-1');
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.contain('activation="swish"').and.contain('y-max').and.contain('unit="-1"');
      expect(el.activation).to.equal('relu');
      expect(el.unit).to.equal(1);
      expect(svgOf(el)).to.exist;
    });

    it('y-max="abc" where the limit is automatic warns "keeping the automatic limit" and keeps a in view', async () => {
      const auto = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="2" b="-1"></relu-unit-plot>`);
      const ticksOf = (el: ReluUnitPlot) => [...svgOf(el).querySelectorAll('.plot-tick[text-anchor="end"]')].map((t) => t.textContent);
      let el!: ReluUnitPlot;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ReluUnitPlot>(html`<relu-unit-plot w="2" b="-1" y-max="abc"></relu-unit-plot>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('y-max="abc"').and.contain('keeping the automatic limit');
      expect(el.yMax).to.equal(null);
      expect(ticksOf(el)).to.deep.equal(ticksOf(auto));
    });
  });

  describe('for + unit: following a <relu-fit-lab>', () => {
    const settle = async (...els: { updateComplete: Promise<unknown> }[]) => {
      await nextFrame();
      for (const el of els) await el.updateComplete;
    };

    it('follows what getElementById(for) returns as ids change: a lab named late, a lab renamed, two labs with one id', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <relu-unit-plot for="late" unit="1"></relu-unit-plot>
        <relu-fit-lab w1="1"></relu-fit-lab>
      </div>`);
      const plot = root.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      const lab = root.querySelector<ReluFitLab>('relu-fit-lab')!;
      await settle(plot, lab);
      expect(plot.following).to.equal(null);
      lab.id = 'late';
      await settle(plot, lab);
      expect(plot.following).to.equal(lab);
      expect(plot.w).to.equal(1);
      lab.id = 'renamed';
      await settle(plot, lab);
      expect(plot.following).to.equal(null);
      // Two labs share an id: the plot follows the one getElementById returns, the first.
      const first = document.createElement('relu-fit-lab') as ReluFitLab;
      const second = document.createElement('relu-fit-lab') as ReluFitLab;
      first.id = second.id = 'late';
      first.w1 = 2;
      second.w1 = 3;
      root.append(first, second);
      await settle(plot, first, second);
      expect(document.getElementById('late')).to.equal(first);
      expect(plot.following).to.equal(first);
      expect(plot.w).to.equal(2);
      first.remove();
      await settle(plot, second);
      expect(plot.following).to.equal(second);
    });

    it('follows a lab placed before it, live', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <relu-fit-lab id="lab-a"></relu-fit-lab>
        <relu-unit-plot for="lab-a" unit="1"></relu-unit-plot>
      </div>`);
      const lab = root.querySelector<ReluFitLab>('relu-fit-lab')!;
      const plot = root.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      await plot.updateComplete;
      expect(plot.following).to.equal(lab);
      lab.w1 = 1;
      lab.b1 = -1;
      await lab.updateComplete;
      await plot.updateComplete;
      expect([plot.w, plot.b]).to.deep.equal([1, -1]);
      expect(svgOf(plot).querySelector('.plot-title')!.textContent).to.equal('Unit 1');
      expect(caption(plot)).to.contain('z = 1.0·x − 1.0');
    });

    it('follows a lab placed after it, and unit 0 shows as fixed', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <relu-unit-plot for="lab-b" unit="0"></relu-unit-plot>
        <relu-fit-lab id="lab-b"></relu-fit-lab>
      </div>`);
      const plot = root.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      await nextFrame();
      await plot.updateComplete;
      expect([plot.w, plot.b, plot.fixed]).to.deep.equal([-2, 2, true]);
      expect(svgOf(plot).querySelector('.plot-title')!.textContent).to.equal('Unit 0 (fixed)');
    });

    it('stops following when the lab is removed, and follows again when it returns', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <relu-fit-lab id="lab-c" w2="1"></relu-fit-lab>
        <relu-unit-plot for="lab-c" unit="2"></relu-unit-plot>
      </div>`);
      const lab = root.querySelector<ReluFitLab>('relu-fit-lab')!;
      const plot = root.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      await plot.updateComplete;
      expect(plot.w).to.equal(1);
      lab.remove();
      expect(plot.following).to.equal(null);
      lab.w2 = 3;
      await lab.updateComplete;
      expect(plot.w).to.equal(1);
      root.append(lab);
      await lab.updateComplete;
      await plot.updateComplete;
      expect(plot.following).to.equal(lab);
      expect(plot.w).to.equal(3);
    });

    it('stops following when the plot itself is removed', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <relu-fit-lab id="lab-d"></relu-fit-lab>
        <relu-unit-plot for="lab-d" unit="1"></relu-unit-plot>
      </div>`);
      const lab = root.querySelector<ReluFitLab>('relu-fit-lab')!;
      const plot = root.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      await plot.updateComplete;
      plot.remove();
      lab.w1 = 2;
      await lab.updateComplete;
      expect(plot.w).to.equal(0);
      expect(plot.following).to.equal(null);
    });
  });
});
