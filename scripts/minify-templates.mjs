/**
 * A Vite/Rollup plugin for the browser bundles: smaller `html`, `svg` and `css`
 * template literals, changing nothing that renders.
 *
 * - `css`: minified by lightningcss, a real CSS parser, with browser targets as old
 *   as the elements support (container queries: Chrome 105, Safari 16, Firefox 110),
 *   so it never writes newer syntax than we wrote (such as range media features). A `${…}` inside is kept: it stands in the
 *   parse as a custom-property declaration `--relu-expr-N:0`, which is where our
 *   styles interpolate (`${dark}`: a block of declarations). A template that does
 *   not come back with every placeholder in order is left as written.
 *   A `calc(…)` is kept exactly as written (lightningcss would compute it and round:
 *   `calc(0.8em / 0.85)` became `.941176em`, a font size a hair smaller, which moved
 *   glyphs by a pixel).
 * - `html` and `svg`: a run of white space that contains a line break becomes one
 *   space; HTML renders both alike outside `<pre>`/`<textarea>` and `white-space:
 *   pre…`, which no template uses (checked here: such a template is left alone).
 *
 * test/shipped/render.test.ts compares the bundle's pixels with the source's in
 * every scene, width and colour mode, so a change that rendered differently fails.
 * (rollup-plugin-minify-html-literals, used before, rewrote CSS with regular
 * expressions and silently dropped container queries and the dark theme.)
 */
import { Parser } from 'acorn';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

const TAGS = new Set(['html', 'svg', 'css']);
/** lightningcss browser versions (major << 16): the oldest with container queries. */
const TARGETS = { chrome: 105 << 16, edge: 105 << 16, safari: 16 << 16, ios_saf: 16 << 16, firefox: 110 << 16 };
const escape = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** `text` with each outermost `calc(…)` replaced by `var(--relu-calc-N)`, and the calcs. */
function holdCalcs(text) {
  const calcs = [];
  let out = '';
  let i = 0;
  for (let start = text.indexOf('calc(', i); start >= 0; start = text.indexOf('calc(', i)) {
    let depth = 0;
    let end = start + 4;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    out += `${text.slice(i, start)}var(--relu-calc-${calcs.length})`;
    calcs.push(text.slice(start, end + 1).replace(/\s+/g, ' '));
    i = end + 1;
  }
  return { text: out + text.slice(i), calcs };
}

/** The template's static parts as minified CSS, or null to leave it as written. */
function minifyCss(parts) {
  const placeholder = (i) => `--relu-expr-${i}:0;`;
  // Comments go first (a calc in a comment is not one to keep).
  const joined = parts.map((p, i) => (i < parts.length - 1 ? p + placeholder(i) : p)).join('');
  const held = holdCalcs(joined.replace(/\/\*[\s\S]*?\*\//g, ''));
  let text = held.text;
  const declarations = !text.includes('{');
  if (declarations) text = `:root{${text}}`;
  let out;
  try {
    out = transform({ filename: 'template.css', code: Buffer.from(text), minify: true, targets: TARGETS }).code.toString();
  } catch {
    return null;
  }
  if (declarations) {
    if (!out.startsWith(':root{') || !out.endsWith('}')) return null;
    out = out.slice(':root{'.length, -1);
  }
  let restored = 0;
  out = out.replace(/var\(--relu-calc-(\d+)\)/g, (_, n) => (restored++, held.calcs[Number(n)]));
  if (restored !== held.calcs.length) return null;
  const pieces = out.split(/--relu-expr-(\d+):0;?/);
  if (pieces.length !== 2 * parts.length - 1) return null;
  for (let i = 0; i < parts.length - 1; i++) if (pieces[2 * i + 1] !== String(i)) return null;
  const result = pieces.filter((_, i) => i % 2 === 0);
  // Each `${…}` stood where a declaration goes: keep it a declaration of its own.
  return result.map((p, i) => (i > 0 && p && !/^[;}]/.test(p) ? `;${p}` : p));
}

/**
 * `code` (a JavaScript module) with its html``, svg`` and css`` templates minified,
 * and a source map of the change; null when nothing changed.
 */
export function minifyTemplateLiterals(code) {
  if (!/(html|svg|css)\s*`/.test(code)) return null;
  let ast;
  try {
    ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return null;
  }
  const s = new MagicString(code);
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    if (node.tag.name === 'css') {
      const cooked = quasis.map((q) => q.value.cooked);
      if (cooked.some((c) => c === null || c === undefined)) return;
      const minified = minifyCss(cooked);
      if (!minified) return;
      quasis.forEach((q, i) => s.overwrite(q.start, q.end, escape(minified[i])));
      return;
    }
    if (quasis.some((q) => /<(pre|textarea)\b|white-space:\s*pre/i.test(q.value.raw))) return;
    for (const q of quasis) {
      const raw = q.value.raw.replace(/[ \t]*\r?\n\s*/g, ' ');
      if (raw !== q.value.raw && q.end > q.start) s.overwrite(q.start, q.end, raw);
    }
  });
  const out = s.toString();
  return out === code ? null : { code: out, map: s.generateMap({ hires: true }) };
}

/** The Vite/Rollup plugin: minifies the templates of every module under src/. */
export function minifyTemplates() {
  return {
    name: 'relu-lab-minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id)) return null;
      return minifyTemplateLiterals(code);
    },
  };
}
