// React 19 + Vite + TypeScript (skipLibCheck: false), with the packed package: types from
// `calf-pain-guide/react`, `oncalf-checker-result` on a client-rendered element.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidgetApp, npmRun, openPage, prepare, serve } from './harness.mjs';

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
