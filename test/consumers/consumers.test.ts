// The packed npm package, installed in a consumer project and used as README.md shows it
// (see wtr-plugin.mjs: pack, install, build each fixture of fixtures/, serve at /__consumers/).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ReluUnitPlot } from '../../src/elements/relu-unit-plot/relu-unit-plot.js';

interface Consumer {
  name: string;
  /** The built page, served by the test runner. */
  url: string;
  tarball: string;
  timings: Record<string, number>;
  buildMs: number;
  /** `tsc --noEmit` of the fixture against the installed package's .d.ts files. */
  tsc?: { code: number; output: string };
  /** svelte-check (machine output) of the svelte5 fixture's app, and of its rejects/ that must fail. */
  svelteCheck?: { code: number; output: string };
  svelteRejects?: { code: number; output: string };
  /** What relu-lab/ssr.js rendered (the ssr fixture's page). */
  html?: string;
}

const consumer = (name: string) => executeServerCommand<Consumer, { name: string }>('relu-consumer', { name });

type ConsumerWindow = Window & typeof globalThis & { __consumerErrors: string[] };

/** Opens a built page in an iframe of the test page, wide enough for the lab's two-column layout. */
async function open(url: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 1000px; border: 0';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ConsumerWindow;
  return { frame, win, doc: frame.contentDocument!, close: () => frame.remove() };
}

async function until(check: () => unknown, what: string, ms = 15_000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** The text a shadow root shows (style sheets left out). */
function text(element: Element | null | undefined) {
  const root = element?.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    out += `${node.textContent} `;
  }
  return out.replace(/\s+/g, ' ');
}

function expectTitles(element: Element, titles: string[]) {
  const seen = text(element);
  for (const title of titles) expect(seen.includes(title), `"${title}" in <${element.localName}>: ${seen.slice(0, 300)}`).to.be.true;
}

/** What a learner sees of a lab: its plots and titles, drawn. */
function expectLabRendered(lab: ReluFitLab) {
  expect(lab.shadowRoot, 'the lab has a shadow root').to.exist;
  expectTitles(lab, ['Match Target', 'Unit 0 (fixed)', 'Unit 1', 'Unit 2']);
  const output = lab.shadowRoot!.querySelector('path.plot-line.series-output');
  expect(output?.getAttribute('d')).to.match(/^M/);
  expect(lab.shadowRoot!.querySelector('path.plot-line.series-target')?.getAttribute('d')).to.match(/^M/);
  expect(lab.shadowRoot!.querySelectorAll('input[type="range"]')).to.have.length(4);
}

/**
 * Sets the notebook's solution on the lab (properties, as page script would) and checks it
 * becomes matched and fires relu-match once; returns the page's own #status text.
 */
async function solveByProperties(lab: ReluFitLab, doc: Document) {
  const matches: unknown[] = [];
  lab.addEventListener('relu-match', (event) => matches.push((event as CustomEvent).detail));
  expect(lab.matched).to.be.false;
  Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
  await lab.updateComplete;
  await until(() => matches.length > 0, 'relu-match');
  expect(lab.matched).to.be.true;
  expect(lab.error).to.be.below(1e-12);
  expect(matches).to.have.length(1);
  expect(matches[0]).to.include({ w1: 1, b1: -1, w2: 2, b2: -4, matched: true });
  return doc.querySelector('#status')!.textContent;
}

/** svelte-check's machine output: each problem as `ERROR file:line message`, and its closing count. */
function svelteCheck(result: { code: number; output: string }) {
  const problems = [...result.output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (".*")$/gm)].map(
    ([, kind, file, line, message]) => `${kind} ${file}:${line} ${JSON.parse(message)}`,
  );
  const completed = /COMPLETED \d+ FILES (\d+ ERRORS \d+ WARNINGS)/.exec(result.output)?.[1];
  return { code: result.code, completed, problems };
}

function expectNoPageErrors(win: ConsumerWindow) {
  expect(win.__consumerErrors, 'errors on the page').to.deep.equal([]);
}

