// The consumer tests' harness: each app in test/consumers/ uses the PACKED package (npm pack), as
// a new user's app would, with its own dependencies from test/consumers/package-lock.json.
//
//   await prepare()                     packs the package, installs the apps (once per lockfile)
//                                       and the tarball (once per tarball)
//   await npmRun('react', 'build')      runs an app's npm script; fails with its output
//   const site = await serve('react/dist')   a loopback server for a built app; site.requests
//                                       lists every path asked for (e.g. which chunks loaded)
//   const tab = await openPage(site.origin + '/')  a page in headless Chromium; tab.problems
//                                       collects console warnings, errors and failed requests
//   await appReady(tab.page)            waits until Astro's islands and React have hydrated
//   await checkWidgetApp(tab.page)      what every framework app must do (below)
//
// Adding a check: a new `test/consumers/<name>.test.mjs` (see react.test.mjs), or a test in an
// existing file using `site.requests` / `tab.page`. A new app: a folder with a package.json
// (its `typecheck` and `build` scripts), listed in package.json's workspaces; then
// `npm install --prefix test/consumers` updates the lockfile.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';

export const CONSUMERS = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACK_DIR = join(CONSUMERS, '.pack');
const STAMP = join(CONSUMERS, 'node_modules', '.calf-pain-guide-install');

