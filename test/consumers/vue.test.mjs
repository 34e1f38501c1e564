// Vue 3 + Vite + vue-tsc (skipLibCheck: false), with the packed package: types from
// `calf-pain-guide/vue` (GlobalComponents), `:hide-checker` writing "false".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidgetApp, npmRun, openPage, prepare, serve } from './harness.mjs';

let site;
before(async () => {
  await prepare();
});
after(() => site?.close());

test('the app type-checks, the typings rejecting wrong attribute values', () =>
  npmRun('vue', 'typecheck'));

test('the app builds', async () => {
  await npmRun('vue', 'build');
  site = await serve('vue/dist');
});

test('in Chromium: number, language, hide-checker both ways, result to app state, clean console', async () => {
  const tab = await openPage(`${site.origin}/`);
  try {
    const { hideCheckerAttributes } = await checkWidgetApp(tab.page);
    // Vue writes hide-checker="true", then "false" (not removing it): the element reads "false"
    // as off, so the checker comes back.
    assert.deepEqual(hideCheckerAttributes.slice(1), ['true', 'false']);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});
