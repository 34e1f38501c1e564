// Browser tests in three engines, all from Debian's packages (scripts/browsers.mjs finds them;
// `npm test` installs them first when missing):
//   wtr --group chromium   Chromium, headless, with coverage and the visual tests
//   wtr --group quick      Chromium, the tests of the sources alone (no build needed): each
//                          element's tests and test/elements/ (npm run test:quick)
//   wtr --group visual     the visual tests alone, in Chromium (test/visual/README.md)
//   wtr --group firefox    Firefox ESR, headless, through puppeteer-core (WebDriver BiDi)
//   wtr --group webkit     WebKitGTK MiniBrowser through WebKitWebDriver (scripts/test-webkit.sh)
// TEST_FILES (comma-separated paths) narrows any group to those files: npm run test:one.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import {
  CHROMIUM_ARGS,
  FIREFOX_PATH,
  MINIBROWSER_PATH,
  findChromium,
} from './scripts/browsers.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { hostileHostMiddleware } from './test/support/server-middleware.mjs';
import { wordpressMiddleware } from './test/support/wordpress-middleware.mjs';

// Chromium sees only the fonts of fonts-dejavu-core (test/support/fonts.conf), so that text, and
// the visual baselines, render the same on a fresh machine as on one with many fonts installed.
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    env: {
      ...process.env,
      FONTCONFIG_FILE: fileURLToPath(new URL('./test/support/fonts.conf', import.meta.url)),
    },
  },
});

// puppeteer-core drives Firefox over WebDriver BiDi: what @web/test-runner-puppeteer does,
// without the full `puppeteer` package and its browser download.
const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
});

// MiniBrowser has no headless mode: scripts/test-webkit.sh runs it under Xvfb.
const webkit = webdriverLauncher({
  hostname: '127.0.0.1',
  port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
  path: '/',
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    // webdriverio 9 otherwise asks for BiDi, which WebKitWebDriver does not offer.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
  },
});

// Each element's tests sit beside it (src/elements/<name>/<name>.test.ts); the rest in test/.
const ELEMENT_TESTS = 'src/**/*.test.ts';
const ALL_TESTS = 'test/**/*.test.ts';
// The engine's and the content's tests run in Node (`npm run test:unit`), not in browsers.
const NODE_TESTS = ['!test/checker/**', '!test/content/**'];
// The consumer apps (and their node_modules) run under node --test (`npm run test:consumers`).
const CONSUMERS = '!test/consumers/**';
// Pixel baselines are taken in one engine only: fonts and anti-aliasing differ between engines.
const VISUAL_TESTS = 'test/visual/**/*.test.ts';
// The tests that need no build: they import the sources, not dist/.
const SOURCE_TESTS = [ELEMENT_TESTS, 'test/elements/*.test.ts', '!test/elements/bundle.test.ts'];

/** A group's files, or only TEST_FILES when set (npm run test:one). */
const ONLY = process.env.TEST_FILES?.split(',').filter(Boolean);
const files = (...patterns) => ONLY ?? patterns.flat();

export default {
  files: files(ELEMENT_TESTS, ALL_TESTS, NODE_TESTS, CONSUMERS),
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [chromium],
  groups: [
    {
      name: 'chromium',
      files: files(ELEMENT_TESTS, ALL_TESTS, NODE_TESTS, CONSUMERS),
      browsers: [chromium],
    },
    { name: 'quick', files: files(SOURCE_TESTS), browsers: [chromium] },
    // The visual tests alone (`npm run test:visual`, `npm run test:visual:update`).
    { name: 'visual', files: files(VISUAL_TESTS), browsers: [chromium] },
    {
      name: 'firefox',
      files: files(ELEMENT_TESTS, ALL_TESTS, NODE_TESTS, CONSUMERS, `!${VISUAL_TESTS}`),
      browsers: [firefox],
    },
    {
      name: 'webkit',
      files: files(ELEMENT_TESTS, ALL_TESTS, NODE_TESTS, CONSUMERS, `!${VISUAL_TESTS}`),
      browsers: [webkit],
    },
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/**/*.test.ts', 'node_modules/**'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  middleware: [hostileHostMiddleware, wordpressMiddleware],
  plugins: [
    forcedColorsPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINES === 'true',
      baseDir: 'test/visual/screenshots',
      // Runs on one machine give identical pixels (test/support/fonts.conf); the budget leaves
      // room for a few anti-aliased edges drawn differently by another Chromium build.
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
};
