// End to end: the plugin's zip in a fresh WordPress from Debian's packages, with its own MariaDB
// on loopback and PHP's built-in web server, looked at in headless Chromium. What a clinic would
// do and see: install the zip, activate it, set the defaults on the settings page, add the
// shortcode to one page and the block to others, and read the guide on each page, in the
// language chosen, with the emergency number of the region chosen, under a block theme and a
// classic one. Then the block in the editor, and deleting the plugin.
//
// Needs `npm run build:wordpress` (the zip) and `node scripts/ensure-php.mjs --e2e`; run with
// `npm run test:wordpress:e2e`. KEEP_SITE=1 leaves the site's folder for a look afterwards;
// E2E_SCREENSHOTS=folder saves a picture of each published page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, openSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';

const run = promisify(execFile);
// Debian's WordPress (package wordpress), or another copy of WordPress's files.
const WORDPRESS_DIR = process.env.WP_CORE_DIR ?? '/usr/share/wordpress';
const ZIP = fileURLToPath(
  new URL('../../wordpress/build/calf-pain-guide-wordpress.zip', import.meta.url),
);
const SITE_TOOL = fileURLToPath(new URL('e2e-site.php', import.meta.url));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `ready()` resolves true, or fails after `ms`. */
async function until(what, ready, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts a server process that lives until the test ends; its output goes to a log file. */
const servers = [];
function startServer(name, command, args, logFile, env = {}) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`${name} stopped (${code ?? signal}): see ${logFile}`);
  });
  servers.push(child);
  return child;
}

let dir;
let wp;
let base;
let pages;
let browser;
/** A reader of the site, not logged in. */
let visitor;
let integrity;

const php = async (...args) => (await run('php', [SITE_TOOL, wp, ...args])).stdout.trim();

