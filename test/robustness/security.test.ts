import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluTrio } from '../../src/elements/relu-trio/relu-trio.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';
import { warningsDuring } from '../helpers/console.js';

declare global {
  interface Window {
    pwned?: string[];
  }
}

const PAYLOADS = [
  '<img src=x onerror="(window.pwned ||= []).push(\'img\')">',
  '<script>(window.pwned ||= []).push("script")</script>',
  '<svg onload="(window.pwned ||= []).push(\'svg\')"></svg>',
  '"><iframe src="javascript:(parent.pwned ||= []).push(\'iframe\')"></iframe>',
];

/** Every element created inside the shadow root that a payload would have made. */
const injected = (el: Element) => el.shadowRoot!.querySelectorAll('img, script, iframe, foreignObject, [onload], [onerror]');
const allText = (el: Element) => el.shadowRoot!.textContent! + [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ');

describe('security: text is never markup', () => {
  beforeEach(() => {
    window.pwned = [];
  });

  for (const payload of PAYLOADS) {
    it(`headings, labels and strings show ${payload.slice(0, 24)}… as text and never run it`, async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <relu-trio heading=${payload} .strings=${{ 'activation.relu': payload }}></relu-trio>
        <relu-unit-plot label=${payload} w="1" b="-1"></relu-unit-plot>
        <relu-fit-lab
          .strings=${{ 'lab.title': payload, 'lab.reset': payload, 'lab.hint1': payload, 'readout.values': payload, 'table.show': payload }}
        ></relu-fit-lab>
      </div>`);
      const trio = page.querySelector<ReluTrio>('relu-trio')!;
      const plot = page.querySelector<ReluUnitPlot>('relu-unit-plot')!;
      const lab = page.querySelector<ReluFitLab>('relu-fit-lab')!;
      lab.showHint();
      await lab.updateComplete;
      await nextFrame();
      await new Promise((r) => setTimeout(r, 50));
      for (const el of [trio, plot, lab]) {
        expect(injected(el), el.localName).to.have.length(0);
        expect(allText(el), el.localName).to.contain(payload);
      }
      expect(window.pwned).to.deep.equal([]);
    });
  }

  it('markup in target knots is rejected as malformed, shown only as text in the warning', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const warnings = await warningsDuring(async () => {
      lab.setAttribute('target', PAYLOADS[0]);
      await lab.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(lab.target).to.equal('0,2 1,0 2,1 3,4');
    expect(injected(lab)).to.have.length(0);
    expect(window.pwned).to.deep.equal([]);
  });

  it('a strings attribute with markup in its JSON stays text', async () => {
    const strings = JSON.stringify({ 'lab.solution': PAYLOADS[0] });
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab strings=${strings}></relu-fit-lab>`);
    const button = [...lab.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('<img'))!;
    expect(button.textContent!.trim()).to.equal(PAYLOADS[0]);
    expect(injected(lab)).to.have.length(0);
  });
});
