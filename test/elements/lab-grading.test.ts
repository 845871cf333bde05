import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LabState } from '../../src/elements/events.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import { emulateMediaFeatures } from '../helpers/media.js';
import { textAlternative } from '../helpers/alt.js';

/** Grading that knows who solved it: every event says its source, whether the attempt was assisted, and the hints used. */
const $ = <T extends Element>(el: ReluFitLab, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

function record(el: ReluFitLab) {
  const seen: { type: string; detail: LabState }[] = [];
  for (const type of ['relu-input', 'relu-change', 'relu-match'] as const) el.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  return seen;
}
function slide(el: ReluFitLab, id: string, value: number) {
  const range = $<HTMLInputElement>(el, `#${id}-range`);
  range.value = String(value);
  range.dispatchEvent(new Event('input', { bubbles: true }));
  range.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<relu-fit-lab> grading', () => {
  before(() => emulateMediaFeatures({ reducedMotion: 'no-preference' }));
  after(() => emulateMediaFeatures());

  it('the learner’s own match: source "learner", not assisted, no hints used', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2"></relu-fit-lab>`);
    const seen = record(el);
    slide(el, 'b2', -4);
    await el.updateComplete;
    const match = seen.find((e) => e.type === 'relu-match')!;
    expect(match.detail).to.include({ source: 'learner', assisted: false, hintsUsed: 0, matched: true });
    expect(seen.filter((e) => e.type === 'relu-change').map((e) => e.detail.source)).to.deep.equal(['learner']);
  });

  it('set from script: relu-match says source "api"', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    Object.assign(el, { w1: 1, b1: -1, w2: 2, b2: -4 });
    await el.updateComplete;
    expect(seen.map((e) => `${e.type}:${e.detail.source}`)).to.deep.equal(['relu-match:api']);
  });

  it('Show the solution: relu-match fires once, at the end of the animation, source "solution", assisted', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    await el.revealSolution();
    const types = seen.map((e) => e.type);
    expect(types.filter((t) => t === 'relu-match')).to.have.length(1);
    expect(types.indexOf('relu-match')).to.be.greaterThan(types.lastIndexOf('relu-input'));
    const match = seen.find((e) => e.type === 'relu-match')!;
    expect(match.detail).to.include({ source: 'solution', assisted: true, matched: true });
    expect(match.detail.error).to.be.below(1e-20);
    expect(seen.filter((e) => e.type === 'relu-input').every((e) => e.detail.source === 'solution' && e.detail.assisted)).to.be.true;
  });

  it('Fit automatically: relu-match fires once, when the fit ends, source "fit", assisted', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    const result = await el.train();
    expect(result.matched).to.be.true;
    const matches = seen.filter((e) => e.type === 'relu-match');
    expect(matches).to.have.length(1);
    expect(matches[0].detail).to.include({ source: 'fit', assisted: true });
    expect(seen.at(-1)!.type).to.equal('relu-match');
  });

  it('hints read count in hintsUsed; Reset starts a new attempt (hints closed) but keeps the record: assisted, 2 hints, 2 attempts', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    el.showHint();
    el.showHint();
    await el.revealSolution();
    expect(seen.at(-1)!.detail).to.include({ hintsUsed: 2, assisted: true, attempts: 1 });
    el.reset();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="hint"]').length).to.equal(0);
    const reset = seen.filter((e) => e.type === 'relu-change').at(-1)!;
    expect(reset.detail).to.include({ source: 'learner', assisted: true, hintsUsed: 2, attempts: 2 });
    expect(el.snapshot).to.include({ assisted: true, hintsUsed: 2, attempts: 2 });
  });

  it('a fit is said once: its note, with its error, not the error again before it', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
      await el.train();
      const announcer = $<HTMLElement>(el, '[part="announcer"]');
      await waitUntil(() => announcer.textContent!.includes('Fitted'), 'the fit is announced', { timeout: 3000 });
      const said = announcer.textContent!.replace(/\s+/g, ' ').trim();
      expect(said).to.match(/^Matched! Fitted in \d+ steps of gradient descent: error /);
      expect(said.match(/error \d/gi), said).to.have.length(1);
    } finally {
      await emulateMediaFeatures({ reducedMotion: 'no-preference' });
    }
  });

  it('a match made with the keyboard: source "learner", assisted false, hintsUsed 0', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-0.9" w2="2" b2="-4"></relu-fit-lab>`);
    const seen = record(el);
    $<HTMLInputElement>(el, '#b1-range').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const matches = seen.filter((e) => e.type === 'relu-match');
    expect(matches).to.have.length(1);
    expect(matches[0].detail).to.include({ source: 'learner', assisted: false, hintsUsed: 0, b1: -1 });
  });

  it('a reveal after two hints fires exactly one relu-match, at error 0: solution, assisted, hintsUsed 2', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const seen = record(el);
    el.showHint();
    el.showHint();
    await el.revealSolution();
    const matches = seen.filter((e) => e.type === 'relu-match');
    expect(matches).to.have.length(1);
    expect(matches[0].detail).to.include({ source: 'solution', assisted: true, hintsUsed: 2, error: 0 });
  });

  it('Reset clears the fit\'s traces: the loss curve and the note', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await el.train();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loss"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.note-trained')).to.exist;
    el.reset();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loss"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.note-trained')).to.equal(null);
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });

  it('train() from two identical free units breaks the symmetry, reaches matched, and says why', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab units='[{"w":-2,"b":2,"fixed":true},{"w":0.5,"b":0},{"w":0.5,"b":0}]'></relu-fit-lab>`);
    const result = await el.train();
    await el.updateComplete;
    expect(result.matched, JSON.stringify(result)).to.be.true;
    const note = el.shadowRoot!.querySelector('.note-trained')!.textContent!;
    expect(note).to.contain('Unit 2 started identical to another unit').and.contain('break the symmetry');
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });
});

describe('<relu-fit-lab> formula', () => {
  it('a 4-unit lesson reads "ŷ = a0 − 2·a1 + 2·a2 + a3" in the caption and in the text alternative', async () => {
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab editable-output target="0,0 1,1 2,0 3,1" units='[{"w":1},{"w":1,"b":-1,"v":-2},{"w":1,"b":-2,"v":2},{"w":0}]'></relu-fit-lab>`);
    const caption = el.shadowRoot!.querySelector('.figure-main .equation')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(caption).to.equal('ŷ = a0 − 2·a1 + 2·a2 + a3');
    expect(textAlternative(el.shadowRoot!.querySelector('.figure-main svg.plot')!)).to.contain('ŷ = a0 − 2·a1 + 2·a2 + a3');
    el.outputBias = 0.5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.figure-main .equation')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('ŷ = a0 − 2·a1 + 2·a2 + a3 + 0.5');
  });
});

