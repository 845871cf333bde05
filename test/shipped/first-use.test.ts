import { expect } from '@open-wc/testing';
import type { LabState } from '../../src/elements/events.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/**
 * Parts of the one-tag bundle that load on first use (the fit's code: relu-lab.lab-train.js), as
 * users load them: each case opens the bundle in a fresh frame, so its first `train()` really
 * waits for the file, and whatever the learner does meanwhile counts as it would once loaded.
 */

interface Fresh {
  win: Window & typeof globalThis;
  lab: ReluFitLab;
  changes: LabState[];
  /** The bundle's files the frame has fetched so far. */
  fetched: () => string[];
}

async function freshLab(markup = '<relu-fit-lab></relu-fit-lab>'): Promise<Fresh> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}<script type="module" src="${location.origin}/dist/relu-lab.bundle.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('relu-fit-lab');
  const lab = win.document.querySelector('relu-fit-lab') as ReluFitLab;
  await lab.updateComplete;
  const changes: LabState[] = [];
  lab.addEventListener('relu-change', (e) => changes.push((e as CustomEvent<LabState>).detail));
  const fetched = () => win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\/dist\//, '')).filter((n) => n.startsWith('relu-lab.'));
  return { win, lab, changes, fetched };
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the fit loads on first use (dist/relu-lab.bundle.js)', () => {
  it('the bundle does not carry the fit; the first train() fetches it and fits', async () => {
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    // readTrainOptions' own warning, and the trainer's restart generator's constant.
    expect(bundle.includes('its options must be an object')).to.equal(false);
    const { lab, fetched, changes } = await freshLab('<relu-fit-lab w1="1" b1="-1" w2="2" b2="-3"></relu-fit-lab>');
    expect(fetched()).to.deep.equal(['relu-lab.bundle.js']);
    const result = await lab.train({ maxSteps: 400 });
    expect(fetched()).to.include('relu-lab.lab-train.js');
    expect(result.interrupted).to.equal(false);
    expect(result.steps).to.be.above(0);
    expect(changes.at(-1)?.source).to.equal('fit');
  });

  it('a slider moved while the code loads ends the fit before it starts: nothing moves but the slider', async () => {
    const { lab, changes } = await freshLab();
    const pending = lab.train();
    lab.w1 = 1.5;
    const result = await pending;
    expect(result.interrupted).to.equal(true);
    expect(result.steps).to.equal(0);
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1.5, 0, 0, 0]);
    expect(changes.some((c) => c.source === 'fit')).to.equal(false);
  });

  it('stopTraining() while the code loads ends the fit at once, with no step taken', async () => {
    const { lab, changes } = await freshLab('<relu-fit-lab w1="1" b1="-1"></relu-fit-lab>');
    const pending = lab.train();
    lab.stopTraining();
    const result = await pending;
    expect(result.interrupted).to.equal(false);
    expect(result.steps).to.equal(0);
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([1, -1, 0, 0]);
    expect(changes.length).to.equal(0);
  });

  it('removed while the code loads: the promise settles as interrupted and nothing runs', async () => {
    const { lab, changes } = await freshLab();
    const pending = lab.train();
    lab.remove();
    const result = await pending;
    expect(result.interrupted).to.equal(true);
    expect(changes.length).to.equal(0);
  });

  it('two fits asked for at once: the first ends as the second starts, and only the second runs', async () => {
    const { lab } = await freshLab('<relu-fit-lab w1="1" b1="-1" w2="2" b2="-3"></relu-fit-lab>');
    const first = lab.train({ maxSteps: 50 });
    const second = lab.train({ maxSteps: 50 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.interrupted).to.equal(true);
    expect(b.interrupted).to.equal(false);
    expect(b.steps).to.be.above(0);
  });
});
