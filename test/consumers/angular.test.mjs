// Angular 21 (the CLI's application builder, strict templates, skipLibCheck: false), with the
// packed package: CUSTOM_ELEMENTS_SCHEMA, property bindings, and `$event` typed by the package's
// HTMLElementEventMap entry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWidgetApp, npmRun, openPage, prepare, serve } from './harness.mjs';

let site;
before(async () => {
  await prepare();
});
after(() => site?.close());

test('the app type-checks, templates included (ngc, strictTemplates)', () =>
  npmRun('angular', 'typecheck'));

test('the app builds (ng build)', async () => {
  await npmRun('angular', 'build');
  site = await serve('angular/dist/browser');
});

test('in Chromium: number, language, hide-checker both ways, result to app state, clean console', async () => {
  const tab = await openPage(`${site.origin}/`);
  try {
    const { hideCheckerAttributes } = await checkWidgetApp(tab.page);
    // [hideChecker] sets the property, which the element reflects as present or absent.
    assert.deepEqual(hideCheckerAttributes, [null, '', null]);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});
