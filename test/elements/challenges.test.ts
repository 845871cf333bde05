import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/define.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type { ChallengeProgress } from '../../src/elements/events.js';
import { LESSON_DEFAULTS } from '../../src/math/lesson.js';
import { readChallenges } from '../../src/elements/relu-fit-lab/challenge-list.js';
import { fingerprintOf, freshRecord } from '../../src/elements/relu-fit-lab/lab-record.js';
import { PROGRESS_FORMAT, STORAGE_PREFIX } from '../../src/elements/relu-fit-lab/progress-storage.js';
import { vertices, warningsDuring } from '../helpers/console.js';
import { enter } from '../helpers/learner.js';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The notebook's lesson, a zigzag that needs negative output weights, and a tent with a fixed unit, a bias and a looser tolerance. */
const LIST = [
  { title: 'The notebook', target: '0,2 1,0 2,1 3,4' },
  { title: 'Zigzag', target: '0,0 1,1 2,0 3,1', units: '[{},{},{},{}]', editableOutput: true },
  { title: 'Tent', target: '-2,0 0,2 2,0', units: [{ w: 1, b: 2, fixed: true }, {}], editableOutput: true, outputBias: 0.5, tolerance: 0.1 },
];
const JSON_LIST = JSON.stringify(LIST);
const KEY = 'relu-test-challenges';
/** Where the lab keeps progress for KEY: namespaced, so the page's own KEY is never touched. */
const STORED = STORAGE_PREFIX + KEY;

/** The part of a progress detail that says what was solved (and only with help). */
const brief = (p: ChallengeProgress) => ({ challenge: p.challenge, solved: p.solved, assisted: p.assisted });

function progressEvents(lab: ReluFitLab) {
  const seen: { type: string; detail: ChallengeProgress }[] = [];
  for (const type of ['relu-progress', 'relu-complete'] as const) lab.addEventListener(type, (e) => seen.push({ type, detail: e.detail }));
  return seen;
}


/** The learner types the exact construction into the number boxes, one by one (unassisted). */
async function solveByHand(lab: ReluFitLab) {
  const solution = await lab.solve();
  expect(solution.ok, solution.reason).to.be.true;
  for (const [i, u] of solution.units.entries()) {
    if (lab.units[i].fixed) continue;
    await enter(lab, `w${i}`, u.w);
    await enter(lab, `b${i}`, u.b);
    if (lab.editableOutput) await enter(lab, `v${i}`, u.v);
  }
  if (lab.editableOutput) await enter(lab, 'c', solution.outputBias);
  expect(lab.matched, 'solved by hand').to.be.true;
}

const nextButton = (lab: ReluFitLab) => $<HTMLButtonElement>(lab, '[part~="next"]');

/** The main plot's target line: its vertices in pixels. */
const drawnTarget = (lab: ReluFitLab) => vertices($(lab, '.figure-main path.plot-line.series-target')!.getAttribute('d'));

