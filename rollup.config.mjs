// Every file is ONE self-contained script with no imports, minified, with a source map:
//   dist/calf-pain-guide.js            ES module: every element, every language that ships
//   dist/calf-pain-guide.iife.js       the same as a classic script (<script src> without
//                                      type="module"); its exports are on window.CalfPainGuide
//   dist/calf-pain-guide.<locale>.js   ES module with one language and no other (no English
//                                      fallback: @lit/localize's transform mode), for pages that
//                                      want the smallest download
//   dist/bundler/calf-pain-guide.js    the package's main export for bundlers: English inside,
//                                      every other language that ships a chunk of its own,
//   dist/bundler/locales/<locale>.js   loaded (dynamic import) only when a widget shows it, with
//                                      what first paint shows; locales/<locale>.<part>.js, the
//                                      rest, loaded with the part that shows it;
//   dist/bundler/parts/<part>.js       and what first paint does not need, loaded when first drawn
//                                      (checker-views: the checker's pages and their text)
// A language ships when locales/review/<tag>.json says so and it is ready (every unit usable,
// every safety-critical unit final): src/generated/languages.json, from scripts/i18n/build.mjs.
// One that is not has its file, with English only, and says so in the console.
//   dist/checker.js                    the triage engine alone (runs in Node and browsers)
//   dist/node/calf-pain-guide.js       the package's `node` entry: the same exports, on Lit's
//                                      server build, defining nothing (no page on a server), so
//                                      SSR frameworks can import the package
//   dist/node/ssr.js                   `calf-pain-guide/ssr`: renderGuide(), the guide as HTML
//   dist/checker.js, dist/checker.cjs  the triage engine alone (runs in Node and browsers), as
//                                      an ES module and as CommonJS for require()
//   dist/embed.html, dist/embed.js     the guide alone in a page, for sites that only allow
//                                      iframes; embed.js loads a bundle from beside it
//   dist/embed-parent.js               classic script for the framing page: sizes the iframe
// (dist/static/ is written by scripts/build-static.mjs.)
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { onlyLocales, translationChunkName } from './scripts/rollup-locale-templates.mjs';
import { localeTransformer, transformModeRuntime } from './scripts/rollup-locale-transform.mjs';
import { stripTranslatorNotes } from './scripts/strip-translator-notes.mjs';
const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const { sourceLocale } = JSON.parse(readFileSync('./lit-localize.json', 'utf8'));
const { languages } = JSON.parse(readFileSync('./src/generated/languages.json', 'utf8'));
/** In the bundles: declared to ship, and ready. */
const bundled = languages.filter((l) => l.bundled).map((l) => l.tag);
/** With a file of their own: every language declared to ship, ready or not. */
const shipping = languages.filter((l) => l.ships).map((l) => l.tag);

