import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emulateMediaFeatures } from '../helpers/media.js';

/**
 * The README's pictures (docs/relu-fit-lab.png, docs/relu-trio.png) are what the built bundle
 * draws today: each is shot again here and compared like a visual baseline, so a UI change
 * without new pictures fails. `npm run pictures` (UPDATE_PICTURES=1) rewrites them; look at
 * them before committing.
 */
await import(/* @vite-ignore */ `${'/dist/relu-lab.bundle.js'}`);

interface Comparison {
  mismatched: number;
  allowed: number;
  size?: string;
  missing?: string;
  diff?: string;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function shoot(element: HTMLElement, file: string) {
  const { x, y, width, height } = element.getBoundingClientRect();
  await executeServerCommand('relu-capture', { key: file, clip: { x, y, width, height } });
  return (await executeServerCommand('relu-picture', { key: file, file })) as Comparison;
}

describe("the README's pictures are the bundle's current look", function () {
  this.timeout(30_000);
  before(async () => {
    await emulateMediaFeatures({ colorScheme: 'light', forcedColors: 'none' });
    await setViewport({ width: 1000, height: 1200 });
  });
  after(async () => {
    await emulateMediaFeatures();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [tag, file, width] of [
    ['relu-fit-lab', 'docs/relu-fit-lab.png', 918],
    ['relu-trio', 'docs/relu-trio.png', 960],
  ] as const) {
    it(`${file} shows <${tag}> as the bundle draws it now`, async () => {
      const page = await fixture<HTMLElement>(
        tag === 'relu-fit-lab'
          ? html`<div style="position: fixed; inset: 0 auto auto 0; width: ${width}px; background: #fff; font: 16px system-ui"><relu-fit-lab theme="light"></relu-fit-lab></div>`
          : html`<div style="position: fixed; inset: 0 auto auto 0; width: ${width}px; background: #fff; font: 16px system-ui"><relu-trio theme="light"></relu-trio></div>`,
      );
      const element = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      await document.fonts.ready;
      await frames();
      await frames();
      const result = await shoot(page, file);
      const why = result.missing ? `no picture at ${result.missing}` : result.size ? `size differs: ${result.size}` : `${result.mismatched} pixels differ (${result.diff}); npm run pictures remakes it`;
      expect(result.size, why).to.equal(undefined);
      expect(result.mismatched, why).to.be.within(0, result.allowed);
    });
  }
});