describe('challenge sequences', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    localStorage.removeItem(KEY);
    localStorage.removeItem(STORED);
  });

  it('loading challenge i sets its target, units, output bias, editable-output and tolerance, and draws its target', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} challenge="1"></relu-fit-lab>`);
    expect(lab.challenge).to.equal(1);
    expect(lab.target).to.equal('0,0 1,1 2,0 3,1');
    expect(lab.units.map((u) => [u.w, u.b, u.v, u.fixed])).to.deep.equal([0, 1, 2, 3].map(() => [0, 0, 1, false]));
    expect([lab.editableOutput, lab.outputBias, lab.tolerance]).to.deep.equal([true, 0, 0.05]);
    expect(text($(lab, '[part~="challenge"]'))).to.equal('Challenge 2 of 3: Zigzag');
    expect($(lab, '[part~="challenge"]')!.getAttribute('role')).to.equal('heading');
    // The zigzag drawn: four knots, up and down at the same heights.
    const zigzag = drawnTarget(lab);
    expect(zigzag).to.have.length(4);
    expect(zigzag[0][1]).to.be.closeTo(zigzag[2][1], 0.5);
    expect(zigzag[1][1]).to.be.closeTo(zigzag[3][1], 0.5);
    expect(zigzag[0][1]).to.be.greaterThan(zigzag[1][1] + 10);
    // v and c sliders for editable output weights.
    expect($(lab, '#v1-range') && $(lab, '#c-range')).to.exist;

    lab.challenge = 2;
    await lab.updateComplete;
    expect(lab.getAttribute('challenge')).to.equal('2');
    expect([lab.target, lab.outputBias, lab.tolerance, lab.editableOutput]).to.deep.equal(['-2,0 0,2 2,0', 0.5, 0.1, true]);
    expect(lab.units.map((u) => u.fixed)).to.deep.equal([true, false]);
    expect(lab.xRange).to.deep.equal([-2, 2]);
    expect(drawnTarget(lab)).to.have.length(3);

    // Absent fields take the notebook's defaults, not the previous challenge's.
    lab.challenge = 0;
    await lab.updateComplete;
    expect([lab.target, lab.outputBias, lab.tolerance, lab.editableOutput]).to.deep.equal([LESSON_DEFAULTS.target, 0, 0.05, false]);
    expect(lab.units).to.deep.equal(LESSON_DEFAULTS.units);
    expect($(lab, '#c-range')).to.equal(null);
    expect(text($(lab, '[part~="challenge"]'))).to.equal('Challenge 1 of 3: The notebook');
  });

  it('without challenges there is no heading and no Next button, even when matched', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab w1="1" b1="-1" w2="2" b2="-4"></relu-fit-lab>`);
    expect(lab.matched).to.be.true;
    expect($(lab, '[part~="challenge"]')).to.equal(null);
    expect(nextButton(lab)).to.equal(null);
    expect(lab.challenges).to.deep.equal([]);
  });

  it('setting challenge loads it afresh, and Reset returns to its start', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
    await enter(lab, 'w1', 1);
    expect(lab.canUndo).to.be.true;
    lab.challenge = 2;
    await lab.updateComplete;
    // A new start: no history to undo into the previous challenge.
    expect(lab.canUndo).to.be.false;
    await enter(lab, 'w1', 2);
    await enter(lab, 'c', -1);
    expect([lab.units[1].w, lab.outputBias]).to.deep.equal([2, -1]);
    lab.reset();
    await lab.updateComplete;
    expect([lab.units[1].w, lab.units[1].b, lab.outputBias]).to.deep.equal([0, 0, 0.5]);
    expect(lab.target).to.equal('-2,0 0,2 2,0');
  });

  it('matching shows Next; clicking it loads the next challenge, focuses its first slider, announces its title and fires relu-progress', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
    const seen = progressEvents(lab);
    expect(nextButton(lab)).to.equal(null);
    const solved = oneEvent(lab, 'relu-progress');
    await solveByHand(lab);
    const event = await solved;
    expect(event.bubbles && event.composed).to.be.true;
    expect(brief(event.detail)).to.deep.equal({ challenge: 0, solved: [true, false, false], assisted: [false, false, false] });
    expect(event.detail.challenges[0]).to.include({ solved: true, assisted: false, solvedUnassisted: true, hintsUsed: 0, attempts: 1, maxGap: 0, error: 0 });
    expect(event.detail.challenges[0].timeMs).to.be.a('number').and.at.least(0);
    expect(event.detail.challenges[1]).to.include({ solved: false, solvedUnassisted: false, timeMs: null });
    expect(event.detail.summary).to.deep.equal({ solved: 1, solvedUnassisted: 1, total: 3 });
    expect(brief(lab.progress)).to.deep.equal(brief(event.detail));
    const next = nextButton(lab)!;
    expect(text(next)).to.equal('Next challenge');
    // The solve is said once: the match and its error, then where to go; "Matched!" not twice.
    await waitUntil(() => text($(lab, '[part="announcer"]')).includes('solved'), 'the solve is announced', { timeout: 3000 });
    const said = text($(lab, '[part="announcer"]'));
    expect(said.match(/Matched!/g), said).to.have.length(1);
    expect(said).to.match(/^Matched! Error 0\.000\. .*Challenge 1 of 3 solved\. Press "Next challenge" to go on\.$/);
    expect(next.getAttribute('part')).to.equal('button next');
    // It appears without taking the focus.
    expect(lab.shadowRoot!.activeElement).not.to.equal(next);
    expect(text($(lab, '[part~="challenge"]'))).to.equal('Challenge 1 of 3: The notebook (solved)');

    const moved = oneEvent(lab, 'relu-progress');
    next.click();
    expect(brief((await moved).detail)).to.deep.equal({ challenge: 1, solved: [true, false, false], assisted: [false, false, false] });
    expect(lab.challenge).to.equal(1);
    expect(lab.getAttribute('challenge')).to.equal('1');
    expect(lab.target).to.equal('0,0 1,1 2,0 3,1');
    expect(nextButton(lab)).to.equal(null);
    // The focus goes to the new lesson's first slider; the announcer says where the learner is.
    expect(lab.shadowRoot!.activeElement?.id).to.equal('w0-range');
    // Where the learner is first, then the new lesson's error (a plain number: nothing was moved by hand).
    await waitUntil(() => text($(lab, '[part="announcer"]')).startsWith('Challenge 2 of 3: Zigzag. '), 'the title is announced', { timeout: 3000 });
    // …and the new target, told as pieces (as the explorer tells it), then its error.
    expect(text($(lab, '[part="announcer"]'))).to.match(/^Challenge 2 of 3: Zigzag\. The target starts at \(0, 0\), rises with slope 1 to \(1, 1\), .* It bends at x = 1 and 2\. Error 0\.\d{3}\.$/);
    expect(seen.map((e) => e.type)).to.deep.equal(['relu-progress', 'relu-progress']);
  });

  it('relu-complete fires once, after the last challenge is solved; from the last, Next goes back to an unsolved one', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} challenge="2"></relu-fit-lab>`);
    const seen = progressEvents(lab);
    await solveByHand(lab);
    await lab.updateComplete;
    // The last one first: Next leads back to the first unsolved.
    expect(text(nextButton(lab))).to.equal('Back to challenge 1, not solved yet');
    nextButton(lab)!.click();
    await lab.updateComplete;
    expect(lab.challenge).to.equal(0);
    await solveByHand(lab);
    nextButton(lab)!.click();
    await lab.updateComplete;
    expect(lab.challenge).to.equal(1);
    expect(seen.filter((e) => e.type === 'relu-complete')).to.have.length(0);
    const complete = oneEvent(lab, 'relu-complete');
    await solveByHand(lab);
    const done = (await complete).detail;
    expect(brief(done)).to.deep.equal({ challenge: 1, solved: [true, true, true], assisted: [false, false, false] });
    expect(done.summary).to.deep.equal({ solved: 3, solvedUnassisted: 3, total: 3 });
    await lab.updateComplete;
    // relu-progress before relu-complete; still a Next (to challenge 3, solved) rather than the end.
    expect(seen.slice(-2).map((e) => e.type)).to.deep.equal(['relu-progress', 'relu-complete']);
    nextButton(lab)!.click();
    await lab.updateComplete;
    lab.reset();
    await lab.updateComplete;
    await solveByHand(lab);
    await lab.updateComplete;
    // Every challenge solved and nowhere left to go: the closing message instead of Next.
    expect(nextButton(lab)).to.equal(null);
    expect(text($(lab, '[part="complete"]'))).to.equal('All 3 challenges solved!');
    expect(seen.filter((e) => e.type === 'relu-complete')).to.have.length(1);
  });

  it('assisted is a fact: after the solution, a solve by hand is still assisted; a solve before any help stays scored; an author’s change solves nothing', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
    const seen = progressEvents(lab);
    // Properties are the author's (source "api"): matched, but not solved.
    Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
    await lab.updateComplete;
    await lab.updateComplete;
    expect(lab.matched).to.be.true;
    expect(lab.progress.solved).to.deep.equal([false, false, false]);
    expect(seen).to.have.length(0);

    lab.reset();
    await lab.updateComplete;
    await lab.revealSolution();
    await lab.updateComplete;
    // Each fact its event: a new attempt (Reset), the solution shown (assisted), the challenge solved.
    expect(seen.map((e) => [e.detail.challenges[0].attempts, e.detail.challenges[0].assisted, e.detail.challenges[0].solved])).to.deep.equal([
      [2, false, false],
      [2, true, false],
      [2, true, true],
    ]);
    const help = seen.at(-1)!.detail;
    expect(brief(help)).to.deep.equal({ challenge: 0, solved: [true, false, false], assisted: [true, false, false] });
    expect(help.challenges[0]).to.include({ assisted: true, solvedUnassisted: false });

    // Reset, then by hand: still assisted (the record is a fact), and the same record: no event.
    lab.reset();
    await lab.updateComplete;
    await solveByHand(lab);
    await lab.updateComplete;
    expect(brief(lab.progress).assisted).to.deep.equal([true, false, false]);
    expect(lab.progress.challenges[0]).to.include({ solvedUnassisted: false, attempts: 3 });

    // Challenge 2 solved by hand first: the solution shown afterwards does not take the credit away.
    lab.challenge = 1;
    await lab.updateComplete;
    await solveByHand(lab);
    await lab.updateComplete;
    await lab.revealSolution();
    await lab.updateComplete;
    expect(lab.progress.assisted).to.deep.equal([true, false, false]);
    expect(lab.progress.challenges[1]).to.include({ solved: true, assisted: true, solvedUnassisted: true });
    expect(lab.progress.summary).to.deep.equal({ solved: 2, solvedUnassisted: 1, total: 3 });
  });

  it('saves each record and the latest values under relu-lab:+progress-key, and restores them after a reload with relu-progress { restored: true }', async () => {
    let lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`);
    await solveByHand(lab);
    nextButton(lab)!.click();
    await oneEvent(lab, 'relu-progress');
    await enter(lab, 'w1', 1.5);
    expect(localStorage.getItem(KEY)).to.equal(null);
    const saved = JSON.parse(localStorage.getItem(STORED)!);
    expect(saved).to.deep.include({ format: PROGRESS_FORMAT, challenge: 1, completed: false });
    expect(saved.records.map((r: { solved: boolean }) => r.solved)).to.deep.equal([true, false, false]);
    expect(saved.values[0]).to.equal('-2,2,1_1,-1,1_2,-4,1~0');
    expect(saved.fingerprint).to.match(/^[0-9a-f]{8}$/);

    // "Reload": the element goes, a new one with the same key and challenges comes.
    fixtureCleanup();
    const seen: ChallengeProgress[] = [];
    lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY} @relu-progress=${(e: CustomEvent<ChallengeProgress>) => seen.push(e.detail)}></relu-fit-lab>`);
    expect(lab.challenge).to.equal(1);
    expect(lab.getAttribute('challenge')).to.equal('1');
    expect(brief(lab.progress)).to.deep.equal({ challenge: 1, solved: [true, false, false], assisted: [false, false, false] });
    expect(lab.target).to.equal('0,0 1,1 2,0 3,1');
    // The learner's values come back too.
    expect(lab.units[1].w).to.equal(1.5);
    expect(text($(lab, '[part~="challenge"]'))).to.equal('Challenge 2 of 3: Zigzag');
    // Restoring tells the host, so it can re-sync.
    expect(seen.map((d) => [d.restored, d.challenge])).to.deep.equal([[true, 1]]);
    // Going back to the solved one shows the learner's solution, matched.
    lab.challenge = 0;
    await lab.updateComplete;
    expect([lab.matched, text($(lab, '[part~="challenge"]'))]).to.deep.equal([true, 'Challenge 1 of 3: The notebook (solved)']);

    // A mended title keeps the learner's place; the same lessons as a new array change nothing.
    lab.challenge = 1;
    lab.challenges = LIST.map((c, i) => (i === 1 ? { ...c, title: 'Zig-zag' } : c));
    await lab.updateComplete;
    expect([lab.challenge, text($(lab, '[part~="challenge"]'))]).to.deep.equal([1, 'Challenge 2 of 3: Zig-zag']);
    expect(lab.progress.solved).to.deep.equal([true, false, false]);
  });

  it('a list set after the lab is on the page restores what was saved for it', async () => {
    let lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`);
    await solveByHand(lab);
    fixtureCleanup();
    // A framework sets the property once the element is in the document.
    lab = await fixture<ReluFitLab>(html`<relu-fit-lab progress-key=${KEY}></relu-fit-lab>`);
    const seen = progressEvents(lab);
    lab.challenges = LIST;
    await lab.updateComplete;
    expect(lab.progress.solved).to.deep.equal([true, false, false]);
    expect(seen.some((e) => e.detail.restored)).to.be.true;
  });

  describe('bad saved progress warns and starts fresh', () => {
    const challenges = readChallenges(LIST).challenges;
    const records = [{ ...freshRecord(), solved: true, solvedUnassisted: true }, { ...freshRecord(), solved: true, assisted: true }, freshRecord()];
    const fine = { format: PROGRESS_FORMAT, fingerprint: fingerprintOf(challenges), challenge: 2, records, values: ['', '', ''], completed: false };
    const other = readChallenges([{ target: '0,0 1,1' }, { target: '0,1 1,0' }, { target: '0,0 2,2' }]).challenges;
    const cases: [string, string, string][] = [
      ['the wrong shape', JSON.stringify({ ...fine, records: 'all' }), 'it has the wrong shape'],
      ['a record with a negative hint count', JSON.stringify({ ...fine, records: [{ ...records[0], hintsUsed: -1 }, records[1], records[2]] }), 'it has the wrong shape'],
      ['another number of challenges', JSON.stringify({ ...fine, records: records.slice(0, 2), values: ['', ''] }), 'it is for 2 challenges, this lab has 3'],
      ['another list of challenges', JSON.stringify({ ...fine, fingerprint: fingerprintOf(other) }), 'it is for a different list of challenges'],
      ['a challenge out of range', JSON.stringify({ ...fine, challenge: 3 }), 'its challenge 3 is out of range'],
    ];
    for (const [what, data, reason] of cases) {
      it(what, async () => {
        localStorage.setItem(STORED, data);
        let lab!: ReluFitLab;
        const warnings = await warningsDuring(async () => {
          lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`);
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<relu-fit-lab>: ignored progress-key="${KEY}"`).and.contain(reason).and.contain('starting with nothing solved');
        expect(brief(lab.progress)).to.deep.equal({ challenge: 0, solved: [false, false, false], assisted: [false, false, false] });
        expect(lab.target).to.equal(LESSON_DEFAULTS.target);
      });
    }

    for (const [what, data] of [['not JSON', '{"format": "relu'], ['a page’s own data', JSON.stringify({ token: 'SECRET' })]]) {
      it(`${what} under relu-lab:+key is never overwritten or printed`, async () => {
        localStorage.setItem(STORED, data);
        let lab!: ReluFitLab;
        const warnings = await warningsDuring(async () => {
          lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`);
          await solveByHand(lab);
          await lab.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('holds data relu-lab did not save').and.not.contain('SECRET').and.not.contain('"format');
        expect(localStorage.getItem(STORED)).to.equal(data);
        expect(lab.progress.solved).to.deep.equal([true, false, false]);
      });
    }

    it('(and the same data, right, is restored: the cases above fail only for their fault)', async () => {
      localStorage.setItem(STORED, JSON.stringify(fine));
      const warnings = await warningsDuring(() => fixture(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`));
      expect(warnings).to.deep.equal([]);
      const lab = document.querySelector('relu-fit-lab')!;
      expect(brief(lab.progress)).to.deep.equal({ challenge: 2, solved: [true, true, false], assisted: [false, true, false] });
    });
  });

  it('a localStorage that throws warns once, and progress still works on the page', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      let lab!: ReluFitLab;
      const warnings = await warningsDuring(async () => {
        lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST} progress-key=${KEY}></relu-fit-lab>`);
        await solveByHand(lab);
        nextButton(lab)!.click();
        await oneEvent(lab, 'relu-progress');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('ignored progress-key').and.contain('SecurityError').and.contain('progress is kept for this page only');
      expect(brief(lab.progress)).to.deep.equal({ challenge: 1, solved: [true, false, false], assisted: [false, false, false] });
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('an invalid entry is skipped with a warning naming it and the rest load; a list with nothing usable keeps the current one; a bad index keeps the current one', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
    const partial = await warningsDuring(async () => {
      lab.challenges = [{ title: 'Fine', target: '0,0 1,1' }, { title: 'Broken', target: '0,2 1,' }, { title: 'Locked', target: '0,0 1,1', locked: 'w1 b9x' }] as never;
      await lab.updateComplete;
    });
    expect(partial).to.have.length(2);
    expect(partial[0]).to.contain('challenge 1 ("Broken"): its target:').and.contain('skipping it');
    expect(partial[1]).to.contain('challenge 2 ("Locked"): its locked: unknown parameter(s) b9x').and.contain('skipping it');
    expect(lab.challenges.map((c) => c.title)).to.deep.equal(['Fine']);
    lab.challenges = LIST;
    await lab.updateComplete;

    const bad: [unknown, string][] = [
      [[{ target: '0,0 1,1', outputbias: 1 }], 'challenge 0: it has an unknown key "outputbias"'],
      [[{ title: 'No target' }], 'challenge 0 ("No target"): it has no target'],
      [[{ target: '0,0 1,1', units: [{ w: 'x' }] }], "challenge 0: its units: unit 0's w is not a finite number"],
      [[{ target: '0,0 1,1', units: [{ w: 1e308, fixed: true }] }], "challenge 0: its units: unit 0's w must be between −1000000 and 1000000"],
      [[{ target: '0,0 1,1', tolerance: -1 }], 'challenge 0: its tolerance: it must be from 0 to 1000000'],
      [[{ target: '0,0 1,1', editableOutput: 'yes' }], 'challenge 0: its editableOutput must be true or false'],
      [[{ target: '0,0 1,1', hints: ['one', 2] }], 'challenge 0: its hints must be a list of at most 5 texts'],
      [{ target: '0,0 1,1' }, 'it must be an array of challenges'],
    ];
    for (const [value, reason] of bad) {
      const warnings = await warningsDuring(async () => {
        lab.challenges = value as never;
        await lab.updateComplete;
      });
      expect(warnings, reason).to.have.length(1);
      expect(warnings[0]).to.contain('<relu-fit-lab>: ignored challenges=').and.contain(reason).and.contain('keeping the current 3 challenges');
      expect(lab.challenges.map((c) => c.title)).to.deep.equal(['The notebook', 'Zigzag', 'Tent']);
    }
    const attribute = await warningsDuring(async () => {
      lab.setAttribute('challenges', '[{"target": "0,0 1,1"');
      await lab.updateComplete;
    });
    expect(attribute).to.deep.equal(['<relu-fit-lab>: ignored challenges="[{\\"target\\": \\"0,0 1,1\\"": it is not JSON; keeping the current 3 challenges.']);
    expect(lab.challenges).to.have.length(3);

    const index = await warningsDuring(async () => {
      lab.challenge = 3;
      lab.challenge = 1.5;
      await lab.updateComplete;
    });
    expect(index).to.deep.equal([
      '<relu-fit-lab>: ignored challenge="3": it must be a whole number from 0 to 2; keeping challenge 0.',
      '<relu-fit-lab>: ignored challenge="1.5": it must be a whole number from 0 to 2; keeping challenge 0.',
    ]);
    expect(lab.challenge).to.equal(0);
    expect(lab.target).to.equal(LESSON_DEFAULTS.target);
  });

  it('a challenges attribute with nothing usable at first render warns, and the lab is the plain lesson', async () => {
    let lab!: ReluFitLab;
    const warnings = await warningsDuring(async () => {
      lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges='[{"title": "Typo", "target": "0,0 1,1", "units": "[{}"}]' target="0,1 1,0"></relu-fit-lab>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('challenge 0 ("Typo"): its units: it is not JSON; keeping none');
    expect(lab.challenges).to.deep.equal([]);
    expect(lab.target).to.equal('0,1 1,0');
    expect($(lab, '[part~="challenge"]')).to.equal(null);
  });

  it('survives random and extreme values of challenges, challenge and progress-key, keeping the learner\'s values when it warns', async () => {
    const extremes = ['', ' ', '-0', ' 2 ', '1.5', '-1', '3', 'NaN', 'Infinity', '1e308', '[]', '{}', 'null', '[{}]', '[null]', '[{"target":"0,2 1,"}]', 'x'.repeat(5000), '<b>bold</b>', '\u0000'];
    const values = fc.oneof(fc.constantFrom(...extremes), fc.string({ maxLength: 40 }), fc.integer().map(String), fc.json({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('challenges', 'challenge', 'progress-key'), values, async (attribute, value) => {
        const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
        await enter(lab, 'w1', 1);
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const warnings = await warningsDuring(async () => {
          lab.setAttribute(attribute, value);
          await lab.updateComplete;
          await lab.updateComplete;
        }).finally(() => window.removeEventListener('error', onError));
        expect(errors).to.deep.equal([]);
        expect($(lab, 'svg.plot'), 'still renders').to.exist;
        for (const warning of warnings) {
          expect(warning).to.contain(`<relu-fit-lab>: ignored ${attribute}=`).and.contain(JSON.stringify(value.slice(0, 30)).slice(0, -1));
        }
        // A warning that kept the list kept the learner's place and values.
        if (warnings.length && lab.challenges.length === 3) expect([lab.challenge, lab.w1]).to.deep.equal([0, 1]);
      }),
      { numRuns: 40 },
    );
  });

  it('is accessible with a challenge matched and Next showing, which is then the one primary-looking button', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${JSON_LIST}></relu-fit-lab>`);
    await solveByHand(lab);
    await lab.updateComplete;
    const next = nextButton(lab)!;
    expect(next).to.exist;
    // A plain button in the tab order, named by its text.
    expect([next.tabIndex, next.disabled, next.type]).to.deep.equal([0, false, 'button']);
    const heading = $(lab, '[part~="challenge"]')!;
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    const fill = (el: Element) => getComputedStyle(el).backgroundColor;
    const hint = $(lab, 'button[part~="primary"]')!;
    expect(fill(next)).not.to.equal('rgba(0, 0, 0, 0)');
    expect(fill(hint)).to.equal('rgba(0, 0, 0, 0)');
    await expect(lab).to.be.accessible();
  });
});
