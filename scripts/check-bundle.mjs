/**
 * Smoke test of dist/relu-lab.bundle.js as an author would use it: one
 * <script type="module"> on a static page (loaded twice, as two copies of the
 * package would be), served from 127.0.0.1 with the parts it loads on first use beside it, in
 * headless Chromium. Fails unless every element is defined, renders, the lab computes and fires
 * events, and a hint comes from the analysis loaded on first use.
 * Run after `npm run build`: `npm run check:bundle`.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const bundle = readFileSync(new URL('../dist/relu-lab.bundle.js', import.meta.url));
const embedJs = readFileSync(new URL('../dist/relu-lab.embed.js', import.meta.url));
const embedHtml = readFileSync(new URL('../dist/embed.html', import.meta.url));
const page = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<script type="module" src="/relu-lab.bundle.js"></script>
<script type="module" src="/relu-lab.bundle.js?second-copy"></script></head><body>
<relu-trio></relu-trio>
<relu-unit-plot for="lab" unit="2"></relu-unit-plot>
<relu-fit-lab id="lab"></relu-fit-lab>
</body></html>`;

const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  // The parts the bundle loads on first use sit beside it (dist/relu-lab.<part>.js), as a host serves them.
  const part = /^\/(relu-lab\.[\w-]+\.js)$/.exec(path)?.[1];
  const [body, type] =
    path === '/relu-lab.bundle.js' ? [bundle, 'text/javascript']
    : part && part !== 'relu-lab.embed.js' ? [readFileSync(new URL(`../dist/${part}`, import.meta.url)), 'text/javascript']
    : path === '/relu-lab.embed.js' ? [embedJs, 'text/javascript']
    : path === '/embed.html' ? [embedHtml, 'text/html']
    : [page, 'text/html'];
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => customElements.get('relu-fit-lab') && document.querySelector('relu-fit-lab').shadowRoot, null, { timeout: 10_000 });
  const result = await tab.evaluate(async () => {
    const lab = document.querySelector('relu-fit-lab');
    const plot = document.querySelector('relu-unit-plot');
    const trio = document.querySelector('relu-trio');
    const matched = new Promise((resolve) => lab.addEventListener('relu-match', () => resolve(true), { once: true }));
    Object.assign(lab, { w1: 1, b1: -1, w2: 2, b2: -4 });
    await lab.updateComplete;
    await plot.updateComplete;
    return {
      defined: ['relu-trio', 'relu-unit-plot', 'relu-fit-lab'].every((t) => customElements.get(t)),
      trioTitles: [...trio.shadowRoot.querySelectorAll('.plot-title')].map((t) => t.textContent).join(','),
      germanTick: [...trio.shadowRoot.querySelectorAll('.plot-tick')].some((t) => t.textContent.includes(',')),
      labTitles: lab.shadowRoot.querySelectorAll('.plot-title').length,
      matched: await Promise.race([matched, new Promise((r) => setTimeout(() => r(false), 2000))]),
      error: lab.error,
      followed: plot.w === 2 && plot.b === -4,
      // A part loaded on first use: the first hint, from the lesson's analysis (in German, the page's language).
      hint: await (async () => {
        lab.reset();
        lab.showHint();
        await lab.updateComplete;
        return lab.shadowRoot.querySelector('[part="hint"]')?.textContent ?? '';
      })(),
    };
  });
  const expect = (ok, what) => ok || problems.push(what);
  expect(result.defined, 'not every element is defined');
  expect(result.trioTitles === 'Linear,Sigmoid,ReLU', `trio titles: ${result.trioTitles}`);
  expect(result.germanTick, 'ticks are not formatted for lang="de"');
  expect(result.labTitles === 4, `lab plots: ${result.labTitles}`);
  expect(result.matched === true && result.error < 1e-20, 'the solution did not match');
  expect(result.followed, 'the unit plot did not follow the lab');
  expect(result.hint.length > 20, `no hint from the analysis loaded on first use: "${result.hint}"`);

  // The embed page, as an author would iframe it.
  const embed = await browser.newPage();
  embed.on('pageerror', (e) => problems.push(`embed page error: ${e.message}`));
  await embed.goto(`http://127.0.0.1:${server.address().port}/embed.html?w1=1&b1=-1&w2=2&b2=-4`);
  await embed.waitForFunction(() => document.querySelector('relu-fit-lab')?.shadowRoot, null, { timeout: 10_000 });
  const embedded = await embed.evaluate(async () => {
    const lab = document.querySelector('relu-fit-lab');
    await lab.updateComplete;
    return lab.matched;
  });
  expect(embedded === true, 'dist/embed.html did not render a matched lab from its URL');
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`bundle check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`bundle check passed: dist/relu-lab.bundle.js (${bundle.length} bytes) works from one script tag, and dist/embed.html from its URL`);
