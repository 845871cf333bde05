// Every import specifier and package file path README.md and the docs site (demo/*.html,
// demo/*.ts) show resolves in the packed, installed package (see docs-imports.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Resolution {
  file?: string;
  error?: string;
}
interface Found {
  specifier: string;
  kind: 'import' | 'type' | 'mention' | 'file';
  where: string[];
  ok: boolean;
  reason: string;
  resolved: Record<string, Resolution>;
}
interface Report {
  scanned: string[];
  results: Found[];
}

/** Without `text`: the docs. With it: only that text (to show the check can fail). */
const docsImports = (text?: string) => executeServerCommand<Report, { text?: string }>('relu-docs-imports', text === undefined ? {} : { text });

const describeFound = (found: Found[]) =>
  found.map((f) => `${f.ok ? 'ok  ' : 'FAIL'} ${f.kind.padEnd(7)} ${f.specifier}  (${f.where.join(', ')})${f.ok ? '' : `\n       ${f.reason}`}`).join('\n');

describe('every import the docs show resolves from the packed package', function () {
  // Packs and installs the package if no consumer test did yet.
  this.timeout(240_000);

  it('collects the specifiers and files of README.md and the docs pages, and each resolves', async () => {
    const report = await docsImports();
    console.log(`Scanned ${report.scanned.join(', ')}:\n${describeFound(report.results)}`);
    expect(report.scanned).to.include.members(['README.md', 'demo/index.html', 'demo/recipes.html', 'demo/playground.ts']);
    const byKind = (kind: Found['kind']) => report.results.filter((f) => f.kind === kind).map((f) => f.specifier);
    // At least what the docs show today (a new example is picked up by the same patterns).
    expect(byKind('import')).to.include.members([
      'relu-lab',
      'relu-lab/define.js',
      'relu-lab/relu-trio.js',
      'relu-lab/relu-unit-plot.js',
      'relu-lab/relu-fit-lab.js',
      'relu-lab/react',
      'relu-lab/ssr.js',
      'relu-lab/autoload.js',
    ]);
    expect(byKind('type')).to.include.members(['relu-lab/jsx', 'relu-lab/vue', 'relu-lab/preact', 'relu-lab/solid']);
    expect(byKind('file')).to.include.members(['dist/relu-lab.bundle.js', 'dist/embed.html', 'dist/relu-lab.embed.js', 'custom-elements.json']);
    const failing = report.results.filter((f) => !f.ok);
    expect(failing.map((f) => f.reason), `these do not resolve from the packed package:\n${describeFound(failing)}`).to.deep.equal([]);
    // What resolved landed in the installed tarball, for the runtimes that matter.
    const define = report.results.find((f) => f.specifier === 'relu-lab/define.js')!;
    expect(define.resolved.bundler.file).to.match(/node_modules\/relu-lab\/dist\/define\.js$/);
    expect(define.resolved.types.file).to.match(/node_modules\/relu-lab\/dist\/define\.d\.ts$/);
    const ssr = report.results.find((f) => f.specifier === 'relu-lab/ssr.js')!;
    expect(ssr.resolved.node.file).to.match(/node_modules\/relu-lab\/dist\/ssr\.js$/);
  });

  it('fails, naming it, for a specifier or file the package does not have', async () => {
    const text = [
      "import 'relu-lab/define.js';",
      "import { nope } from 'relu-lab/nope';",
      "import type {} from 'relu-lab/nope-types';",
      // A types-only subpath imported for its value does not resolve at run time.
      "import 'relu-lab/jsx';",
      'Or use `relu-lab/not-there` in prose.',
      '&lt;script type="module" src="https://unpkg.com/relu-lab@0.1.0/dist/nope.bundle.js"&gt;&lt;/script&gt;',
      'Host `dist/embed.html` and `dist/nope.html`.',
    ].join('\n');
    const report = await docsImports(text);
    const status = Object.fromEntries(report.results.map((f) => [`${f.kind} ${f.specifier}`, f.ok]));
    expect(status).to.deep.equal({
      'import relu-lab/define.js': true,
      'import relu-lab/nope': false,
      'type relu-lab/nope-types': false,
      'import relu-lab/jsx': false,
      'mention relu-lab/not-there': false,
      'file dist/nope.bundle.js': false,
      'file dist/embed.html': true,
      'file dist/nope.html': false,
    });
    const nope = report.results.find((f) => f.specifier === 'relu-lab/nope')!;
    expect(nope.reason).to.contain('relu-lab/nope').and.contain('node').and.contain('bundler').and.contain('types');
    const jsx = report.results.find((f) => f.specifier === 'relu-lab/jsx')!;
    expect(jsx.resolved.types.file, 'the types still resolve').to.match(/jsx\.d\.ts$/);
    expect(jsx.reason).to.contain('bundler');
    expect(report.results.find((f) => f.specifier === 'dist/nope.bundle.js')!.where).to.deep.equal(['text:6']);
  });
});