describe('the packed package, as consumers use it', function () {
  // The first test packs the package and installs it (npm cache, offline first).
  this.timeout(60_000);

  it('plain HTML: one script tag loading dist/relu-lab.bundle.js from the installed package', async function () {
    this.timeout(240_000);
    const built = await consumer('plain-html');
    console.log(`consumer project: ${built.tarball}, pack ${built.timings.pack} ms, install ${built.timings.install} ms`);
    const { win, doc, close } = await open(built.url);
    const script = doc.querySelector('script[type="module"][src]')!;
    expect(script.getAttribute('src')).to.match(/node_modules\/relu-lab\/dist\/relu-lab\.bundle\.js$/);
    await until(() => win.customElements.get('relu-fit-lab') && win.customElements.get('relu-trio') && win.customElements.get('relu-unit-plot'), 'the elements to be defined');
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expectLabRendered(lab);
    const trio = doc.querySelector('relu-trio')!;
    await until(() => text(trio).includes('ReLU'), 'the trio to render');
    expectTitles(trio, ['Common Activation Functions', 'Linear', 'Sigmoid', 'ReLU']);
    expect(trio.shadowRoot!.querySelectorAll('svg[part="plot"]')).to.have.length(3);
    const plot = doc.querySelector('relu-unit-plot') as ReluUnitPlot;
    await plot.updateComplete;
    expectTitles(plot, ['Unit 1']);

    const status = await solveByProperties(lab, doc);
    // The README's own listener ran.
    expect(status).to.equal('matched: w1=1 b1=-1 w2=2 b2=-4');
    // The unit plot in the prose follows unit 1 of the lab.
    await until(() => plot.w === 1 && plot.b === -1, 'the unit plot to follow the lab');
    expectNoPageErrors(win);
    close();
  });

  it('Vite + TypeScript: relu-lab/define.js and the classes, maths and renderer from relu-lab, type-checked', async function () {
    this.timeout(120_000);
    const built = await consumer('vite-ts');
    expect(built.tsc, 'tsc --noEmit against the published .d.ts').to.deep.equal({ code: 0, output: '' });
    const { win, doc, close } = await open(built.url);
    await until(() => win.customElements.get('relu-fit-lab'), 'relu-fit-lab to be defined');
    // The app used networkOutput and scaleLinear, and the class it imported is the one registered.
    expect(doc.querySelector('#maths')!.textContent).to.equal('y(3) = 4, 300 px; defined: true');
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expectLabRendered(lab);
    const status = await solveByProperties(lab, doc);
    // The app's typed 'relu-match' listener ran and read the typed detail.
    expect(status).to.equal('matched: w1=1 b1=-1 w2=2 b2=-4 error=0.000000');
    expectNoPageErrors(win);
    close();
  });

  it('React 18: the relu-lab/react wrappers pass props and call onReluMatch', async function () {
    this.timeout(120_000);
    const built = await consumer('react18');
    const { win, doc, close } = await open(built.url);
    await until(() => doc.querySelector('#react-version'), 'the app to render');
    expect(doc.querySelector('#react-version')!.textContent).to.match(/^React 18\./);
    await until(() => win.customElements.get('relu-fit-lab'), 'relu-fit-lab to be defined');
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expectLabRendered(lab);
    expect(lab.matched).to.be.false;
    const matches: unknown[] = [];
    lab.addEventListener('relu-match', (event) => matches.push((event as CustomEvent).detail));
    (doc.querySelector('#solve') as HTMLButtonElement).click();
    await until(() => doc.querySelector('#status')!.textContent!.startsWith('matched'), 'onReluMatch to run');
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 2, -4]);
    expect(lab.matched).to.be.true;
    expect(matches).to.have.length(1);
    expect(doc.querySelector('#status')!.textContent).to.equal('matched: w1=1 b1=-1 w2=2 b2=-4');
    expectNoPageErrors(win);
    close();
  });

  it('React 19: <relu-fit-lab> in JSX typed by relu-lab/jsx, properties and onrelu-match', async function () {
    this.timeout(120_000);
    const built = await consumer('react19');
    expect(built.tsc, 'tsc --noEmit against the published .d.ts').to.deep.equal({ code: 0, output: '' });
    const { win, doc, close } = await open(built.url);
    await until(() => doc.querySelector('#react-version'), 'the app to render');
    expect(doc.querySelector('#react-version')!.textContent).to.match(/^React 19\./);
    await until(() => win.customElements.get('relu-fit-lab'), 'relu-fit-lab to be defined');
    const lab = doc.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expectLabRendered(lab);
    expect(lab.matched).to.be.false;
    (doc.querySelector('#solve') as HTMLButtonElement).click();
    await until(() => doc.querySelector('#status')!.textContent!.startsWith('matched'), 'onrelu-match to run');
    // Numbers arrived as properties (React 19 sets them on the element), not as strings.
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 2, -4]);
    expect(lab.matched).to.be.true;
    expect(doc.querySelector('#status')!.textContent).to.equal('matched: w1=1 b1=-1 w2=2 b2=-4 error=0.000000');
    const plot = doc.querySelector('relu-unit-plot') as ReluUnitPlot;
    await until(() => plot.w === 1 && plot.b === -1, 'the unit plot to follow unit 1');
    expectNoPageErrors(win);
    close();
  });

  it('Svelte 5: runes and onrelu-match, typed by relu-lab/svelte (svelte-check clean, wrong types rejected), numbers set as properties', async function () {
    this.timeout(120_000);
    const built = await consumer('svelte5');
    // No error and no warning (element_invalid_self_closing_tag, event_directive_deprecated…).
    expect(svelteCheck(built.svelteCheck!), built.svelteCheck!.output).to.deep.equal({ code: 0, completed: '0 ERRORS 0 WARNINGS', problems: [] });
    // The types bite: each marked line of rejects/Rejected.svelte fails, and nothing else.
    const rejects = svelteCheck(built.svelteRejects!);
    expect(rejects.completed, built.svelteRejects!.output).to.equal('5 ERRORS 0 WARNINGS');
    const expected = [
      [10, "Type 'string' is not assignable to type 'number'"],
      [12, "Type 'boolean' is not assignable to type 'number'"],
      [14, "Property 'error' does not exist on type 'ChallengeProgress'"],
      [16, `'"onrelu-match"' does not exist in type`],
      [18, `Type '"swish"' is not assignable`],
    ] as const;
    expected.forEach(([line, message], i) => expect(rejects.problems[i]).to.contain(`ERROR Rejected.svelte:${line} `).and.contain(message));

    const { win, doc, close } = await open(built.url);
    await until(() => doc.querySelector('#svelte-version'), 'the app to render');
    expect(doc.querySelector('#svelte-version')!.textContent).to.match(/^Svelte 5\./);
    await until(() => win.customElements.get('relu-fit-lab'), 'relu-fit-lab to be defined');
    const lab = doc.querySelector('#lab') as ReluFitLab;
    await lab.updateComplete;
    expectLabRendered(lab);
    expect(lab.matched).to.be.false;
    expect(lab.getAttribute('aria-label')).to.equal('Fit the target');
    (doc.querySelector('#solve') as HTMLButtonElement).click();
    await until(() => doc.querySelector('#status')!.textContent!.includes('matched:'), 'onrelu-match to run');
    // Numbers arrived as properties (Svelte sets them on a defined custom element), not as strings.
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 2, -4]);
    expect(lab.matched).to.be.true;
    expect(doc.querySelector('#status')!.textContent!.trim()).to.equal('matched: w1=1 b1=-1 w2=2 b2=-4 error=0.000000 unassisted');
    const plot = doc.querySelector('relu-unit-plot') as ReluUnitPlot;
    await until(() => plot.w === 1 && plot.b === -1, 'the unit plot to follow unit 1');
    expect(plot.xMin).to.equal(-3);
    const trio = doc.querySelector('relu-trio')!;
    await until(() => text(trio).includes('GELU'), 'the trio to render');
    expectTitles(trio, ['ReLU', 'GELU']);
    expect(trio.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    // Svelte 4's on:relu-match, in a legacy-mode component of the same app.
    const legacy = doc.querySelector('#legacy') as ReluFitLab;
    await legacy.updateComplete;
    Object.assign(legacy, { w1: 1, b1: -1, w2: 2, b2: -4 });
    await until(() => doc.querySelector('#legacy-status')!.textContent!.startsWith('matched'), 'on:relu-match to run');
    expect(doc.querySelector('#legacy-status')!.textContent).to.equal('matched: error=0.000000');
    expectNoPageErrors(win);
    close();
  });

  it('SSR: relu-lab/ssr.js on Node renders a static page whose declarative shadow DOM shows the plots', async function () {
    this.timeout(120_000);
    const built = await consumer('ssr');
    expect(built.html!.match(/<template shadowroot(mode)?="open"/g)!.length).to.be.at.least(1);
    const { win, doc, close } = await open(built.url);
    // No script on the page: nothing is defined, and the figures are there anyway.
    expect(doc.querySelectorAll('script[src], script[type="module"]')).to.have.length(0);
    expect(win.customElements.get('relu-fit-lab')).to.equal(undefined);
    const lab = doc.querySelector('relu-fit-lab')!;
    expect(lab.getAttribute('w1')).to.equal('1');
    expect(lab.shadowRoot, 'declarative shadow root attached by the HTML parser').to.exist;
    expectTitles(lab, ['Match Target', 'Unit 0 (fixed)', 'Unit 1', 'Unit 2']);
    // The main plot's text alternative is there for assistive technology, before any script.
    const main = lab.shadowRoot!.querySelector('svg[part="plot"][role="slider"]')!;
    const description = lab.shadowRoot!.getElementById(main.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(description.textContent).to.contain('The target starts at (0, 2), falls with slope 2 to (1, 0)');
    for (const series of ['target', 'output', 'z', 'a']) {
      expect(lab.shadowRoot!.querySelector(`path.plot-line.series-${series}`)?.getAttribute('d'), series).to.match(/^M/);
    }
    // Laid out: the main plot has a real size on the page.
    const svg = lab.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.above(100);
    expectNoPageErrors(win);
    close();
  });
});
