// Timings in headless Chromium (Debian's, through puppeteer-core): first paint of the guide from
// a script against the same guide pre-rendered as HTML, the checker's response to Next, and 50
// guides on one page. Each load gets a fresh browser context (empty cache), and the pages being
// compared are loaded alternately, so drift on a busy machine falls on both alike.
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browsers.mjs';
import { summary } from './stats.mjs';

/** Desktop: the machine as it is. Phone: a mid-range phone on a good mobile network. */
export const PROFILES = {
  desktop: { label: 'desktop (no throttling)', cpuSlowdown: 1, network: null },
  phone: {
    label: 'phone (CPU 4× slower, Fast 4G: 8.1 Mbit/s, 165 ms latency)',
    cpuSlowdown: 4,
    network: PredefinedNetworkConditions['Fast 4G'],
  },
};

export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      "No Chromium found: run `node scripts/ensure-browsers.mjs` (installs Debian's chromium) or set CHROME_PATH.",
    );
  }
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A page in a fresh context (nothing cached), throttled as the profile says. */
async function openPage(browser, profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 915, deviceScaleFactor: 1 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) await page.emulateNetworkConditions(profile.network);
  const failures = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  return { page, cdp, failures, close: () => context.close() };
}

const assertClean = (failures, what) => {
  if (failures.length) throw new Error(`${what}: the page reported errors: ${failures.join('; ')}`);
};

/** The page's first-contentful-paint time, in ms from navigation start. */
const firstContentfulPaint = () =>
  new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  });

/**
 * First paint of each page, loaded alternately `runs` times.
 * @param {Record<string, string>} urls  name → page URL
 */
export async function measureFirstPaint(browser, urls, profile, runs) {
  const names = Object.keys(urls);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    // Alternate which page goes first, so neither always gets the warmer machine.
    const order = run % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const { page, failures, close } = await openPage(browser, profile);
      try {
        await page.goto(urls[name], { waitUntil: 'load' });
        times[name].push(await page.evaluate(firstContentfulPaint));
        // The paint must be the guide: its title is in the shadow root, from HTML or script.
        await page.waitForFunction(
          () => document.querySelector('calf-pain-guide')?.shadowRoot?.querySelector('h2, h1'),
          { timeout: 10_000 },
        );
        assertClean(failures, urls[name]);
      } finally {
        await close();
      }
    }
  }
  // The loads themselves too, in the order they ran: what an interval is drawn from.
  return Object.fromEntries(
    names.map((name) => [name, { ...summary(times[name]), values: times[name] }]),
  );
}

/**
 * In the page: records, for each press of the checker's Next button, the time from the click
 * to the frame after the one that shows what the press changed (rAF, then a task: after paint).
 */
function recordNextPresses() {
  const checker = document.querySelector('calf-pain-checker');
  window.benchPresses = [];
  document.addEventListener(
    'click',
    (event) => {
      const onNext = event
        .composedPath()
        .some((node) => node instanceof HTMLButtonElement && node.type === 'submit');
      if (!onNext) return;
      const start = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const root = checker.shadowRoot;
          window.benchPresses.push({
            ms: performance.now() - start,
            result: Boolean(root.querySelector('.result')),
            // A question, or "Check your answers" (before the result), which is timed as one.
            question: Boolean(root.querySelector('[id^="question-"], #check-heading')),
          });
        }),
      );
    },
    true,
  );
}

/** In the page: answers the screen shown with "None of these", or its last choice. */
function answerWithNone() {
  const root = document.querySelector('calf-pain-checker').shadowRoot;
  // "Check your answers": nothing to choose, its button shows the result.
  if (root.querySelector('#check-heading')) return root.querySelector('button[type="submit"]');
  const none = root.querySelector('#option-none');
  const choice = none ?? [...root.querySelectorAll('input[type="radio"]')].at(-1);
  if (!choice) throw new Error('no option to choose on this screen');
  if (!choice.checked) choice.click();
  return root.querySelector('button[type="submit"]');
}

