/**
 * `npm run bench:bytes` (after `npm run build`): where the one-tag bundle's gzip bytes go, and how
 * small it could get if rarely used parts were loaded on first use. Writes bench/results/bytes.md.
 *
 * 1. Marginal cost: for each source file, gzip(bundle) − gzip(bundle without that file's bytes),
 *    read through dist/relu-lab.bundle.js.map. Gzip shares repeats across files, so these add up
 *    to a little less than the whole; they say what leaving one file out would save.
 * 2. Deferral scenarios: the entry points bundled by esbuild (one minifier for every row, so the
 *    rows compare with each other; its output is a little larger than the shipped bundle's), with
 *    the named modules left external, as a dynamic import() would leave them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
  ['… of it: challenges, export, the solution and the fit (challenge-view, export, lab-runs, lab-fit)', (s) => /challenge-view|\/export\.ts|lab-runs|lab-fit/.test(s)],
  ['… of it: its English strings (lab-strings.ts)', (s) => s.endsWith('lab-strings.ts')],
  ['shared element code (src/elements/*.ts: figure, cursor, widths, strings, styles …)', (s) => /^src\/elements\/[^/]+\.ts$/.test(s)],
  ['plot renderer (src/plot/)', (s) => s.startsWith('src/plot/')],
  ['maths (src/math/)', (s) => s.startsWith('src/math/')],
  ['`<relu-unit-plot>` (src/elements/relu-unit-plot/)', (s) => s.startsWith('src/elements/relu-unit-plot/')],
  ['`<relu-trio>` (src/elements/relu-trio/)', (s) => s.startsWith('src/elements/relu-trio/')],
];
const groupRows = GROUPS.map(([name, test]) => `| ${name} | ${kb(total - gz(without(test)))} |`);

// 2. Deferral scenarios ---------------------------------------------------------------------

/**
 * Rarely used parts. `train()`, `revealSolution()` and `listen()` already return promises, so the
 * fit and the audio could load on first use without changing the documented API; the challenge
 * properties apply synchronously and `toSVG()` returns a string, so deferring those would change
 * the API (a deprecation first).
 */
const ASYNC_TODAY = { 'the fit': /\/train\.js$/, audio: /sonify\.js$|audio-controller\.js$/ };
const API_CHANGE = { challenges: /challenge-view(\.styles)?\.js$/, export: /\/export\.js$/, 'the solution\'s animation': /lab-runs\.js$/ };
async function bundled(entry, deferred = []) {
  const external = {
    name: 'defer',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => (deferred.some((re) => re.test(args.path)) ? { path: args.path, external: true } : undefined));
    },
  };
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, plugins: [external], logLevel: 'silent' });
  return gz(result.outputFiles[0].text);
}
const asyncToday = Object.values(ASYNC_TODAY);
const all = [...asyncToday, ...Object.values(API_CHANGE)];
const named = (parts) => Object.keys(parts).join(', ').replace(/, ([^,]*)$/, ' and $1');
const litAlone = await build({
  stdin: { contents: "import { LitElement, html, svg, css } from 'lit'; export { LitElement, html, svg, css };", resolveDir: '.', loader: 'js' },
  bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
});
const scenarios = [
  ['every element (dist/define.js), as shipped today', await bundled('dist/define.js')],
  [`every element, ${named(ASYNC_TODAY)} loaded on first use (their API is async today)`, await bundled('dist/define.js', asyncToday)],
  [`every element, also ${named(API_CHANGE)} loaded on first use (an API change)`, await bundled('dist/define.js', all)],
  ['`<relu-fit-lab>` alone (dist/relu-fit-lab.js)', await bundled('dist/relu-fit-lab.js')],
  [`\`<relu-fit-lab>\` alone, ${named(ASYNC_TODAY)} on first use`, await bundled('dist/relu-fit-lab.js', asyncToday)],
  [`\`<relu-fit-lab>\` alone, also ${named(API_CHANGE)} on first use`, await bundled('dist/relu-fit-lab.js', all)],
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
  '## If rarely used parts were loaded on first use',
  '',
  'Each row bundled by esbuild from the built files (one minifier for every row; its output is a',
  'little larger than the shipped bundle), with the deferred modules left out as a dynamic',
  '`import()` would leave them. `train()` and `listen()` return promises already; the challenge',
  'properties apply at once, `toSVG()` returns a string, and `solve()` (which the animation shares)',
  'is synchronous, so deferring those would change the documented API:',
  '',
  '| Bundle | gzip |',
  '| --- | ---: |',
  ...scenarios.map(([name, size]) => `| ${name} | ${kb(size)} |`),
  '',
];
writeFileSync('bench/results/bytes.md', lines.join('\n'));
console.log(lines.join('\n'));
