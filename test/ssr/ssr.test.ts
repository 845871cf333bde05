// Hydration support must load before anything loads Lit (the testing helpers do).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/** HTML rendered on Node by @lit-labs/ssr (see web-test-runner.config.mjs). */
const serverRender = (markup: string) => executeServerCommand<string, { markup: string }>('relu-ssr', { markup });

describe('server-side rendering', () => {
  it('renders each element on Node to declarative shadow DOM that holds its plots', async () => {
    const out = await serverRender('<relu-trio></relu-trio><relu-unit-plot w="1" b="-1"></relu-unit-plot><relu-fit-lab w1="1" b1="-1"></relu-fit-lab>');
    expect(out.match(/<template shadowroot(mode)?="open"/g)).to.have.length(3);
    expect(out).to.contain('<path class="plot-line series-target"').and.contain('series-output').and.contain('series-curve').and.contain('series-a');
    expect(out).to.contain('Match Target').and.contain('Common Activation Functions');
    // The text alternatives are already there for assistive technology.
    expect(out).to.contain('The target starts at (0, 2), falls with slope 2 to (1, 0)');
  });

  it('a formula lesson renders as its formula on the server (its code, loaded on first use in a browser, is loaded first)', async () => {
    const out = await serverRender('<relu-fit-lab fn="sin(x)" domain="0 2*pi" units=\'[{},{},{}]\'></relu-fit-lab>');
    expect(out).to.contain('sin(x)');
    expect(out).to.not.contain('The target starts at (0, 2), falls with slope 2 to (1, 0)');
  });

  it('a challenge list renders its first lesson on the server (its code, loaded with the first list in a browser, is loaded first)', async () => {
    const list = JSON.stringify([{ title: 'Ramp', target: '0,0 1,0 3,2', units: [{}] }, { target: '0,0 1,1' }]).replace(/"/g, '&quot;');
    const out = await serverRender(`<relu-fit-lab challenges="${list}"></relu-fit-lab>`);
    expect(out).to.contain('The target starts at (0, 0)');
    expect(out).to.not.contain('The target starts at (0, 2), falls with slope 2 to (1, 0)');
  });

  it('shows the figures before JavaScript, then hydrates without re-rendering and responds', async () => {
    const out = await serverRender('<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>');
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(out);
    const lab = host.querySelector('relu-fit-lab') as ReluFitLab;
    // Not defined yet, and the plots are already on the page.
    expect(customElements.get('relu-fit-lab')).to.equal(undefined);
    const path = lab.shadowRoot!.querySelector('path.plot-line.series-output')!;
    expect(path.getAttribute('d')).to.match(/^M/);
    // Hydrate: define the elements (the support module loaded first, above).
    await import('../../src/define.js');
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('path.plot-line.series-output')).to.equal(path); // same node: hydrated, not replaced
    expect(lab.w1).to.equal(1);
    const before = lab.error;
    const range = lab.shadowRoot!.querySelector<HTMLInputElement>('#w2-range')!;
    range.value = '2';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await lab.updateComplete;
    expect(lab.w2).to.equal(2);
    expect(lab.error).to.not.equal(before);
    host.remove();
  });
});
