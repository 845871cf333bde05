/**
 * Every import specifier and package file path the docs show (README.md and the docs
 * site's pages, demo/*.html and demo/*.ts), and whether each resolves in the INSTALLED
 * packed package: JS specifiers through its `exports` as a browser bundler (esbuild,
 * platform browser) and as Node's ESM resolver (import.meta.resolve) see them, types
 * with TypeScript's own module resolution (moduleResolution bundler), file paths by
 * existence in the installed package.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';

/**
 * Shown in the docs as Node-only (README: "relu-lab/ssr.js renders the elements on Node");
 * its `exports` entry has only the `node` condition, so browser bundlers must not find it.
 */
const NODE_ONLY = new Set(['relu-lab/ssr.js']);

const decodeEntities = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** How strongly a specifier is used; the strongest use decides what must resolve. */
const STRENGTH = { mention: 0, type: 1, import: 2 };

/**
 * Finds, in `text` (HTML entities decoded first):
 * - `import … from 'relu-lab…'`, `import 'relu-lab…'`, `export … from`, `import('…')`,
 *   `require('…')` → kind "import"; `import type … from 'relu-lab…'` → kind "type";
 * - any other `relu-lab/xxx` (in backticks, code, prose) → kind "mention";
 * - `unpkg.com/relu-lab[@version]/path`, `dist/…` file paths and `custom-elements.json`
 *   → kind "file" (a path inside the package).
 * Returns `{ scanned: [source], specifiers: [{ specifier, kind, where: ['source:line'] }] }`.
 */
