/**
 * `npm run bench`: sizes and speed of relu-lab, measured in headless Chromium
 * (the system's, via playwright-core), against a hand-written vanilla SVG
 * floor measured in the same run. Prints a Markdown table, writes it to
 * bench/results/latest.md and puts it into README.md between the
 * `<!-- bench:latest -->` markers (test/docs/readme-numbers.test.ts checks
 * the two agree, so the README's numbers are never typed by hand).
 *
 * Speed comes from Chromium's own trace (script, style, layout, paint on the
 * renderer's main thread between user-timing marks), not from timers in tests.
 */
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { gz, kb } from './sizes.mjs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

// Sizes -------------------------------------------------------------------

const bundle = readFileSync(`${root}dist/relu-lab.bundle.js`);

/** Minified size of `entry` with everything outside `own` left external. */
async function ownSize(entry, own) {
  const out = `${root}.bench-tmp`;
  rmSync(out, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: out,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'x.js' },
      rolldownOptions: {
        external: (id, importer) => importer !== undefined && !id.startsWith('\0') && !own(id, importer),
        // As the bundle is built: what a part loaded on first use shares stays in the entry (else
        // it would go to a shared chunk and leave this count); that part itself is not counted.
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true },
      },
    },
  });
  const code = readFileSync(`${out}/x.js`);
  rmSync(out, { recursive: true, force: true });
  return code;
}

const inFolder = (folder) => (id, importer) => {
  const path = new URL(id, `file://${importer}`).pathname;
  return path.includes(`/src/elements/${folder}/`);
};
const sizes = [['dist/relu-lab.bundle.js, the first load (every element, Lit included; the parts a learner uses load on first use, measured apart by npm run size)', bundle]];
for (const [tag, folder] of [
  ['relu-trio', 'relu-trio'],
  ['relu-unit-plot', 'relu-unit-plot'],
  ['relu-fit-lab', 'relu-fit-lab'],
]) {
  sizes.push([`<${tag}>'s own code (src/elements/${folder}/)`, await ownSize(`${root}src/elements/${folder}/${folder}.ts`, inFolder(folder))]);
}

