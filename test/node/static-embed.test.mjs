// The pre-rendered guides (dist/static/) and the iframe page (dist/embed.html, embed.js,
// embed-parent.js), as files: what an editor pastes or a web team copies. Run after
// `npm run build`. That they render without JavaScript, and that the iframe sizes itself, is
// checked in browsers: test/distribution/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  bundledLocales,
  shippedLocales,
  sourceLocale,
  translation,
  ENGLISH_TITLE,
} from './locales.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const LOCALES = [sourceLocale, ...shippedLocales];
/** The language a folder's guide is in: its own, or English while it is not ready. */
const shown = (locale) => (bundledLocales.includes(locale) ? locale : sourceLocale);
const direction = (locale) => (shown(locale) === 'ar' ? 'rtl' : 'ltr');
const title = (locale) =>
  shown(locale) === sourceLocale ? ENGLISH_TITLE : translation(locale, 'guide.title');

for (const locale of LOCALES) {
  test(`dist/static/${locale}/calf-pain-guide.html: the guide in ${shown(locale)}, without a script`, async () => {
    const snippet = await read(`dist/static/${locale}/calf-pain-guide.html`);
    assert.doesNotMatch(snippet, /<script/i, 'no script');
    assert.doesNotMatch(snippet, /\son[a-z]+=/i, 'no event handler attribute');
    assert.doesNotMatch(snippet, /<link|@import|url\(/i, 'loads nothing');
    assert.doesNotMatch(snippet, /\sstyle=/i, 'no style attribute (a strict CSP blocks them)');
    assert.match(
      snippet,
      new RegExp(`^<!-- [^]*?-->\\n<calf-pain-guide locale="${shown(locale)}"[ >]`),
    );
    // The guide and its emergency card, each with its declarative shadow root and its styles.
    // No obsolete `shadowroot` attribute beside `shadowrootmode` (the Nu HTML Checker: invalid).
    const roots = snippet.match(/<template shadowrootmode="open"><style>/g);
    assert.equal(roots?.length, 2, 'two declarative shadow roots, styles first');
    assert.match(
      snippet,
      new RegExp(
        `<div class="guide" part="guide" lang="${shown(locale)}" dir="${direction(locale)}">`,
      ),
    );
    assert.ok(snippet.includes(`<h2 class="title" part="title">${await title(locale)}</h2>`));
    // Readable without JavaScript: sections closed as the live guide first shows them, each a
    // <details> that opens with no script; no buttons; the checker's note instead of it.
    const markup = snippet.replace(/<style>[^]*?<\/style>/g, '');
    assert.doesNotMatch(markup, /<button|\shidden[\s>=]|<calf-pain-checker/);
    assert.equal(snippet.match(/<section /g)?.length, 9, 'all nine sections');
    assert.equal(snippet.match(/<details class="pre-rendered">\s*<summary>/g)?.length, 9);
    assert.match(snippet, /class="no-script">[^<]*JavaScript/);
    // Replaced by the live guide, never hydrated: no hydration markers left.
    assert.doesNotMatch(snippet, /<!--\/?lit-|<\?>|defer-hydration/);
  });

  test(`dist/static/${locale}/index.html: the same guide as a page of its own`, async () => {
    const page = await read(`dist/static/${locale}/index.html`);
    const snippet = await read(`dist/static/${locale}/calf-pain-guide.html`);
    assert.match(page, /^<!doctype html>\n/);
    assert.ok(page.includes(`<html lang="${shown(locale)}" dir="${direction(locale)}">`));
    assert.ok(page.includes(`<title>${await title(locale)}</title>`));
    // The same guide, its title the page's <h1>, in the page's <main>.
    const guide = snippet.slice(snippet.indexOf('<calf-pain-guide')).trimEnd();
    const asPage = guide
      .replace('heading-level="2"', 'heading-level="1"')
      .replace(
        /<h2 class="title" part="title">([^<]*)<\/h2>/,
        '<h1 class="title" part="title">$1</h1>',
      );
    const inPage = /<main>\n([^]*)\n<\/main>/.exec(page)?.[1];
    assert.ok(inPage, 'the guide in <main>');
    // Headings under the title are one level deeper in the snippet: compare without them.
    const headingsAway = (markup) => markup.replace(/<(\/?)h[1-6]\b/g, '<$1h');
    assert.equal(headingsAway(inPage), headingsAway(asPage), 'the snippet, with its title an <h1>');
    assert.doesNotMatch(page, /<script/i);
  });
}

test('dist/static/style-hashes.json names the hash of every inline style of every static file', async () => {
  const hashes = JSON.parse(await read('dist/static/style-hashes.json'));
  assert.deepEqual(Object.keys(hashes).sort(), ['calf-pain-guide.html', 'index.html']);
  for (const locale of LOCALES) {
    for (const file of Object.keys(hashes)) {
      const markup = await read(`dist/static/${locale}/${file}`);
      const found = [...markup.matchAll(/<style\b[^>]*>([^]*?)<\/style>/g)].map(
        ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      );
      assert.ok(found.length >= 2, `${locale}/${file} has styles`);
      assert.deepEqual([...new Set(found)], hashes[file], `${locale}/${file}`);
    }
  }
});

test('dist/embed.html: no inline script or style, its script beside it', async () => {
  const page = await read('dist/embed.html');
  const scripts = [...page.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)];
  assert.deepEqual(
    scripts.map(([, attributes, body]) => [attributes.trim(), body]),
    [['type="module" src="./embed.js"', '']],
  );
  assert.doesNotMatch(page, /<style|\sstyle=|\son[a-z]+=/i);
  // Its no-script links lead to the static pages.
  const links = [...page.matchAll(/href="([^"]+)"/g)].map(([, href]) => href);
  assert.deepEqual(
    [...links].sort(),
    LOCALES.map((locale) => `static/${locale}/index.html`).sort(),
  );
  for (const href of links) assert.ok(existsSync(new URL(`dist/${href}`, root)), href);
});

test('dist/embed.js names every attribute of <calf-pain-guide>, and only loads a bundle beside it', async () => {
  const script = await read('dist/embed.js');
  const manifest = JSON.parse(await read('dist/custom-elements.json'));
  const guide = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .find((declaration) => declaration.tagName === 'calf-pain-guide');
  const attributes = guide.attributes.map((attribute) => attribute.name);
  assert.ok(attributes.length >= 12);
  // Each one is either set from the address or refused there with a warning (the browser tests
  // say which is which): a new attribute must be put in one list or the other.
  for (const name of attributes) assert.ok(script.includes(`"${name}"`), `names ${name}`);
  // Each language it may ask for has its bundle.
  for (const locale of LOCALES) {
    assert.ok(existsSync(new URL(`dist/calf-pain-guide.${locale}.js`, root)), locale);
  }
  assert.doesNotMatch(
    script,
    /localStorage|sessionStorage|indexedDB|cookie|fetch\(|XMLHttpRequest|sendBeacon|WebSocket|innerHTML/,
  );
  assert.match(script, /import\(new URL\(`\.\/\$\{\w+\}`,import\.meta\.url\)\.href\)/);
});

test('dist/embed-parent.js is a classic script that checks where a message comes from', async () => {
  const script = await read('dist/embed-parent.js');
  assert.doesNotMatch(script, /\bimport\b|\bexport\b/);
  assert.match(script, /\.origin===/);
  assert.match(script, /contentWindow===\w+\.source/);
});