/** Times every press of Next through the checker, from the first question to the result. */
export async function measureChecker(browser, url, profile, runs) {
  const toQuestion = [];
  const toResult = [];
  for (let run = 0; run < runs; run++) {
    const { page, failures, close } = await openPage(browser, profile);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() =>
        document.querySelector('calf-pain-checker')?.shadowRoot?.querySelector('[id^="question-"]'),
      );
      await page.evaluate(recordNextPresses);
      // Up to ten questions, then "Check your answers".
      for (let press = 1; press <= 11; press++) {
        const next = await page.evaluateHandle(answerWithNone);
        await next.click();
        await next.dispose();
        await page.waitForFunction((count) => window.benchPresses.length === count, {}, press);
        const last = await page.evaluate(() => window.benchPresses.at(-1));
        if (last.result) {
          toResult.push(last.ms);
          break;
        }
        if (!last.question) throw new Error('Next showed neither a question nor a result');
        toQuestion.push(last.ms);
      }
      assertClean(failures, url);
    } finally {
      await close();
    }
  }
  if (toResult.length !== runs) throw new Error('the checker did not reach a result in every run');
  return { nextQuestion: summary(toQuestion), result: summary(toResult) };
}

/** In the page: adds `count` guides, waits until every one (and each element inside) rendered and painted. */
async function renderGuides(count) {
  await customElements.whenDefined('calf-pain-guide');
  const settle = async (element) => {
    await element.updateComplete;
    for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) {
      if (inner.updateComplete) await settle(inner);
    }
  };
  const start = performance.now();
  const box = document.createElement('div');
  for (let i = 0; i < count; i++) box.append(document.createElement('calf-pain-guide'));
  document.body.append(box);
  for (const guide of box.children) await settle(guide);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const ms = performance.now() - start;
  let nodes = 0;
  const walk = (node) => {
    nodes++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  for (const guide of box.children) walk(guide);
  return { ms, nodes: nodes / count };
}

/** Time to render `count` guides on one page, and the JS heap and DOM nodes each one costs. */
export async function measureManyGuides(browser, url, profile, runs, count = 50) {
  const times = [];
  const heaps = [];
  let nodes = 0;
  for (let run = 0; run < runs; run++) {
    const { page, cdp, failures, close } = await openPage(browser, profile);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('calf-pain-guide'));
      const heapUsed = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const before = await heapUsed();
      const rendered = await page.evaluate(renderGuides, count);
      const after = await heapUsed();
      times.push(rendered.ms);
      heaps.push((after - before) / count);
      nodes = rendered.nodes;
      assertClean(failures, url);
    } finally {
      await close();
    }
  }
  return { count, render: summary(times), heapPerGuide: summary(heaps), domNodesPerGuide: nodes };
}

/**
 * The cumulative layout shift (Chromium's layout-shift entries) of a page holding the
 * pre-rendered guide and the script, from navigation until the live guide has replaced the
 * pre-rendered one and painted: what the upgrade moves.
 * @returns {{ runs: number, max: number, values: number[] }}
 */
export async function measureUpgradeShift(browser, url, profile, runs) {
  const values = [];
  for (let run = 0; run < runs; run++) {
    const { page, failures, close } = await openPage(browser, profile);
    try {
      await page.evaluateOnNewDocument(() => {
        window.benchLayoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.benchLayoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      // Upgraded: the live guide's section buttons replaced the pre-rendered <details>.
      await page.waitForFunction(
        () => document.querySelector('calf-pain-guide')?.shadowRoot?.querySelector('button.toggle'),
        { timeout: 20_000 },
      );
      values.push(
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => setTimeout(() => resolve(window.benchLayoutShift))),
              ),
            ),
        ),
      );
      assertClean(failures, url);
    } finally {
      await close();
    }
  }
  return { runs, max: Math.max(...values), values };
}
