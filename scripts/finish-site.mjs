/**
 * After `vite build --mode site`: an index at the site's root that opens the
 * lesson, and the embed page with its script (built by `npm run build:embed`).
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';

writeFileSync(
  'site/index.html',
  '<!doctype html><meta charset="utf-8"><title>relu-lab</title><meta http-equiv="refresh" content="0; url=./demo/index.html"><a href="./demo/index.html">relu-lab</a>\n',
);
if (existsSync('dist/embed.html')) {
  copyFileSync('dist/embed.html', 'site/demo/embed.html');
  copyFileSync('dist/relu-lab.embed.js', 'site/demo/relu-lab.embed.js');
} else {
  console.warn('dist/embed.html is missing: run npm run build first to include the embed page.');
}
console.log('site/ is ready: serve it from any static host.');
