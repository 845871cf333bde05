/**
 * `npm run bench:bytes` (after `npm run build`): where the one-tag bundle's gzip bytes go, what it
 * loads on first use, and what stays in its first load. Writes bench/results/bytes.md.
 *
 * 1. Marginal cost: for each source file (and group of files), gzip(bundle) − gzip(bundle without
 *    its bytes), read through dist/relu-lab.bundle.js.map. Gzip shares repeats across files, so
 *    these add up to a little less than the whole; they say what leaving a part out would save.
 * 2. The files beside the bundle that it loads on first use (dist/relu-lab.<part>.js), each with
 *    when it loads; a new part without a description in WHEN says so in the table.
 * 3. Each element's entry bundled alone by esbuild (Lit included), and Lit alone.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { gz, kb } from './sizes.mjs';


// 1. Marginal gzip cost per source file -------------------------------------------------------

const file = 'dist/relu-lab.bundle.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const mappings = [];
eachMapping(map, (m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const ranges = new Map();
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i];
  const next = mappings[i + 1];
  const from = lineStarts[m.generatedLine - 1] + m.generatedColumn;
  const to = next ? lineStarts[next.generatedLine - 1] + next.generatedColumn : code.length;
  const source = (m.source ?? '(glue)').replace(/^.*node_modules\//, '').replace(/^.*?\/src\//, 'src/');
  if (!ranges.has(source)) ranges.set(source, []);
  ranges.get(source).push([from, to]);
}
const total = gz(code);
/** The bundle without the bytes of every source for which `drop(source)` is true. */
const without = (drop) => {
  const out = [];
  let at = 0;
  const cut = [...ranges].filter(([source]) => drop(source)).flatMap(([, r]) => r).sort((a, b) => a[0] - b[0]);
  for (const [from, to] of cut) {
    if (from > at) out.push(code.slice(at, from));
    at = Math.max(at, to);
  }
  out.push(code.slice(at));
  return out.join('');
};
const marginal = [...ranges.keys()].map((source) => {
  const minified = ranges.get(source).reduce((s, [a, b]) => s + b - a, 0);
  return { source, minified, gzip: total - gz(without((s) => s === source)) };
});
marginal.sort((a, b) => b.gzip - a.gzip);

const GROUPS = [
  ['Lit (lit-html, reactive-element, lit-element, directives)', (s) => !s.startsWith('src/') && s !== '(glue)'],
  ['`<relu-fit-lab>` (src/elements/relu-fit-lab/)', (s) => s.startsWith('src/elements/relu-fit-lab/')],
  ['… of it: its store, history, record and inputs (lab-store, store-controller, lab-setup, lab-inputs, lab-model, lab-record, lab-effects, lab-names)', (s) => /\/(lab-store|store-controller|lab-setup|lab-inputs|lab-model|lab-record|lab-effects|lab-names)\.ts$/.test(s)],
  ['… of it: its controls (lab-controls, number-box, handles, lab-keys)', (s) => /\/(lab-controls|number-box|handles|lab-keys)\.ts$/.test(s)],
  ['… of it: its English strings (lab-strings.ts)', (s) => s.endsWith('lab-strings.ts')],
  ['… of it: its styles (*.styles.ts)', (s) => s.startsWith('src/elements/relu-fit-lab/') && s.endsWith('.styles.ts')],
  ['shared element code (src/elements/*.ts: figure, cursor, widths, strings, styles …)', (s) => /^src\/elements\/[^/]+\.ts$/.test(s)],
  ['plot renderer (src/plot/)', (s) => s.startsWith('src/plot/')],
  ['… of it: the sound (sonify.ts)', (s) => s.endsWith('/plot/sonify.ts')],
  ['maths (src/math/)', (s) => s.startsWith('src/math/')],
  ['`<relu-unit-plot>` (src/elements/relu-unit-plot/)', (s) => s.startsWith('src/elements/relu-unit-plot/')],
  ['`<relu-trio>` (src/elements/relu-trio/)', (s) => s.startsWith('src/elements/relu-trio/')],
];
const groupRows = GROUPS.map(([name, test]) => `| ${name} | ${kb(total - gz(without(test)))} |`);

// 2. What loads on first use ------------------------------------------------------------------