before(async () => {
  assert.ok(existsSync(ZIP), 'the zip exists: run `npm run build:wordpress` first');
  const chromium = findChromium();
  assert.ok(chromium, 'Chromium is installed (node scripts/ensure-browsers.mjs)');
  dir = await mkdtemp(join(tmpdir(), 'cpg-wordpress-e2e-'));

  // The database: MariaDB of Debian's package, in a folder of its own, on loopback only.
  const dbPort = await freePort();
  const socket = join(dir, 'mysqld.sock');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${join(dir, 'db')}`,
    `--user=${userInfo().username}`,
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  await startServer(
    'MariaDB',
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${join(dir, 'db')}`,
      `--socket=${socket}`,
      `--port=${dbPort}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--user=${userInfo().username}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ],
    join(dir, 'mariadb.log'),
  );
  const sql = (statement) =>
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
  await until('MariaDB', async () => (await sql('SELECT 1'), true));
  await sql(
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
  );

  // WordPress: Debian's files, copied, with a plain wp-config.php of our own instead of
  // Debian's, which looks for /etc/wordpress/config-<host>.php.
  wp = join(dir, 'wordpress');
  await cp(WORDPRESS_DIR, wp, {
    recursive: true,
    dereference: true,
    filter: (source) => !/\/(wp-config\.php|\.htaccess)$/.test(source),
  });
  const webPort = await freePort();
  base = `http://127.0.0.1:${webPort}`;
  const salt = () => createHash('sha256').update(`${Math.random()}`).digest('hex');
  await writeFile(
    join(wp, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
// This machine reaches no other server: WordPress must not try (updates, cron over HTTP).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const versions = await php('install');
  console.log(`# ${versions}`);

  // The zip, installed as Plugins → Add New → Upload Plugin does, then activated.
  pages = JSON.parse(await php('plugin', ZIP));
  const assets = join(wp, 'wp-content/plugins/calf-pain-guide/assets');
  integrity = JSON.parse(await readFile(join(assets, 'integrity.json'), 'utf8'));

  // PHP's web server answers 404 for a missing file; WordPress expects what its .htaccess does
  // on Apache: any address that is not a file goes to index.php.
  const router = join(dir, 'router.php');
  await writeFile(
    router,
    `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`,
  );
  await startServer(
    'PHP',
    'php',
    ['-S', `127.0.0.1:${webPort}`, '-t', wp, router],
    join(dir, 'php-server.log'),
    { PHP_CLI_SERVER_WORKERS: '4' },
  );
  await until('the web server', async () => (await fetch(`${base}/wp-login.php`)).ok);
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  visitor = await browser.createBrowserContext();
  console.log(`# site ready after ${seconds()}`);
});

after(async () => {
  await browser?.close();
  for (const child of servers) {
    child.stopping = true;
    child.kill('SIGTERM');
  }
  await Promise.all(
    servers.map((child) =>
      child.exitCode === null ? new Promise((resolve) => child.on('exit', resolve)) : undefined,
    ),
  );
  if (process.env.KEEP_SITE) console.log(`# site left in ${dir}`);
  else if (dir) await rm(dir, { recursive: true, force: true });
  console.log(`# total ${seconds()}`);
});

/**
 * A browser tab that records what a developer would see in the console, and failed requests.
 * @param {import('puppeteer-core').BrowserContext | import('puppeteer-core').Browser} context
 */
async function tab(context = browser) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (!['log', 'info', 'debug', 'verbose'].includes(message.type())) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

async function logIn(page, user, password) {
  await page.goto(`${base}/wp-login.php`);
  // The login page focuses and selects the username field after 200 ms: typing before that
  // would be replaced.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** What a reader sees of the guide on a published page. */
async function readGuide(pageId, label = `page-${pageId}`) {
  const { page, problems } = await tab(visitor);
  await page.goto(`${base}/?page_id=${pageId}`, { waitUntil: 'load' });
  const scripts = await page.$$eval('script[src*="/plugins/calf-pain-guide/"]', (tags) =>
    tags.map((tag) => ({
      file: new URL(tag.src).pathname.split('/').pop(),
      type: tag.type,
      integrity: tag.integrity,
      crossOrigin: tag.crossOrigin,
    })),
  );
  const guide = await page.evaluate(async () => {
    const element = document.querySelector('calf-pain-guide');
    if (!element) return null;
    await Promise.race([
      customElements.whenDefined('calf-pain-guide'),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
    // A script the browser refused (a wrong hash, not a module) leaves the element undefined.
    if (!element.shadowRoot) return { defined: false };
    /** Every node, through open shadow roots. */
    const walk = function* (root) {
      for (const child of root.childNodes) {
        yield child;
        if (child.shadowRoot) yield* walk(child.shadowRoot);
        yield* walk(child);
      }
    };
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        for (const node of [element, ...walk(element.shadowRoot)]) await node.updateComplete;
      }
    };
    await settle();
    // The guide draws a section when it is first opened: open the checker's, as a reader would
    // (with hide-checker there is no such button, and so no checker).
    element.shadowRoot.querySelector('#toggle-check')?.click();
    await settle();
    const nodes = [...walk(element.shadowRoot)];
    const text = nodes
      .filter((node) => node.nodeType === Node.TEXT_NODE && !node.parentElement?.closest('style'))
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/g, ' ');
    const banner = nodes.find((node) => node.localName === 'red-flag-banner');
    const checker = nodes.find((node) => node.localName === 'calf-pain-checker');
    return {
      // The clinic shows in the checker's answers: it has to reach the checker.
      checkerClinic: checker && [checker.clinicName, checker.clinicPhone, checker.clinicUrl],
      defined: true,
      lang: element.shadowRoot?.querySelector('[part~="guide"]')?.lang,
      emergencyNumber: banner?.shadowRoot?.querySelector('a.number')?.textContent?.trim(),
      checker: Boolean(checker),
      text,
    };
  });
  if (process.env.E2E_SCREENSHOTS) {
    await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, `${label}.png`) });
  }
  await page.close();
  // The element as the server sent it (the element later reflects some attributes itself).
  const html = await (await fetch(`${base}/?page_id=${pageId}`)).text();
  return {
    scripts,
    guide,
    problems,
    served: html.match(/<calf-pain-guide[^>]*>/g) ?? [],
    // The style that holds a screen for the guide until it draws, in the head.
    holdsSpace: html.split('</head>')[0].includes('<style id="calf-pain-guide-hold-space">'),
  };
}