describe('<relu-fit-lab> feedback true to the numbers', () => {
  const status = (el: ReluFitLab) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
  const fill = (el: ReluFitLab) => Number(el.shadowRoot!.querySelector('[part="error-bar"] .fill')!.getAttribute('width'));

  it('says "exactly" only for an exact match, else "within" the tolerance with the largest gap', async () => {
    const exact = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    expect(status(exact)).to.contain('Matched exactly!');
    const close = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="1.9" b2="-3.8" tolerance="0.2"></relu-fit-lab>`);
    expect(close.matched).to.be.true;
    expect(status(close)).to.contain('within 0.2').and.contain('largest gap is 0.1').and.not.contain('exactly');
  });

  it('the closeness bar is judged by the tolerance: full when matched, a sliver for the all-zero start', async () => {
    const start = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    // Largest gap at the start: 3.97 at the last samples (target 4 − 0); 0.05 / 4 ≈ 1 %.
    expect(fill(start)).to.equal(2);
    const half = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="1.9" b2="-3.8"></relu-fit-lab>`);
    expect(fill(half)).to.be.closeTo(50, 1e-6);
    const solved = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    expect(fill(solved)).to.equal(100);
  });

  it('after a fit lands off the slider grid, the number boxes show the values it holds, to three decimals, and say so', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    await el.train();
    await el.updateComplete;
    for (const id of ['w1', 'b1', 'w2', 'b2'] as const) {
      const box = $<HTMLInputElement>(el, `#${id}-number`).value;
      expect(box, id).to.match(/^-?\d+(\.\d{1,3})?$/);
      expect(Number(box), id).to.be.closeTo(el[id], 5e-4);
    }
    const onGrid = [el.w1, el.b1, el.w2, el.b2].every((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9);
    expect(el.shadowRoot!.querySelector('.note-trained')!.textContent!.includes('between slider steps')).to.equal(!onGrid);
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });

  it('a fit that stops without matching says so and why, instead of only its error', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const result = await el.train({ maxSteps: 30 });
    await el.updateComplete;
    expect(result.matched).to.be.false;
    // Not green, not "Fitted": it says it stopped, with its error before and after, the gap, and what to expect next.
    expect(el.shadowRoot!.querySelector('.note-trained')).to.equal(null);
    const note = el.shadowRoot!.querySelector('.note-failed')!.textContent!;
    expect(note).to.match(/^The fit stopped after 30 steps without matching: error 2\.463 → \d\.\d+; the largest gap is [\d.]+ at x = [\d.]+, and a match needs 0\.05\./);
    expect(note).to.not.contain('Fitted');
    expect(note).to.contain('An exact solution exists').and.contain('Fitting again starts from seed 1');
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });

  it('a fit that cannot match because no exact construction exists gives that reason', async () => {
    await emulateMediaFeatures({ reducedMotion: 'reduce' });
    const el = await fixture<ReluFitLab>(html`<relu-fit-lab target="0,0 1,1 2,0 3,1" units='[{},{},{},{}]'></relu-fit-lab>`);
    const result = await el.train({ maxSteps: 200 });
    await el.updateComplete;
    expect(result.matched).to.be.false;
    const note = el.shadowRoot!.querySelector('.note-failed')!.textContent!;
    expect(note).to.contain('No exact solution with these units: at x = 1 the slope must fall by 2').and.contain('can only make the slope rise').and.contain('Fitting again can lower the error, but cannot match.');
    expect(note).to.not.contain('seed');
    await emulateMediaFeatures({ reducedMotion: 'no-preference' });
  });
});

