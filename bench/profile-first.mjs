// Where the time goes, as a CPU profile of the bundle in headless Chromium (a tool for working on speed, not part of `npm run bench`).
//   node bench/profile-first.mjs [first|drag|dragframes]
//     first: 30 labs' first render; drag: 300 slider updates back to back; dragframes: one update per frame.
//   BUNDLE=path      profile another build (an unminified `esbuild src/define.ts --bundle --format=esm` keeps names)
//   INCLUSIVE=1      also list inclusive time per function
//   TREE=name        print the call tree under the function `name` (DEPTH=levels, MIN=fraction of it to show)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const root = new URL('..', import.meta.url).pathname;
const bundle = readFileSync(process.env.BUNDLE ?? `${root}dist/relu-lab.bundle.js`);
const server = createServer((req, res) => {
  if (req.url === '/bundle.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(bundle); return; }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<!doctype html><html lang="en"><body style="width:1100px"><script type="module" src="/bundle.js"></script><div id="root"></div></body></html>');
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForFunction(() => customElements.get('relu-fit-lab'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.evaluate(async () => { for (let i = 0; i < 5; i++) { const l = document.createElement('relu-fit-lab'); document.getElementById('root').append(l); await l.updateComplete; l.remove(); } });
await cdp.send('Profiler.start');
const mode = process.argv[2] ?? 'first';
const t = await page.evaluate(async (mode) => {
  const root = document.getElementById('root');
  if (mode === 'drag' || mode === 'dragframes') {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const lab = document.createElement('relu-fit-lab');
    root.append(lab);
    await lab.updateComplete;
    const input = lab.shadowRoot.querySelector('#w1-range');
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) {
      input.value = String(((i % 80) - 40) / 10);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await lab.updateComplete;
      if (mode === 'dragframes') await frame();
    }
    return (performance.now() - t0) / 300;
  }
  const t0 = performance.now();
  for (let i = 0; i < 30; i++) root.append(document.createElement('relu-fit-lab'));
  await Promise.all([...root.children].map((l) => l.updateComplete));
  root.getBoundingClientRect();
  return performance.now() - t0;
}, mode);
const { profile } = await cdp.send('Profiler.stop');
console.log(mode, t.toFixed(2), 'ms');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(7), 'ms', k));
if (process.env.INCLUSIVE) {
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(name(byId.get(cur)));
    for (const k of seen) incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0));
  });
  console.log('--- inclusive');
  [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).forEach(([k, v]) => console.log((v / 1000).toFixed(1).padStart(7), 'ms', k));
}
if (process.env.TREE) {
  // Top-down tree under the function named TREE, to a depth of 4, children over 1% of it.
  const total = new Map();
  const walkTotal = (n) => { let t = self0.get(n.id) ?? 0; for (const c of n.children ?? []) t += walkTotal(byId.get(c)); total.set(n.id, t); return t; };
  const self0 = new Map();
  profile.samples.forEach((id, i) => self0.set(id, (self0.get(id) ?? 0) + (dt[i] ?? 0)));
  const rootNode = profile.nodes[0];
  walkTotal(rootNode);
  const label = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  const print = (n, depth, base) => {
    if (depth > (Number(process.env.DEPTH) || 5)) return;
    const kids = (n.children ?? []).map((c) => byId.get(c)).sort((a, b) => total.get(b.id) - total.get(a.id));
    for (const k of kids) if (total.get(k.id) > base * (Number(process.env.MIN) || 0.02)) { console.log(`${'  '.repeat(depth)}${(total.get(k.id) / 1000).toFixed(1)} ${label(k)}`); print(k, depth + 1, base); }
  };
  const find = (n) => { if (n.callFrame.functionName === process.env.TREE) return n; for (const c of n.children ?? []) { const f = find(byId.get(c)); if (f) return f; } return null; };
  const start = find(rootNode);
  console.log(`${(total.get(start.id) / 1000).toFixed(1)} ${label(start)}`);
  print(start, 1, total.get(start.id));
}
await browser.close(); server.close();
