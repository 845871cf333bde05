/**
 * `npm run build:lib`'s last step: the modules tsc wrote to dist/ (what a
 * bundler takes from the npm package) get their html``, svg`` and css``
 * templates minified exactly as the one-tag bundle's are
 * (scripts/minify-templates.mjs), and their source maps composed so they still
 * point into src/. Consumer bundlers do not minify inside template literals:
 * without this step a page importing relu-lab/relu-trio.js carried every
 * space and comment of the styles. test/shipped/render.test.ts renders these
 * modules (scenes.html?build=lib) and compares their pixels with the source's.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remapping from '@jridgewell/remapping';
import { minifyTemplateLiterals } from './minify-templates.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
/** Vite's outputs are minified already. */
const SKIP = new Set(['relu-lab.bundle.js', 'relu-lab.embed.js']);

function* modules(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* modules(path);
    else if (entry.name.endsWith('.js') && !SKIP.has(entry.name)) yield path;
  }
}

let changed = 0;
let before = 0;
let after = 0;
for (const path of modules(DIST)) {
  const code = readFileSync(path, 'utf8');
  const result = minifyTemplateLiterals(code);
  if (!result) continue;
  const mapPath = `${path}.map`;
  const tscMap = JSON.parse(readFileSync(mapPath, 'utf8'));
  // The minifier's map goes from the new file to tsc's; tsc's from there to src/.
  const composed = remapping([{ ...result.map, sources: [path.split('/').pop()] }, tscMap], () => null);
  composed.file = tscMap.file;
  writeFileSync(path, result.code);
  writeFileSync(mapPath, JSON.stringify(composed));
  changed++;
  before += code.length;
  after += result.code.length;
}
console.log(`minify-dist: templates minified in ${changed} modules of dist/ (${before} → ${after} bytes)`);
