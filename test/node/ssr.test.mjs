// `calf-pain-guide/ssr` (dist/node/ssr.js): the guide rendered to HTML in Node, as a server
// would call it, and the recipe of docs/embedding.md run as written. Run after `npm run build`.
// That the browsers upgrade it without moving anything: test/distribution/upgrade.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ENGLISH_TITLE, bundledLocales, translation } from './locales.mjs';

const root = new URL('../../', import.meta.url);
const SSR = new URL('dist/node/ssr.js', root);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const { renderGuide } = await import(SSR);

/** The text of an emergency number's link in the guide's card (the banner's shadow root). */
const cardNumber = (html) => /<a class="number"[^>]*>\s*([\d ]+)\s*</.exec(html)?.[1];

test('package.json exports calf-pain-guide/ssr: its types and the Node module', () => {
  assert.deepEqual(pkg.exports['./ssr'], {
    types: './dist/types/ssr/index.d.ts',
    default: './dist/node/ssr.js',
  });
});

test('renderGuide returns the element with its content in a declarative shadow root', async () => {
  const html = await renderGuide();
  assert.match(html, /^<calf-pain-guide locale="en"[^>]*><template shadowrootmode="open">/);
  assert.match(html, /<\/template><\/calf-pain-guide>$/);
  assert.ok(html.includes(ENGLISH_TITLE));
  assert.doesNotMatch(html, /<script|lit-part|shadowroot="/, 'no script, no markers');
  // Each section closed, as the live guide first shows it, and openable with no script.
  assert.equal(html.match(/<details class="pre-rendered">/g)?.length, 9);
});

test("the reader's country sets the emergency number; the clinic's details are escaped", async () => {
  const british = await renderGuide({ region: 'GB', clinicName: 'St <Mary> & "Co"' });
  assert.equal(cardNumber(british), '999');
  assert.match(british, /clinic-name="St &lt;Mary&gt; &amp; &quot;Co&quot;"/);
  assert.doesNotMatch(british, /<Mary>/);
  assert.equal(cardNumber(await renderGuide({ region: 'AU' })), '000');
  assert.equal(cardNumber(await renderGuide({ region: 'US', emergencyNumber: '112' })), '112');
});

test('a regional tag (en-GB) draws the date and the number as the live guide on that page does', async () => {
  const british = await renderGuide({ locale: 'en-GB' });
  // The live guide reads both from the closest lang: the element keeps the tag for it.
  assert.match(british, /^<calf-pain-guide locale="en"[^>]* lang="en-GB"[^>]*>/);
  assert.equal(cardNumber(british), '999');
  // "6 December 2026", not "December 6, 2026": the live guide would rewrite it at the upgrade.
  assert.match(british, /on \d{1,2} [A-Z][a-z]+ \d{4}[;.]/);
  assert.doesNotMatch(british, /on [A-Z][a-z]+ \d{1,2}, \d{4}/);
  // A language's own tag adds no lang: the page's is used, as before; nor does a tag of a
  // language that is not shown (a Japanese page gets the English guide, marked English).
  assert.doesNotMatch(await renderGuide({ locale: 'en' }), /^<calf-pain-guide[^>]* lang=/);
  assert.doesNotMatch(await renderGuide({ locale: 'ja-JP' }), /^<calf-pain-guide[^>]* lang=/);
});

test('each render in its own language, even when a server renders several at once', async () => {
  const locales = ['en', ...bundledLocales];
  const titles = new Map([['en', ENGLISH_TITLE]]);
  for (const locale of bundledLocales) titles.set(locale, await translation(locale, 'guide.title'));
  const rendered = await Promise.all(
    [...locales, ...locales].map((locale) => renderGuide({ locale })),
  );
  rendered.forEach((html, i) => {
    const locale = locales[i % locales.length];
    assert.match(html, new RegExp(`^<calf-pain-guide locale="${locale}"`));
    assert.ok(html.includes(titles.get(locale)), `${locale}: its title`);
    for (const [other, title] of titles) {
      if (other !== locale) assert.ok(!html.includes(title), `${locale}: no ${other} title`);
    }
  });
  // A regional tag gets its language, as in the browser.
  if (bundledLocales.includes('es')) {
    assert.match(await renderGuide({ locale: 'es-MX' }), /^<calf-pain-guide locale="es"/);
  }
  // Lit's shim defines no `window`: libraries on the server must not take it for a browser.
  assert.equal(typeof globalThis.window, 'undefined');
});

test('the recipe of docs/embedding.md runs as written', async () => {
  const docs = await readFile(new URL('docs/embedding.md', root), 'utf8');
  const section = docs.split('\n## Server-side rendering')[1].split('\n## ')[0];
  const recipe = /^```js\n([^]*?)^```/m.exec(section)?.[1];
  assert.ok(recipe?.includes("from 'calf-pain-guide/ssr'"), 'the section has its recipe');
  const dir = await mkdtemp(join(tmpdir(), 'calf-pain-guide-ssr-'));
  await writeFile(
    join(dir, 'build-page.mjs'),
    recipe.replace("'calf-pain-guide/ssr'", JSON.stringify(SSR.href)),
  );
  await promisify(execFile)(process.execPath, ['build-page.mjs'], { cwd: dir });
  const page = await readFile(join(dir, 'guide.html'), 'utf8');
  assert.match(page, /<main><calf-pain-guide locale="es" region="ES" clinic-name="Clínica Sol"/);
  assert.equal(cardNumber(page), '112');
  assert.ok(page.includes(`calf-pain-guide@${pkg.version}/dist/calf-pain-guide.es.js`));
});