/** Each file the bundle loads on first use (dist/relu-lab.<part>.js), and when. */
const WHEN = {
  'lab-analysis': 'a learner first focuses or presses anything in a lab; `solve()`; the first hint (the analysis, with the English of hints, solution, reasons and notes)',
  'lab-train': 'the first `train()` or "Fit automatically"',
  'lab-reveal': 'the first "Show the solution" or `revealSolution()`',
  'lab-good-fit': 'the first "Show a good fit" (a lesson with no exact solution)',
  'lab-step': 'the first Step or `gradientStep()`',
  'lab-fit': 'with the fit or the reveal (what they share)',
  gradient: 'with the analysis, the fit or Step (the error\'s gradient)',
  random: 'with a formula or the fit (the seeded generator)',
  'to-code': 'the first "Copy as …" or `toCode()`',
  export: 'the first `toSVG()`, `toPNG()` or Download',
  curves: 'the first formula target (`fn`, `domain`, `noise`, `seed`)',
  'challenge-code': 'the first challenge list (reading it, and keeping its progress under `progress-key`)',
  'challenge-view': 'the first challenge list (its heading, list and Next button)',
};
const parts = readdirSync('dist')
  .map((name) => /^relu-lab\.([\w-]+)\.js$/.exec(name)?.[1])
  .filter((part) => part && !['bundle', 'embed', 'scorm'].includes(part))
  .sort();
const partRows = parts.map((part) => {
  const text = readFileSync(`dist/relu-lab.${part}.js`, 'utf8');
  return `| relu-lab.${part}.js | ${WHEN[part] ?? '(not described in bench/bytes.mjs: add it to WHEN)'} | ${kb(text.length)} | ${kb(gz(text))} |`;
});

const litAlone = await build({
  stdin: { contents: "import { LitElement, html, svg, css } from 'lit'; export { LitElement, html, svg, css };", resolveDir: '.', loader: 'js' },
  bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
});
/** An entry bundled alone by esbuild (Lit included), as a consumer's bundler would. */
async function bundled(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  return gz(result.outputFiles[0].text);
}
const alone = [
  ['`<relu-trio>` alone (dist/relu-trio.js)', await bundled('dist/relu-trio.js')],
  ['`<relu-unit-plot>` alone (dist/relu-unit-plot.js)', await bundled('dist/relu-unit-plot.js')],
  ['Lit alone (LitElement, html, svg, css)', gz(litAlone.outputFiles[0].text)],
];

const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:bytes\` (bench/bytes.mjs) on the current build.`,
  '',
  `## Where the bundle's gzip bytes go`,
  '',
  `dist/relu-lab.bundle.js: ${kb(code.length)} min, ${kb(total)} gzip (level 9). What leaving each part out would save:`,
  '',
  '| Part | gzip saved without it |',
  '| --- | ---: |',
  ...groupRows,
  '',
  'The largest single files:',
  '',
  '| Source file | min | gzip saved without it |',
  '| --- | ---: | ---: |',
  ...marginal.slice(0, Number(process.env.TOP ?? 20)).map(({ source, minified, gzip }) => `| ${source} | ${kb(minified)} | ${kb(gzip)} |`),
  '',
  '## What the bundle loads on first use',
  '',
  'Files beside the bundle, each loaded once per page when first needed (a lab\'s `updateComplete`',
  'waits for what it asked for). They import what they share from the bundle itself.',
  '',
  '| File | Loaded with | min | gzip |',
  '| --- | --- | ---: | ---: |',
  ...partRows,
  '',
  '## What stays in the first load, and why',
  '',
  'The rows above that stay in the bundle are what a lab needs to draw itself and take an author\'s',
  'input before anyone touches it: Lit, the maths of the lesson, the renderer, the store (every',
  'input goes through it), the controls and their styles, and the words they show. The sound stays',
  'because `listen(context)` schedules its notes on an `OfflineAudioContext` before it returns, so',
  'a script can render the sound at once. The store\'s actions for a learner (moves, undo and redo,',
  'Reset, hints, runs) and the controls\' handlers stay too, though they could load on a learner\'s',
  'first touch: a bundle copied without the files beside it (a mistake a test covers) loses only',
  'hints, fits and the export and its sliders still move; were the actions a file of their own, it',
  'would draw sliders that do not move, and every learner\'s first touch would wait for a fetch.',
  '',
  '| Bundle | gzip |',
  '| --- | ---: |',
  ...alone.map(([name, size]) => `| ${name} | ${kb(size)} |`),
  '',
];
writeFileSync('bench/results/bytes.md', lines.join('\n'));
console.log(lines.join('\n'));
