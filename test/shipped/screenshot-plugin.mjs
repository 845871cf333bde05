/**
 * Test-runner commands for test/shipped/: screenshots of parts of the test
 * page, compared with each other (source build against shipped bundle) and
 * with committed baselines in test/shipped/baselines/.
 *
 *   relu-capture  { key, clip }   screenshot the clip (CSS px of the test page), kept under key
 *   relu-compare  { a, b, name }  pixels that differ between two captures
 *   relu-baseline { key, name }   pixels that differ from baselines/<name>.png, and how many may:
 *                                 none under the Chromium build baselines/chromium.txt names; under
 *                                 another build (a patch release's anti-aliasing and hinting), up to
 *                                 0.3 % of the picture, so a moved legend or a new button still fails
 *   relu-picture  { key, file }   the same against a README picture (docs/*.png), written instead
 *                                 with UPDATE_PICTURES=1
 *   relu-media    { colorScheme, forcedColors, reducedMotion }   emulated media features;
 *                 unlike @web/test-runner-commands' emulateMedia, whose Chrome (puppeteer)
 *                 path silently drops forcedColors, this really renders forced colours
 *   relu-ax       { selector }   the accessibility tree under the first element matching
 *                 `selector` (piercing shadow roots), as Chromium exposes it to screen readers
 *                 (Accessibility.getPartialAXTree): nested { role, name, value, description,
 *                 properties, children }, ignored nodes left out
 *   relu-touch    { points: [[x, y], …], end: 'touchEnd' | 'touchCancel' }   a trusted touch
 *                 gesture through the DevTools protocol (Input.dispatchTouchEvent), in CSS px
 *                 of the viewport: touchStart at the first point, touchMove through the rest,
 *                 then the end (touchCancel is what the browser sends when it takes a gesture)
 *
 * Differences are counted with pixelmatch, ignoring anti-aliased pixels.
 * A failed comparison writes <name>.actual.png, .expected.png and .diff.png
 * to test-results/visual/. UPDATE_BASELINES=1 rewrites the baselines instead
 * of comparing (see README, "Visual baselines").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import process from 'node:process';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = new URL('./baselines/', import.meta.url).pathname;
const RESULTS = 'test-results/visual';
const OPTIONS = { threshold: 0.1, includeAA: false };

function diff(actual, expected) {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { mismatched: -1, size: `${actual.width}×${actual.height} against ${expected.width}×${expected.height}` };
  }
  const out = new PNG({ width: actual.width, height: actual.height });
  const mismatched = pixelmatch(actual.data, expected.data, out.data, actual.width, actual.height, OPTIONS);
  return { mismatched, out };
}

/** Share of a picture's pixels that may differ under another Chromium build than the baselines'. */
const TOLERANCE = 0.003;

/** Pixels of `actual` that differ from the PNG in `file`, and how many may (`tolerance` of them). */
function compareWith(file, actual, name, tolerance, note) {
  if (!existsSync(file)) return { mismatched: -1, allowed: 0, missing: file };
  const expected = PNG.sync.read(readFileSync(file));
  const result = diff(actual, expected);
  const allowed = Math.floor(tolerance * actual.width * actual.height);
  if (result.mismatched !== 0) result.diff = keep(name, actual, expected, result.out);
  return { mismatched: result.mismatched, allowed, size: result.size, diff: result.diff, note };
}