/** Runs a command; resolves to its stdout, or rejects with everything it printed. */
export async function run(command, args, { cwd = CONSUMERS, env } = {}) {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`,
    );
  }
}

/** No telemetry and no prompt from the apps' tools: nothing leaves the machine. */
const QUIET = { ASTRO_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };

const sha256 = async (file) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/**
 * Packs the package (run `npm run build` first) and installs the apps' dependencies, then the
 * tarball, into test/consumers/node_modules. `npm ci` runs only when the lockfile changed since
 * the last install here (a fresh clone always runs it), the tarball only when it changed.
 * @returns {Promise<string>} the tarball's path
 */
export async function prepare() {
  await rm(PACK_DIR, { recursive: true, force: true });
  await mkdir(PACK_DIR, { recursive: true });
  const [packed] = JSON.parse(
    await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', PACK_DIR], {
      cwd: ROOT,
    }),
  );
  const tarball = join(PACK_DIR, packed.filename);
  const lock = await sha256(join(CONSUMERS, 'package-lock.json'));
  const pack = await sha256(tarball);
  const stamp = existsSync(STAMP) ? JSON.parse(await readFile(STAMP, 'utf8')) : {};
  // No browser or binary download: the apps' packages are plain npm packages.
  const env = { PUPPETEER_SKIP_DOWNLOAD: '1', ...QUIET };
  if (stamp.lock !== lock) {
    await run('npm', ['ci', '--no-audit', '--no-fund'], { env });
  }
  if (stamp.lock !== lock || stamp.pack !== pack) {
    // What the README tells users to run, with the tarball in place of the registry's copy;
    // --no-save keeps it out of the lockfile (its hash changes with every build).
    await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { env });
    await writeFile(STAMP, JSON.stringify({ lock, pack }));
  }
  return tarball;
}

/** Runs an app's npm script (`typecheck`, `build` …) in its folder. */
export const npmRun = (app, script) =>
  run('npm', ['run', script], {
    cwd: join(CONSUMERS, app),
    env: QUIET,
  });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves a built app's folder (relative to test/consumers/) on 127.0.0.1: `/x/` serves
 * `x/index.html`, as static hosts do.
 * @returns {Promise<{ origin: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serve(folder) {
  const base = join(CONSUMERS, folder);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    // Browsers ask for one on every page; a 404 would be an error in the console.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    if (existsSync(file) && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Opens a page in headless Debian Chromium (nothing is downloaded). `problems` lists every
 * console warning or error, uncaught error and failed request, for `assert.deepEqual(problems, [])`.
 * @returns {Promise<{ page: import('puppeteer-core').Page, problems: string[], close: () => Promise<void> }>}
 */
export async function openPage(url) {
  const executablePath = findChromium();
  assert.ok(executablePath, 'Chromium is installed (npm test installs it first)');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (['warn', 'warning', 'error', 'assert'].includes(message.type())) {
        problems.push(`console.${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.evaluateOnNewDocument(REACT_COMMITS);
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Waits until `condition` (run in the page with `args`) is true; fails naming what was awaited.
 */
export async function waitFor(page, what, condition, ...args) {
  try {
    await page.waitForFunction(condition, {}, ...args);
  } catch (error) {
    throw new Error(`${what}: never happened (${error.message})`);
  }
}

/**
 * Runs in the page before its scripts: the hook React DevTools uses (React calls it in production
 * builds too), here only counting React's commits, so that a test can wait until React has
 * rendered or hydrated the page.
 */
const REACT_COMMITS = () => {
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    commits: 0,
    inject(renderer) {
      this.renderers.set(this.renderers.size + 1, renderer);
      return this.renderers.size;
    },
    onCommitFiberRoot() {
      this.commits++;
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
};

/**
 * Waits until the app is live: Astro's islands hydrated (no `ssr` attribute left), React's first
 * commit made where React runs, and then the page idle, so that the work React queues after a
 * commit (its effects: listeners added in useEffect) has run. A reader cannot act sooner.
 */
export async function appReady(page) {
  await waitFor(page, 'the app hydrated', () => {
    const react = window.__REACT_DEVTOOLS_GLOBAL_HOOK__;
    const committed = !react?.renderers.size || react.commits > 0;
    return committed && !document.querySelector('astro-island[ssr]');
  });
  await page.evaluate(() => new Promise((resolve) => window.requestIdleCallback(resolve)));
}

/** Runs in the page: the guide, once defined and drawn. */
const GUIDE = async () => {
  await customElements.whenDefined('calf-pain-guide');
  const guide = document.querySelector('calf-pain-guide');
  await guide.updateComplete;
  return guide;
};

/**
 * What each framework app (the same component in React, Vue, Svelte …: a guide for region AU,
 * a "Español" button `#spanish` that sets its `locale` from app state, a `#toggle-checker`
 * button bound to `hide-checker`, and `#level` showing the level of the last
 * `calf-checker-result`) must do in the browser, as a reader and the app see it.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ hideCheckerAttributes: (string | null)[] }>} the attribute as the
 *   framework wrote it: shown, hidden, shown
 */
export async function checkWidgetApp(page) {
  await appReady(page);
  const guide = await page.evaluateHandle(GUIDE);
  const hideCheckerAttributes = [];

  // The emergency number for the guide's region (000 in Australia), in its "Get help now" card.
  const number = await page.evaluate(async (guide) => {
    const card = guide.shadowRoot.querySelector('red-flag-banner');
    await card.updateComplete;
    return card.shadowRoot.querySelector('a.number')?.textContent.trim();
  }, guide);
  assert.equal(number, '000', 'the emergency number for Australia');

  // A reader's result reaches the app's state: "short of breath" is an emergency. First, before
  // any re-render of the app: React 19 attaches no `on…` listener to a custom element it
  // hydrates until it renders it again (the server-rendered pages catch that here).
  await page.evaluate(async (guide) => {
    await guide.show('check');
    const checker = guide.shadowRoot.querySelector('calf-pain-checker');
    await checker.updateComplete;
    checker.shadowRoot.querySelector('#option-breathless').click();
    await checker.updateComplete;
    checker.shadowRoot.querySelector('button[type="submit"]').click();
  }, guide);
  await waitFor(
    page,
    'the result "emergency" shown by the app (#level)',
    () => document.querySelector('#level')?.textContent.trim() === 'emergency',
  );

  // hide-checker from app state, both ways: the checker's section goes and comes back.
  const checkerShown = () =>
    page.evaluate(
      (guide) => Boolean(guide.shadowRoot.querySelector('[data-section="check"]')),
      guide,
    );
  const attribute = () => page.evaluate((guide) => guide.getAttribute('hide-checker'), guide);
  assert.equal(await checkerShown(), true, 'the checker is shown at first');
  hideCheckerAttributes.push(await attribute());
  await page.click('#toggle-checker');
  await waitFor(
    page,
    'the checker hidden',
    (guide) => !guide.shadowRoot.querySelector('[data-section="check"]'),
    guide,
  );
  hideCheckerAttributes.push(await attribute());
  await page.click('#toggle-checker');
  await waitFor(
    page,
    'the checker shown again',
    (guide) => guide.shadowRoot.querySelector('[data-section="check"]'),
    guide,
  );
  hideCheckerAttributes.push(await attribute());

  // A locale change from app state switches the guide's language.
  const language = () =>
    page.evaluate((guide) => guide.shadowRoot.querySelector('[part="guide"]')?.lang, guide);
  assert.equal(await language(), 'en');
  await page.click('#spanish');
  await waitFor(
    page,
    'the guide in Spanish',
    (guide) => guide.shadowRoot.querySelector('[part="guide"]')?.lang === 'es',
    guide,
  );
  const title = await page.evaluate(
    (guide) => guide.shadowRoot.querySelector('[part="title"]').textContent,
    guide,
  );
  assert.match(title, /pantorrilla/, 'the title is in Spanish');

  return { hideCheckerAttributes };
}

/** Every file under a folder (relative to test/consumers/), for checks on what a build wrote. */
export async function filesIn(folder) {
  const base = join(CONSUMERS, folder);
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(base.length + 1));
}
