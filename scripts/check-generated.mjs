/**
 * Shows that one documented reactive property reaches every generated file with no hand edit: copies
 * src/ to a temporary directory, adds a property with JSDoc to <relu-trio>, runs the same
 * analysis as `npm run analyze` there, then checks that the new attribute is in the manifest,
 * both editors' data and every framework typing, and that the typings type it (a file using it
 * compiles, a wrong value does not). Exits non-zero naming each file that misses it.
 *
 *   node scripts/check-generated.mjs
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPINGS_DIR } from './integrations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'relu-lab-generated-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const ELEMENT = 'src/elements/relu-trio/relu-trio.ts';
// A property as the elements declare one: an entry in the class's static `properties` (Lit's
// declaration, no decorators) and a field with its JSDoc.
const ANCHOR = '  static override properties: PropertyDeclarations = {\n';
const DECLARATION = "    probeVolume: { attribute: 'probe-volume', reflect: true },\n";
const FIELD_ANCHOR = "  activations = 'linear sigmoid relu';\n";
const PROPERTY = `
  /**
   * Probe added by scripts/check-generated.mjs: how loudly the trio speaks.
   * @type {'whisper' | 'shout'}
   */
  probeVolume: 'whisper' | 'shout' = 'whisper';
`;

try {
  cpSync(join(root, 'src'), join(work, 'src'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(join(root, file), join(work, file));
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

  const source = readFileSync(join(work, ELEMENT), 'utf8');
  for (const line of [ANCHOR, FIELD_ANCHOR]) if (!source.includes(line)) throw new Error(`${ELEMENT} no longer contains the line this check inserts after:\n${line}`);
  writeFileSync(join(work, ELEMENT), source.replace(ANCHOR, ANCHOR + DECLARATION).replace(FIELD_ANCHOR, FIELD_ANCHOR + PROPERTY));

  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', join(root, 'custom-elements-manifest.config.mjs')],
    { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const read = (file) => readFileSync(join(work, file), 'utf8');
  const json = (file) => JSON.parse(read(file));

  const trio = json('custom-elements.json')
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'relu-trio');
  const attribute = trio?.attributes?.find((a) => a.name === 'probe-volume');
  check(attribute?.fieldName === 'probeVolume' && /how loudly/.test(attribute.description ?? ''), 'custom-elements.json: attribute probe-volume (property probeVolume) with its description');

  const vscode = json('vscode.html-custom-data.json').tags.find((t) => t.name === 'relu-trio');
  const vsAttribute = vscode?.attributes.find((a) => a.name === 'probe-volume');
  check(
    /how loudly/.test(vsAttribute?.description ?? '') && vsAttribute.values.map((v) => v.name).join() === 'whisper,shout',
    'vscode.html-custom-data.json: probe-volume with its description and the values whisper, shout',
  );

  const webTypes = json('web-types.json').contributions.html.elements.find((e) => e.name === 'relu-trio');
  const wtAttribute = webTypes?.attributes.find((a) => a.name === 'probe-volume');
  check(
    /how loudly/.test(wtAttribute?.description ?? '') && /'whisper' \| 'shout'/.test(wtAttribute.value?.type ?? '') && webTypes.js.properties.some((p) => p.name === 'probeVolume'),
    "web-types.json: probe-volume typed 'whisper' | 'shout', and the probeVolume property",
  );

  const typings = {
    jsx: ['"probe-volume"?: ReluTrio["probeVolume"]', 'probeVolume?: ReluTrio["probeVolume"]'],
    solid: ['"probe-volume"?: ReluTrio["probeVolume"]', '"prop:probeVolume"?: ReluTrio["probeVolume"]'],
    vue: ['"probe-volume"?: ReluTrio["probeVolume"]', 'probeVolume?: ReluTrio["probeVolume"]'],
    svelte: ['"probe-volume"?: ReluTrio["probeVolume"]'],
  };
  for (const [name, needles] of Object.entries(typings)) {
    const text = read(`${TYPINGS_DIR}/${name}.ts`);
    check(needles.every((needle) => text.includes(needle)), `${TYPINGS_DIR}/${name}.ts: ${needles.join(' and ')}`);
  }

  // The public entry points (src/jsx.ts, preact.ts, solid.ts, vue.ts, svelte.ts) are not edited:
  // they pick the new property up. A file that uses it must compile, a wrong value must not.
  mkdirSync(join(work, 'test'));
  writeFileSync(
    join(work, 'test/probe.typecheck.tsx'),
    `import type {} from '../node_modules/svelte/svelte-html.js';
import type { GlobalComponents } from 'vue';
import type { JSX as PreactJSX } from 'preact';
import type { JSX as SolidJSX } from 'solid-js';
import type {} from '../src/jsx.js';
import type {} from '../src/preact.js';
import type {} from '../src/solid.js';
import type {} from '../src/vue.js';
import type {} from '../src/svelte.js';

export const react = <relu-trio probe-volume="shout" probeVolume="whisper" />;
export const preact: PreactJSX.IntrinsicElements['relu-trio'] = { probeVolume: 'shout' };
export const solid: SolidJSX.IntrinsicElements['relu-trio'] = { 'prop:probeVolume': 'shout' };
export const vue: InstanceType<GlobalComponents['relu-trio']>['$props'] = { probeVolume: 'shout' };
export const svelte: svelteHTML.IntrinsicElements['relu-trio'] = { 'probe-volume': 'shout' };
// @ts-expect-error not a volume
export const reactWrong = <relu-trio probeVolume="loud" />;
// @ts-expect-error not a volume
export const preactWrong: PreactJSX.IntrinsicElements['relu-trio'] = { probeVolume: 'loud' };
// @ts-expect-error not a volume
export const solidWrong: SolidJSX.IntrinsicElements['relu-trio'] = { 'prop:probeVolume': 'loud' };
// @ts-expect-error not a volume
export const vueWrong: InstanceType<GlobalComponents['relu-trio']>['$props'] = { probeVolume: 'loud' };
// @ts-expect-error not a volume
export const svelteWrong: svelteHTML.IntrinsicElements['relu-trio'] = { 'probe-volume': 'loud' };
`,
  );
  let compiled = true;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: work, encoding: 'utf8' });
  } catch (error) {
    compiled = false;
    console.log(error.stdout);
  }
  check(compiled, 'React, Preact, Solid, Vue and Svelte typings accept probeVolume and reject a wrong value (tsc)');
} catch (error) {
  failures.push(error.message);
  console.error(error);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`\ncheck-generated: ${failures.length} failed: a documented property must reach every generated file`);
  process.exit(1);
}
console.log('\ncheck-generated: the new property reached the manifest, both editors and every framework typing');
