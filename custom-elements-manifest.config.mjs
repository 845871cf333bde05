import { integrationsPlugin } from './scripts/integrations.mjs';

/**
 * `npm run analyze` writes custom-elements.json from the JSDoc in src/, then, from the same
 * manifest, the editor data (VS Code, JetBrains) and the framework typings (src/generated/):
 * see scripts/integrations.mjs.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the file system's order, which differs between checkouts;
      // sort them by path so the same source always gives the same file (CI compares it byte for byte).
      name: 'relu-lab-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // The manifest documents the public API only: private and protected members stay out.
      // A state property (Lit's `state: true`, e.g. `openTables`) is no attribute, though the
      // analyzer lists static `properties` entries as attributes: those of non-public fields go.
      name: 'relu-lab-public-only',
      packageLinkPhase({ customElementsManifest }) {
        const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
        const hidden = (m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#');
        for (const declaration of declarations) {
          // Its own and inherited members: the manifest lists both.
          const nonPublic = new Set((declaration.members ?? []).filter(hidden).map((m) => m.name));
          if (declaration.members) {
            // Public is the default: said only where the source says otherwise.
            declaration.members = declaration.members.filter((m) => !hidden(m)).map(({ privacy, ...m }) => (privacy === 'public' ? m : { privacy, ...m }));
          }
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !nonPublic.has(a.fieldName));
        }
      },
    },
    integrationsPlugin(),
  ],
};
