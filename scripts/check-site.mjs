/**
 * After `npm run build:site`: serves site/ under a sub-path from 127.0.0.1 and
 * checks, in Chromium, that each page works there (`npm run check:site`).
 * With SCREENSHOTS=1 it also writes screenshots/site-*.png.
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const PREFIX = '/courses/ml-101/relu-lab/';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (!url.pathname.startsWith(PREFIX)) return res.writeHead(404).end();
  const file = join('site', url.pathname.slice(PREFIX.length) || 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}${PREFIX}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems = [];
const checks = {
  '': async (page) => (await page.locator('relu-fit-lab').count()) >= 1,
  'demo/index.html': async (page) => page.evaluate(() => customElements.get('relu-fit-lab') !== undefined && document.querySelectorAll('relu-fit-lab').length >= 5),
  'demo/playground.html': async (page) => {
    await page.fill('input[name="w1"]', '1');
    // A default of '' in the manifest is an empty field, not the two quote marks.
    const quoted = await page.evaluate(() => [...document.querySelectorAll('input')].filter((i) => /^(''|"")$/.test(i.placeholder)).map((i) => i.name));
    if (quoted.length) problems.push(`demo/playground.html: placeholders that show quote marks: ${quoted.join(', ')}`);
    return page.evaluate(() => document.getElementById('snippet').textContent.includes('w1="1"') && document.querySelector('#preview relu-fit-lab').w1 === 1);
  },
  'demo/api.html': async (page) => page.evaluate(() => document.querySelectorAll('#api section').length === 3 && document.body.textContent.includes('relu-match')),
  'demo/recipes.html': async (page) => {
    // Every embed message the README lists, and no code line cut at the card's edge on a phone.
    const text = await page.evaluate(() => document.body.textContent);
    const missing = ['relu-ready', 'relu-input', 'relu-change', 'relu-match', 'relu-progress', 'relu-complete', 'resize'].filter((m) => !text.includes(m));
    if (missing.length) problems.push(`demo/recipes.html: embed messages not listed: ${missing.join(', ')}`);
    await page.setViewportSize({ width: 375, height: 800 });
    const cut = await page.evaluate(() => [...document.querySelectorAll('pre')].filter((p) => p.scrollWidth > p.clientWidth + 1).length);
    if (cut) problems.push(`demo/recipes.html: ${cut} code blocks wider than the page at 375 px`);
    return text.includes('CUSTOM_ELEMENTS_SCHEMA');
  },
  'demo/embed.html?w1=1&b1=-1&w2=2&b2=-4': async (page) => page.evaluate(async () => {
    const lab = document.querySelector('relu-fit-lab');
    await lab.updateComplete;
    return lab.matched;
  }),
};
try {
  for (const [path, check] of Object.entries(checks)) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    if (!(await check(page))) problems.push(`${path}: the page did not work`);
    if (process.env.SCREENSHOTS) {
      mkdirSync('screenshots', { recursive: true });
      await page.screenshot({ path: `screenshots/site-${path.replace(/[^a-z]+/g, '-') || 'root'}.png`, fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`site check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`site check passed: every page works under ${PREFIX}`);
