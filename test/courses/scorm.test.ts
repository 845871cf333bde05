import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ReluFitLab } from '../../src/elements/relu-fit-lab/relu-fit-lab.js';

/**
 * A SCORM package as an author makes it (`npx relu-lab scorm`, unzipped), launched in a frame whose
 * parent runs a real SCORM runtime, scorm-again, as the LMS: both versions. The learner solves two
 * of three challenges unaided (one after two hints) and one with the solution shown; the LMS's
 * CMI data must say so, and a second launch with it must resume.
 */
const LESSON = {
  title: 'ReLU, three ways',
  challenges: [
    { title: 'The notebook', target: '0,2 1,0 2,1 3,4' },
    { title: 'Ramp', target: '0,0 1,0 3,2', units: [{}] },
    { title: 'Two ramps', target: '0,0 1,0 2,1 3,3', units: [{}, {}] },
  ],
};
type Package = { files: string[]; manifest: string };
/** The CMI data as scorm-again holds it: nested objects of strings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runtime's data model, read as the LMS reads it
type Cmi = Record<string, any>;
const makePackage = (version: '1.2' | '2004') => executeServerCommand<Package, object>('scorm-package', { version, lesson: LESSON, mastery: 0.6 }) as Promise<Package>;

async function launch(version: '1.2' | '2004'): Promise<{ frame: HTMLIFrameElement; lab: ReluFitLab; win: Window }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '1000px', height: '700px' });
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/.scorm-tmp/${version}/index.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await (win as Window & typeof globalThis).customElements.whenDefined('relu-fit-lab');
  let lab: ReluFitLab | null = null;
  for (let i = 0; i < 100 && !lab; i++) {
    lab = frame.contentDocument!.querySelector('relu-fit-lab');
    if (!lab) await new Promise((r) => setTimeout(r, 20));
  }
  await lab!.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return { frame, lab: lab!, win };
}

const settle = () => new Promise((r) => setTimeout(r, 30));
async function type(lab: ReluFitLab, win: Window, values: [string, number][]) {
  for (const [id, v] of values) {
    const box = lab.shadowRoot!.querySelector<HTMLInputElement>(`#${id}-number`)!;
    box.value = String(v);
    box.dispatchEvent(new (win as Window & typeof globalThis).Event('change', { bubbles: true }));
    await lab.updateComplete;
  }
  await settle();
}

/** The session: 1 unaided, 2 unaided after two hints, 3 with the solution shown; then the learner leaves. */
async function session(lab: ReluFitLab, win: Window) {
  await type(lab, win, [['w1', 1], ['b1', -1], ['w2', 2], ['b2', -4]]);
  lab.challenge = 1;
  await lab.updateComplete;
  lab.showHint();
  lab.showHint();
  await type(lab, win, [['w0', 1], ['b0', -1]]);
  lab.challenge = 2;
  await lab.updateComplete;
  await lab.revealSolution();
  await settle();
}

for (const version of ['2004', '1.2'] as const) {
  describe(`a SCORM ${version} package in scorm-again`, () => {
    let pkg: Package;
    before(async () => {
      pkg = await makePackage(version);
    });
    afterEach(() => {
      delete (window as unknown as Record<string, unknown>).API;
      delete (window as unknown as Record<string, unknown>).API_1484_11;
      document.querySelectorAll('iframe').forEach((f) => f.remove());
    });

    it('holds exactly the manifest, the launch page and the script', () => {
      expect(pkg.files).to.deep.equal(['imsmanifest.xml', 'index.html', 'relu-lab.js']);
      expect(pkg.manifest).to.contain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
    });

    it(`its imsmanifest.xml validates against the SCORM ${version} schemas (libxml2), and a broken one does not`, async () => {
      const check = (manifest: string) => executeServerCommand('scorm-validate', { version, manifest }) as Promise<{ valid: boolean; errors: string[] }>;
      const result = await check(pkg.manifest);
      expect(result.errors).to.deep.equal([]);
      expect(result.valid).to.be.true;
      const broken = await check(pkg.manifest.replaceAll('organizations', 'organisations'));
      expect(broken.valid).to.be.false;
    });

    it('reports completion, success, score and each challenge, keeps progress in suspend_data, and resumes from it', async () => {
      const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;
      const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
      // The LMS gives the package's mastery score, as it reads it from the manifest.
      if (version === '1.2') api.loadFromJSON({ student_data: { mastery_score: '60' } }, '');
      else api.loadFromJSON({ scaled_passing_score: '0.6' }, '');
      (window as unknown as Record<string, unknown>)[version === '1.2' ? 'API' : 'API_1484_11'] = api;
      const first = await launch(version);
      await session(first.lab, first.win);
      first.frame.remove(); // pagehide: session time, exit, commit, terminate
      await settle();
      const cmi = api.cmi as unknown as Cmi;
      // Write-only elements (exit, session time) as the LMS stores them.
      const stored = JSON.parse(JSON.stringify(api.renderCMIToJSONObject())) as Cmi;
      const saved = JSON.parse(cmi.suspend_data);
      expect(saved.records.map((r: { solved: boolean; solvedUnassisted: boolean; hintsUsed: number }) => [r.solved, r.solvedUnassisted, r.hintsUsed])).to.deep.equal([
        [true, true, 0],
        [true, true, 2],
        [true, false, 0],
      ]);
      if (version === '1.2') {
        expect(cmi.core.lesson_status).to.equal('passed');
        expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).to.deep.equal(['67', '0', '100']);
        expect(stored.cmi.core.exit).to.equal('suspend');
        expect(stored.cmi.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect([cmi.completion_status, cmi.success_status]).to.deep.equal(['completed', 'passed']);
        expect(Number(cmi.score.scaled)).to.be.closeTo(2 / 3, 1e-6);
        expect([cmi.score.raw, cmi.score.min, cmi.score.max].map(Number)).to.deep.equal([2, 0, 3]);
        expect(stored.cmi.exit).to.equal('suspend');
        expect(stored.cmi.session_time).to.match(/^PT/);
        const objectives = cmi.objectives.childArray.map((o: Cmi) => [o.id, o.success_status, o.completion_status, o.description]);
        expect(objectives).to.deep.equal([
          ['challenge-1', 'passed', 'completed', 'hints used: 0; attempts: 1; assisted: no'],
          ['challenge-2', 'passed', 'completed', 'hints used: 2; attempts: 1; assisted: no'],
          ['challenge-3', 'failed', 'completed', 'hints used: 0; attempts: 1; assisted: yes'],
        ]);
      }
      // A second launch with the CMI data the LMS kept: the records and the values come back.
      const kept = api.renderCMIToJSONObject();
      const again = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
      again.loadFromJSON(kept, '');
      (window as unknown as Record<string, unknown>)[version === '1.2' ? 'API' : 'API_1484_11'] = again;
      const second = await launch(version);
      expect(second.lab.progress.solved).to.deep.equal([true, true, true]);
      expect(second.lab.progress.assisted).to.deep.equal([false, false, true]);
      expect(second.lab.challenge).to.equal(2);
      expect(second.lab.matched).to.be.true;
      second.lab.challenge = 1;
      await second.lab.updateComplete;
      expect([second.lab.units[0].w, second.lab.units[0].b]).to.deep.equal([1, -1]);
    });
  });
}

