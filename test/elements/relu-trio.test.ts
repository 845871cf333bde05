import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/relu-trio.js';
import { defineElement } from '../../src/elements/define-element.js';
import { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import { vertices as pathVertices, warningsDuring } from '../helpers/console.js';
import { textAlternative } from '../helpers/alt.js';

const titles = (el: ReluTrio) =>
  [...el.shadowRoot!.querySelectorAll('.plot-title')].map((t) => t.textContent);
const plots = (el: ReluTrio) => [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.plot')];
const readout = (el: ReluTrio) => el.shadowRoot!.querySelector('[part="readout"]')!.textContent!.trim();

/** Screen-space vertices of a panel's curve. */
const vertices = (svgEl: SVGSVGElement) => pathVertices(svgEl.querySelector('path.plot-line')!.getAttribute('d'));

describe('<relu-trio>', () => {
  it('is accessible', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    await expect(el).to.be.accessible();
  });

  it('renders Linear, Sigmoid and ReLU under "Common Activation Functions"', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('Common Activation Functions');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(titles(el)).to.deep.equal(['Linear', 'Sigmoid', 'ReLU']);
    for (const plot of plots(el)) expect(plot.querySelectorAll('.plot-zero line')).to.have.length(2);
  });

  it('activations="tanh gelu leaky-relu softplus" renders four panels in that order', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio activations="tanh gelu leaky-relu softplus"></relu-trio>`);
    expect(titles(el)).to.deep.equal(['Tanh', 'GELU', 'Leaky ReLU', 'Softplus']);
    await expect(el).to.be.accessible();
  });

  it('draws ReLU exactly from its kink: flat to z = 0, then slope 1', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio activations="relu"></relu-trio>`);
    const [a, b, c] = vertices(plots(el)[0]);
    expect(vertices(plots(el)[0])).to.have.length(3);
    expect(a[1]).to.equal(b[1]); // flat from −5 to 0
    expect(b[0] - a[0]).to.be.closeTo(c[0] - b[0], 0.02); // the kink sits mid-range
    const yScale = (b[1] - c[1]) / 5; // a rises by 5 over z from 0 to 5
    const xScale = (c[0] - b[0]) / 5;
    expect(yScale).to.be.greaterThan(0);
    expect(xScale).to.be.greaterThan(0);
  });

  it('gives each plot a text alternative with the numbers it shows', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    const [linear, sigmoid, relu] = plots(el).map((p) => textAlternative(p));
    expect(plots(el).every((p) => p.getAttribute('role') === 'slider' && p.getAttribute('aria-roledescription') === 'chart explorer')).to.be.true;
    expect(linear).to.equal(
      'Linear, a = z, plotted for z from −5 to 5. It rises with slope 1, reaching 5 at z = 5.',
    );
    expect(sigmoid).to.contain('from 0.01 at z = −5 to 0.99 at z = 5, passing 0.5 at z = 0');
    expect(relu).to.equal(
      'ReLU, a = max(0, z), plotted for z from −5 to 5. It is flat at 0 until z = 0, then rises with slope 1 from z = 0, reaching 5 at z = 5.',
    );
  });

  it('x-min and x-max set the range the plots and text alternatives use', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio x-min="-2" x-max="8" activations="relu"></relu-trio>`);
    expect(textAlternative(plots(el)[0])).to.contain('for z from −2 to 8').and.contain('reaching 8 at z = 8');
    el.xMax = 3;
    await el.updateComplete;
    expect(textAlternative(plots(el)[0])).to.contain('for z from −2 to 3');
  });

  it('heading is text, never markup', async () => {
    const markup = '<img src=x onerror=alert(1)>Hi';
    const el = await fixture<ReluTrio>(html`<relu-trio heading=${markup}></relu-trio>`);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>Hi');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('focusing a plot shows the values at z = 0 in every panel; arrows move the cursor', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    plots(el)[1].focus();
    await el.updateComplete;
    expect(readout(el)).to.equal('At z = 0: Linear 0, Sigmoid 0.5, ReLU 0.');
    for (const plot of plots(el)) expect(plot.querySelector('.plot-cursor')).to.exist;
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // 10 steps of 1/100 of the range (0.1) reach exactly z = 1; σ(1) = 0.731…
    expect(readout(el)).to.equal('At z = 1: Linear 1, Sigmoid 0.73, ReLU 1.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(readout(el)).to.equal('At z = 5: Linear 5, Sigmoid 0.99, ReLU 5.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(readout(el)).to.equal('');
    expect(plots(el)[0].querySelector('.plot-cursor')).to.equal(null);
  });

  it('Tab goes plot, its "Show data" button, next plot', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    plots(el)[0].focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Show data');
    await sendKeys({ press: 'Tab' });
    // Compare identities as booleans: a failing DOM comparison is costly to report.
    expect(el.shadowRoot!.activeElement === plots(el)[1]).to.be.true;
  });

  it('hovering a plot shows a linked crosshair in every panel', async () => {
    const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
    const plot = plots(el)[2];
    const box = plot.getBoundingClientRect();
    const scale = box.width / plot.viewBox.baseVal.width;
    const frameLeft = 34 * scale;
    const frameRight = box.width - 12 * scale;
    // Three quarters of the way along z from −5 to 5 is z = 2.5.
    const clientX = box.left + frameLeft + 0.75 * (frameRight - frameLeft);
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY: box.top + 50, bubbles: true }));
    await el.updateComplete;
    expect(readout(el)).to.equal('At z = 2.5: Linear 2.5, Sigmoid 0.92, ReLU 2.5.');
    expect(el.shadowRoot!.querySelectorAll('.plot-cursor')).to.have.length(3);
    plot.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.plot-cursor')).to.have.length(0);
  });

  describe('bad input', () => {
    for (const [attribute, value] of [
      ['x-min', 'abc'],
      ['x-min', ''],
      ['x-max', 'NaN'],
      ['x-max', 'Infinity'],
      ['x-min', '0x10'],
    ]) {
      it(`${attribute}="${value}" warns naming element, attribute and value, and keeps −5..5`, async () => {
        const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
        const warnings = await warningsDuring(async () => {
          el.setAttribute(attribute, value);
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<relu-trio>').and.contain(attribute).and.contain(`"${value}"`);
        expect([el.xMin, el.xMax]).to.deep.equal([-5, 5]);
        expect(titles(el)).to.deep.equal(['Linear', 'Sigmoid', 'ReLU']);
        expect(textAlternative(plots(el)[0])).to.contain('from −5 to 5');
      });
    }

    it('x-min ≥ x-max warns and keeps the last good range', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio x-min="-1" x-max="2"></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('x-min', '2');
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-trio>').and.contain('x-min').and.contain('"2"').and.contain('less than x-max');
      expect([el.xMin, el.xMax]).to.deep.equal([-1, 2]);
    });

    it('an unknown activation is skipped with a warning naming it', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        el.activations = 'relu swish';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-trio>').and.contain('activations').and.contain('swish');
      expect(titles(el)).to.deep.equal(['ReLU']);
    });

    it('a list with no known activation keeps the last good panels', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio activations="tanh relu"></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('activations', '');
        await el.updateComplete;
      });
      expect(warnings.some((w) => w.includes('activations'))).to.be.true;
      expect(titles(el)).to.deep.equal(['Tanh', 'ReLU']);
    });

    it('warns once for the same bad value set twice', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        el.setAttribute('x-max', 'oops');
        await el.updateComplete;
        el.setAttribute('x-max', '4');
        await el.updateComplete;
        el.setAttribute('x-max', 'oops');
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(el.xMax).to.equal(4);
    });

    it('a property set to a non-number warns and keeps rendering', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        (el as unknown as { xMin: unknown }).xMin = { not: 'a number' };
        await el.updateComplete;
      });
      expect(warnings[0]).to.contain('x-min');
      expect(el.xMin).to.equal(-5);
      await nextFrame();
      expect(plots(el)).to.have.length(3);
    });

    it('removing an attribute returns to the default silently', async () => {
      const el = await fixture<ReluTrio>(html`<relu-trio x-min="-1"></relu-trio>`);
      const warnings = await warningsDuring(async () => {
        el.removeAttribute('x-min');
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(el.xMin).to.equal(-5);
    });
  });

  it('defining the element twice does not throw', () => {
    expect(() => defineElement('relu-trio', class extends ReluTrio {})).not.to.throw();
    expect(customElements.get('relu-trio')).to.equal(ReluTrio);
  });
});
