// Svelte 5 + Vite + svelte-check (skipLibCheck: false), with the packed package: types from
// `calf-pain-guide/svelte` (SvelteHTMLElements), `oncalf-checker-result` as an event attribute.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidgetApp, npmRun, openPage, prepare, serve } from './harness.mjs';

let site;
before(async () => {
  await prepare();
});
after(() => site?.close());

test('the app type-checks, the typings rejecting wrong attribute values', () =>
  npmRun('svelte', 'typecheck'));

test('the app builds', async () => {
  await npmRun('svelte', 'build');
  site = await serve('svelte/dist');
});

test('in Chromium: number, language, hide-checker both ways, result to app state, clean console', async () => {
  const tab = await openPage(`${site.origin}/`);
  try {
    const { hideCheckerAttributes } = await checkWidgetApp(tab.page);
    assert.equal(hideCheckerAttributes[1] !== null, true, 'hidden: the attribute is there');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});
