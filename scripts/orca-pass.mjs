// A screen-reader pass with Orca, headless: what Orca says while a keyboard user runs the checker
// to a result and follows "Read more" into the guide. Not part of `npm test` (it needs Debian's
// orca, at-spi2-core and xvfb, which the project does not install): run it by hand after
// `npm run build` with
//   apt-get install --no-install-recommends orca at-spi2-core xvfb dbus
//   node scripts/orca-pass.mjs > orca-transcript.txt
// Chromium runs on an Xvfb display with its accessibility tree exposed over AT-SPI, in a private
// D-Bus session where Orca listens. Keys go to the page over the DevTools protocol (Orca's own
// browse-mode keys are not used: this is a keyboard user in focus mode). Orca needs no speech
// server for this: it writes what it would speak to its debug file ("SPEECH OUTPUT"), which the
// transcript interleaves with the steps.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { findChromium } from './browsers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const [, , mode, url] = process.argv;

/** The urgent case of the checker's tests: onset gradual, one leg swollen, under 3 days, same. */
const ANSWERS = ['onset-gradual', 'swelling-one-leg', 'duration-under-3-days', 'trend-same'];

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Calf pain</title><script type="module" src="/dist/calf-pain-guide.js"></script></head>
<body><main><h1>Our clinic</h1><calf-pain-guide region="GB" open="check"></calf-pain-guide></main></body></html>`;

if (mode === '--drive') await drive(url);
else await main();

/** Outside the session: a server, the display, the D-Bus session with Orca, the transcript. */
async function main() {
  for (const tool of ['/usr/bin/orca', '/usr/bin/Xvfb', '/usr/bin/dbus-run-session']) {
    if (!existsSync(tool)) {
      console.error(
        `${tool} is missing: apt-get install --no-install-recommends orca at-spi2-core xvfb dbus`,
      );
      process.exit(2);
    }
  }
  if (!existsSync(join(root, 'dist/calf-pain-guide.js'))) {
    console.error('dist/ is missing: npm run build first');
    process.exit(2);
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/') return response.end(PAGE);
    const file = join(root, path);
    if (!path.startsWith('/dist/') || !existsSync(file)) return response.writeHead(404).end();
    response.setHeader('content-type', 'text/javascript');
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `http://127.0.0.1:${server.address().port}/`;

  const work = mkdtempSync(join(tmpdir(), 'orca-pass-'));
  const display = ':' + (90 + Math.floor(Math.random() * 9));
  const xvfb = spawn('/usr/bin/Xvfb', [
    display,
    '-screen',
    '0',
    '1280x1024x24',
    '-nolisten',
    'tcp',
  ]);
  const debug = join(work, 'orca-debug.out');
  const script = `
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    sleep 1
    /usr/bin/orca --replace --debug-file='${debug}' >/dev/null 2>&1 &
    orca=$!
    sleep 5
    '${process.execPath}' '${fileURLToPath(import.meta.url)}' --drive '${address}'
    status=$?
    kill -TERM $orca; sleep 3
    exit $status`;
  await sleep(1000);
  // Not spawnSync: the server above answers from this process's event loop.
  const session = spawn('/usr/bin/dbus-run-session', ['--', 'sh', '-c', script], {
    env: { ...process.env, DISPLAY: display, HOME: work, GTK_MODULES: 'gail:atk-bridge' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  session.stdout.on('data', (chunk) => (stdout += chunk));
  session.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => session.on('close', resolve));
  xvfb.kill();
  server.close();
  // On a failure, what Orca said up to it is still printed (below), before the exit code.
  if (status !== 0) console.error(stderr);
  // The steps (ISO times) and what Orca said (its clock, the same machine's), in time order.
  const steps = stdout
    .split('\n')
    .filter((line) => line.startsWith('STEP '))
    .map((line) => {
      const [, time, text] = /^STEP (\S+) (.*)$/.exec(line);
      return { at: new Date(time).toISOString().slice(11, 23), text: `\n## ${text}` };
    });
  const speech = readFileSync(debug, 'utf8')
    .split('\n')
    .map((line) => /^(\d\d:\d\d:\d\d\.\d{3})\d* - SPEECH OUTPUT: '(.*?)'(?:\{.*\})?$/.exec(line))
    .filter(Boolean)
    .map(([, at, text]) => ({ at, text: `  ${text}` }));
  const lines = [...steps, ...speech].sort((a, b) => a.at.localeCompare(b.at));
  console.log(lines.map((line) => line.text).join('\n'));
  if (status !== 0) process.exit(1);
}

/** Inside the session: Chromium with its accessibility tree on, driven by the keyboard. */
async function drive(address) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: false,
    args: ['--no-sandbox', '--force-renderer-accessibility', '--disable-gpu', '--no-first-run'],
  });
  const pause = sleep;
  const step = (text) => console.log(`STEP ${new Date().toISOString()} ${text}`);
  try {
    const [page] = await browser.pages();
    await page.goto(address);
    await page.waitForFunction(() => customElements.get('calf-pain-guide'));
    await page.bringToFront();
    await pause(3000);
    /** What has focus inside the checker: its id, or the text of a button. */
    const focused = () =>
      page.evaluate(() => {
        const guide = document.querySelector('calf-pain-guide').shadowRoot;
        const checker = guide.querySelector('calf-pain-checker').shadowRoot;
        const active = checker.activeElement ?? guide.activeElement;
        return active ? active.id || active.textContent.trim() : '';
      });
    const press = async (key) => {
      await page.keyboard.press(key);
      await pause(700);
    };
    const tabTo = async (wanted) => {
      for (let i = 0; i < 60 && !wanted(await focused()); i++) await press('Tab');
      if (!wanted(await focused())) throw new Error(`not reached by Tab: ${wanted}`);
    };

    step('Tab into the page, to the checker');
    await tabTo((id) => id.startsWith('option-'));
    // Up to every question the checker has (10), until "Check your answers" (no inputs).
    for (let screen = 0; screen < 12; screen++) {
      const options = await page.evaluate(() =>
        [
          ...document
            .querySelector('calf-pain-guide')
            .shadowRoot.querySelector('calf-pain-checker')
            .shadowRoot.querySelectorAll('input'),
        ].map((input) => ({ id: input.id.replace('option-', ''), type: input.type })),
      );
      if (!options.length) break;
      const mine = options.filter((option) => ANSWERS.includes(option.id)).map((o) => o.id);
      const picks = mine.length
        ? mine
        : [options.find((o) => o.id === 'none')?.id ?? options.at(-1).id];
      step(`Question ${screen + 1}: choose ${picks.join(', ')}`);
      for (const id of picks) {
        if (options[0].type === 'radio') {
          await tabTo((active) => active.startsWith('option-'));
          for (let i = 0; i < 10 && (await focused()) !== `option-${id}`; i++)
            await press('ArrowDown');
          await press('Space');
        } else {
          await tabTo((active) => active === `option-${id}`);
          await press('Space');
        }
      }
      step('Tab to Next, press Enter');
      await tabTo((active) => active === 'Next');
      await press('Enter');
      await pause(2500);
    }
    step('Check your answers: Tab to "See my result", press Enter');
    await tabTo((active) => active === 'See my result');
    await press('Enter');
    await pause(2500);
    step('The result: Tab to "What might be causing it", press Enter to open it');
    await tabTo((active) => active === 'What might be causing it');
    await press('Enter');
    await pause(1500);
    step('Tab to the first "Read more about this", press Enter');
    await tabTo((active) => active === 'Read more about this');
    await press('Enter');
    await pause(3000);
    step('end');
  } finally {
    await browser.close();
  }
}
