// The playground: a form built from custom-elements.json, a live element, and its HTML.
import manifest from '../custom-elements.json';

interface Attribute {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
}
const byTag = new Map<string, Attribute[]>();
for (const module of manifest.modules as { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[]) {
  for (const d of module.declarations ?? []) if (d.tagName) byTag.set(d.tagName, d.attributes ?? []);
}

const tagSelect = document.getElementById('tag') as HTMLSelectElement;
const fields = document.getElementById('fields')!;
const preview = document.getElementById('preview')!;
const snippet = document.getElementById('snippet')!;
const values = new Map<string, string | boolean>();

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = tagSelect.value;
  const el = document.createElement(tag);
  if (tag === 'relu-unit-plot' && !values.has('w')) el.setAttribute('w', '1');
  for (const [name, value] of values) {
    if (value === false || value === '') continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  preview.replaceChildren(el);
  const attributes = [...el.attributes].map((a) => (a.value === '' ? a.name : `${a.name}="${escape(a.value)}"`));
  snippet.textContent = `<script type="module" src="https://unpkg.com/relu-lab/dist/relu-lab.bundle.js"></script>\n\n<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}></${tag}>`;
}

function buildForm() {
  values.clear();
  fields.replaceChildren();
  for (const attribute of byTag.get(tagSelect.value) ?? []) {
    const label = document.createElement('label');
    label.textContent = attribute.name;
    label.title = attribute.description ?? '';
    const boolean = attribute.type?.text === 'boolean';
    const input = document.createElement('input');
    input.type = boolean ? 'checkbox' : 'text';
    input.name = attribute.name;
    // Defaults that are code (DEFAULT_TARGET) say nothing to an author.
    // The manifest's default as code ('' or "0,2 1,0"): shown as the value it stands for (an empty field, the text).
    const fallback = attribute.default ?? '';
    input.placeholder = /^[A-Z_]+$/.test(fallback) ? '' : fallback.replace(/^(['"`])(.*)\1$/s, '$2');
    input.addEventListener('input', () => {
      values.set(attribute.name, boolean ? input.checked : input.value);
      update();
    });
    label.append(input);
    fields.append(label);
  }
  update();
}

tagSelect.addEventListener('change', buildForm);
document.getElementById('copy')!.addEventListener('click', async () => {
  await navigator.clipboard.writeText(snippet.textContent ?? '').catch(() => undefined);
  document.getElementById('copied')!.textContent = 'Copied.';
});
buildForm();
