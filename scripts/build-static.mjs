// Writes the guide pre-rendered for pages without JavaScript, in every language:
//   dist/static/<locale>/calf-pain-guide.html   a snippet to paste into a page: the element with
//                                               its content in a declarative shadow root
//                                               (<template shadowrootmode="open">), styles inline
//   dist/static/<locale>/index.html             the same snippet in a page of its own
//   dist/static/style-hashes.json               the CSP hash of each inline <style> of each file,
//                                               so a strict style-src can allow exactly those
// Neither holds a script. Rendered with Lit SSR (@lit-labs/ssr) from the same source as the
// bundles. On the server the guide renders every section open under a plain heading, and says
// in the checker's place that the checker needs JavaScript (see `isServer` in
// src/elements/calf-pain-guide/calf-pain-guide.component.ts). If the bundle is loaded on a page
// with the snippet, the element replaces the static content with the live guide
// (WidgetElement.createRenderRoot).
//
// Lit's hydration markers are removed: the static content is replaced, never hydrated.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const ROOT = new URL('../', import.meta.url);
const DIST = new URL('dist/static/', ROOT);
const BUNDLE = new URL('node_modules/.cache/calf-pain-guide/ssr/guide.mjs', ROOT);
const pkg = JSON.parse(await readFile(new URL('package.json', ROOT), 'utf8'));

// The elements, compiled for Node. Packages stay external, so Node resolves `lit` to its server
// build (where isServer is true), the same copy @lit-labs/ssr renders with.
await esbuild.build({
  stdin: {
    contents: [
      "export * from './src/index.ts';",
      "export { SUPPORTED_LOCALES } from './src/localization.ts';",
      "export { directionFor } from './src/locale-choice.ts';",
    ].join('\n'),
    resolveDir: fileURLToPath(ROOT),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'es2022',
  packages: 'external',
  tsconfig: fileURLToPath(new URL('tsconfig.json', ROOT)),
  // package.json's sideEffects names the dist files only; the sources' imports are all needed.
  ignoreAnnotations: true,
  outfile: fileURLToPath(BUNDLE),
  logLevel: 'warning',
});

/* global EventTarget */
// The DOM shim has no `window`; @lit/localize announces locale changes on it.
globalThis.window ??= new EventTarget();
const { SUPPORTED_LOCALES, directionFor, setLocale } = await import(BUNDLE.href);

/** CSS without comments and runs of whitespace (it is repeated in each shadow root). */
function compactCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .trim();
}

/**
 * Lit SSR's output without its hydration markers, with compact CSS and whitespace. Only ASCII
 * whitespace is collapsed: the translations use no-break spaces on purpose.
 */
function tidy(markup) {
  const parts = markup.split(/(<style>[\s\S]*?<\/style>)/);
  return parts
    .map((part, index) => {
      if (index % 2) return `<style>${compactCss(part.slice(7, -8))}</style>`;
      return part
        .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
        .replace(/ defer-hydration(?=[\s>])/g, '')
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/ >/g, '>');
    })
    .join('')
    .trim();
}

// A page for English and each language that ships; one that is not ready yet (see
// scripts/i18n/build.mjs) gets the English guide in its place, as the bundles show its readers.
const { sourceLocale, languages } = JSON.parse(
  await readFile(new URL('src/generated/languages.json', ROOT), 'utf8'),
);
const pages = [
  { locale: sourceLocale, shown: sourceLocale },
  ...languages
    .filter((language) => language.ships)
    .map((language) => ({
      locale: language.tag,
      shown: language.bundled ? language.tag : sourceLocale,
    })),
];

/** The CSP source expression of each <style> element's content, in order, without repeats. */
const styleHashes = (markup) => [
  ...new Set(
    [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
    ),
  ),
];

/** The hashes by file name; every language has the same styles, so one list per file. */
const hashes = {};
const keepHashes = (file, markup, locale) => {
  const found = styleHashes(markup);
  hashes[file] ??= found;
  if (hashes[file].join(' ') !== found.join(' ')) {
    throw new Error(`${locale}/${file}: its styles differ from the other languages'`);
  }
};

await mkdir(DIST, { recursive: true });
for (const { locale: folder, shown: locale } of pages) {
  if (!SUPPORTED_LOCALES.includes(locale)) throw new Error(`${locale}: no translations built`);
  await setLocale(locale);
  const rendered = await collectResult(
    render(html`<calf-pain-guide locale=${locale}></calf-pain-guide>`),
  );
  const element = tidy(rendered);
  if (/<script/i.test(element)) throw new Error(`${locale}: the static guide holds a script`);
  const title = element.match(/<h2 class="title"[^>]*>([^<]+)<\/h2>/)?.[1];
  if (!title) throw new Error(`${locale}: no guide title in the static guide`);

  const snippet =
    `<!-- ${pkg.name} ${pkg.version} (${locale}), pre-rendered: works without JavaScript. ` +
    `Paste as it is; see docs/embedding.md. -->\n${element}\n`;
  const page = [
    '<!doctype html>',
    `<html lang="${locale}" dir="${directionFor(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Taken from the rendered heading, so already escaped for HTML.
    `<title>${title}</title>`,
    '<style>body{margin:0 auto;padding:1em;max-width:50em;font-family:system-ui,sans-serif}</style>',
    '</head>',
    '<body>',
    snippet.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const dir = new URL(`${folder}/`, DIST);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL('calf-pain-guide.html', dir), snippet);
  await writeFile(new URL('index.html', dir), page);
  keepHashes('calf-pain-guide.html', snippet, locale);
  keepHashes('index.html', page, locale);
}
await writeFile(new URL('style-hashes.json', DIST), `${JSON.stringify(hashes, null, 2)}\n`);
const english = pages.filter((page) => page.locale !== page.shown).map((page) => page.locale);
const shown = pages.length - english.length;
console.log(
  `dist/static/: the guide pre-rendered in ${shown} language${shown === 1 ? '' : 's'}` +
    (english.length ? ` (in English for ${english.join(', ')}: not ready)` : ''),
);
