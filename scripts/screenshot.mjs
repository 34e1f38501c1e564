// Takes docs/screenshot.png of the demo page (for the README) with Debian's Chromium:
//   npm run build && node scripts/screenshot.mjs
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  try {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(root)) throw new Error('outside');
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();

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
  await page.goto(`http://127.0.0.1:${port}/${process.argv[4] ?? 'demo/index.html'}`);
  await page.waitForFunction(() =>
    document.querySelector('calf-pain-guide')?.shadowRoot?.querySelector('.title'),
  );
  await page.screenshot({ path: process.argv[2] ?? join(root, 'docs/screenshot.png') });
} finally {
  await browser.close();
  server.close();
}