describe('the package command refuses a lesson the lab would refuse', () => {
  it('names the file, the entry and the field, exits with code 2, and writes nothing', async () => {
    const lesson = { challenges: [{ target: '0,0 1,1' }, { title: 'Broken', target: '0,0 1', units: [{}] }] };
    const run = (await executeServerCommand('scorm-package', { lesson, args: ['scorm', '$LESSON', '--out', '$ZIP'] })) as { status: number; stderr: string; written: boolean };
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('lesson.json: challenges[1] ("Broken"): its target: "1" is not a knot "x,y"');
    expect(run.written).to.be.false;
    const bad = (await executeServerCommand('scorm-package', { lesson: '{ not json', args: ['scorm', '$LESSON', '--out', '$ZIP'] })) as { status: number; stderr: string; written: boolean };
    expect([bad.status, bad.written]).to.deep.equal([2, false]);
    expect(bad.stderr).to.contain('lesson.json: it is not JSON');
    const flags = (await executeServerCommand('scorm-package', { lesson: { target: '0,0 1,1' }, args: ['scorm', '$LESSON', '--out', '$ZIP', '--mastery', '2'] })) as { status: number; stderr: string; written: boolean };
    expect([flags.status, flags.written]).to.deep.equal([2, false]);
    expect(flags.stderr).to.contain('--mastery must be a number from 0 to 1');
  });

  it('takes a list with a formula or data entry, as the lab does, and refuses a bad formula by its position', async () => {
    const sine = { title: 'Sine', fn: 'sin(x)', domain: '0 2*pi', noise: 0.1, seed: 3, goal: 0.02, units: [{}, {}, {}, {}, {}, {}], editableOutput: true };
    const lesson = { challenges: [{ target: '0,0 1,1' }, sine, { data: '0,0 1,1 2,0.5' }] };
    const run = (await executeServerCommand('scorm-package', { lesson, args: ['scorm', '$LESSON', '--out', '$ZIP'] })) as { status: number; stderr: string; written: boolean };
    expect([run.status, run.stderr, run.written]).to.deep.equal([0, '', true]);
    const broken = { challenges: [{ ...sine, fn: 'sin(x' }] };
    const bad = (await executeServerCommand('scorm-package', { lesson: broken, args: ['scorm', '$LESSON', '--out', '$ZIP'] })) as { status: number; stderr: string; written: boolean };
    expect([bad.status, bad.written]).to.deep.equal([2, false]);
    expect(bad.stderr).to.contain('challenges[0] ("Sine"): its fn:');
  });
});

describe('relu-lab/scorm without an LMS', () => {
  it('finds no API, says so once in the console, and leaves the lab working', async () => {
    const { connectScorm } = await import('../../src/scorm.js');
    await import('../../src/define.js');
    const lab = document.createElement('relu-fit-lab') as ReluFitLab;
    document.body.append(lab);
    await lab.updateComplete;
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.join(' '));
    try {
      expect(connectScorm(lab)).to.equal(null);
      expect(connectScorm(lab)).to.equal(null);
    } finally {
      console.info = info;
    }
    expect(notes).to.have.length(1);
    expect(notes[0]).to.contain('no LMS API found');
    lab.w1 = 1;
    await lab.updateComplete;
    expect(lab.w1).to.equal(1);
    lab.remove();
  });
});
