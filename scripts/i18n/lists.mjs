// npm run languages:lists [--check]
//
// Every place outside the code that names the languages, written from the one list: English,
// then each language of lit-localize.json whose locales/review/<tag>.json says it ships (a
// language in progress is named nowhere a reader or an embedder would look). Each place is a
// pattern in a file; only what the pattern matches is rewritten, and Markdown, HTML and JSON
// are then formatted with the project's Prettier. With --check, nothing is written: it exits 1
// and names the files that are out of date (test/node/i18n-lists.test.mjs runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { languageInfo, path, readConfig, readMeta } from './project.mjs';

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const count = (n) => NUMBER_WORDS[n] ?? String(n);
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const codes = (languages, last = ', ') =>
  languages
    .map((l) => `\`${l.tag}\``)
    .join(', ')
    .replace(/, ([^,]*)$/, `${last}$1`);

/** English and the languages that ship, in the order of lit-localize.json. */
export function shippedLanguages() {
  const config = readConfig();
  return [
    languageInfo(config.sourceLocale),
    ...config.targetLocales.filter((tag) => readMeta(tag)?.ships).map(languageInfo),
  ];
}

/** Each place that names the languages: a file, a pattern, and what it should say. */
export const PLACES = [
  {
    file: 'README.md',
    pattern: /\b\w+ languages \(English,[^)]*\)/,
    render: (all) =>
      `${count(all.length)} languages (${all
        .map((l) => `${l.name}${l.dir === 'rtl' ? ' right to left' : ''}`)
        .join(', ')})`,
  },
  {
    file: 'README.md',
    pattern: /Language: (?:`[^`]+`, )*`[^`]+` \(/,
    render: (all) => `Language: ${codes(all)} (`,
  },
  {
    file: 'docs/embedding.md',
    pattern: /one language only, no English inside \((?:`[^`]+`, )*`[^`]+`\)/,
    render: (all) => `one language only, no English inside (${codes(all)})`,
  },
  {
    file: 'docs/quality.md',
    pattern: /\b\w+ languages ship\b/,
    render: (all) => `${capital(count(all.length))} languages ship`,
  },
  {
    file: 'wordpress/README.md',
    pattern: /the \w+ `dist\/calf-pain-guide\.<locale>\.js`/,
    render: (all) => `the ${count(all.length)} \`dist/calf-pain-guide.<locale>.js\``,
  },
  {
    file: 'wordpress/calf-pain-guide/readme.txt',
    pattern: /^\* speaks .*;$/m,
    render: (all) => {
      const names = all.map((l) => `${l.name}${l.dir === 'rtl' ? ' (right to left)' : ''}`);
      return `* speaks ${names.slice(0, -1).join(', ')} and ${names.at(-1)};`;
    },
  },
  {
    file: 'wordpress/calf-pain-guide/readme.txt',
    pattern: /the language, (?:`[^`]+`, )*`[^`]+` or `[^`]+`\./,
    render: (all) => `the language, ${codes(all, ' or ')}.`,
  },
  {
    file: 'wordpress/calf-pain-guide/block/block.json',
    pattern: /"locale": \{[^}]*\}/,
    render: (all) =>
      `"locale": { "type": "string", "enum": ${JSON.stringify(['', ...all.map((l) => l.tag)])}, "default": "" }`,
  },
  {
    file: 'src/embed/embed.html',
    pattern: /(?:[ \t]*<li><a href="static\/[^"]+\/index\.html"[^>]*>[^<]*<\/a><\/li>\n)+/,
    render: (all) =>
      all
        .map(
          (l) =>
            `        <li><a href="static/${l.tag}/index.html" lang="${l.tag}"${
              l.dir === 'rtl' ? ' dir="rtl"' : ''
            }>${l.nativeName}</a></li>\n`,
        )
        .join(''),
  },
  {
    file: 'demo/index.html',
    pattern:
      /(<select name="lang">\s*)(?:<option value="[^"]*"[^>]*>[^<]*<\/option>\s*)+(<\/select>)/,
    render: (all, [, open, close]) =>
      `${open}${all
        .map((l) => {
          // The page's language sets the numbers too: give each a country that speaks it.
          const { region } = new Intl.Locale(l.tag).maximize();
          const value = new Intl.Locale(l.tag).region || !region ? l.tag : `${l.tag}-${region}`;
          const lang = l.tag === 'en' ? '' : ` lang="${l.tag}"`;
          return `<option value="${value === 'en-US' ? 'en-GB' : value}"${lang}>${l.nativeName}</option>`;
        })
        .join('\n')}\n${close}`,
  },
  {
    file: 'src/elements/shared/widget-element.ts',
    pattern: /Language of the widget \((?:`[^`]+`, )*`[^`]+`\)/,
    render: (all) => `Language of the widget (${codes(all)})`,
  },
  {
    file: 'docs/translating.md',
    pattern: /<!-- languages -->[^]*<!-- \/languages -->/,
    render: (all) => {
      const rows = all.slice(1).map((l) => {
        const review = readMeta(l.tag)?.reviews?.at(-1);
        const signOff = readMeta(l.tag)?.clinicalSignOff;
        return `| \`${l.tag}\` | ${l.name} (${l.nativeName}) | ${l.dir === 'rtl' ? 'right to left' : 'left to right'} | ${
          review ? `${review.date}, ${review.by}` : 'none yet'
        } | ${signOff ? `${signOff.date}, ${signOff.by}` : 'not yet'} | [style](../locales/style/${l.tag}.md), [terms](../locales/terms/${l.tag}.json) |`;
      });
      return [
        '<!-- languages -->',
        '',
        '| tag | language | direction | last review | checked by a doctor who speaks it | for translators |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        '<!-- /languages -->',
      ].join('\n');
    },
  },
];

const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function format(file, text) {
  if (!/\.(md|json|html)$/.test(file)) return text;
  const options = (await prettier.resolveConfig(path(file))) ?? {};
  return prettier.format(text, { ...options, filepath: path(file) });
}

/** Rewrites every place; returns the files that changed (or would, with `write: false`). */
export async function updateLists({ write = true } = {}) {
  const all = shippedLanguages();
  const byFile = new Map();
  for (const place of PLACES) {
    if (!byFile.has(place.file)) byFile.set(place.file, []);
    byFile.get(place.file).push(place);
  }
  const changed = [];
  for (const [file, places] of byFile) {
    const before = readFileSync(path(file), 'utf8');
    let text = before;
    for (const place of places) {
      const match = text.match(place.pattern);
      if (!match)
        throw new Error(`${file}: the list of languages is not where expected (${place.pattern})`);
      const wanted = place.render(all, match);
      // Only a change of content counts: line breaks are Prettier's business.
      if (squash(match[0]) !== squash(wanted)) text = text.replace(place.pattern, () => wanted);
    }
    if (text === before) continue;
    text = await format(file, text);
    if (text !== before) {
      changed.push(file);
      if (write) writeFileSync(path(file), text);
    }
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const changed = await updateLists({ write: !check });
  if (check && changed.length) {
    console.error(
      `These files name the languages differently from lit-localize.json and locales/review/: ${changed.join(', ')}. Run npm run languages:lists.`,
    );
    process.exit(1);
  }
  console.log(
    changed.length ? `Updated: ${changed.join(', ')}` : 'Every list of languages is up to date.',
  );
}
