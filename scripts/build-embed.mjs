/**
 * `npm run build:embed`: dist/relu-lab.embed.js (every element and the embed
 * script, Lit included, minified, self-contained) and dist/embed.html, the
 * page a course author puts in an <iframe>; and dist/relu-lab.scorm.js, the
 * script of a SCORM package's launch page (`npx relu-lab scorm`).
 */
import { copyFileSync } from 'node:fs';
import { build } from 'vite';

// The embed page's script, and the SCORM package's (the elements and relu-lab/scorm): each self-contained.
for (const [entry, file] of [['src/embed.ts', 'relu-lab.embed.js'], ['src/scorm-launch.ts', 'relu-lab.scorm.js']]) {
  await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    // Self-contained: the parts the bundle loads on first use are inlined here.
    build: { emptyOutDir: false, lib: { entry, formats: ['es'], fileName: () => file }, rolldownOptions: { output: { codeSplitting: false } } },
  });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');
console.log('dist/embed.html, dist/relu-lab.embed.js and dist/relu-lab.scorm.js written');
