// React 19 + Vite + TypeScript (skipLibCheck: false), with the packed package: types from
// `calf-pain-guide/react`, `oncalf-checker-result` on a client-rendered element.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CONSUMERS,
  appReady,
  checkWidgetApp,
  npmRun,
  openPage,
  prepare,
  serve,
  waitFor,
} from './harness.mjs';

let site;
before(async () => {
  await prepare();
});
after(() => site?.close());

test('the app type-checks, the typings rejecting wrong attributes and event details', () =>
  npmRun('react', 'typecheck'));

test('the app builds', async () => {
  await npmRun('react', 'build');
  site = await serve('react/dist');
});

test('in Chromium: number, language, hide-checker both ways, result to app state, clean console', async () => {
  const tab = await openPage(`${site.origin}/`);
  try {
    const { hideCheckerAttributes } = await checkWidgetApp(tab.page);
    // React 19 writes a true boolean as an empty attribute and removes a false one.
    assert.deepEqual(hideCheckerAttributes, [null, '', null]);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});

test('Vite: the first load holds English only; Spanish comes as a chunk of its own when asked for', async () => {
  const start = site.requests.length;
  const scripts = () => site.requests.slice(start).filter((path) => path.endsWith('.js'));
  const text = (path) => readFile(join(CONSUMERS, 'react/dist', path), 'utf8');
  const tab = await openPage(`${site.origin}/`);
  try {
    await appReady(tab.page);
    const initial = scripts();
    const initialText = (await Promise.all(initial.map(text))).join('\n');
    assert.match(initialText, /Pain at the top of the calf/, 'English is in the first load');
    assert.doesNotMatch(initialText, /pantorrilla/, 'no Spanish in the first load');
    // The checker's pages are a part of their own, fetched when the page is idle.
    assert.doesNotMatch(initialText, /How old are you\?/, 'no checker pages in the first load');
    await tab.page.click('#spanish');
    await waitFor(tab.page, 'the guide in Spanish', () => {
      const guide = document.querySelector('calf-pain-guide');
      return guide.shadowRoot.querySelector('[part="guide"]')?.lang === 'es';
    });
    const later = scripts().slice(initial.length);
    const laterTexts = await Promise.all(later.map(text));
    const spanish = later.filter((_, i) => /pantorrilla/.test(laterTexts[i]));
    assert.equal(spanish.length, 1, `one chunk holds the Spanish: ${later.join(', ')}`);
    // Besides it, at most the checker's pages (fetched when the page is idle).
    const others = laterTexts.filter((t) => !/pantorrilla/.test(t));
    assert.ok(others.length <= 1, `one script more at most: ${later.join(', ')}`);
    for (const other of others) assert.match(other, /How old are you\?/);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});
