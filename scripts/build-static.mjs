// Writes the guide pre-rendered for pages without JavaScript, in every language:
//   dist/static/<locale>/calf-pain-guide.html   a snippet to paste into a page: the element with
//                                               its content in a declarative shadow root
//                                               (<template shadowrootmode="open">), styles inline
//   dist/static/<locale>/index.html             the same snippet in a page of its own
//   dist/static/style-hashes.json               the CSP hash of each inline <style> of each file,
//                                               so a strict style-src can allow exactly those
// Neither holds a script. Rendered by the package's own SSR API (`calf-pain-guide/ssr`,
// dist/node/ssr.js, built by rollup first): drawn as the live guide's first paint, each section a
// closed <details> that opens without JavaScript, and the checker's place saying it needs
// JavaScript. If the bundle is loaded on a page with the snippet, the element replaces the static
// content with the live guide in one frame, moving nothing (WidgetElement.update).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { renderGuide } from '../dist/node/ssr.js';

const ROOT = new URL('../', import.meta.url);
const DIST = new URL('dist/static/', ROOT);
const pkg = JSON.parse(await readFile(new URL('package.json', ROOT), 'utf8'));

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

/** The guide, checked: in the language asked for, with no script. */
async function guide(locale, headingLevel) {
  const element = await renderGuide({ locale, headingLevel });
  if (!element.startsWith(`<calf-pain-guide locale="${locale}"`)) {
    throw new Error(`${locale}: no translations built`);
  }
  if (/<script/i.test(element)) throw new Error(`${locale}: the static guide holds a script`);
  const title = element.match(/<h([12]) class="title"[^>]*>([^<]+)<\/h\1>/)?.[2];
  if (!title) throw new Error(`${locale}: no guide title in the static guide`);
  return { element, title };
}

for (const { locale: folder, shown: locale } of pages) {
  const { element } = await guide(locale, 2);
  // The page of its own: the guide is its main content, and its title the page's one <h1>.
  const { element: pageElement, title } = await guide(locale, 1);

  const snippet =
    `<!-- ${pkg.name} ${pkg.version} (${locale}), pre-rendered: works without JavaScript. ` +
    `Paste as it is; see docs/embedding.md. -->\n${element}\n`;
  const page = [
    '<!doctype html>',
    `<html lang="${locale}" dir="${languages.find((l) => l.tag === locale)?.dir ?? 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Taken from the rendered heading, so already escaped for HTML.
    `<title>${title}</title>`,
    '<style>body{margin:0 auto;padding:1em;max-width:50em;font-family:system-ui,sans-serif}</style>',
    '</head>',
    '<body>',
    '<main>',
    pageElement,
    '</main>',
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
