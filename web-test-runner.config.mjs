import { mkdirSync, writeFileSync } from 'node:fs';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { consumersMiddleware, consumersPlugin } from './test/consumers/wtr-plugin.mjs';
import { pythonPlugin } from './test/math/python-plugin.mjs';
import { screenshotPlugin } from './test/shipped/screenshot-plugin.mjs';

/** Counts every test of every session and writes `tests: N passed, N failed`. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && session.errors?.length) failed++;
      }
      const line = `tests: ${passed} passed, ${failed} failed`;
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/summary.txt', `${line}\n`);
    },
  };
}

/**
 * Server-side rendering for the SSR tests: `executeServerCommand('relu-ssr',
 * { markup })` renders on Node with @lit-labs/ssr (src/ssr.ts, bundled once).
 */
function ssrPlugin() {
  let ssr;
  return {
    name: 'relu-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'relu-ssr') return undefined;
      if (!ssr) {
        const { build } = await import('esbuild');
        const outfile = new URL('./.ssr-tmp/ssr.mjs', import.meta.url).pathname;
        await build({
          entryPoints: ['src/ssr.ts'],
          bundle: true,
          platform: 'node',
          format: 'esm',
          conditions: ['node'],
          packages: 'external',
          outfile,
          logLevel: 'warning',
        });
        ssr = await import(`${outfile}?${Date.now()}`);
      }
      return ssr.renderToString(payload.markup);
    },
  };
}

/**
 * `/__copies/<name>.js`: the whole package (src/define.ts, Lit included)
 * bundled into one self-contained file, as a page would get it from a CDN.
 * Each name is a separate module, so a test can load two independent copies.
 */
let packageCopy;
async function packageCopies(context, next) {
  if (!/^\/__copies\/[a-z0-9-]+\.js$/.test(context.path)) return next();
  if (!packageCopy) {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['src/define.ts'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      write: false,
      logLevel: 'warning',
    });
    packageCopy = result.outputFiles[0].text;
  }
  context.type = 'text/javascript';
  context.body = packageCopy;
}

/** The policy test/csp/page.html is served with: no inline script or style, Trusted Types required. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Learning Locker's xAPI validator (xapi-validation, CommonJS with dynamic requires), run on
 * Node: `executeServerCommand('xapi-validate', { statements })` answers each statement's warnings.
 */
function xapiPlugin() {
  return {
    name: 'relu-xapi-validate',
    async executeCommand({ command, payload }) {
      if (command !== 'xapi-validate') return undefined;
      const { createRequire } = await import('node:module');
      const validate = createRequire(import.meta.url)('xapi-validation').default;
      return payload.statements.map((statement) => validate(statement).map((w) => `${w.path?.join('.')}: ${w.message ?? JSON.stringify(w)}`));
    },
  };
}

