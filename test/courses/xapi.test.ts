import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ChallengeProgress } from '../../src/elements/events.js';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';
import type * as Xapi from '../../src/xapi.js';
import { emulateMediaFeatures } from '../helpers/media.js';

/**
 * relu-lab/xapi as it ships (dist/xapi.js, with the bundle's elements): a recorded session's
 * statements pass Learning Locker's conformance-tested validator, and the sender talks to a
 * learning record store (the test runner's /__lrs) with the xAPI headers and credentials.
 */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);
/** Each statement's problems, by xapi-validation (run on Node by the test runner). */
const validateAll = (statements: unknown[]) => executeServerCommand<string[][], { statements: unknown[] }>('xapi-validate', { statements }) as Promise<string[][]>;
const { EXTENSIONS, isoDuration, sendStatements, toStatements } = (await import(/* @vite-ignore */ `${'/dist/xapi.js'}`)) as typeof Xapi;

const CHALLENGES = JSON.stringify([
  { title: 'The notebook', target: '0,2 1,0 2,1 3,4' },
  { title: 'Ramp', target: '0,0 1,0 3,2', units: [{}] },
  { title: 'Two ramps', target: '0,0 1,0 2,1 3,3', units: [{}, {}] },
]);
const options = { actor: { name: 'Ada', mbox: 'mailto:ada@example.edu' }, activity: 'https://example.edu/ml/relu-lab', name: 'ReLU lab', titles: ['The notebook', 'Ramp', 'Two ramps'], registration: '6f1c2a9e-8a47-4f5e-9d0b-2b8f4a6c1d3e', mastery: 2 / 3 };

/** The learner types each value into its number box, as a person does. */
async function type(lab: ReluFitLab, values: [string, number][]) {
  for (const [id, v] of values) {
    const box = lab.shadowRoot!.querySelector<HTMLInputElement>(`#${id}-number`)!;
    box.value = String(v);
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await lab.updateComplete;
  }
}

/** A session: challenge 1 solved unaided, challenge 2 after three hints, challenge 3 with the solution shown. */
async function session() {
  const lab = await fixture<ReluFitLab>(html`<relu-fit-lab challenges=${CHALLENGES}></relu-fit-lab>`);
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['relu-progress', 'relu-complete', 'relu-match']) lab.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  await type(lab, [['w1', 1], ['b1', -1], ['w2', 2], ['b2', -4]]);
  await new Promise((r) => setTimeout(r));
  lab.challenge = 1;
  await lab.updateComplete;
  for (let i = 0; i < 3; i++) lab.showHint();
  await type(lab, [['w0', 1], ['b0', -1]]);
  await new Promise((r) => setTimeout(r));
  lab.challenge = 2;
  await lab.updateComplete;
  await lab.revealSolution();
  await new Promise((r) => setTimeout(r));
  return events;
}

describe('relu-lab/xapi (dist/xapi.js)', () => {
  before(() => emulateMediaFeatures({ reducedMotion: 'reduce' }));
  after(() => emulateMediaFeatures());

  it('a recorded session (unaided, hinted, assisted, completed) gives statements that pass xapi-validation, saying what happened', async () => {
    const events = await session();
    // With challenges, relu-progress and relu-complete carry the records (relu-match is for a lab without).
    const statements = events.filter((e) => e.type !== 'relu-match').flatMap((e) => toStatements(e, options));
    expect(statements.length).to.be.above(4);
    const problems = await validateAll(statements);
    problems.forEach((p, i) => expect(p, JSON.stringify(statements[i])).to.deep.equal([]));
    const last = (id: string) => statements.filter((s) => (s.object as { id: string }).id === id).at(-1)!;
    const verbOf = (s: Record<string, unknown>) => (s.verb as { id: string }).id;
    const ext = (s: Record<string, unknown>, key: string) => (s.result as { extensions: Record<string, unknown> }).extensions[`${EXTENSIONS}${key}`];
    const [one, two, three] = [1, 2, 3].map((n) => last(`${options.activity}/challenge/${n}`));
    expect(verbOf(one)).to.equal('http://adlnet.gov/expapi/verbs/passed');
    expect(verbOf(two)).to.equal('http://adlnet.gov/expapi/verbs/passed');
    expect(ext(two, 'hints-used')).to.equal(3);
    expect(verbOf(three)).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(ext(three, 'assisted')).to.equal(true);
    expect((three.result as { score: { scaled: number } }).score.scaled).to.equal(0);
    const complete = events.find((e) => e.type === 'relu-complete')!;
    expect((complete.detail as ChallengeProgress).summary).to.deep.include({ solvedUnassisted: 2, total: 3 });
    const course = statements.filter((s) => (s.object as { id: string }).id === options.activity).map(verbOf);
    expect(course).to.deep.equal(['http://adlnet.gov/expapi/verbs/completed', 'http://adlnet.gov/expapi/verbs/passed']);
    expect(((one.context as { contextActivities: { parent: { id: string }[] } }).contextActivities.parent[0]).id).to.equal(options.activity);
  });

  it('a lab without challenges: relu-match becomes one statement, answered when the solution was shown', async () => {
    const lab = await fixture<ReluFitLab>(html`<relu-fit-lab></relu-fit-lab>`);
    const match = new Promise<CustomEvent>((r) => lab.addEventListener('relu-match', (e) => r(e as CustomEvent), { once: true }));
    await lab.revealSolution();
    const [s] = toStatements(await match, options);
    expect(await validateAll([s])).to.deep.equal([[]]);
    expect((s.verb as { id: string }).id).to.equal('http://adlnet.gov/expapi/verbs/answered');
  });

  it('durations are ISO 8601', () => {
    expect(isoDuration(12_340)).to.equal('PT12.34S');
    expect(isoDuration(3_723_000)).to.equal('PT1H2M3S');
  });

  it('the sender posts to the LRS with the version header and the credentials, and resolves its ids; a refusal rejects with its status', async () => {
    const statements = toStatements({ type: 'relu-match', detail: { w1: 1, b1: -1, w2: 2, b2: -4, error: 0, matched: true, units: [], outputBias: 0, source: 'learner', assisted: false, hintsUsed: 0, attempts: 1 } }, options);
    const ids = await sendStatements(statements, { endpoint: `${location.origin}/__lrs/`, auth: `Basic ${btoa('test:secret')}` });
    expect(ids).to.have.length(1);
    let refused = '';
    await sendStatements(statements, { endpoint: `${location.origin}/__lrs`, auth: `Basic ${btoa('test:wrong')}` }).catch((e: Error) => (refused = e.message));
    expect(refused).to.contain('401');
    expect(await sendStatements([], { endpoint: 'http://127.0.0.1:1', auth: '' })).to.deep.equal([]);
  });
});
