import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LabState } from '../../src/elements/events.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/**
 * Parts of the one-tag bundle that load on first use (the lesson's analysis:
 * relu-lab.lab-analysis.js; the fit: relu-lab.lab-train.js), as users load them: each case opens
 * the bundle in a fresh frame, so its first use really waits for the file, and whatever the
 * learner does meanwhile counts as it would once loaded.
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

/**
 * The bundle hosted alone: from a blob: URL its import('./relu-lab.<part>.js') cannot resolve, as
 * on a host that has only the bundle. `body` is the frame's markup; its console warnings are kept.
 */
async function bundleAlone(body = '') {
  const code = await (await fetch('/dist/relu-lab.bundle.js')).text();
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module" src="${url}"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const warned: string[] = [];
  win.console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
  await win.customElements.whenDefined('relu-fit-lab');
  return { win, warned, done: () => URL.revokeObjectURL(url) };
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the bundle is one file a page loads (dist/relu-lab.bundle.js)', () => {
  it('imports nothing statically: every other file is a part loaded on first use', async () => {
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    expect(bundle.match(/(?:\bfrom|\bimport)\s*["'`]\.\/[^"'`]*["'`]/g) ?? []).to.deep.equal([]);
    expect(bundle).to.match(/import\(\s*`\.\/relu-lab\.lab-analysis\.js`\s*\)|import\(\s*["']\.\/relu-lab\.lab-analysis\.js["']\s*\)/);
  });
});

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

describe('the analysis loads on first use (dist/relu-lab.bundle.js)', () => {
  it('a lab shown and left alone loads nothing more; a learner who starts to use it starts the analysis', async () => {
    const { lab, win, fetched } = await freshLab();
    await new Promise((r) => win.setTimeout(r, 300));
    expect(fetched()).to.deep.equal(['relu-lab.bundle.js']);
    lab.shadowRoot!.querySelector<HTMLInputElement>('#w1-range')!.focus();
    await lab.updateComplete;
    await new Promise((r) => win.setTimeout(r, 100));
    expect(fetched()).to.include('relu-lab.lab-analysis.js');
    expect(fetched()).to.not.include('relu-lab.lab-train.js');
  });

  it('the first hint: its text is shown and said, counted at once', async () => {
    const { lab } = await freshLab();
    lab.showHint();
    // The record is a fact at once; the text follows with the analysis (updateComplete waits for it).
    expect(lab.snapshot.hintsUsed).to.equal(1);
    await lab.updateComplete;
    const hint = lab.shadowRoot!.querySelector('[part="hint"]')!;
    expect(hint.textContent!.length).to.be.above(20);
    await new Promise((r) => setTimeout(r, 1100));
    expect(lab.shadowRoot!.querySelector('[part="announcer"]')!.textContent).to.contain(hint.textContent!.trim().slice(0, 30));
  });

  it('solve() resolves with the notebook\'s solution', async () => {
    const { lab } = await freshLab();
    const solution = await lab.solve();
    expect(solution.ok).to.equal(true);
    expect(solution.units.slice(1).map((u) => [u.w, u.b])).to.deep.equal([[1, -1], [2, -4]]);
  });

  it('Reset while the analysis loads ends "Show the solution" before it moves anything', async () => {
    const { lab, changes } = await freshLab('<relu-fit-lab w1="0.5"></relu-fit-lab>');
    const pending = lab.revealSolution();
    lab.reset();
    const result = await pending;
    expect(result.interrupted).to.equal(true);
    await lab.updateComplete;
    expect([lab.w1, lab.b1, lab.w2, lab.b2]).to.deep.equal([0.5, 0, 0, 0]);
    expect(changes.some((c) => c.source === 'solution')).to.equal(false);
  });

  it('a lab-wide lock that makes a challenge unsolvable is warned about by updateComplete', async () => {
    const warned: string[] = [];
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><relu-fit-lab locked="w1 w2" challenges='[{"title":"Notebook","target":"0,2 1,0 2,1 3,4"}]'></relu-fit-lab><script type="module" src="${location.origin}/dist/relu-lab.bundle.js"></script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => (warned.push(args.join(' ')), warn(...args));
    await win.customElements.whenDefined('relu-fit-lab');
    const lab = win.document.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    expect(warned.filter((w) => w.includes('challenge 0 ("Notebook") cannot be solved with it'))).to.have.length(1);
  });

  it('a bundle copied without the files beside it: one warning naming the file, and the lab goes on', async () => {
    const { win, warned, done } = await bundleAlone('<relu-fit-lab></relu-fit-lab>');
    const lab = win.document.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    lab.showHint();
    await lab.updateComplete;
    lab.showHint();
    await lab.updateComplete;
    expect(lab.snapshot.hintsUsed).to.equal(2);
    expect(warned.filter((w) => w.includes('could not load relu-lab.lab-analysis.js'))).to.have.length(1);
    // Sliders still work, and the error still reads.
    lab.w1 = 1;
    await lab.updateComplete;
    expect(lab.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/\d/);
    done();
  });
});

describe('Step and the export load on first use (dist/relu-lab.bundle.js)', () => {
  it('the Step button: its code arrives, the step is taken and committed by updateComplete', async () => {
    const { lab, fetched, changes } = await freshLab('<relu-fit-lab w1="0.5" b1="0.3"></relu-fit-lab>');
    expect(fetched()).to.not.include('relu-lab.lab-step.js');
    const before = lab.error;
    [...lab.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Step')!.click();
    await lab.updateComplete;
    expect(fetched()).to.include('relu-lab.lab-step.js');
    expect(lab.error).to.be.below(before);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ source: 'fit', assisted: true });
    // The arrows' styles came with the code (not in the first load): each arrow sits under its track.
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    expect(bundle.includes('var(--length)')).to.equal(false);
    const arrows = [...lab.shadowRoot!.querySelectorAll('[part="gradient"]')];
    expect(arrows.length).to.be.above(0);
    expect(arrows.every((a) => getComputedStyle(a).position === 'absolute')).to.equal(true);
    // Another lab of the page, drawn after the code is here, adopts them with its own first step.
    const other = lab.ownerDocument.createElement('relu-fit-lab') as ReluFitLab;
    other.setAttribute('w1', '0.5');
    lab.after(other);
    await other.gradientStep();
    await other.updateComplete;
    const its = [...other.shadowRoot!.querySelectorAll('[part="gradient"]')];
    expect(its.length > 0 && its.every((a) => getComputedStyle(a).position === 'absolute')).to.equal(true);
  });

  it('toSVG() resolves the figure once its code is here; the first load did not carry it', async () => {
    const { lab, fetched } = await freshLab();
    expect(fetched()).to.not.include('relu-lab.export.js');
    const svg = await lab.toSVG();
    expect(svg).to.match(/^<svg/).and.contain('Match Target');
    expect(fetched()).to.include('relu-lab.export.js');
  });
});

describe('formulas load on first use (dist/relu-lab.bundle.js)', () => {
  it('a formula lesson is drawn once its code is here, never first as the default lesson', async () => {
    const frame = document.createElement('iframe');
    // Every render of the lab is seen from its very first: a controller added as the class is defined.
    const watch = `const define = customElements.define.bind(customElements);
      customElements.define = (name, cls, options) => {
        if (name === 'relu-fit-lab') cls.addInitializer((el) => el.addController({ hostUpdated: () => (window.drawn ??= []).push(el.fn) }));
        define(name, cls, options);
      };`;
    frame.srcdoc = `<!doctype html><html lang="en"><body><script>${watch}</script><relu-fit-lab fn="sin(x)" domain="0 2*pi" units='[{},{},{}]'></relu-fit-lab><script type="module" src="${location.origin}/dist/relu-lab.bundle.js"></script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis & { drawn?: string[] };
    await win.customElements.whenDefined('relu-fit-lab');
    const lab = win.document.querySelector('relu-fit-lab') as ReluFitLab;
    await lab.updateComplete;
    const drawn = win.drawn ?? [];
    expect(lab.fn).to.equal('sin(x)');
    expect(drawn.length).to.be.above(0);
    expect(drawn.every((fn) => fn === 'sin(x)'), drawn.join(', ')).to.equal(true);
    const names = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.some((n) => n.endsWith('/relu-lab.curves.js'))).to.equal(true);
  });

  it('inputs given after a formula wait for it and apply in order (Reset returns to the values the formula found)', async () => {
    const { lab, fetched } = await freshLab();
    expect(fetched()).to.not.include('relu-lab.curves.js');
    lab.fn = 'x^2';
    lab.w1 = 2;
    await lab.updateComplete;
    expect(lab.fn).to.equal('x^2');
    expect(lab.w1).to.equal(2);
    lab.reset();
    await lab.updateComplete;
    expect(lab.w1).to.equal(0);
  });

  it('property: any inputs given while the formula (or challenge) code loads end where the same inputs end once it is here', async function () {
    this.timeout(120_000);
    type Input = [name: 'fn' | 'domain' | 'noise' | 'seed' | 'w1' | 'b2' | 'units' | 'target' | 'goal' | 'challenges' | 'challenge', value: unknown];
    const lists = [
      [],
      [{ title: 'Ramp', target: '0,0 1,1' }, { title: 'Valley', target: '0,1 1,0 2,1', units: [{}, {}] }],
      [{ title: 'Sine', fn: 'sin(x)', domain: '0 2*pi', units: [{}, {}, {}] }, { target: '0,0 1,1' }],
      'not JSON',
    ];
    const input: fc.Arbitrary<Input> = fc.oneof(
      fc.tuple(fc.constant('fn' as const), fc.constantFrom('sin(x)', 'x^2 - 1', 'abs(x - 1)', '', 'sin(')),
      fc.tuple(fc.constant('domain' as const), fc.constantFrom('0 3', '-1 2', '0 2*pi', '2 1')),
      fc.tuple(fc.constant('noise' as const), fc.constantFrom(0, 0.1, -1)),
      fc.tuple(fc.constant('seed' as const), fc.constantFrom(1, 7)),
      fc.tuple(fc.constant('w1' as const), fc.integer({ min: -4, max: 4 }).map((k) => k / 2)),
      fc.tuple(fc.constant('b2' as const), fc.integer({ min: -4, max: 4 }).map((k) => k / 2)),
      fc.tuple(fc.constant('units' as const), fc.constantFrom([{}, {}], [{ w: -1, b: 1, fixed: true }, {}, {}])),
      fc.tuple(fc.constant('target' as const), fc.constantFrom('0,0 1,1 2,0', '0,2 1,0 2,1 3,4')),
      fc.tuple(fc.constant('goal' as const), fc.constantFrom(0.01, 0.05)),
      fc.tuple(fc.constant('challenges' as const), fc.constantFrom(...lists)),
      fc.tuple(fc.constant('challenge' as const), fc.constantFrom(0, 1)),
    );
    const fnFirst = fc.tuple(fc.constant('fn' as const), fc.constantFrom('sin(x)', 'x^2 - 1')) as fc.Arbitrary<Input>;
    const state = (lab: ReluFitLab) => JSON.stringify([lab.fn, lab.domain, lab.noise, lab.seed, lab.target, lab.goal, lab.outputBias, lab.units, lab.error, lab.challenges.length, lab.challenge]);
    await fc.assert(
      fc.asyncProperty(fc.array(input, { maxLength: 6 }), fnFirst, fc.array(input, { maxLength: 6 }), async (before, fn, after) => {
        const inputs = [...before, fn, ...after];
        // In a fresh page the formula code is not there yet: the lab waits for it.
        const { lab, win } = await freshLab();
        const warned: string[] = [];
        win.console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
        const apply = (el: ReluFitLab) => { for (const [name, value] of inputs) (el as unknown as Record<string, unknown>)[name] = value; };
        apply(lab);
        await lab.updateComplete;
        const waited = { state: state(lab), warned: warned.splice(0) };
        // The same inputs on a lab of the same page, the code there now: applied at once.
        const other = win.document.createElement('relu-fit-lab') as ReluFitLab;
        win.document.body.append(other);
        await other.updateComplete;
        apply(other);
        await other.updateComplete;
        expect(waited.state).to.equal(state(other));
        expect(waited.warned).to.deep.equal(warned);
        // Reset returns both to the same start.
        lab.reset();
        other.reset();
        expect(state(lab)).to.equal(state(other));
        document.querySelectorAll('iframe').forEach((f) => f.remove());
      }),
      { numRuns: 16, seed: 2026 },
    );
  });

  it('a challenge list with a formula waits for the code, then applies whole', async () => {
    const { lab } = await freshLab();
    lab.challenges = [{ title: 'Notebook', target: '0,2 1,0 2,1 3,4' }, { title: 'Sine', fn: 'sin(x)', domain: '0 2*pi', units: [{}, {}, {}, {}, {}, {}], editableOutput: true }];
    await lab.updateComplete;
    expect(lab.challenges.map((c) => c.title)).to.deep.equal(['Notebook', 'Sine']);
    lab.challenge = 1;
    await lab.updateComplete;
    expect(lab.fn).to.equal('sin(x)');
  });

  it('a bundle hosted without its files: a formula is refused with a warning, the lab shows its knots and settles', async () => {
    const { win, warned, done } = await bundleAlone();
    const lab = win.document.createElement('relu-fit-lab') as ReluFitLab;
    lab.setAttribute('fn', 'sin(x)');
    win.document.body.append(lab);
    await lab.updateComplete;
    expect(lab.fn).to.equal('');
    expect(lab.target).to.equal('0,2 1,0 2,1 3,4');
    expect(warned.filter((w) => w.includes('could not load relu-lab.curves.js'))).to.have.length(1);
    expect(warned.some((w) => w.includes('fn="sin(x)"'))).to.equal(true);
    done();
  });
});

describe('the words that load with the analysis (dist/relu-lab.bundle.js)', () => {
  it('the bundle does not carry them; a fit in a fresh page says its note in English', async () => {
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    expect(bundle.includes('no arrangement of the free units')).to.equal(false);
    const { lab } = await freshLab('<relu-fit-lab w1="1" b1="-1" w2="2" b2="-3.5"></relu-fit-lab>');
    await lab.train({ maxSteps: 2000 });
    expect(lab.shadowRoot!.querySelector('.solution')!.textContent).to.match(/^\s*Fitted in \d+ steps/);
  });

  it('an author\'s own words for them are taken before that code is here, without a warning', async () => {
    const { lab, win } = await freshLab('<relu-fit-lab w1="1" b1="-1" w2="2" b2="-3.5"></relu-fit-lab>');
    const warned: string[] = [];
    win.console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
    lab.strings = { 'lab.trained': 'Trained in {steps} steps: {before} to {after}.' };
    await lab.updateComplete;
    expect(warned).to.deep.equal([]);
    await lab.train({ maxSteps: 2000 });
    expect(lab.shadowRoot!.querySelector('.solution')!.textContent).to.match(/^\s*Trained in \d+ steps/);
  });
});

describe('the challenge view loads with the first challenge list (dist/relu-lab.bundle.js)', () => {
  it('a lab without challenges does not fetch it; with them, the heading and Next are drawn by updateComplete', async () => {
    const { lab, fetched } = await freshLab();
    expect(fetched()).to.not.include('relu-lab.challenge-view.js');
    lab.challenges = [{ title: 'Ramp', target: '0,0 1,1' }, { title: 'Valley', target: '0,1 1,0 2,1' }];
    await lab.updateComplete;
    expect(fetched()).to.include('relu-lab.challenge-view.js');
    expect(lab.shadowRoot!.querySelector('[part="challenge"]')!.textContent).to.contain('Challenge 1 of 2: Ramp');
    // Its styles came with it: the list is a row of buttons, the heading bold.
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    expect(bundle.includes('.challenge-list{')).to.equal(false);
    expect(getComputedStyle(lab.shadowRoot!.querySelector('[part="challenge-list"]')!).display).to.equal('flex');
    expect(Number(getComputedStyle(lab.shadowRoot!.querySelector('[part="challenge"]')!).fontWeight)).to.be.at.least(600);
  });
});

describe('reading a challenge list and keeping its progress load with the first list (dist/relu-lab.bundle.js)', () => {
  const list = JSON.stringify([{ title: 'Ramp', target: '0,0 1,1' }, { title: 'Valley', target: '0,1 1,0 2,1' }]).replace(/"/g, '&quot;');
  const key = `first-use-${Math.random().toString(36).slice(2)}`;
  after(() => localStorage.removeItem(`relu-lab:${key}`));

  it('the bundle does not carry them, and a lab without challenges does not fetch them', async () => {
    const bundle = await (await fetch('/dist/relu-lab.bundle.js')).text();
    // readChallenges' and the progress storage's own words.
    expect(bundle.includes('its hints must be a list of at most')).to.equal(false);
    expect(bundle.includes('holds data relu-lab did not save')).to.equal(false);
    const { lab, fetched } = await freshLab('<relu-fit-lab w1="1"></relu-fit-lab>');
    expect(lab.w1).to.equal(1);
    expect(fetched()).to.not.include('relu-lab.challenge-code.js');
  });

  it('a list in the markup is drawn whole by updateComplete; the place saved under progress-key is restored in the next page', async () => {
    const first = await freshLab(`<relu-fit-lab challenges="${list}" progress-key="${key}"></relu-fit-lab>`);
    expect(first.fetched()).to.include('relu-lab.challenge-code.js');
    expect(first.lab.challenges.map((c) => c.title)).to.deep.equal(['Ramp', 'Valley']);
    expect(first.lab.target).to.equal('0,0 1,1');
    first.lab.challenge = 1;
    await first.lab.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(localStorage.getItem(`relu-lab:${key}`)).to.be.a('string');
    const next = await freshLab(`<relu-fit-lab challenges="${list}" progress-key="${key}"></relu-fit-lab>`);
    expect(next.lab.challenge).to.equal(1);
    expect(next.lab.target).to.equal('0,1 1,0 2,1');
  });

  it('a page may preload them (or a formula\'s code) beside the bundle, as the README says: fetched with it, each file once, one copy of the bundle', async () => {
    const dist = `${location.origin}/dist`;
    const cases = [
      { files: ['relu-lab.challenge-code.js', 'relu-lab.challenge-view.js'], lab: `<relu-fit-lab challenges="${list}"></relu-fit-lab>`, shows: 'Challenge 1 of 2: Ramp' },
      { files: ['relu-lab.curves.js'], lab: '<relu-fit-lab fn="sin(x)" domain="0 2*pi" units=\'[{},{},{}]\'></relu-fit-lab>', shows: 'the curve y = sin(x)' },
    ];
    for (const { files, lab: markup, shows } of cases) {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head>
        ${files.map((file) => `<link rel="modulepreload" href="${dist}/${file}">`).join('')}
        <script type="module" src="${dist}/relu-lab.bundle.js"></script></head><body>${markup}</body></html>`;
      const errors: string[] = [];
      document.body.append(frame);
      frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('relu-fit-lab');
      const lab = win.document.querySelector('relu-fit-lab') as ReluFitLab;
      await lab.updateComplete;
      expect(lab.shadowRoot!.innerHTML, files[0]).to.contain(shows);
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const named = (file: string) => entries.filter((e) => e.name.endsWith(`/dist/${file}`));
      for (const file of ['relu-lab.bundle.js', ...files]) expect(named(file), file).to.have.length(1);
      // Asked for with the bundle, not once it has run (then it starts after the bundle's parse and
      // evaluation, milliseconds past its response's end): the lab waits for no second round trip.
      // The frame's clock ticks in 0.1 ms, and on this host both may land on one tick.
      expect(named(files[0])[0].startTime, files[0]).to.be.at.most(named('relu-lab.bundle.js')[0].responseEnd + 1);
      expect(errors).to.deep.equal([]);
      frame.remove();
    }
  });

  it('inputs given right after a list wait for it and apply in order', async () => {
    const { lab } = await freshLab();
    lab.challenges = [{ title: 'Ramp', target: '0,0 1,1' }, { title: 'Valley', target: '0,1 1,0 2,1' }];
    lab.challenge = 1;
    lab.w1 = 2;
    await lab.updateComplete;
    expect([lab.challenge, lab.target, lab.w1]).to.deep.equal([1, '0,1 1,0 2,1', 2]);
    lab.challenges = [];
    await lab.updateComplete;
    expect(lab.challenges.length).to.equal(0);
  });

  it('a bundle hosted without its files: the list is refused with one warning naming the file, and the lab shows its own lesson', async () => {
    const { win, warned, done } = await bundleAlone();
    const lab = win.document.createElement('relu-fit-lab') as ReluFitLab;
    lab.setAttribute('challenges', JSON.stringify([{ title: 'Ramp', target: '0,0 1,1' }]));
    lab.setAttribute('w1', '1');
    win.document.body.append(lab);
    await lab.updateComplete;
    expect([lab.challenges.length, lab.target, lab.w1]).to.deep.equal([0, '0,2 1,0 2,1 3,4', 1]);
    expect(warned.filter((w) => w.includes('could not load relu-lab.challenge-code.js'))).to.have.length(1);
    expect(warned.some((w) => w.includes('challenges='))).to.equal(true);
    done();
  });
});