/** Wrapper schemas importing every namespace a manifest of each SCORM version uses (test/fixtures/scorm-xsd). */
const SCORM_DRIVERS = {
  '1.2': ['http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd', 'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd'],
  2004: [
    'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  ],
};

/** Validates a manifest against the SCORM schemas with libxml2 (xmllint-wasm): `{ valid, errors }`. */
async function validateManifest(version, manifest) {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { validateXML } = await import('xmllint-wasm');
  const dir = new URL(`./test/fixtures/scorm-xsd/${version}/`, import.meta.url).pathname;
  const preload = readdirSync(dir).filter((f) => f.endsWith('.xsd')).map((f) => ({ fileName: f, contents: readFileSync(dir + f, 'utf8') }));
  const imports = SCORM_DRIVERS[version].map((pair) => {
    const [namespace, location] = pair.split(' ');
    return `<xsd:import namespace="${namespace}" schemaLocation="${location}"/>`;
  });
  const driver = `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xsd:schema>`;
  const result = await validateXML({ xml: [{ fileName: 'imsmanifest.xml', contents: manifest }], schema: [{ fileName: 'driver.xsd', contents: driver }], preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.message ?? e.rawMessage) };
}

/**
 * SCORM packages for the tests, made as an author makes them: `executeServerCommand('scorm-package',
 * { version, lesson, mastery })` runs bin/relu-lab.mjs on a lesson file, unzips what it wrote into
 * .scorm-tmp/<version>/ (served, so a frame can launch it) and answers the zip's file names;
 * `{ args }` runs the command line itself and answers its exit code, its error output and whether
 * the zip exists.
 */
function scormPlugin() {
  return {
    name: 'relu-scorm-package',
    async executeCommand({ command, payload }) {
      if (command === 'scorm-validate') return validateManifest(payload.version, payload.manifest);
      if (command !== 'scorm-package') return undefined;
      const { execFileSync, spawnSync } = await import('node:child_process');
      const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
      const { unzipSync } = await import('fflate');
      const dir = new URL('./.scorm-tmp/', import.meta.url).pathname;
      mkdirSync(dir, { recursive: true });
      const lessonFile = `${dir}lesson.json`;
      writeFileSync(lessonFile, typeof payload.lesson === 'string' ? payload.lesson : JSON.stringify(payload.lesson));
      const zip = `${dir}package-${payload.version ?? 'args'}.zip`;
      rmSync(zip, { force: true });
      if (payload.args) {
        const run = spawnSync(process.execPath, ['bin/relu-lab.mjs', ...payload.args.map((a) => a.replace('$LESSON', lessonFile).replace('$ZIP', zip))], { encoding: 'utf8' });
        return { status: run.status, stderr: run.stderr, written: existsSync(zip) };
      }
      execFileSync(process.execPath, ['bin/relu-lab.mjs', 'scorm', lessonFile, '--out', zip, '--scorm', payload.version, '--mastery', String(payload.mastery ?? 1)]);
      const files = unzipSync(readFileSync(zip));
      const out = `${dir}${payload.version}/`;
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      for (const [name, bytes] of Object.entries(files)) writeFileSync(out + name, bytes);
      return { files: Object.keys(files).sort(), manifest: new TextDecoder().decode(files['imsmanifest.xml']) };
    },
  };
}

/**
 * A learning record store for the xAPI sender's tests, at /__lrs/statements: it takes a POST only
 * with the xAPI 1.0.3 version header, a JSON body and the test's Basic credentials (test:secret),
 * and answers with one id per statement, as an LRS does; 400 or 401 otherwise.
 */
async function learningRecordStore(context, next) {
  if (context.path !== '/__lrs/statements') return next();
  const fail = (status, text) => ((context.status = status), (context.body = text));
  if (context.method !== 'POST') return fail(405, 'POST statements');
  if (context.get('x-experience-api-version') !== '1.0.3') return fail(400, 'X-Experience-API-Version must be 1.0.3');
  if (context.get('authorization') !== `Basic ${Buffer.from('test:secret').toString('base64')}`) return fail(401, 'bad credentials');
  if (!context.get('content-type').startsWith('application/json')) return fail(400, 'Content-Type must be application/json');
  let body = '';
  for await (const chunk of context.req) body += chunk;
  let statements;
  try {
    statements = JSON.parse(body);
  } catch {
    return fail(400, 'not JSON');
  }
  if (!Array.isArray(statements) || !statements.length) return fail(400, 'an array of statements');
  context.type = 'application/json';
  context.body = JSON.stringify(statements.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
}

/**
 * Runs test/**\/*.test.ts in the system's Chromium (CHROME_PATH, else
 * /usr/bin/chromium), headless. No browser is ever downloaded.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  hostname: '127.0.0.1',
  concurrency: 1,
  testsFinishTimeout: Number(process.env.WTR_TIMEOUT ?? 300_000),
  middleware: [
    packageCopies,
    consumersMiddleware,
    learningRecordStore,
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    /**
     * For the embed page's LMS-frame tests: /__csp/… is the file with `style-src 'self'` (and no
     * inline script or style allowed); /__cors/… the file as a CDN serves it, with
     * Access-Control-Allow-Origin: * (a sandboxed frame's module script is a cross-origin fetch).
     */
    function lmsFrames(context, next) {
      for (const [prefix, header, value] of [
        ['/__csp/', 'Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:"],
        ['/__cors/', 'Access-Control-Allow-Origin', '*'],
      ]) {
        if (context.path.startsWith(prefix)) {
          context.url = context.url.slice(prefix.length - 1);
          context.set(header, value);
        }
      }
      return next();
    },
  ],
  plugins: [
    ssrPlugin(),
    xapiPlugin(),
    scormPlugin(),
    consumersPlugin(),
    screenshotPlugin(),
    pythonPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // React ships CommonJS: convert it for the framework tests.
    fromRollup(rollupCommonjs)({ include: /node_modules\/(react|react-dom|scheduler|heap)\// }),
  ],
  // React reads process.env.NODE_ENV.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><script>window.process = { env: { NODE_ENV: 'production' } };</script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // For the lifecycle tests' heap measurements.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
