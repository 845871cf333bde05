/**
 * Screenshots for looking at what we build, in headless Chromium.
 *
 *   node scripts/screenshot.mjs                     the BUILT bundle (dist/relu-lab.bundle.js,
 *                                                   run `npm run build` first) on a plain page:
 *                                                   trio, a following unit plot and the lab
 *   node scripts/screenshot.mjs /demo/ [prefix]     a page of the Vite dev server (the source)
 *
 * Shoots 1200 px and 360 px wide (WIDTHS=…) in light and dark (SCHEMES=…), full page, into
 * screenshots/<prefix>-<width>-<scheme>.png, and says when a page overflows sideways. BODY=…
 * replaces the plain page's content (a lesson of your own); ACTION=… runs with `page` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const path = process.argv[2];
const prefix = process.argv[3] ?? (path ? 'demo' : 'bundle');
const widths = (process.env.WIDTHS ?? '1200,360').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>:root { color-scheme: light dark } body { margin: 0 auto; padding: 16px; max-width: 1100px; font-family: Georgia, serif }</style>
<script type="module" src="/relu-lab.bundle.js"></script></head><body>
<h1>ReLU, in a blog post</h1>
<p>The activation functions a network can use:</p>
<relu-trio></relu-trio>
<p>Unit 1 of the lab below, placed in the prose:</p>
<relu-unit-plot for="lab" unit="1"></relu-unit-plot>
<relu-fit-lab id="lab"></relu-fit-lab>
</body></html>`;

/** The built bundle on a plain page, or Vite for a source page. */
async function serve() {
  if (path) {
    const vite = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await vite.listen();
    return { port: vite.httpServer.address().port, path, close: () => vite.close() };
  }
  // The bundle and the parts it loads on first use (dist/relu-lab.<part>.js), as a host serves them.
  const page = process.env.BODY ? PLAIN_PAGE.replace(/<h1>[\s\S]*<\/body>/, `${process.env.BODY}</body>`) : PLAIN_PAGE;
  const http = createHttpServer((req, res) => {
    // …and the language tables (dist/locales/*.js), for a BODY that loads one.
    const name = /^\/(relu-lab\.[\w-]+\.js|locales\/\w+\.js)(?:\?|$)/.exec(req.url)?.[1];
    res.writeHead(200, { 'content-type': name ? 'text/javascript' : 'text/html' });
    res.end(name ? readFileSync(new URL(`../dist/${name}`, import.meta.url)) : page);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  return { port: http.address().port, path: '/', close: () => http.close() };
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
try {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      page.on('console', (m) => m.type() !== 'debug' && console.log(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
      await page.goto(`http://127.0.0.1:${server.port}${server.path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      if (process.env.ACTION) await new Function('page', `return (async () => { ${process.env.ACTION} })()`)(page);
      const file = `screenshots/${prefix}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(file, overflow ? '(horizontal overflow!)' : '');
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
