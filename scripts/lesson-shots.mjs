/**
 * Screenshots of lessons in given states, from the BUILT bundle (run `npm run build` first):
 *   node scripts/lesson-shots.mjs <out-dir> [width] [scheme] [forced]
 * Each lesson is a lab's markup and a script run on it (hints, the solution, a fit, a near miss).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const [out = 'screenshots', width = '1100', scheme = 'light', forced = ''] = process.argv.slice(2);
const LESSONS = {
  notebook: ['<relu-fit-lab></relu-fit-lab>', 'lab.w1 = 1; lab.b1 = -1; lab.w2 = 2; lab.b2 = -3.9;'],
  silent: [`<relu-fit-lab target="0,3 1,1 2,0 3,0" units='[{},{}]'></relu-fit-lab>`, 'await lab.revealSolution(); lab.showHint(); lab.showHint(); lab.showHint();'],
  straight: [`<relu-fit-lab target="0,0 1,2 2,1 3,0" units='[{},{},{}]' editable-output></relu-fit-lab>`, 'lab.showHint(); lab.showHint(); lab.showHint(); await lab.train({ maxSteps: 40 });'],
  zigzag: [`<relu-fit-lab target="0,0 1,1 2,0 3,1 4,0" units='[{},{},{},{}]' editable-output></relu-fit-lab>`, 'await lab.revealSolution();'],
};
const page = (body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>:root { color-scheme: light dark } body { margin: 0 auto; padding: 16px; max-width: 1100px; font-family: Georgia, serif }</style>
<script type="module" src="/relu-lab.bundle.js"></script></head><body>${body}
<script type="module">await customElements.whenDefined('relu-fit-lab'); const lab = document.querySelector('relu-fit-lab'); await lab.updateComplete; ${script} await lab.updateComplete; document.body.dataset.done = '1';</script></body></html>`;
const server = createServer((req, res) => {
  const name = new URL(req.url, 'http://x').pathname;
  // The bundle and the parts it loads on first use (dist/relu-lab.<part>.js), as a host serves them.
  if (/^\/relu-lab\.[\w-]+\.js$/.test(name)) return res.writeHead(200, { 'content-type': 'text/javascript' }), res.end(readFileSync(`dist${name}`));
  const lesson = LESSONS[name.slice(1)];
  if (!lesson) return res.writeHead(404), res.end();
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(page(...lesson));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(out, { recursive: true });
for (const name of Object.keys(LESSONS)) {
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, forcedColors: forced ? 'active' : 'none', reducedMotion: 'reduce' });
  const p = await ctx.newPage();
  p.on('console', (m) => m.type() === 'error' && console.log(name, m.text()));
  await p.goto(`http://127.0.0.1:${server.address().port}/${name}`);
  await p.waitForSelector('body[data-done]');
  await p.screenshot({ path: `${out}/${name}-${width}-${scheme}${forced ? '-forced' : ''}.png`, fullPage: true });
  const texts = await p.evaluate(() => [...document.querySelector('relu-fit-lab').shadowRoot.querySelectorAll('[part~="hint"], [part="status"], [part="gap"]')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean));
  console.log(`--- ${name}\n${texts.join('\n')}`);
  await ctx.close();
}
await browser.close();
server.close();
