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
import { translation } from '../node/locales.mjs';

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
    // The first load: the scripts the page's HTML names. The parts a closed guide does not show
    // (the checker's pages, the sections' content) are chunks of their own, fetched when the page
    // is idle, so by now they may have come too.
    const html = await text('index.html');
    const first = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    assert.ok(first.length > 0, 'the page names its scripts');
    const firstText = (await Promise.all(first.map(text))).join('\n');
    assert.match(firstText, /Pain at the top of the calf/, 'English is in the first load');
    assert.doesNotMatch(firstText, /pantorrilla/, 'no Spanish in the first load');
    for (const [what, sample] of [
      ['checker pages', /How old are you\?/],
      ['section content', /Your calf is the back of your lower leg\./],
    ]) {
      assert.doesNotMatch(firstText, sample, `no ${what} in the first load`);
    }
    const beforeSpanish = scripts();
    await tab.page.click('#spanish');
    await waitFor(tab.page, 'the guide in Spanish', () => {
      const guide = document.querySelector('calf-pain-guide');
      return guide.shadowRoot.querySelector('[part="guide"]')?.lang === 'es';
    });
    const later = scripts().filter((path) => !beforeSpanish.includes(path));
    const laterTexts = await Promise.all(later.map(text));
    const spanish = later.filter((_, i) => /pantorrilla/.test(laterTexts[i]));
    // What first paint shows comes in one chunk; what the checker's pages and the sections show
    // in Spanish come with those parts (already fetched if the page was idle), never in it.
    const [title, question] = await Promise.all(
      ['guide.title', 'screen.age.question'].map((id) => translation('es', id)),
    );
    const firstSpanish = later.filter((_, i) => laterTexts[i].includes(title));
    assert.equal(firstSpanish.length, 1, `one chunk holds the Spanish title: ${later.join(', ')}`);
    assert.ok(
      !laterTexts[later.indexOf(firstSpanish[0])].includes(question),
      "the checker's Spanish is not in the language's first chunk",
    );
    // Besides them, only parts fetched when the page was idle (English text, no other language).
    for (const [i, path] of later.entries()) {
      if (spanish.includes(path)) continue;
      assert.doesNotMatch(laterTexts[i], /Schmerz|douleur|dor na|ألم|疼痛/, `${path}: no language`);
    }
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});