export function collectSpecifiers(rawText, source) {
  const text = decodeEntities(rawText);
  const found = new Map();
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  const add = (specifier, kind, index) => {
    const key = `${kind === 'file' ? 'file' : 'js'}:${specifier}`;
    const entry = found.get(key) ?? { specifier, kind, where: [] };
    if (kind !== 'file' && STRENGTH[kind] > STRENGTH[entry.kind]) entry.kind = kind;
    const where = `${source}:${lineOf(index)}`;
    if (!entry.where.includes(where)) entry.where.push(where);
    found.set(key, entry);
  };
  const quoted = `['"\`](relu-lab(?:/[^'"\`\\s]*)?)['"\`]`;
  const patterns = [
    [new RegExp(`\\bimport\\s+type\\b[^;'"\`]*?\\bfrom\\s*${quoted}`, 'g'), 'type'],
    [new RegExp(`\\b(?:import|export)\\s+(?!type\\b)(?:[\\w$*{},\\s]+?\\s*from\\s*)?${quoted}`, 'g'), 'import'],
    [new RegExp(`\\b(?:import|require)\\s*\\(\\s*${quoted}\\s*\\)`, 'g'), 'import'],
  ];
  for (const [pattern, kind] of patterns) {
    for (const match of text.matchAll(pattern)) add(match[1], kind, match.index);
  }
  // Any other relu-lab/xxx: not part of a URL or path (…/relu-lab/embed.html is a host's path).
  for (const match of text.matchAll(/(?<![\w./@:-])relu-lab\/[\w.\-/]*[\w-]/g)) add(match[0], 'mention', match.index);
  for (const match of text.matchAll(/unpkg\.com\/relu-lab(?:@[^/\s'"`]+)?\/([\w.\-/]*[\w-])/g)) add(match[1], 'file', match.index);
  for (const match of text.matchAll(/(?<![\w./-])dist\/[\w.\-/]*\.[a-z]+\b/g)) add(match[0], 'file', match.index);
  for (const match of text.matchAll(/(?<![\w./-])custom-elements\.json\b/g)) add(match[0], 'file', match.index);
  return { scanned: [source], specifiers: [...found.values()] };
}

/** README.md, demo/*.html and demo/*.ts of the repository, merged. */
export async function collectFromDocs(repo) {
  const demo = (await readdir(join(repo, 'demo'))).filter((f) => /\.(html|ts)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const files = ['README.md', ...demo.map((f) => `demo/${f}`)];
  const merged = new Map();
  for (const file of files) {
    for (const entry of collectSpecifiers(await readFile(join(repo, file), 'utf8'), file).specifiers) {
      const key = `${entry.kind === 'file' ? 'file' : 'js'}:${entry.specifier}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { ...entry });
      else {
        if (entry.kind !== 'file' && STRENGTH[entry.kind] > STRENGTH[seen.kind]) seen.kind = entry.kind;
        seen.where.push(...entry.where);
      }
    }
  }
  return { scanned: files, specifiers: [...merged.values()] };
}

/** Node's ESM resolution (conditions node, import, default), run from the consumer project. */
function resolveWithNode(specifiers, dir) {
  const script = join(dir, '.resolve-with-node.mjs');
  const source = `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const out = {};
for (const spec of JSON.parse(process.argv[2])) {
  try {
    const file = fileURLToPath(import.meta.resolve(spec));
    out[spec] = existsSync(file) ? { file } : { error: 'resolved to a missing file ' + file };
  } catch (error) {
    out[spec] = { error: String(error.code ?? '') + ' ' + error.message.split('\\n')[0] };
  }
}
console.log(JSON.stringify(out));
`;
  return writeFile(script, source).then(
    () =>
      new Promise((done, fail) => {
        const env = { ...process.env };
        for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
        execFile(process.execPath, [script, JSON.stringify(specifiers)], { cwd: dir, env }, (error, stdout, stderr) =>
          error ? fail(new Error(`${error.message}\n${stderr}`)) : done(JSON.parse(stdout)),
        );
      }),
  );
}

/** A browser bundler's resolution: esbuild, platform browser (conditions browser, module, import, default). */
async function resolveWithBundler(specifiers, dir) {
  const { build } = await import('esbuild');
  const out = {};
  await build({
    stdin: { contents: '', resolveDir: dir },
    platform: 'browser',
    format: 'esm',
    bundle: true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'resolve-docs-specifiers',
        setup(build) {
          build.onStart(async () => {
            for (const spec of specifiers) {
              const result = await build.resolve(spec, { kind: 'import-statement', resolveDir: dir });
              out[spec] = result.errors.length ? { error: result.errors.map((e) => e.text).join('; ') } : { file: result.path };
            }
          });
        },
      },
    ],
  });
  return out;
}

/** TypeScript's resolution (moduleResolution bundler) with the consumer project's own TypeScript. */
function resolveWithTypeScript(specifiers, dir) {
  const ts = createRequire(join(dir, 'package.json'))('typescript');
  const options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 };
  const out = {};
  for (const spec of specifiers) {
    const { resolvedModule } = ts.resolveModuleName(spec, join(dir, 'app.ts'), options, ts.sys);
    const file = resolvedModule?.resolvedFileName;
    out[spec] = file && /\.d\.[cm]?ts$/.test(file) ? { file } : { error: file ? `resolved to ${file}, not a declaration file` : 'no type declarations found' };
  }
  return out;
}

/**
 * Resolves each collected specifier against the package installed in `dir`
 * (node_modules/relu-lab). What must resolve depends on how the docs use it:
 * - "import": types (TypeScript, bundler), Node, and a browser bundler (except NODE_ONLY);
 * - "type" (`import type`): types;
 * - "mention" (only named, never imported): types, Node or a browser bundler;
 * - "file": the file exists in the installed package.
 * Everything must also land inside the installed package.
 */
export async function resolveSpecifiers(specifiers, dir) {
  const pkg = join(dir, 'node_modules', 'relu-lab');
  const inPackage = (file) => file.startsWith(pkg + '/');
  const js = specifiers.filter((s) => s.kind !== 'file').map((s) => s.specifier);
  const [node, bundler] = await Promise.all([resolveWithNode(js, dir), resolveWithBundler(js, dir)]);
  const types = resolveWithTypeScript(js, dir);
  return specifiers.map((entry) => {
    const { specifier, kind } = entry;
    if (kind === 'file') {
      const file = join(pkg, specifier);
      const ok = existsSync(file) && statSync(file).isFile();
      return { ...entry, ok, resolved: { file: ok ? file : undefined }, reason: ok ? '' : `${specifier} is not in the packed package` };
    }
    const check = (result) => (result.file && !inPackage(result.file) ? { error: `resolved outside the installed package: ${result.file}` } : result);
    const resolved = { types: check(types[specifier]), node: check(node[specifier]), bundler: check(bundler[specifier]) };
    const required =
      kind === 'import' ? ['types', 'node', ...(NODE_ONLY.has(specifier) ? [] : ['bundler'])] : kind === 'type' ? ['types'] : [];
    const failing = required.filter((how) => !resolved[how].file);
    const ok = kind === 'mention' ? Object.values(resolved).some((r) => r.file) : failing.length === 0;
    const reason = ok
      ? ''
      : kind === 'mention'
        ? `${specifier} resolves nowhere: ${Object.entries(resolved).map(([how, r]) => `${how}: ${r.error}`).join(' | ')}`
        : `${specifier} (${kind}) does not resolve for ${failing.map((how) => `${how}: ${resolved[how].error}`).join(' | ')}`;
    return { ...entry, ok, resolved, reason };
  });
}

