// Sizes: every script in dist/ (min, gzip, brotli), and the floor each is compared with: the
// smallest Lit + @lit/localize element (bench/floor/) built the way rollup.config.mjs builds the
// widget, plus the brotli size of the text the script shows, taken from locales/*.xlf.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { parseXliff } from '../../scripts/i18n/xliff.mjs';
import { brotliSize, compressedSizes, distScripts } from '../../scripts/size.mjs';

const ROOT = new URL('../../', import.meta.url);
const DIST = fileURLToPath(new URL('dist/', ROOT));

/** The floor element, minified as rollup.config.mjs minifies the widget (no banner). */
export async function buildFloor() {
  const bundle = await rollup({
    input: fileURLToPath(new URL('bench/floor/floor-element.js', ROOT)),
    plugins: [
      resolve({ browser: true, exportConditions: ['production'] }),
      terser({ ecma: 2022, format: { comments: false }, compress: { passes: 2 } }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return Buffer.from(output[0].code);
  } finally {
    await bundle.close();
  }
}

/**
 * The words of one side (`source` or `target`) of every unit of an XLIFF file, read with the
 * project's XLIFF reader (scripts/i18n/xliff.mjs): placeholders (`<x/>`, `<ph>…</ph>`, which
 * hold markup and expressions, not text) dropped, one line per unit that has that side.
 */
export function xliffText(xliff, side) {
  return parseXliff(xliff)
    .units.flatMap((unit) => (unit[side] ? [unit[side]] : []))
    .map((parts) => parts.filter((part) => typeof part === 'string').join(''))
    .join('\n');
}

/** Each language's text alone: English from the sources, the others from their targets. */
export async function languageTexts() {
  const dir = new URL('locales/', ROOT);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.xlf')).sort();
  const texts = new Map();
  for (const file of files) {
    const xliff = await readFile(new URL(file, dir), 'utf8');
    if (!texts.has('en')) texts.set('en', xliffText(xliff, 'source'));
    texts.set(file.replace(/\.xlf$/, ''), xliffText(xliff, 'target'));
  }
  return texts;
}

/** Each target language's text by message id (the targets of locales/<tag>.xlf). */
async function languageTextsById() {
  const dir = new URL('locales/', ROOT);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.xlf')).sort();
  const byLocale = new Map();
  for (const file of files) {
    const { units } = parseXliff(await readFile(new URL(file, dir), 'utf8'));
    byLocale.set(
      file.replace(/\.xlf$/, ''),
      new Map(
        units
          .filter((unit) => unit.target)
          .map((unit) => [
            unit.id,
            unit.target.filter((part) => typeof part === 'string').join(''),
          ]),
      ),
    );
  }
  return byLocale;
}

/**
 * What each script is for, and which text its floor carries (none: no floor): the text the
 * script really holds. A language that is not in the bundles yet (src/generated/languages.json:
 * not `bundled`) has its file with English only.
 */
function describe(name, bundled) {
  const locale = /^calf-pain-guide\.([\w-]+)\.js$/.exec(name)?.[1];
  if (locale && locale !== 'iife') {
    return {
      kind: 'one language',
      text: locale,
      floorTexts: [bundled.includes(locale) ? locale : 'en'],
    };
  }
  if (name === 'calf-pain-guide.js' || name === 'calf-pain-guide.iife.js') {
    return { kind: 'all languages', text: 'all', floorTexts: ['en', ...bundled] };
  }
  if (name === 'checker.js') return { kind: 'engine' };
  return { kind: 'iframe embedding' };
}

/**
 * The bundler entry as an app's bundler sees it: esbuild bundles dist/bundler/calf-pain-guide.js
 * with code splitting, minified. The entry row holds the entry and every file it imports
 * statically (what an app loads first); one row per language chunk it imports on demand (each
 * language's first chunk, and the share of its text each part shows), and one per part it loads
 * when first drawn (dist/bundler/parts/: the checker's pages).
 */
async function bundlerRows(floorBrotli, textBrotli) {
  const textsById = await languageTextsById();
  const { outputFiles, metafile } = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('dist/bundler/calf-pain-guide.js', ROOT))],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // As Vite builds, and as the page is served: UTF-8 text stays text (esbuild's default escapes
    // every other character as \uXXXX, which doubles the size of Chinese).
    charset: 'utf8',
    write: false,
    metafile: true,
    outdir: fileURLToPath(new URL('node_modules/.cache/calf-pain-guide/bench-bundler/', ROOT)),
    logLevel: 'silent',
  });
  const bytes = new Map(outputFiles.map((file) => [file.path, Buffer.from(file.contents)]));
  const outputs = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const absolute = (path) => fileURLToPath(new URL(path, `file://${process.cwd()}/`));
  // esbuild marks each dynamic import's target an entry point too: the entry is ours.
  const [entryPath] = outputs.find(([, output]) =>
    output.entryPoint?.endsWith('dist/bundler/calf-pain-guide.js'),
  );
  const staticClosure = new Set([entryPath]);
  for (const path of staticClosure) {
    for (const imported of metafile.outputs[path].imports) {
      if (imported.kind === 'import-statement') staticClosure.add(imported.path);
    }
  }
  const entryBytes = Buffer.concat([...staticClosure].map((path) => bytes.get(absolute(path))));
  const rows = [
    {
      file: 'dist/bundler/calf-pain-guide.js, bundled (esbuild), with its static imports',
      kind: 'bundler entry',
      ...compressedSizes(entryBytes),
      floorBrotli: floorBrotli + textBrotli.en,
    },
  ];
  for (const [path, output] of outputs) {
    if (staticClosure.has(path)) continue;
    const inputs = Object.keys(output.inputs).join(' ');
    const part = /parts\/([\w-]+)\.js$/.exec(inputs)?.[1];
    if (part) {
      // What first paint does not need (the checker's pages): loaded when first drawn.
      rows.push({
        file: `dist/bundler/parts/${part}.js, bundled (esbuild)`,
        kind: 'lazy part',
        ...compressedSizes(bytes.get(absolute(path))),
        floorBrotli: null,
      });
      continue;
    }
    // A language's first chunk (locales/<tag>.js) or the share of it a part shows
    // (locales/<tag>.<part>.js): each a language chunk, loaded on demand.
    const name = /locales\/([\w.-]+)\.js$/.exec(inputs)?.[1];
    const source = bytes.get(absolute(path));
    // A chunk is text alone: its floor is the text of the messages it holds (by their ids, the
    // keys of its templates object).
    const code = source.toString('utf8');
    const held = [...(textsById.get(name.split('.')[0]) ?? [])]
      .filter(([id]) => code.includes(`"${id}":`) || code.includes(`'${id}':`))
      .map(([, text]) => text);
    rows.push({
      file: `dist/bundler/locales/${name}.js, bundled (esbuild)`,
      kind: 'language chunk',
      ...compressedSizes(source),
      floorBrotli: held.length ? brotliSize(Buffer.from(held.join('\n'))) : null,
    });
  }
  return rows.map((row) => ({
    ...row,
    ratio: row.floorBrotli ? row.brotli / row.floorBrotli : null,
  }));
}

