import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../helpers/media.js';

/**
 * What users load renders exactly what the source renders.
 *
 * test/shipped/scenes.html shows six scenes (the trio; a unit plot; the lab by
 * default, with two hints open, and matched; a four-unit custom lesson with
 * editable output weights). It is loaded once from the source build
 * (/src/define.ts) and once from the shipped one-tag bundle
 * (/dist/relu-lab.bundle.js, built by `pretest`) and the npm package's modules
 * (/dist/define.js, their templates minified by scripts/minify-dist.mjs), and the lab also through
 * /dist/embed.html (against the source lab alone on the page, at the same
 * place), at 360, 768 and 1280 px, in light, dark and forced
 * colours. Every scene must match the source pixel for pixel (anti-aliased
 * pixels aside), and the committed baseline in test/shipped/baselines/.
 */

const WIDTHS = [360, 768, 1280];
const MODES = {
  light: { colorScheme: 'light', forcedColors: 'none' },
  dark: { colorScheme: 'dark', forcedColors: 'none' },
  forced: { colorScheme: 'light', forcedColors: 'active' },
} as const;
const SCENES = ['trio', 'unit', 'lab', 'lab-hints', 'lab-matched', 'custom-4-units'];

interface Comparison {
  mismatched: number;
  /** How many pixels may differ: none under the baselines' Chromium, a few under another build. */
  allowed: number;
  note?: string;
  size?: string;
  diff?: string;
  missing?: string;
}

type FrameWindow = Window & typeof globalThis;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Loads url into an iframe at the top left, width px wide and as tall as its content. */
async function openFrame(url: string, width: number, ready: (win: FrameWindow) => Promise<unknown>) {
  const frame = document.createElement('iframe');
  frame.setAttribute('scrolling', 'no');
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: '600px', border: '0', zIndex: '1' });
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await ready(win);
  const height = Math.ceil(win.document.documentElement.scrollHeight);
  frame.style.height = `${height}px`;
  await setViewport({ width, height });
  await frames();
  await frames();
  return { frame, win, done: () => frame.remove() };
}

async function capture(key: string, element: Element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  return executeServerCommand('relu-capture', { key, clip: { x, y, width, height } });
}

const scenesReady = (build: string) => async (win: FrameWindow) => {
  const end = performance.now() + 20_000;
  while (win.document.documentElement.dataset.ready !== build && performance.now() < end) await new Promise((r) => setTimeout(r, 25));
  expect(win.document.documentElement.dataset.ready, `scenes.html?build=${build} did not get ready`).to.equal(build);
};

const embedReady = async (win: FrameWindow) => {
  await win.customElements.whenDefined('relu-fit-lab');
  const lab = win.document.querySelector('relu-fit-lab') as Element & { updateComplete: Promise<unknown> };
  for (let i = 0; i < 2; i++) {
    await lab.updateComplete;
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  }
  await win.document.fonts.ready;
};

function explain(what: string, result: Comparison) {
  if (result.missing) return `${what}: no baseline at ${result.missing} (UPDATE_BASELINES=1 npm test writes it; look at it before committing)`;
  if (result.size) return `${what}: size differs, ${result.size}`;
  return `${what}: ${result.mismatched} pixels differ (see ${result.diff})`;
}

describe('what ships renders as the source does', function () {
  this.timeout(60_000);
  after(async () => {
    await emulateMediaFeatures();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of WIDTHS) {
    for (const [mode, media] of Object.entries(MODES)) {
      describe(`${width} px, ${mode}`, () => {
        const id = `${width}-${mode}`;
        before(async () => {
          await emulateMediaFeatures(media);
          expect(matchMedia('(forced-colors: active)').matches).to.equal(mode === 'forced');
          expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(mode === 'dark');
          for (const build of ['source', 'bundle', 'lib']) {
            const { win, done } = await openFrame(`/test/shipped/scenes.html?build=${build}`, width, scenesReady(build));
            for (const scene of SCENES) await capture(`${build}/${id}/${scene}`, win.document.querySelector(`[data-scene="${scene}"]`)!);
            done();
          }
          const alone = await openFrame('/test/shipped/scenes.html?build=source&only=lab', width, scenesReady('source'));
          await capture(`alone/${id}/lab`, alone.win.document.querySelector('relu-fit-lab')!);
          alone.done();
          const embed = await openFrame('/dist/embed.html', width, embedReady);
          await capture(`embed/${id}/lab`, embed.win.document.querySelector('relu-fit-lab')!);
          embed.done();
        });

        for (const scene of SCENES) {
          it(`dist/relu-lab.bundle.js draws ${scene} pixel for pixel as the source`, async () => {
            const result = (await executeServerCommand('relu-compare', { a: `source/${id}/${scene}`, b: `bundle/${id}/${scene}`, name: `bundle-${id}-${scene}` })) as Comparison;
            expect(result.mismatched, explain(`bundle ${id} ${scene}`, result)).to.equal(0);
          });
        }

        for (const scene of SCENES) {
          it(`dist/define.js (the npm package's modules) draws ${scene} pixel for pixel as the source`, async () => {
            const result = (await executeServerCommand('relu-compare', { a: `source/${id}/${scene}`, b: `lib/${id}/${scene}`, name: `lib-${id}-${scene}` })) as Comparison;
            expect(result.mismatched, explain(`lib ${id} ${scene}`, result)).to.equal(0);
          });
        }

        it('dist/embed.html draws the lab pixel for pixel as the source', async () => {
          const result = (await executeServerCommand('relu-compare', { a: `alone/${id}/lab`, b: `embed/${id}/lab`, name: `embed-${id}-lab` })) as Comparison;
          expect(result.mismatched, explain(`embed ${id} lab`, result)).to.equal(0);
        });

        for (const scene of SCENES) {
          it(`${scene} matches its baseline (test/shipped/baselines/${id}-${scene}.png)`, async () => {
            const result = (await executeServerCommand('relu-baseline', { key: `source/${id}/${scene}`, name: `${id}-${scene}` })) as Comparison;
            // Another Chromium build anti-aliases text a little differently: a few pixels may differ, never a real change.
            if (result.note && result.mismatched > 0) console.warn(`baseline ${id}-${scene}: ${result.mismatched} pixels differ (${result.note}; ${result.allowed} allowed)`);
            expect(result.size, explain(`baseline ${id} ${scene}`, result)).to.equal(undefined);
            expect(result.mismatched, explain(`baseline ${id} ${scene}`, result)).to.be.within(0, result.allowed);
          });
        }
      });
    }
  }
});
