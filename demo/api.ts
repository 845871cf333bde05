// The API reference, generated at build time from custom-elements.json (no markup parsing).
import manifest from '../custom-elements.json';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  name: string;
  description?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
};

function table(caption: string, head: string[], rows: string[][]) {
  const wrap = make('div', undefined, 'table-scroll');
  const t = make('table');
  t.append(make('caption', caption));
  const tr = make('tr');
  for (const h of head) {
    const th = make('th', h);
    th.scope = 'col';
    tr.append(th);
  }
  const thead = make('thead');
  thead.append(tr);
  const tbody = make('tbody');
  for (const row of rows) {
    const r = make('tr');
    row.forEach((cell, i) => r.append(i === 0 ? make('th', cell) : make('td', cell)));
    tbody.append(r);
  }
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

const root = document.getElementById('api')!;
const elements = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);
// In the order the lesson introduces them.
const ORDER = ['relu-trio', 'relu-unit-plot', 'relu-fit-lab'];
const rank = (tag = '') => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
elements.sort((a, b) => rank(a.tagName) - rank(b.tagName));
for (const d of elements) {
  const section = make('section');
  section.append(make('h2', `<${d.tagName}>`));
  if (d.summary) section.append(make('p', d.summary, 'lede-small'));
  if (d.description) section.append(make('p', d.description));
  if (d.attributes?.length) {
    section.append(table('Attributes', ['Attribute', 'Property', 'Type', 'Description'], d.attributes.map((a) => [a.name, a.fieldName ?? '', a.type?.text ?? '', a.description ?? ''])));
  }
  const members = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('_'));
  if (members.length) {
    section.append(table('Properties and methods', ['Name', 'Kind', 'Type', 'Description'], members.map((m) => [m.name, m.kind === 'method' ? 'method' : m.readonly ? 'read-only' : 'property', m.type?.text ?? '', m.description ?? ''])));
  }
  if (d.events?.length) section.append(table('Events', ['Event', 'Type', 'Description'], d.events.map((e) => [e.name, e.type?.text ?? '', e.description ?? ''])));
  if (d.cssParts?.length) section.append(table('CSS parts', ['Part', 'Description'], d.cssParts.map((p) => [p.name, p.description ?? ''])));
  if (d.cssProperties?.length) section.append(table('CSS custom properties', ['Property', 'Default', 'Description'], d.cssProperties.map((p) => [p.name, p.default ?? '', p.description ?? ''])));
  root.append(section);
}