function keep(name, actual, expected, out) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.actual.png`), PNG.sync.write(actual));
  writeFileSync(join(RESULTS, `${name}.expected.png`), PNG.sync.write(expected));
  if (out) writeFileSync(join(RESULTS, `${name}.diff.png`), PNG.sync.write(out));
  return join(RESULTS, `${name}.diff.png`);
}

/** One DevTools session per page: emulated media lasts as long as the session that set it. */
const cdpSessions = new WeakMap();
async function cdp(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

export function screenshotPlugin() {
  const captures = new Map();
  return {
    name: 'relu-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command === 'relu-media') {
        if (session.browser.type !== 'puppeteer') throw new Error('relu-media needs the Chrome launcher');
        const names = { colorScheme: 'prefers-color-scheme', forcedColors: 'forced-colors', reducedMotion: 'prefers-reduced-motion' };
        const features = Object.entries(names)
          .filter(([key]) => payload[key] != null)
          .map(([key, name]) => ({ name, value: payload[key] }));
        const client = await cdp(session.browser.getPage(session.id));
        await client.send('Emulation.setEmulatedMedia', { media: '', features });
        return true;
      }
      if (command === 'relu-ax') {
        if (session.browser.type !== 'puppeteer') throw new Error('relu-ax needs the Chrome launcher');
        const page = session.browser.getPage(session.id);
        const client = await cdp(page);
        await client.send('DOM.enable');
        await client.send('Accessibility.enable');
        const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
        const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: payload.selector });
        if (!nodeIds.length) throw new Error(`relu-ax: nothing matches ${payload.selector}`);
        const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId: nodeIds[0], fetchRelatives: false });
        const top = nodes[0];
        const { nodes: all } = await client.send('Accessibility.getFullAXTree');
        const byId = new Map(all.map((n) => [n.nodeId, n]));
        const build = (node) => {
          const children = (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap((child) => {
            const built = build(child);
            return child.ignored ? built.children : [built];
          });
          const properties = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value]));
          return { role: node.role?.value, name: node.name?.value ?? '', value: node.value?.value, description: node.description?.value ?? '', properties, children };
        };
        return build(byId.get(top.nodeId) ?? top);
      }
      if (command === 'relu-touch') {
        if (session.browser.type !== 'puppeteer') throw new Error('relu-touch needs the Chrome launcher');
        const client = await cdp(session.browser.getPage(session.id));
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        const [first, ...rest] = payload.points;
        const at = ([x, y]) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(first) });
        for (const point of rest) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(point) });
        await client.send('Input.dispatchTouchEvent', { type: payload.end ?? 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'relu-capture') {
        if (session.browser.type !== 'puppeteer') throw new Error('relu-capture needs the Chrome launcher');
        const page = session.browser.getPage(session.id);
        const { x, y, width, height } = payload.clip;
        const clip = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
        const shot = await page.screenshot({ type: 'png', clip, captureBeyondViewport: false });
        captures.set(payload.key, PNG.sync.read(Buffer.from(shot)));
        return { width: clip.width, height: clip.height };
      }
      if (command === 'relu-compare') {
        const a = captures.get(payload.a);
        const b = captures.get(payload.b);
        if (!a || !b) throw new Error(`relu-compare: no capture ${a ? payload.b : payload.a}`);
        const result = diff(b, a);
        if (result.mismatched !== 0) result.diff = keep(payload.name, b, a, result.out);
        return { mismatched: result.mismatched, size: result.size, diff: result.diff };
      }
      if (command === 'relu-baseline') {
        const actual = captures.get(payload.key);
        if (!actual) throw new Error(`relu-baseline: no capture ${payload.key}`);
        const file = join(BASELINES, `${payload.name}.png`);
        // Baselines hold one Chromium's text rendering: another version is not compared against them.
        const versionFile = join(BASELINES, 'chromium.txt');
        const browser = await session.browser.getPage(session.id).browser().version();
        if (process.env.UPDATE_BASELINES === '1') {
          mkdirSync(BASELINES, { recursive: true });
          writeFileSync(versionFile, `${browser}\n`);
          // Screenshots are opaque: RGB at the best compression keeps the committed files small.
          writeFileSync(file, PNG.sync.write(actual, { colorType: 2, deflateLevel: 9 }));
          return { mismatched: 0, allowed: 0, updated: true };
        }
        const made = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : browser;
        return compareWith(file, actual, payload.name, made === browser ? 0 : TOLERANCE, made === browser ? undefined : `baselines were made with ${made}, this is ${browser}`);
      }
      if (command === 'relu-picture') {
        const actual = captures.get(payload.key);
        if (!actual) throw new Error(`relu-picture: no capture ${payload.key}`);
        const file = join(process.cwd(), payload.file);
        if (process.env.UPDATE_PICTURES === '1') {
          writeFileSync(file, PNG.sync.write(actual, { colorType: 2, deflateLevel: 9 }));
          return { mismatched: 0, allowed: 0, updated: true };
        }
        const versionFile = join(BASELINES, 'chromium.txt');
        const browser = await session.browser.getPage(session.id).browser().version();
        const made = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : browser;
        return compareWith(file, actual, payload.file.replace(/\W+/g, '-'), made === browser ? 0 : TOLERANCE);
      }
      return undefined;
    },
  };
}
