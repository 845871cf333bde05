/**
 * `npm run build:embed`: dist/relu-lab.embed.js (every element and the embed
 * script, Lit included, minified, self-contained) and dist/embed.html, the
 * page a course author puts in an <iframe>.
 */
import { copyFileSync } from 'node:fs';
import { build } from 'vite';

await build({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  build: {
    emptyOutDir: false,
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'relu-lab.embed.js' },
  },
});
copyFileSync('src/embed/embed.html', 'dist/embed.html');
console.log('dist/embed.html and dist/relu-lab.embed.js written');
