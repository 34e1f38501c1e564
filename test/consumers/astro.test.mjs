// Astro 5 (server rendering on Node 20): the package imported on the server while the pages are
// rendered; the tags in server-rendered HTML upgrade in the browser; a React island (the pattern
// for Next.js) and the Vue app's component (as in Nuxt) server-rendered, then hydrated, with no
// warning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONSUMERS, checkWidgetApp, npmRun, openPage, prepare, serve } from './harness.mjs';

let site;
before(async () => {
  await prepare();
});
after(() => site?.close());

const html = (page) => readFile(join(CONSUMERS, 'astro/dist', page, 'index.html'), 'utf8');

test('the app type-checks (astro check)', () => npmRun('astro', 'typecheck'));

test('the app builds: each page rendered on the server, which imports the package', async () => {
  await npmRun('astro', 'build');
  // The elements are in the server's HTML, not yet drawn (no shadow root: the browser draws them).
  for (const page of ['', 'react', 'vue']) {
    const text = await html(page);
    assert.match(text, /<calf-pain-guide [^>]*region="AU"/, `/${page}: the tag, server-rendered`);
    assert.doesNotMatch(text, /shadowroot/, `/${page}: no shadow root from the server`);
  }
  site = await serve('astro/dist');
});

test('in Chromium, an Astro page: the server-rendered tag upgrades, with the number, clean console', async () => {
  const tab = await openPage(`${site.origin}/`);
  try {
    const number = await tab.page.evaluate(async () => {
      await customElements.whenDefined('calf-pain-guide');
      const guide = document.querySelector('calf-pain-guide');
      await guide.updateComplete;
      const card = guide.shadowRoot.querySelector('red-flag-banner');
      await card.updateComplete;
      return card.shadowRoot.querySelector('a.number').textContent.trim();
    });
    assert.equal(number, '000');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});

for (const [page, framework] of [
  ['react', 'React 19 (the Next.js pattern: a ref and addEventListener)'],
  ['vue', 'Vue 3 (as in Nuxt)'],
]) {
  test(`in Chromium, ${framework}, server-rendered then hydrated: every check, no hydration warning`, async () => {
    const tab = await openPage(`${site.origin}/${page}/`);
    try {
      await checkWidgetApp(tab.page);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.close();
    }
  });
}