// One comment survives minification: ours, naming our licence and Lit's (BSD-3-Clause asks that
// its notice go with redistributed builds). Lit's own @license blocks would cost ~5 KB.
const BANNER = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | includes Lit and @lit/localize, Copyright Google LLC, BSD-3-Clause */`;
const CHECKER_BANNER = `/*! ${pkg.name}/checker ${pkg.version} | ${pkg.license} */`;
const EMBED_BANNER = `/*! ${pkg.name}/embed ${pkg.version} | ${pkg.license} */`;

/**
 * @param {{ typeCheck?: boolean, locales?: string[], lazy?: boolean, transformTo?: string,
 *   server?: boolean }} options  typeCheck:
 *   fail the build on a type error (the all-language and checker builds); the other builds
 *   compile the same sources again, so they skip the check (TypeScript's noCheck), which gives
 *   the same JavaScript in less time. locales: the languages a build of the widget bundles;
 *   lazy: each as a chunk of its own. transformTo: instead, the one language the build is compiled
 *   in (transform mode). server: Lit's `node` build (HTMLElement and customElements from @lit-labs/ssr-dom-shim where
 *   the global has none).
 */
const plugins = ({ typeCheck = true, locales, lazy = false, transformTo, server = false } = {}) => [
  ...(locales ? [onlyLocales(locales, { lazy })] : []),
  ...(transformTo ? [transformModeRuntime()] : []),
  stripTranslatorNotes(),
  // 'production' picks Lit's production build: no dev-mode warnings on clinic pages.
  resolve(
    server
      ? { exportConditions: ['node', 'production'] }
      : { browser: true, exportConditions: ['production'] },
  ),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    sourceMap: true,
    // The maps carry our sources: the package ships no src/.
    inlineSources: true,
    outDir: undefined,
    declaration: false,
    noCheck: !typeCheck,
    noEmitOnError: typeCheck,
    ...(transformTo ? { transformers: { before: [localeTransformer(transformTo)] } } : {}),
  }),
  // Do NOT force `module: true`: the plugin derives it from each output's format, and forcing it
  // would drop the IIFE's top-level `var CalfPainGuide = …`.
  terser({
    ecma: 2022,
    format: { comments: new RegExp(`^! ${pkg.name}[ /]`) },
    compress: { passes: 2 },
  }),
];

/**
 * Lit's DOM shim imports node-fetch for its `fetch`, which the guide never calls and Node (20 and
 * later) has built in: the built-in one stands in, so the package needs no node-fetch.
 */
const nodeFetchIsGlobal = () => ({
  name: 'node-fetch-is-global',
  resolveId: (source) => (source === 'node-fetch' ? '\0node-fetch' : null),
  load: (id) => (id === '\0node-fetch' ? 'export default globalThis.fetch;' : null),
});

/** Copies the iframe page, src/embed/embed.html, to dist/ beside embed.js. */
const embedPage = () => ({
  name: 'embed-page',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'embed.html',
      source: readFileSync('src/embed/embed.html', 'utf8'),
    });
  },
});

// inlineDynamicImports: one file per build even if a dynamic import() sneaks in (IIFE needs it).
const output = (file, extra = {}) => ({
  file,
  format: 'es',
  sourcemap: true,
  inlineDynamicImports: true,
  banner: BANNER,
  ...extra,
});

export default [
  {
    input: 'src/index.ts',
    output: [
      output('dist/calf-pain-guide.js'),
      output('dist/calf-pain-guide.iife.js', { format: 'iife', name: 'CalfPainGuide' }),
    ],
    plugins: plugins({ locales: bundled }),
  },
  {
    input: 'src/index.ts',
    output: output('dist/node/calf-pain-guide.js'),
    plugins: plugins({ typeCheck: false, locales: bundled, server: true }),
  },
  {
    // calf-pain-guide/ssr: the guide rendered to HTML in Node (src/ssr/). Lit SSR is bundled in,
    // so the package keeps no dependencies.
    input: 'src/ssr/index.ts',
    external: (id) => id.startsWith('node:') || builtinModules.includes(id),
    // Lit's DOM shim is TypeScript's output with top-level `this` helpers; they run as intended.
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
    output: output('dist/node/ssr.js'),
    plugins: [
      nodeFetchIsGlobal(),
      ...plugins({ typeCheck: false, locales: bundled, server: true }),
    ],
  },
  {
    // For bundlers (the package's main export): code splitting, so theirs split too.
    input: 'src/index.ts',
    // The language chunks import Lit from the entry itself, rather than from a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/bundler',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'calf-pain-guide.js',
      // A language's chunk is named by its tag; the parts first paint does not need by their module.
      // A language's translations are named by its tag (and, for the share a part shows, the
      // part: locales/<tag>.<part>.js); the parts first paint does not need by their module.
      chunkFileNames: (chunk) => translationChunkName(chunk) ?? 'parts/[name].js',
      banner: BANNER,
    },
    plugins: plugins({ typeCheck: false, locales: bundled, lazy: true }),
  },
  ...[sourceLocale, ...shipping].map((locale) => ({
    input: 'src/index.ts',
    output: output(`dist/calf-pain-guide.${locale}.js`),
    // A language that is not ready yet: its file shows English.
    plugins: plugins({
      typeCheck: false,
      transformTo: bundled.includes(locale) ? locale : sourceLocale,
    }),
  })),
  {
    // Its import() of the bundle is computed at run time, so it stays an import of a file beside it.
    input: 'src/embed/embed.ts',
    output: output('dist/embed.js', { banner: EMBED_BANNER }),
    plugins: [...plugins({ typeCheck: false }), embedPage()],
  },
  {
    input: 'src/embed/embed-parent.ts',
    output: output('dist/embed-parent.js', { format: 'iife', banner: EMBED_BANNER }),
    plugins: plugins({ typeCheck: false }),
  },
  {
    input: 'src/checker/index.ts',
    output: [
      output('dist/checker.js', { banner: CHECKER_BANNER }),
      output('dist/checker.cjs', { banner: CHECKER_BANNER, format: 'cjs' }),
    ],
    plugins: plugins(),
  },
];
