// Sizes: every script in dist/ (min, gzip, brotli), and the floor each is compared with: the
// smallest Lit + @lit/localize element (bench/floor/) built the way rollup.config.mjs builds the
// widget, plus the brotli size of the text the script shows, taken from locales/*.xlf.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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
 * @returns {Promise<{ floor: object, scripts: object[] }>} sizes in bytes; `ratio` is the
 *   script's brotli size over its floor's (Lit floor + its text, each compressed alone)
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
    });
  }
  return { floor, scripts };
}

/**
 * What the guide's pictures (issue 19) add: the widget's entry (src/index.ts) bundled and
 * minified twice with esbuild, as is and with the pictures' modules replaced by empty ones,
 * translator notes stripped as the build strips them; the difference, brotli 11. Everything the
 * pictures bring counts: drawings, styles, label places, the view and their English text. (Each
 * language's file carries its own translated words instead, of about the same size.)
 * @returns {Promise<{ withPictures: number, withoutPictures: number, added: number }>} brotli bytes
 */
export async function measurePictures() {
  const { build } = await import('esbuild');
  const DESC = /\bdesc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?/g;
  // The modules the pictures live in, and what stands in for each without them.
  const EMPTY = {
    'calf-pain-guide/picture-view.ts': "export const pictureView = () => '';",
    'calf-pain-guide/pictures.ts': "export const pictureLabelCss = () => '';",
    'calf-pain-guide/pictures.styles.ts':
      "import { css } from 'lit'; export const pictureStyles = css``;",
    'content/pictures-text.ts': 'export {};',
  };
  const bundle = async (withPictures) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('src/index.ts', ROOT))],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'pictures-or-not',
          setup(b) {
            b.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
              const empty = Object.entries(EMPTY).find(
                ([end]) => path.endsWith(`/src/elements/${end}`) || path.endsWith(`/src/${end}`),
              );
              if (empty && !withPictures) return { contents: empty[1], loader: 'ts' };
              return { contents: (await readFile(path, 'utf8')).replace(DESC, ''), loader: 'ts' };
            });
          },
        },
      ],
    });
    return brotliSize(Buffer.from(result.outputFiles[0].contents));
  };
  const withPictures = await bundle(true);
  const withoutPictures = await bundle(false);
  return { withPictures, withoutPictures, added: withPictures - withoutPictures };
}
