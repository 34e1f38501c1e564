// What `npm run build` writes in dist/: one list, which the build's test (dist.test.mjs) and the
// package's (pack.test.mjs) both hold the files to.
import { bundledLocales, shippedLocales, sourceLocale } from './locales.mjs';

/** The scripts: every language's bundle, the classic script, the engine, the iframe page's. */
export const SCRIPTS = [
  'dist/calf-pain-guide.js',
  'dist/calf-pain-guide.iife.js',
  ...[sourceLocale, ...shippedLocales].map((locale) => `dist/calf-pain-guide.${locale}.js`),
  'dist/checker.js',
  'dist/embed.js',
  'dist/embed-parent.js',
];

/**
 * The bundler entry's parts that load on demand (dist/bundler/parts/): the checker's pages, what
 * opened sections show, and the causes' text both of them show.
 */
export const BUNDLER_PARTS = ['checker-views', 'guide-panels', 'cause-text'];

/** The shares of each language's translations beside its first chunk (dist/bundler/locales/). */
export const TRANSLATION_PARTS = ['checker-views', 'guide-panels', 'cause-text'];

/** Every file of dist/ the build writes, each script with its source map. */
export const DIST_FILES = [
  ...SCRIPTS,
  ...SCRIPTS.map((script) => `${script}.map`),
  'dist/custom-elements.json',
  'dist/integrity.json',
  'dist/embed.html',
  ...[sourceLocale, ...shippedLocales].flatMap((locale) => [
    `dist/static/${locale}/calf-pain-guide.html`,
    `dist/static/${locale}/index.html`,
  ]),
  'dist/node/calf-pain-guide.js',
  'dist/node/calf-pain-guide.js.map',
  'dist/node/ssr.js',
  'dist/node/ssr.js.map',
  'dist/types/ssr/index.d.ts',
  // The bundler entry, a chunk for each language in it but English, and the parts first paint
  // does not need (loaded when first drawn).
  ...[
    'calf-pain-guide',
    // Each language: what first paint shows, and what each part shows (the causes' text, which
    // both parts show, a chunk they share).
    ...bundledLocales.flatMap((locale) => [
      `locales/${locale}`,
      ...TRANSLATION_PARTS.map((part) => `locales/${locale}.${part}`),
    ]),
    ...BUNDLER_PARTS.map((part) => `parts/${part}`),
  ].flatMap((name) => [`dist/bundler/${name}.js`, `dist/bundler/${name}.js.map`]),
  'dist/checker.cjs',
  'dist/checker.cjs.map',
  'dist/types/index.d.ts',
  'dist/types/checker/index.d.ts',
  'dist/types/checker/index.d.cts',
  ...['jsx', 'react', 'vue', 'svelte'].map((name) => `dist/frameworks/${name}.d.ts`),
];
