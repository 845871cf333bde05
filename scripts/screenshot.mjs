/**
 * Screenshots of a page in headless Chromium, for looking at what we build.
 * Usage: node scripts/screenshot.mjs [url-path] [out-prefix]
 * Starts Vite on 127.0.0.1, shoots 1200 px and 360 px wide in light and dark,
 * writes screenshots/<prefix>-<width>-<scheme>.png.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const path = process.argv[2] ?? '/demo/';
const prefix = process.argv[3] ?? 'demo';
const widths = (process.env.WIDTHS ?? '1200,360').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');

const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
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
      await page.goto(`http://127.0.0.1:${port}${path}`);
      // Labs far from the viewport skip rendering (content-visibility: auto); a full-page picture wants them all.
      await page.addStyleTag({ content: 'relu-fit-lab { content-visibility: visible !important; }' });
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
