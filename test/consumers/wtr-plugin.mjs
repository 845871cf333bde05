/**
 * The packed npm package, as consumers get it (issue 11: "what users load is what we test").
 *
 * On first use in a test run this packs the package (`npm pack --ignore-scripts`: the
 * `pretest` script already built dist/), installs the tarball into a throw-away consumer
 * project under os.tmpdir() together with what the fixtures need, builds each fixture of
 * test/consumers/fixtures/ there with the installed tools, and serves the results at
 * `/__consumers/…` (consumersMiddleware). Browser tests reach it through
 * `executeServerCommand`:
 *
 *   'relu-consumer'      { name }   → { url, tsc?, svelteCheck?, svelteRejects?, html? }
 *                                     (one fixture, built on first use)
 *   'relu-docs-imports'  { text? }  → every import/file path the docs show, resolved against
 *                                     the installed package (see docs-imports.mjs)
 *
 * Every run starts from a fresh pack (the code may have changed); the consumer project is
 * deleted when the server stops.
 *
 * The repository's own typecheck skips fixtures/ (tsconfig.json excludes it): the fixtures
 * import 'relu-lab' as a consumer does, which only resolves in the consumer project, where
 * each fixture has its own tsconfig.json.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { collectFromDocs, collectSpecifiers, resolveSpecifiers } from './docs-imports.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Fixture name → how it is built and which page the browser opens. */
const FIXTURES = {
  'plain-html': { page: 'plain-html/index.html' },
  'vite-ts': { tsc: true, vite: true, page: 'vite-ts/dist/index.html' },
  react18: { vite: true, page: 'react18/dist/index.html' },
  react19: { tsc: true, vite: true, page: 'react19/dist/index.html' },
  svelte5: { svelteCheck: true, vite: true, page: 'svelte5/dist/index.html' },
  ssr: { node: 'ssr/build.mjs', page: 'ssr/dist/index.html' },
};

