/**
 * `npm run build:embed`: dist/relu-lab.embed.js (every element and the embed
 * script, Lit included, minified, self-contained) and dist/embed.html, the
 * page a course author puts in an <iframe>; and dist/relu-lab.scorm.js, the
 * script of a SCORM package's launch page (`npx relu-lab scorm`).
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
// The SCORM package's script: the elements and relu-lab/scorm, self-contained.
await build({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  build: {
    emptyOutDir: false,
    lib: { entry: 'src/scorm-launch.ts', formats: ['es'], fileName: () => 'relu-lab.scorm.js' },
  },
});
console.log('dist/embed.html, dist/relu-lab.embed.js and dist/relu-lab.scorm.js written');
