import { expect } from '@open-wc/testing';

/**
 * Two copies of the package on one page: this file imports nothing of
 * relu-lab itself; it loads two independently bundled copies (each with its
 * own Lit), as two scripts from two CDNs would.
 */
const load = (name: string) => import(/* @vite-ignore */ `/__copies/${name}.js`);
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('two copies of the package on one page', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const originalError = console.error;

  before(() => {
    window.addEventListener('error', onError);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.error = originalError;
  });

  it('loading the second copy does not throw, and the first copy keeps the tags', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    root.innerHTML = '<relu-fit-lab id="early" w1="1" b1="-1"></relu-fit-lab>';
    await load('first');
    const Lab = customElements.get('relu-fit-lab');
    const Trio = customElements.get('relu-trio');
    const Plot = customElements.get('relu-unit-plot');
    expect(Boolean(Lab && Trio && Plot)).to.equal(true);
    const early = root.querySelector('relu-fit-lab') as HTMLElement & { updateComplete: Promise<unknown>; w1: number };
    await early.updateComplete;

    let thrown: unknown = null;
    try {
      await load('second');
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).to.equal('null');
    expect(customElements.get('relu-fit-lab') === Lab).to.equal(true);
    expect(customElements.get('relu-trio') === Trio).to.equal(true);
    expect(customElements.get('relu-unit-plot') === Plot).to.equal(true);

    // The lab made before the second copy arrived still works and keeps its state.
    expect(early.w1).to.equal(1);
    early.setAttribute('w1', '2');
    await early.updateComplete;
    expect(early.w1).to.equal(2);
    expect(Boolean(early.shadowRoot?.querySelector('svg.plot'))).to.equal(true);
    root.remove();
    expect(errors).to.deep.equal([]);
  });

  it('elements made after both copies loaded render, respond and follow each other', async () => {
    await load('first');
    await load('second');
    const root = document.createElement('div');
    document.body.append(root);
    root.innerHTML = `<relu-trio></relu-trio>
      <relu-fit-lab id="lab"></relu-fit-lab>
      <relu-unit-plot for="lab" unit="1"></relu-unit-plot>`;
    const [trio, lab, plot] = [...root.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all([trio.updateComplete, lab.updateComplete, plot.updateComplete]);
    await frame();
    expect(trio.shadowRoot!.querySelectorAll('svg.plot').length).to.equal(3);
    const formula = () => plot.shadowRoot!.querySelector('.equation')?.textContent ?? '';
    const before = formula();
    const input = lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!;
    input.value = '1.5';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await lab.updateComplete;
    await plot.updateComplete;
    expect(formula()).to.not.equal(before);
    expect(formula()).to.contain('1.5');
    root.remove();
    expect(errors).to.deep.equal([]);
  });
});