/**
 * What every one-file drop-in of the guide in a language holds, whatever its code: the Lit floor
 * element, the engine (dist/checker.js), the language's text, and the guide's styles, the
 * pictures' drawings and the sources' links as the pre-rendered guide in that language shows
 * them (dist/static/<tag>/index.html, each taken once), compressed together. A lower bound: the
 * checker's styles, every template's markup and all element code come on top.
 * @returns {Promise<number>} brotli bytes
 */
export async function contentFloorBrotli(locale, floorBytes, text) {
  const page = await readFile(`${DIST}static/${locale}/index.html`, 'utf8');
  const once = (pattern, pick) => [...new Set([...page.matchAll(pattern)].map(pick))].join('\n');
  const styles = once(/<style>([\s\S]*?)<\/style>/g, (m) => m[1]);
  const drawings = once(/<svg[\s\S]*?<\/svg>/g, (m) => m[0]);
  const links = once(/<a [^>]*href="(https?:[^"]*)"[^>]*>([^<]*)<\/a>/g, (m) => `${m[1]} ${m[2]}`);
  if (!styles || !drawings || !links)
    throw new Error(`dist/static/${locale}/: no guide to measure`);
  const engine = await readFile(`${DIST}checker.js`);
  return brotliSize(
    Buffer.concat([
      floorBytes,
      engine,
      ...[text, styles, drawings, links].map((t) => Buffer.from(t)),
    ]),
  );
}

