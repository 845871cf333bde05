/**
 * An eyes-closed driver: the built bundle's lab on a plain page in headless
 * Chromium, perceived only as a screen-reader user would (the accessibility
 * tree, the focused node, and what would be spoken) and driven only by keys.
 *
 *   node scripts/eyes-closed.mjs [--lesson default|four|challenges] [--tree] KEY…
 *
 * Runs `npm run build` output (dist/relu-lab.bundle.js). Presses each KEY in
 * order (Playwright key names: Tab, Shift+Tab, ArrowRight, Enter, Space, End,
 * "type:1.5" types text, "wait" pauses 1.2 s as a listener does) and after each prints what is heard: the focused
 * node (role, name, value, description and states) when focus moves or its
 * value changes, and every polite or assertive live-region message. --tree
 * first prints the lab's accessibility tree (Playwright's ariaSnapshot), as a
 * screen reader's browse mode would read it. The state starts fresh every
 * run, so a session is a growing list of keys. It ends with a tally: live
 * messages heard twice in a row (or one inside the next), and presses after
 * which focus was on nothing.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright-core';

const LESSONS = {
  default: '<relu-fit-lab></relu-fit-lab>',
  four: `<relu-fit-lab target="0,0 1,1 2,0 3,1" units='[{},{},{},{}]' editable-output></relu-fit-lab>`,
  challenges: `<relu-fit-lab challenges='${JSON.stringify([
    { title: 'Ramp', target: '0,0 1,0 3,2', units: [{}], prompt: 'One unit: make it wake up at x = 1.' },
    { title: 'Valley', target: '0,1 1,0 3,2', units: [{ w: -1, b: 1, fixed: true }, {}], prompt: 'Unit 0 is fixed; add the rise.' },
  ])}'></relu-fit-lab>`,
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const lesson = LESSONS[option('--lesson', 'default')];
const tree = args.includes('--tree') && args.splice(args.indexOf('--tree'), 1);
const keys = args;

const page0 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title>
<script type="module" src="/relu-lab.bundle.js"></script></head><body><main><h1>Fitting with ReLU units</h1>${lesson}</main></body></html>`;
// The bundle and the parts it loads on first use (dist/relu-lab.<part>.js), as a host serves them.
const server = createServer((req, res) => {
  const name = /^\/(relu-lab\.[\w-]+\.js)(?:\?|$)/.exec(req.url)?.[1];
  res.writeHead(200, { 'content-type': name ? 'text/javascript' : 'text/html' });
  res.end(name ? readFileSync(new URL(`../dist/${name}`, import.meta.url)) : page0);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--force-renderer-accessibility'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('relu-fit-lab')?.hasUpdated);
  // What a screen reader hears: live-region text as it changes, in the page.
  await page.evaluate(() => {
    window.__speech = [];
    const regions = () => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const live = el.getAttribute('aria-live') || ({ status: 'polite', alert: 'assertive', log: 'polite' })[el.getAttribute('role')];
          if (live && live !== 'off') out.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    };
    for (const region of regions()) {
      new MutationObserver(() => {
        const text = region.textContent.replace(/\s+/g, ' ').trim();
        if (text) window.__speech.push(text);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
  if (tree) console.log(`${await page.locator('relu-fit-lab').ariaSnapshot()}\n`);

  const cdp = await page.context().newCDPSession(page);
  /** The focused node as the accessibility tree has it. */
  const focused = async () => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const node = nodes.findLast((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value));
    if (!node) return 'nothing focused';
    const prop = (name) => node.properties?.find((p) => p.name === name)?.value.value;
    const parts = [node.role?.value, node.name?.value && `"${node.name.value}"`];
    // Chromium's DevTools tree leaves valuetext empty (screen readers get aria-valuetext through
    // the platform API), so read it from the focused element itself.
    const valueText = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-valuetext') ?? '';
    });
    if (valueText) parts.push(`value "${valueText}"`);
    else if (node.value?.value !== undefined && node.value.value !== '') parts.push(`value ${Number(node.value.value.toFixed?.(6) ?? node.value.value)}`);
    for (const state of ['pressed', 'expanded', 'disabled', 'readonly', 'checked']) {
      const v = prop(state);
      if (v !== undefined && v !== false && v !== 'false') parts.push(`${state}${v === true || v === 'true' ? '' : ` ${v}`}`);
    }
    if (node.description?.value) parts.push(`— ${node.description.value}`);
    return parts.filter(Boolean).join(', ');
  };

  let last = '';
  let presses = 0;
  let lastSpoken = '';
  const duplicated = [];
  const lost = [];
  const heard = async () => {
    for (const text of await page.evaluate(() => window.__speech.splice(0))) {
      console.log(`     live: «${text}»`);
      // Said twice: the same words again, or one message's words inside the next.
      if (lastSpoken && (text === lastSpoken || text.includes(lastSpoken) || lastSpoken.includes(text))) duplicated.push(text);
      lastSpoken = text;
    }
  };
  for (const key of keys) {
    if (key === 'wait') {
      await page.waitForTimeout(1200);
      await heard();
      continue;
    }
    if (key.startsWith('type:')) await page.keyboard.type(key.slice(5));
    else await page.keyboard.press(key);
    presses++;
    await page.waitForTimeout(key.startsWith('type:') ? 200 : 60);
    const now = await focused();
    if (now === 'nothing focused') lost.push(`${presses}. ${key}`);
    console.log(now !== last ? `${presses}. ${key} → ${now}` : `${presses}. ${key}`);
    last = now;
    await heard();
  }
  // Let polite announcements (spoken after a pause) arrive.
  await page.waitForTimeout(1500);
  await heard();
  const state = await page.evaluate(() => document.querySelector('relu-fit-lab').snapshot);
  console.log(`\n(After ${presses} key presses; for the record, not heard: matched ${state.matched}.)`);
  console.log(`Duplicated announcements: ${duplicated.length ? duplicated.map((d) => `«${d}»`).join(', ') : 'none'}. Focus lost: ${lost.length ? lost.join(', ') : 'never'}.`);
} finally {
  await browser.close();
  server.close();
}