/** The child processes get the user's environment, without what `npm run` adds for this repo. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key) || key === 'INIT_CWD') delete env[key];
  return env;
}

/** Runs a command; resolves `{ code, output }` (stdout and stderr together), never rejects. */
function run(file, args, cwd) {
  return new Promise((done) => {
    execFile(file, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

async function runOrThrow(what, file, args, cwd) {
  const result = await run(file, args, cwd);
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.output}`);
  return result.output;
}

const state = {
  /** The test run the project was made for (watch mode starts a new run on each change). */
  run: undefined,
  /** @type {Promise<{ dir: string, tarball: string, timings: Record<string, number> }> | undefined} */
  project: undefined,
  /** @type {Map<string, Promise<object>>} */
  builds: new Map(),
  /** Consumer project folders made by this process, removed when the server stops. */
  dirs: [],
  /** @type {string | undefined} The current one, served at /__consumers/. */
  dir: undefined,
};

/** A new test run gets a new pack, install and builds: the code may have changed. */
function forRun(run) {
  if (state.project && state.run === run) return;
  state.run = run;
  state.project = undefined;
  state.builds = new Map();
}

/** The versions the repo itself uses (already in the npm cache), so consumers match them. */
async function versions() {
  const root = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
  const react18 = JSON.parse(await readFile(join(repo, 'test/react18/package.json'), 'utf8'));
  const lock = JSON.parse(await readFile(join(repo, 'package-lock.json'), 'utf8'));
  const dev = root.devDependencies;
  // Svelte exactly as the repo's lock has it: svelte-check fails the svelte5 fixture on any
  // compiler warning, and a newer Svelte may add one.
  const locked = (name) => lock.packages[`node_modules/${name}`].version;
  return {
    svelte: locked('svelte'),
    'svelte-check': locked('svelte-check'),
    '@sveltejs/vite-plugin-svelte': locked('@sveltejs/vite-plugin-svelte'),
    react: dev.react,
    'react-dom': dev['react-dom'],
    // React 18 under other names in the same install: the react18 fixture's vite.config.js
    // aliases react → react18, as if that app had installed React 18 itself.
    react18: `npm:react@${react18.dependencies.react}`,
    'react-dom18': `npm:react-dom@${react18.dependencies['react-dom']}`,
    '@types/react': dev['@types/react'],
    '@types/react-dom': dev['@types/react-dom'],
    '@lit-labs/ssr': dev['@lit-labs/ssr'],
    // relu-lab/react's optional peer: a React 18 app installs it beside relu-lab, as the README says.
    '@lit/react': dev['@lit/react'],
    typescript: dev.typescript,
    vite: dev.vite,
  };
}

/** Packs the package and installs the tarball in a new consumer project. */
async function createProject() {
  const timings = {};
  let start = Date.now();
  for (const file of ['dist/index.js', 'dist/relu-lab.bundle.js', 'dist/ssr.js']) {
    if (!existsSync(join(repo, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does it in pretest).`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'relu-lab-consumers-'));
  state.dirs.push(dir);
  state.dir = dir;
  // --ignore-scripts: no prepack, so packing never rebuilds dist/ during the tests.
  const packed = JSON.parse(await runOrThrow('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repo));
  const tarball = packed[0].filename;
  timings.pack = Date.now() - start;

  start = Date.now();
  const manifest = {
    name: 'relu-lab-consumer',
    private: true,
    type: 'module',
    dependencies: { 'relu-lab': `file:./${tarball}`, ...(await versions()) },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // --legacy-peer-deps: react-dom18's peer is React 18, which this project has as `react18`.
  await runOrThrow('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error'], dir);
  timings.install = Date.now() - start;
  return { dir, tarball, timings };
}

const project = () => (state.project ??= createProject());

/** Copies one fixture into the consumer project and builds it there with the installed tools. */
async function buildFixture(name) {
  const spec = FIXTURES[name];
  if (!spec) throw new Error(`Unknown consumer fixture "${name}" (known: ${Object.keys(FIXTURES).join(', ')})`);
  const { dir } = await project();
  const at = join(dir, name);
  await cp(join(fixtures, name), at, { recursive: true });
  const bin = (pkg, path) => join(dir, 'node_modules', pkg, path);
  const result = { name, url: `/__consumers/${FIXTURES[name].page}` };
  const start = Date.now();
  if (spec.tsc) {
    // Type-check against the published .d.ts files, as the app's own `tsc --noEmit` would.
    result.tsc = await run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', at, '--noEmit', '--pretty', 'false'], dir);
  }
  if (spec.svelteCheck) {
    // svelte-check as the app's own `npm run check` would run it, warnings failing too
    // (element_invalid_self_closing_tag…): on the app (src/), then on rejects/, never built,
    // whose every marked line must fail, so the app's clean result proves the types are real.
    const svelteCheck = (folder) =>
      run(process.execPath, [bin('svelte-check', 'bin/svelte-check'), '--workspace', folder, '--tsconfig', join(folder, 'tsconfig.json'), '--fail-on-warnings', '--output', 'machine'], dir);
    result.svelteCheck = await svelteCheck(at);
    result.svelteRejects = await svelteCheck(join(at, 'rejects'));
  }
  if (spec.vite) {
    // --base ./ only because the result is served under /__consumers/<name>/dist/.
    await runOrThrow(`vite build (${name})`, process.execPath, [bin('vite', 'bin/vite.js'), 'build', at, '--base', './', '--logLevel', 'warn'], dir);
  }
  if (spec.node) {
    await runOrThrow(`node ${spec.node}`, process.execPath, [join(dir, spec.node)], at);
    result.html = await readFile(join(dir, spec.page), 'utf8');
  }
  result.buildMs = Date.now() - start;
  return result;
}

/** @web/test-runner plugin: the `relu-consumer` and `relu-docs-imports` commands. */
export function consumersPlugin() {
  return {
    name: 'relu-consumers',
    async executeCommand({ command, payload, session }) {
      if (command !== 'relu-consumer' && command !== 'relu-docs-imports') return undefined;
      forRun(session?.testRun);
      if (command === 'relu-consumer') {
        const { name } = payload;
        if (!state.builds.has(name)) state.builds.set(name, buildFixture(name));
        const { timings, tarball } = await project();
        return { ...(await state.builds.get(name)), tarball, timings };
      }
      const { dir } = await project();
      const found = payload?.text === undefined ? await collectFromDocs(repo) : collectSpecifiers(payload.text, 'text');
      return { scanned: found.scanned, results: await resolveSpecifiers(found.specifiers, dir) };
    },
    async serverStop() {
      await Promise.all(state.dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Collects what a page reports as broken: uncaught errors, unhandled rejections and
 * console.error calls, in `window.__consumerErrors`. Injected first into every served page
 * (the fixtures stay as a user writes them).
 */
const ERROR_PROBE = `<script>(() => {
  const errors = (window.__consumerErrors = []);
  addEventListener('error', (e) => errors.push('error: ' + (e.error?.stack || e.message || (e.target && e.target.src) || 'resource failed')), true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + (e.reason?.stack || e.reason)));
  const consoleError = console.error;
  console.error = (...args) => { errors.push('console.error: ' + args.map(String).join(' ')); consoleError.apply(console, args); };
})();</script>`;

/** Koa middleware: `/__consumers/<path>` serves the consumer project's files, as built. */
export async function consumersMiddleware(context, next) {
  if (!context.path.startsWith('/__consumers/')) return next();
  const dir = state.dir;
  const file = dir && resolve(dir, `.${decodeURIComponent(context.path.slice('/__consumers'.length))}`);
  if (!file || !file.startsWith(dir + sep) || relative(dir, file).split(sep).includes('..') || !existsSync(file)) {
    context.status = 404;
    context.body = `Not in the consumer project: ${context.path}`;
    return undefined;
  }
  let body = await readFile(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (type === 'text/html') {
    const html = body.toString('utf8');
    const head = html.search(/<head[^>]*>/i);
    body = head < 0 ? ERROR_PROBE + html : html.replace(/<head[^>]*>/i, (tag) => tag + ERROR_PROBE);
  }
  context.set('Cache-Control', 'no-store');
  context.type = type;
  context.body = body;
  return undefined;
}