// Peers: the same four-plot job as a bare vanilla SVG floor, a minimal Lit element and uPlot,
// each bundled and minified as a page would load it, measured in the same run as the lab.
const PEERS = {
  vanilla: { name: 'bare vanilla SVG (bench/vanilla.js)', entry: `${root}bench/vanilla.js`, mount: 'mountVanilla' },
  lit: { name: 'minimal Lit element (bench/peers/lit.js)', entry: `${root}bench/peers/lit.js`, mount: 'mount' },
  uplot: { name: 'uPlot 1.6 (bench/peers/uplot.js)', entry: `${root}bench/peers/uplot.js`, mount: 'mount', css: `${root}node_modules/uplot/dist/uPlot.min.css` },
};
for (const peer of Object.values(PEERS)) {
  const out = await esbuild({ entryPoints: [peer.entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  peer.code = Buffer.from(out.outputFiles[0].text);
}

// Pages -------------------------------------------------------------------

const pages = {
  '/bundle.js': [bundle, 'text/javascript'],
  '/vanilla.js': [readFileSync(`${root}bench/vanilla.js`), 'text/javascript'],
  '/lab.html': [`<!doctype html><html lang="en"><meta charset="utf-8"><body style="width:1100px"><script type="module" src="/bundle.js"></script><div id="root"></div></body></html>`, 'text/html'],
  '/vanilla.html': [`<!doctype html><html lang="en"><meta charset="utf-8"><body style="width:1100px"><div id="root"></div><script type="module">import { mountVanilla } from '/vanilla.js'; window.mountVanilla = mountVanilla;</script></body></html>`, 'text/html'],
};
for (const [key, peer] of Object.entries(PEERS)) {
  pages[`/peer-${key}.js`] = [peer.code, 'text/javascript'];
  if (peer.css) pages[`/peer-${key}.css`] = [readFileSync(peer.css), 'text/css'];
  pages[`/peer-${key}.html`] = [
    `<!doctype html><html lang="en"><meta charset="utf-8">${peer.css ? `<link rel="stylesheet" href="/peer-${key}.css">` : ''}<body style="width:1100px"><div id="root"></div><script type="module">import { ${peer.mount} as mount } from '/peer-${key}.js'; window.mountPeer = mount;</script></body></html>`,
    'text/html',
  ];
}
// Cold start: a fresh page that draws one lab (or one peer's plots) as it loads; the time is
// performance.now() once it is drawn and laid out, so it counts from navigation: the HTML, the
// script's fetch, parse and evaluation (where uPlot makes its number format) and the first draw.
pages['/cold-lab.html'] = [
  `<!doctype html><html lang="en"><meta charset="utf-8"><body style="width:1100px"><div id="root"><relu-fit-lab></relu-fit-lab></div><script type="module">import '/bundle.js'; const lab = document.querySelector('relu-fit-lab'); await lab.updateComplete; lab.getBoundingClientRect(); window.coldDone = performance.now();</script></body></html>`,
  'text/html',
];
for (const [key, peer] of Object.entries(PEERS)) {
  pages[`/cold-${key}.html`] = [
    `<!doctype html><html lang="en"><meta charset="utf-8">${peer.css ? `<link rel="stylesheet" href="/peer-${key}.css">` : ''}<body style="width:1100px"><div id="root"></div><script type="module">import { ${peer.mount} as mount } from '/peer-${key}.js'; const box = document.getElementById('root'); mount(box); await Promise.resolve(); await Promise.resolve(); box.getBoundingClientRect(); window.coldDone = performance.now();</script></body></html>`,
    'text/html',
  ];
}
const server = createServer((req, res) => {
  const url = req.url.split('?')[0];
  const [body, type] = pages[url] ?? ['not found', 'text/plain'];
  // Cross-origin isolated, so performance.now() has microsecond (not 100 µs) resolution.
  res.writeHead(pages[url] ? 200 : 404, {
    'content-type': type,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  res.end(body);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--js-flags=--expose-gc', '--enable-precise-memory-info',
  ],
});
const browserVersion = browser.version();

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(origin + path);
  if (path === '/lab.html') await page.waitForFunction(() => customElements.get('relu-fit-lab'));
  else if (path.startsWith('/peer-')) await page.waitForFunction(() => window.mountPeer);
  else await page.waitForFunction(() => window.mountVanilla);
  return page;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// Trace analysis ------------------------------------------------------------

const CATEGORY = {
  script: ['EventDispatch', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'V8.Execute'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
};

/** Length of the union of intervals, clipped to [from, to). */
function covered(intervals, from, to) {
  const clipped = intervals.map(([a, b]) => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Per update: ms of script, style, layout, paint and their union, from the trace. */
function analyse(trace, updates) {
  const events = JSON.parse(trace).traceEvents;
  const marks = new Map();
  for (const e of events) if (/^u\d+$/.test(e.name) && e.cat.includes('blink.user_timing')) marks.set(e.name, e);
  const mark0 = marks.get('u0');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === mark0.pid);
  const tid = main.tid;
  const intervals = Object.fromEntries(Object.keys(CATEGORY).map((k) => [k, []]));
  for (const e of events) {
    if (e.pid !== mark0.pid || e.tid !== tid || e.ph !== 'X') continue;
    for (const [k, names] of Object.entries(CATEGORY)) if (names.includes(e.name)) intervals[k].push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  const all = Object.values(intervals).flat();
  const rows = [];
  for (let i = 0; i < updates; i++) {
    const from = marks.get(`u${i}`).ts;
    const to = marks.get(`u${i + 1}`).ts;
    const row = { total: covered(all, from, to) / 1000 };
    for (const k of Object.keys(CATEGORY)) row[k] = covered(intervals[k], from, to) / 1000;
    rows.push(row);
  }
  return rows;
}

/**
 * Makes `window.benchStep(i)` the update `job` asks for on the page's `window.benchInput`: 'drag'
 * (a slider's input event, w1 alone) or 'four' (the peers' job: w1 b1 w2 b2 set at once: as
 * attributes on a lab, through each peer's own setter otherwise).
 */
function setStep(page, job) {
  return page.evaluate((job) => {
    const input = window.benchInput;
    const host = input.getRootNode().host;
    const lab = host?.localName === 'relu-fit-lab' ? host : null;
    const grid = (k) => String(((k % 80) - 40) / 10);
    window.benchStep = (i) => {
      if (job === 'drag') {
        // The browser moves the thumb itself in a real drag; the clock starts at the input event.
        input.value = grid(i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else if (lab) {
        for (const [name, k] of [['w1', i], ['b1', i * 7], ['w2', i * 3], ['b2', i * 11]]) lab.setAttribute(name, grid(k));
      } else {
        input.setAll(...[i, i * 7, i * 3, i * 11].map((k) => Number(grid(k))));
      }
      // uPlot redraws in a microtask: count it in the update's script.
      return host?.updateComplete ?? Promise.resolve().then(() => Promise.resolve());
    };
  }, job);
}

/** `n` updates (steps `from` to `from + n − 1`), one per frame, marked u0 … un for the trace: each update's own script in ms. */
const run = (page, n, from = 0) =>
  page.evaluate(
    async ([n, from]) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await frame();
      const scripts = [];
      for (let i = 0; i < n; i++) {
        performance.mark(`u${i}`);
        const t0 = performance.now();
        await window.benchStep(from + i);
        scripts.push(performance.now() - t0);
        await frame();
      }
      performance.mark(`u${n}`);
      return scripts;
    },
    [n, from],
  );

/** `n` updates from `from` under the tracer: script, style, layout and paint of each. */
async function traced(page, n, from = 0) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  await run(page, n, from);
  return analyse((await browser.stopTracing()).toString(), n);
}

/**
 * Runs 300 updates of `job`, one per frame: once untraced, timing the update's own script in the
 * page (tracing slows script down), then under the tracer for script + style + layout + paint.
 */
async function drag(page, findInput, job = 'drag') {
  await page.evaluate(findInput);
  await setStep(page, job);
  const scripts = await run(page, 300);
  // Warm: the same updates back to back with no frame between them (best of 5 runs of 300).
  const warm = await page.evaluate(async () => {
    const runs = [];
    for (let r = 0; r < 5; r++) {
      let total = 0;
      for (let i = 0; i < 300; i++) {
        const t0 = performance.now();
        await window.benchStep(i);
        total += performance.now() - t0;
      }
      runs.push(total / 300);
    }
    return Math.min(...runs);
  });
  return (await traced(page, 300)).map((row, i) => ({ ...row, ownScript: scripts[i], warm }));
}

/**
 * The peers' job on every page (each with its `window.benchInput` found), interleaved: 6 blocks
 * of 50 updates, each page's block in turn, untraced (own script) then traced, so the machine's
 * drift during the run weighs on the lab and its peers alike. Rows by page key.
 */
async function interleavedFour(pages, blocks = 6, size = 50) {
  const keys = Object.keys(pages);
  for (const key of keys) await setStep(pages[key], 'four');
  const scripts = Object.fromEntries(keys.map((key) => [key, []]));
  const rows = Object.fromEntries(keys.map((key) => [key, []]));
  for (const [into, measure] of [[scripts, run], [rows, traced]]) {
    for (let block = 0; block < blocks; block++) {
      for (const key of keys) {
        await pages[key].bringToFront();
        into[key].push(...(await measure(pages[key], size, block * size)));
      }
    }
  }
  return Object.fromEntries(keys.map((key) => [key, rows[key].map((row, i) => ({ ...row, ownScript: scripts[key][i] }))]));
}

// Measurements ---------------------------------------------------------------

/**
 * First renders, interleaved: each round mounts one of each (the lab, then each peer, each in its
 * own page) so a machine that slows down or speeds up during the run weighs on all of them alike.
 * 21 rounds; the median leaves out the first (cold) one.
 */
const firstPages = { lab: await open('/lab.html') };
for (const key of Object.keys(PEERS)) firstPages[key] = await open(`/peer-${key}.html`);
const labOnce = async () => {
  const t0 = performance.now();
  const lab = document.createElement('relu-fit-lab');
  document.getElementById('root').append(lab);
  await lab.updateComplete;
  lab.getBoundingClientRect();
  const time = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  lab.remove();
  return time;
};
const peerOnce = async () => {
  const box = document.createElement('div');
  const t0 = performance.now();
  document.getElementById('root').append(box);
  window.mountPeer(box);
  // uPlot draws in a microtask after it is created: count that too.
  await Promise.resolve();
  await Promise.resolve();
  box.getBoundingClientRect();
  const time = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  box.remove();
  return time;
};
const firsts = Object.fromEntries(Object.keys(firstPages).map((key) => [key, []]));
for (let round = 0; round < 21; round++) {
  for (const [key, page] of Object.entries(firstPages)) {
    await page.bringToFront();
    firsts[key].push(await page.evaluate(key === 'lab' ? labOnce : peerOnce));
  }
}
for (const page of Object.values(firstPages)) await page.close();
const firstRender = firsts.lab;

/** Cold starts, interleaved: each round opens a fresh page of each (7 rounds); ms from navigation to the first draw laid out. */
const colds = Object.fromEntries(['lab', ...Object.keys(PEERS)].map((key) => [key, []]));
for (let round = 0; round < 7; round++) {
  for (const key of Object.keys(colds)) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${origin}/cold-${key}.html?${round}`);
    await page.waitForFunction(() => window.coldDone);
    colds[key].push(await page.evaluate(() => window.coldDone));
    await page.close();
  }
}

const labPage = await open('/lab.html');
await labPage.evaluate(async () => {
  const lab = document.createElement('relu-fit-lab');
  document.getElementById('root').append(lab);
  await lab.updateComplete;
});
const findLabInput = () => {
  window.benchInput = document.querySelector('relu-fit-lab').shadowRoot.querySelector('#w1-range');
};
const labUpdates = await drag(labPage, findLabInput);

const vanillaPage = await open('/vanilla.html');
const vanillaUpdates = await drag(vanillaPage, () => {
  window.benchInput = window.mountVanilla(document.getElementById('root'));
});
await vanillaPage.close();

/** Each peer's drag; then the peers' own job, interleaved with the lab's. */
const peers = {};
const peerPages = {};
for (const key of Object.keys(PEERS)) {
  const page = (peerPages[key] = await open(`/peer-${key}.html`));
  const updates = await drag(page, () => {
    window.benchInput = window.mountPeer(document.getElementById('root'));
  });
  peers[key] = { first: firsts[key], updates };
}
const fours = await interleavedFour({ lab: labPage, ...peerPages });
const labFour = fours.lab;
for (const key of Object.keys(PEERS)) peers[key].four = fours[key];

/**
 * Where the lab's layout goes on the peers' job: the same updates with one part of the lab left
 * out (display: none), the layout each forces (read at once after the update) against the whole
 * lab's, in rounds of 25 updates per case (the first after a change of case left out). ms saved.
 */
const LAYOUT_PARTS = {
  'the unit plots': '.figure[class*="figure-unit"] svg.plot',
  'their handles': 'svg.handles',
  'the main plot': '.figure-main svg.plot',
  'the network diagram': 'figure.network',
  'the captions': '.caption',
  'the sliders and boxes': '.sliders',
};
LAYOUT_PARTS['all six at once'] = Object.values(LAYOUT_PARTS).join(', ');
const layoutByPart = await labPage.evaluate(async (parts) => {
  const lab = document.querySelector('relu-fit-lab');
  const sheet = new CSSStyleSheet();
  lab.shadowRoot.adoptedStyleSheets = [...lab.shadowRoot.adoptedStyleSheets, sheet];
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const cases = ['', ...Object.values(parts)];
  const times = cases.map(() => []);
  let step = 0;
  for (let round = 0; round < 6; round++) {
    for (const [k, selector] of cases.entries()) {
      sheet.replaceSync(selector ? `${selector} { display: none !important }` : '');
      for (let i = 0; i < 26; i++) {
        await frame();
        await window.benchStep(step++);
        const t0 = performance.now();
        document.body.getBoundingClientRect();
        if (i) times[k].push(performance.now() - t0);
      }
    }
  }
  sheet.replaceSync('');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [whole, ...without] = times.map(median);
  return { whole, saved: Object.fromEntries(Object.keys(parts).map((name, k) => [name, whole - without[k]])) };
}, LAYOUT_PARTS);
for (const page of [labPage, ...Object.values(peerPages)]) await page.close();

const hundred = [];
for (let run = 0; run < 5; run++) {
  const page = await open('/lab.html');
  hundred.push(
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      window.gc();
      const heap0 = performance.memory.usedJSHeapSize;
      const t0 = performance.now();
      const root = document.getElementById('root');
      for (let i = 0; i < 100; i++) root.append(document.createElement('relu-fit-lab'));
      await Promise.all([...root.children].map((lab) => lab.updateComplete));
      await frame();
      const time = performance.now() - t0;
      window.gc();
      return { time, heap: performance.memory.usedJSHeapSize - heap0 };
    }),
  );
  await page.close();
}

await browser.close();
server.close();

// Report -------------------------------------------------------------------

const stat = (rows, key) => [median(rows.map((r) => r[key])), p95(rows.map((r) => r[key]))];
const [labTotal, labTotal95] = stat(labUpdates, 'total');
const [vanTotal, vanTotal95] = stat(vanillaUpdates, 'total');
const [labScript, labScript95] = stat(labUpdates, 'ownScript');
const [vanScript] = stat(vanillaUpdates, 'ownScript');
const ms = (x) => `${x.toFixed(2)} ms`;
const budget = (ok) => (ok ? '✓' : '✗ over');
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0].model.trim()}, Node ${process.version}, Chromium ${browserVersion} headless.`,
  '',
  '| What | Result | Budget |',
  '| --- | --- | --- |',
  ...sizes.map(([name, code], i) =>
    `| ${name} | ${kb(code.length)} min, **${kb(gz(code))} gzip** | ${i === 0 ? `≤ 30 kB gzip ${budget(gz(code) <= 30 * 1024)}` : ''} |`,
  ),
  `| First render of one \`<relu-fit-lab>\` (create → rendered and laid out) | median ${ms(median(firstRender.slice(1)))}, first ${ms(firstRender[0])} | |`,
  `| Slider drag, per update: script + style + layout + paint (300 updates) | median ${ms(labTotal)}, p95 ${ms(labTotal95)} | ≤ 2× vanilla ${budget(labTotal <= 2 * vanTotal)} |`,
  `| … of which the update's own script (input event to \`updateComplete\`, timed in the page) | median ${ms(labScript)} (${(labScript / vanScript).toFixed(1)}× the floor's), p95 ${ms(labScript95)} | < 1 ms ${budget(labScript < 1)} |`,
  `| … the same script warm (updates back to back, no frame between; mean of 300, best of 5 runs) | ${ms(labUpdates[0].warm)} | |`,
  `| Vanilla SVG floor, same four-plot update (bench/vanilla.js) | median ${ms(vanTotal)}, p95 ${ms(vanTotal95)}; own script median ${ms(vanScript)}, warm ${ms(vanillaUpdates[0].warm)} | |`,
  `| … median split, lab: script ${ms(stat(labUpdates, 'script')[0])}, style ${ms(stat(labUpdates, 'style')[0])}, layout ${ms(stat(labUpdates, 'layout')[0])}, paint ${ms(stat(labUpdates, 'paint')[0])}; vanilla: script ${ms(stat(vanillaUpdates, 'script')[0])}, style ${ms(stat(vanillaUpdates, 'style')[0])}, layout ${ms(stat(vanillaUpdates, 'layout')[0])}, paint ${ms(stat(vanillaUpdates, 'paint')[0])} | | |`,
  `| Ratio to the floor (median total) | **${(labTotal / vanTotal).toFixed(2)}×** | ≤ 2× |`,
  `| 100 labs on one page: first render | median ${ms(median(hundred.map((h) => h.time)))} | < 1 s ${budget(median(hundred.map((h) => h.time)) < 1000)} |`,
  `| 100 labs on one page: heap | median ${kb(median(hundred.map((h) => h.heap)))} | |`,
];
// Beside the peers: one row each, the lab last; budgets against uPlot, measured in this run.
const peerRow = (name, code, first, updates) => {
  const [total] = stat(updates, 'total');
  const [script] = stat(updates, 'ownScript');
  return { name, gzip: gz(code), first: median(first.slice(1)), total, script };
};
const rows = [
  ...Object.entries(PEERS).map(([key, peer]) => peerRow(peer.name, peer.code, peers[key].first, peers[key].updates)),
  peerRow('relu-lab bundle (dist/relu-lab.bundle.js)', bundle, firstRender, labUpdates),
];
const uplot = rows[2];
const lab = rows[3];
lines.push(
  '',
  'Beside its peers, the same four-plot job (target and output over 300 samples, three unit plots; an update sets w1 and draws a frame), in this run:',
  '',
  '| | gzip | first render (median of 20) | update: script + style + layout + paint (median of 300) | update\'s own script (median) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${kb(r.gzip)} | ${ms(r.first)} | ${ms(r.total)} | ${ms(r.script)} |`),
  `| Budgets (#15), against uPlot in this run | ≤ 30 kB ${budget(lab.gzip <= 30 * 1024)} | ≤ uPlot ${budget(lab.first <= uplot.first)} | ≤ uPlot ${budget(lab.total <= uplot.total)} | |`,
);
// The peers' own job: four parameters set at once (on the lab, as attributes), then the frame.
const fourRows = [
  ...Object.entries(PEERS).map(([key, peer]) => peerRow(peer.name, peer.code, peers[key].first, peers[key].four)),
  peerRow('relu-lab bundle (dist/relu-lab.bundle.js), w1 b1 w2 b2 as attributes', bundle, firstRender, labFour),
];
const [uplotFour, labFourRow] = [fourRows[2], fourRows[3]];
const split = (rows) => ['script', 'style', 'layout', 'paint'].map((k) => `${k} ${ms(stat(rows, k)[0])}`).join(', ');
lines.push(
  '',
  'The peers\' own job: w1, b1, w2 and b2 set at once (on the lab as four attributes), then the frame, in this run:',
  '',
  '| | update: script + style + layout + paint (median of 300) | update\'s own script (median) | ratio to uPlot (total) |',
  '| --- | ---: | ---: | ---: |',
  ...fourRows.map((r) => `| ${r.name} | ${ms(r.total)} | ${ms(r.script)} | ${(r.total / uplotFour.total).toFixed(2)}× |`),
  `| Budgets (#22), against uPlot in this run | ≤ 1.3× ${budget(labFourRow.total <= 1.3 * uplotFour.total)} | | first render ≤ 1.5× uPlot's: ${(lab.first / uplot.first).toFixed(2)}× ${budget(lab.first <= 1.5 * uplot.first)} |`,
  `| … median split, lab: ${split(labFour)}; uPlot: ${split(peers.uplot.four)} | | | |`,
  `| … where the lab's layout goes (the layout an update forces, read at once: ${ms(layoutByPart.whole)}; less without each part): ${Object.entries(layoutByPart.saved).map(([name, saved]) => `${name} ${ms(saved)}`).join(', ')} | | | |`,
);
// Cold start: what a reader's page pays once, before the first draw (the first render above is warm).
const coldOf = (key) => median(colds[key]);
const coldNames = { ...Object.fromEntries(Object.entries(PEERS).map(([key, peer]) => [key, peer.name])), lab: 'relu-lab bundle (dist/relu-lab.bundle.js), one `<relu-fit-lab>`' };
const coldRatio = coldOf('lab') / coldOf('uplot');
lines.push(
  '',
  'Cold start: a fresh page that draws one lab (or one peer\'s four plots) as it loads, from navigation to the first draw laid out: the HTML, the script\'s fetch, parse and evaluation, and the first render, with nothing compiled or cached before. Seven fresh pages of each, interleaved, in this run:',
  '',
  '| | cold start (median of 7) | ratio to uPlot |',
  '| --- | ---: | ---: |',
  ...[...Object.keys(PEERS), 'lab'].map((key) => `| ${coldNames[key]} | ${ms(coldOf(key))} | ${(coldOf(key) / coldOf('uplot')).toFixed(2)}× |`),
  `| Budget (#22): first render ≤ 1.5× uPlot's, on a cold start | | ${coldRatio.toFixed(2)}× ${budget(coldRatio <= 1.5)} |`,
);
console.log(lines.join('\n'));
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/latest.md`, `${lines.join('\n')}\n`);
const readme = readFileSync(`${root}README.md`, 'utf8');
const marked = /(<!-- bench:latest -->\n)[\s\S]*?(<!-- \/bench:latest -->)/;
if (!marked.test(readme)) throw new Error('README.md has no <!-- bench:latest --> … <!-- /bench:latest --> block');
writeFileSync(`${root}README.md`, readme.replace(marked, (_, open, close) => `${open}${lines.join('\n')}\n${close}`));
console.log('bench/results/latest.md and README.md updated');

