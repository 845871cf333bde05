/** `npm run analyze` writes custom-elements.json from the JSDoc in src/. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
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
  ],
};
