// Where a slider update's rendering time goes, and what a change would save: a tool for working on
// speed (not part of `npm run bench`, whose numbers are the ones the README shows).
//
//   [JOB=four] node bench/update-split.mjs ['{"name": "css", ...}']
//
// For each variant, opens the built bundle's <relu-fit-lab> in headless Chromium, adds the variant's
// CSS to the lab's shadow root (a name starting with "js:" runs its value as page script instead),
// drags w1 through 240 values, one per frame as the bench does, and prints the median per update
// of Layout, Paint, PrePaint and style recalc (UpdateLayoutTree) from Chromium's trace. Run each
// variant twice, interleaved with the base: this 2-core VM is noisy. Example:
//
//   node bench/update-split.mjs '{"base":"","no units":"[part=units]{display:none}","base again":""}'
//
// JOB=four sets w1 b1 w2 b2 as attributes at once (the peers' job) instead of dragging w1.
// `window.SWEEP = (i) => value` (in a "js:" variant) changes the values the drag goes through.
// BUNDLE=path measures another build.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const UPDATES = 240;
const bundle = readFileSync(process.env.BUNDLE ?? new URL('../dist/relu-lab.bundle.js', import.meta.url));
const server = createServer((req, res) => {
  const js = req.url === '/b.js';
  res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
  res.end(js ? bundle : '<!doctype html><html lang="en"><body><script type="module" src="/b.js"></script><relu-fit-lab></relu-fit-lab></body></html>');
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const variants = JSON.parse(process.argv[2] ?? '{"base":""}');
for (const [name, change] of Object.entries(variants)) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('relu-fit-lab')?.hasUpdated);
  if (name.startsWith('js:')) await page.evaluate(change);
  else {
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const root = document.querySelector('relu-fit-lab').shadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }, change);
  }
  await page.waitForTimeout(200);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  await page.evaluate(async ([n, job]) => {
    const lab = document.querySelector('relu-fit-lab');
    const input = lab.shadowRoot.querySelector('#w1-range');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = 0; i < n; i++) {
      performance.mark(`u${i}`);
      const grid = (k) => String(window.SWEEP ? window.SWEEP(k) : ((k % 80) - 40) / 10);
      if (job === 'four') for (const [name, k] of [['w1', i], ['b1', i * 7], ['w2', i * 3], ['b2', i * 11]]) lab.setAttribute(name, grid(k));
      else {
        input.value = grid(i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await lab.updateComplete;
      await frame();
    }
    performance.mark(`u${n}`);
  }, [UPDATES, process.env.JOB ?? 'drag']);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const marks = traceEvents.filter((e) => /^u\d+$/.test(e.name)).map((e) => e.ts).sort((a, b) => a - b);
  const median = (eventName) => {
    const events = traceEvents.filter((e) => e.name === eventName && e.ph === 'X');
    const per = marks.slice(0, -1).map((from, i) => events.filter((e) => e.ts >= from && e.ts < marks[i + 1]).reduce((s, e) => s + e.dur, 0) / 1000);
    return per.sort((a, b) => a - b)[per.length >> 1].toFixed(2);
  };
  console.log(`${name.padEnd(16)} layout ${median('Layout')}  paint ${median('Paint')}  prepaint ${median('PrePaint')}  style ${median('UpdateLayoutTree')} (ms, median per update)`);
  await page.close();
}
await browser.close();
server.close();