/** The one script tag of the plugin on the page is this file, a module, with its hash. */
function assertScript(scripts, file) {
  assert.deepEqual(scripts, [
    { file, type: 'module', integrity: integrity[file], crossOrigin: 'anonymous' },
  ]);
}

describe('the plugin in WordPress', () => {
  test('the settings page saves the site-wide defaults, for administrators only', async () => {
    const { page, problems } = await tab();
    await logIn(page, 'admin', 'admin-password');
    await page.goto(`${base}/wp-admin/options-general.php?page=calf-pain-guide`);
    await page.type('#calf-pain-guide-region', 'gb');
    await page.type('#calf-pain-guide-clinic_name', 'Riverside Physiotherapy');
    await page.type('#calf-pain-guide-clinic_phone', '020 7946 0000');
    await page.type('#calf-pain-guide-clinic_url', 'javascript:alert(1)');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    const notices = await page.$$eval('.notice, .error, .updated', (nodes) =>
      nodes.map((node) => node.textContent.trim()),
    );
    assert.ok(
      notices.some((notice) => notice.includes('booking or contact page was not changed')),
      `a javascript: link is refused with a message (${notices.join(' | ')})`,
    );
    assert.equal(await page.$eval('#calf-pain-guide-region', (input) => input.value), 'GB');
    assert.equal(await page.$eval('#calf-pain-guide-clinic_url', (input) => input.value), '');
    await page.$eval('#calf-pain-guide-clinic_url', (input) => (input.value = ''));
    await page.type('#calf-pain-guide-clinic_url', 'https://riverside.example/book');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    assert.equal(
      await page.$eval('#calf-pain-guide-clinic_url', (input) => input.value),
      'https://riverside.example/book',
    );
    assert.deepEqual(problems, []);
    await page.close();

    const reader = await browser.createBrowserContext();
    const { page: readerPage } = await tab(reader);
    await logIn(readerPage, 'reader', 'reader-password');
    await readerPage.goto(`${base}/wp-admin/options-general.php?page=calf-pain-guide`);
    assert.match(
      await readerPage.$eval('body', (body) => body.textContent),
      /not allowed to access this page/,
      'a subscriber cannot open the settings page',
    );
    await reader.close();
  });

  for (const theme of ['twentytwentythree', 'twentytwentyone']) {
    describe(`with the ${theme} theme`, () => {
      before(() => php('theme', theme));

      test('the shortcode shows the guide in Spanish with 112, loading the Spanish file', async () => {
        const { scripts, guide, problems, holdsSpace } = await readGuide(
          pages.shortcode,
          `${theme}-shortcode`,
        );
        assert.deepEqual(problems, [], 'a clean console');
        assert.equal(holdsSpace, true, 'a screen is held for the guide until it draws');
        assertScript(scripts, 'calf-pain-guide.es.js');
        assert.equal(guide.defined, true);
        assert.equal(guide.lang, 'es');
        assert.equal(guide.emergencyNumber, '112');
        assert.match(guide.text, /Pida ayuda ahora/);
        assert.deepEqual(
          guide.checkerClinic,
          ['Riverside Physiotherapy', '910 000 000', 'https://riverside.example/book'],
          'the clinic phone from the shortcode, the rest from the settings',
        );
      });

      test('the block shows the guide in Spanish with 112', async () => {
        const { scripts, guide, problems, holdsSpace } = await readGuide(
          pages.block,
          `${theme}-block`,
        );
        assert.deepEqual(problems, [], 'a clean console');
        assert.equal(holdsSpace, true, 'a screen is held for the guide until it draws');
        assertScript(scripts, 'calf-pain-guide.es.js');
        assert.equal(guide.lang, 'es');
        assert.equal(guide.emergencyNumber, '112');
        assert.match(guide.text, /Pida ayuda ahora/);
      });

      test('a block with no settings uses the defaults: English, GB (999), no checker', async () => {
        const { scripts, guide, problems, served } = await readGuide(
          pages.defaults,
          `${theme}-defaults`,
        );
        assert.deepEqual(problems, [], 'a clean console');
        assertScript(scripts, 'calf-pain-guide.js');
        assert.equal(guide.lang, 'en');
        assert.equal(guide.emergencyNumber, '999');
        assert.match(guide.text, /Get help now/);
        assert.deepEqual(served, [
          '<calf-pain-guide class="wp-block-calf-pain-guide-guide" region="GB" clinic-name="Riverside Physiotherapy" clinic-phone="020 7946 0000" clinic-url="https://riverside.example/book" hide-checker>',
        ]);
        assert.equal(guide.checker, false, 'hideChecker hides the checker');
        assert.doesNotMatch(guide.text, /Check your symptoms/);
      });

      test('a page without the guide does not load its script, nor hold space', async () => {
        const { scripts, guide, problems, holdsSpace } = await readGuide(
          pages.none,
          `${theme}-none`,
        );
        assert.deepEqual(problems, []);
        assert.deepEqual(scripts, []);
        assert.equal(holdsSpace, false, 'no style either');
        assert.equal(guide, null);
      });
    });
  }

  test('in the editor, the block shows its summary and its settings', async () => {
    // Still logged in as the administrator, from the first test.
    const { page, problems } = await tab();
    // The editor's first-visit guide would cover the page.
    await page.evaluateOnNewDocument(() =>
      localStorage.setItem(
        'WP_DATA_USER_1',
        JSON.stringify({
          'core/preferences': { preferences: { 'core/edit-post': { welcomeGuide: false } } },
        }),
      ),
    );
    await page.goto(`${base}/wp-admin/post.php?post=${pages.block}&action=edit`);
    const placeholder = await page.waitForSelector('.wp-block-calf-pain-guide-guide', {
      timeout: 60_000,
    });
    const summary = await placeholder.evaluate((node) => node.textContent);
    assert.match(summary, /Calf pain guide/);
    assert.match(summary, /español/, 'the language by its own name');
    assert.match(summary, /ES/);

    // The sidebar: select the block, open the "Display" panel, hide the checker, save.
    await placeholder.click();
    await page.evaluate(() =>
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'),
    );
    const language = await page.waitForSelector('.block-editor-block-inspector select');
    assert.equal(await language.evaluate((select) => select.value), 'es');
    const [display] = await page.$$(
      'xpath/.//button[contains(@class,"components-panel__body-toggle")][normalize-space()="Display"]',
    );
    await display.click();
    const hidden = () =>
      page.evaluate(
        () => wp.data.select('core/block-editor').getBlocks()[0]?.attributes.hideChecker === true,
      );
    // The panel slides open: a click while it moves can land beside the toggle, so try again.
    for (let attempt = 0; attempt < 5 && !(await hidden()); attempt++) {
      const toggle = await page.waitForSelector(
        'xpath/.//label[normalize-space()="Hide the symptom checker"]',
        { visible: true },
      );
      await toggle.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert.equal(await hidden(), true, 'the toggle sets hideChecker');
    await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
    await until('the post to save', () =>
      page.evaluate(
        () =>
          !wp.data.select('core/editor').isSavingPost() &&
          !wp.data.select('core/editor').isEditedPostDirty(),
      ),
    );
    const saved = await page.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
    assert.equal(
      saved,
      '<!-- wp:calf-pain-guide/guide {"locale":"es","region":"ES","hideChecker":true} /-->',
    );
    assert.deepEqual(problems, [], 'a clean console in the editor');
    await page.close();

    const { guide } = await readGuide(pages.block, 'edited-block');
    assert.equal(guide.checker, false, 'the published page follows the editor');
    assert.equal(guide.emergencyNumber, '112');
  });

  test('the plugin wrote nothing to the PHP error log', async () => {
    const log = await readFile(join(dir, 'debug.log'), 'utf8').catch(() => '');
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('/plugins/calf-pain-guide/')),
      [],
    );
  });

  test('deleting the plugin deletes its option and its files', async () => {
    assert.deepEqual(JSON.parse(await php('uninstall')), { option: 'gone', files: false });
  });
});
