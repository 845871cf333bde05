import { expect } from '@open-wc/testing';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';

/** The page at test/csp/page.html, served with a strict CSP (see web-test-runner.config.mjs). */
async function loadCspPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL('../csp/page.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  await (frame.contentWindow as Window).ready;
  return frame;
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('is really strict: Trusted Types refuse script text and inline styles are blocked', async () => {
    const frame = await loadCspPage();
    const win = frame.contentWindow as Window;
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    expect(() => {
      script.textContent = 'window.inlineRan = true';
    }).to.throw(/TrustedScript/);
    const probe = doc.createElement('p');
    doc.body.append(probe);
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    await new Promise((r) => setTimeout(r, 50));
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    expect(win.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.be.true;
    expect(win.violations.some((v) => v.startsWith('style-src'))).to.be.true;
    frame.remove();
  });

  it('renders every element, responds to the learner, and causes no violation', async () => {
    const frame = await loadCspPage();
    const win = frame.contentWindow as Window;
    const doc = frame.contentDocument!;
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    const plot = doc.querySelector('relu-unit-plot') as ReluUnitPlot;
    await lab.updateComplete;
    expect(doc.querySelector('relu-trio')!.shadowRoot!.querySelectorAll('svg.plot')).to.have.length(3);
    expect(lab.shadowRoot!.querySelectorAll('svg.plot')).to.have.length(4);
    // The styles apply (adopted style sheets, no inline styles): the output line is dashed.
    const output = lab.shadowRoot!.querySelector('path.plot-line.series-output')!;
    expect(win.getComputedStyle(output).strokeDasharray).to.not.equal('none');
    // A learner moves a slider.
    const range = lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!;
    range.value = '1';
    range.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true }));
    await lab.updateComplete;
    await plot.updateComplete;
    expect(lab.w1).to.equal(1);
    expect(plot.w).to.equal(1);
    Object.assign(lab, { b1: -1, w2: 2, b2: -4 });
    await lab.updateComplete;
    expect(lab.matched).to.be.true;
    lab.showHint();
    lab.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await lab.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });
});
