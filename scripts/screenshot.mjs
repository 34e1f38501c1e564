// Takes docs/screenshot.png of the demo page (for the README) with Debian's Chromium:
//   npm run build && node scripts/screenshot.mjs
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { startServer } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const server = await startServer();

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({
    width: Number(process.argv[3] ?? 900),
    height: 1400,
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.origin}/${process.argv[4] ?? 'demo/index.html'}`);
  await page.waitForFunction(() =>
    document.querySelector('calf-pain-guide')?.shadowRoot?.querySelector('.title'),
  );
  await page.screenshot({ path: process.argv[2] ?? join(root, 'docs/screenshot.png') });
} finally {
  await browser.close();
  await server.close();
}
