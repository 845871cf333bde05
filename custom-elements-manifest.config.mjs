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
      name: 'relu-lab-public-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
            }
          }
        }
      },
    },
    integrationsPlugin(),
  ],
};