/**
 * @returns {Promise<{ floor: object, scripts: object[] }>} sizes in bytes; `ratio` is the
 *   script's brotli size over its floor's (Lit floor + its text, each compressed alone); a
 *   one-language file also has `contentFloorBrotli` (contentFloorBrotli())
 */
export async function measureSizes() {
  const floorBytes = await buildFloor();
  const texts = await languageTexts();
  const textBrotli = Object.fromEntries(
    [...texts].map(([locale, text]) => [locale, brotliSize(Buffer.from(text))]),
  );
  const allText = Buffer.from([...texts.values()].join('\n'));
  const floor = {
    litAndLocalize: compressedSizes(floorBytes),
    textBrotli,
    allTextBrotli: brotliSize(allText),
  };
  const { languages } = JSON.parse(
    await readFile(new URL('src/generated/languages.json', ROOT), 'utf8'),
  );
  const bundled = languages.filter((language) => language.bundled).map((language) => language.tag);
  const scripts = [];
  for (const name of await distScripts(DIST)) {
    const sizes = compressedSizes(await readFile(`${DIST}${name}`));
    const { kind, floorTexts } = describe(name, bundled);
    let floorBrotli = null;
    if (floorTexts) {
      const text =
        floorTexts.length === 1
          ? textBrotli[floorTexts[0]]
          : brotliSize(Buffer.from(floorTexts.map((locale) => texts.get(locale)).join('\n')));
      floorBrotli = floor.litAndLocalize.brotli + text;
    }
    scripts.push({
      file: `dist/${name}`,
      kind,
      ...sizes,
      floorBrotli,
      ratio: floorBrotli ? sizes.brotli / floorBrotli : null,
      ...(kind === 'one language'
        ? {
            contentFloorBrotli: await contentFloorBrotli(
              floorTexts[0],
              floorBytes,
              texts.get(floorTexts[0]),
            ),
          }
        : {}),
    });
  }
  scripts.push(...(await bundlerRows(floor.litAndLocalize.brotli, textBrotli)));
  return { floor, scripts };
}

/**
 * What the guide's pictures (issue 19) add: the English file (dist/calf-pain-guide.en.js) built
 * by rollup.config.mjs's own configuration twice, in memory, as is and with the pictures' modules
 * replaced by empty ones; the difference, brotli 11. Everything the pictures bring counts:
 * drawings, styles, label places, the view and their English words. (Each language's file
 * carries its translated words instead, of about the same size.) Run from the project's root.
 * @returns {Promise<{ withPictures: number, withoutPictures: number, added: number }>} brotli bytes
 */
export async function measurePictures() {
  const { default: configs } = await import(new URL('rollup.config.mjs', ROOT).href);
  const english = configs.find((config) => config.output.file === 'dist/calf-pain-guide.en.js');
  // What stands in for each of the pictures' modules, by the end of its path.
  const EMPTY = {
    '/calf-pain-guide/picture-view.ts': "export const pictureView = () => '';",
    '/calf-pain-guide/pictures.ts': "export const pictureLabelCss = () => '';",
    '/calf-pain-guide/pictures.styles.ts':
      "import { css } from 'lit'; export const pictureStyles = css``;",
  };
  const withoutPictures = {
    name: 'without-pictures',
    async resolveId(source, importer, options) {
      if (!/pictures?(-view|\.styles)?\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stub = resolved && Object.keys(EMPTY).find((end) => resolved.id.endsWith(end));
      return stub ? `\0without-pictures${stub}` : null;
    },
    load(id) {
      return id.startsWith('\0without-pictures')
        ? EMPTY[id.slice('\0without-pictures'.length)]
        : null;
    },
  };
  const size = async (plugins) => {
    const bundle = await rollup({ input: english.input, plugins, onwarn: () => {} });
    try {
      const { output } = await bundle.generate({ ...english.output, sourcemap: false });
      return brotliSize(Buffer.from(output[0].code));
    } finally {
      await bundle.close();
    }
  };
  const withPictures = await size(english.plugins);
  const without = await size([withoutPictures, ...english.plugins]);
  return { withPictures, withoutPictures: without, added: withPictures - without };
}
