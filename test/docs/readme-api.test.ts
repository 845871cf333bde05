import { expect } from '@open-wc/testing';

/**
 * README.md documents each element's API by hand, with context the manifest
 * lacks; this keeps it true to custom-elements.json (generated from the code):
 * every attribute, event, CSS part, custom property and method the manifest
 * lists is in the README, and the README names nothing the manifest lacks.
 */
interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: Named[];
}

const TAGS = ['relu-trio', 'relu-unit-plot', 'relu-fit-lab'];
/** Documented once, under "Shared by all three elements". */
const SHARED = { attributes: ['strings', 'theme'], parts: ['plot', 'table-toggle', 'table', 'readout'] };

const ticks = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
/** The section of README from `## <tag>` to the next `## `. */
const section = (readme: string, heading: string) => {
  const start = readme.indexOf(heading);
  const end = readme.indexOf('\n## ', start + heading.length);
  return readme.slice(start, end < 0 ? undefined : end);
};
/** First-column names (and, for attribute tables, second-column property names) of tables whose header starts with `first`. */
function tableNames(text: string, first: string, column = 0): string[] {
  const names: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.startsWith(`| ${first} |`)) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('| ---')) {
      const cell = line.split('|')[column + 1] ?? '';
      names.push(...ticks(cell).flatMap((t) => t.split(/\s+/)));
    }
  }
  return names;
}
/** Backticked names in the sentence that starts with `lead` ("Parts:"). */
const prose = (text: string, lead: string) => {
  const at = text.indexOf(lead);
  return at < 0 ? [] : ticks(text.slice(at, text.indexOf('.', at + lead.length + 1)));
};

async function load() {
  const readme = await (await fetch('/README.md')).text();
  const manifest = await (await fetch('/custom-elements.json')).json();
  const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []);
  return { readme, byTag: (tag: string) => declarations.find((d) => d.tagName === tag)! };
}

const names = (list: Named[] | undefined) => (list ?? []).map((n) => n.name);
const sameSet = (documented: string[], actual: string[], shared: string[] = []) => {
  const doc = new Set(documented);
  return {
    undocumented: actual.filter((n) => !doc.has(n) && !shared.includes(n)),
    unknown: [...doc].filter((n) => !actual.includes(n)),
  };
};

describe('README documents exactly the API in custom-elements.json', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: attributes, events, parts, custom properties and methods`, async () => {
      const { readme, byTag } = await load();
      const d = byTag(tag);
      const text = section(readme, `## \`<${tag}>\``);
      const shared = section(readme, '## Shared by all three elements');
      expect(text.length, `README has a section for <${tag}>`).to.be.greaterThan(100);
      for (const name of SHARED.attributes) expect(new RegExp(`\`${name}[=\`]`).test(shared), `the shared section documents ${name}`).to.be.true;

      const attrs = tableNames(text, 'Attribute').filter((n) => n !== 'same');
      expect(sameSet(attrs, names(d.attributes), SHARED.attributes), 'attributes').to.deep.equal({ undocumented: [], unknown: [] });

      expect(sameSet(tableNames(text, 'Event'), names(d.events)), 'events').to.deep.equal({ undocumented: [], unknown: [] });

      const parts = [...tableNames(text, 'CSS part'), ...prose(text, 'Parts:')].flatMap((p) => p.split(' / '));
      expect(sameSet(parts, names(d.cssParts), SHARED.parts), 'parts').to.deep.equal({ undocumented: [], unknown: [] });

      const themes = tableNames(section(readme, '## Shared by all three elements'), 'Custom property');
      // `--relu-color-grid` / `-axis` / `-zero` is shorthand for three names.
      const expand = (list: string[]) =>
        list.reduce<string[]>((out, q) => [...out, q.startsWith('-') && !q.startsWith('--') ? out[out.length - 1].replace(/-[a-z]+$/, '') + q : q], []);
      const props = expand([...tableNames(text, 'Custom property'), ...prose(text, 'Custom\nproperties:'), ...prose(text, 'Custom properties:')]);
      const sharedProps = expand(themes);
      const cssProps = names(d.cssProperties);
      expect(sameSet(props, cssProps, sharedProps), 'custom properties').to.deep.equal({ undocumented: [], unknown: [] });
      expect(sharedProps.filter((p) => !cssProps.includes(p)), 'shared custom properties the manifest lacks').to.deep.equal([]);

      const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy === undefined).map((m) => m.name);
      const documented = tableNames(text, 'Method').map((m) => m.replace(/\(.*$/, ''));
      expect(sameSet(documented, methods), 'methods').to.deep.equal({ undocumented: [], unknown: [] });
    });
  }
});
