// The pre-rendered guide the WordPress plugin prints (no Node on the server): for each language
// that ships, the guide rendered by `calf-pain-guide/ssr` (dist/node/ssr.js) as one template,
// with placeholders for what the block's settings change in the first paint, and the table of
// emergency numbers by region, generated from the widget's own (src/content/regions.ts).
//
// What the settings change in the first paint (measured by rendering each one): the language,
// the emergency number (the emergency card and each section's line say it, or say "your local
// emergency number" when there is none) and the theme (set on the inner elements). The clinic's
// details and the urgent-advice number are only in the closed sections, so the first paint does
// not show them. Settings that change the guide's shape (sections, open, hide-checker,
// hide-start-card, a heading level other than 2) are not pre-rendered: the plugin prints the
// script-only element for them (includes/pre-render.php).
//
// A template is JSON: { "parts": [text | { "number": text, "none": text }] }, where text holds
// the placeholders below; the plugin joins the parts, taking "number" or "none" for each
// alternative, and fills the placeholders with escaped values. Before writing, each template is
// filled here for every theme, with and without a number, and must give back exactly what
// renderGuide renders: the plugin prints what the live guide draws at first paint, or fails the
// build.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { diffArrays } from 'diff';
import { transform } from 'esbuild';

/** Placeholders: the number as text, its `tel:` address, and the theme. */
export const PLACEHOLDERS = {
  number: '{{calf-pain-guide:number}}',
  tel: '{{calf-pain-guide:tel}}',
  theme: '{{calf-pain-guide:theme}}',
  date: '{{calf-pain-guide:date}}',
};

/** A date as the guide writes it for a language tag (calf-pain-guide.component.ts readerDate). */
const formatDate = (tag, isoDate) =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** Every region subtag a page's language may have: AA to ZZ. */
const REGIONS = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
);

/**
 * The guide's date line: the guide writes its date the way the page's language tag does when
 * that tag is in the language shown (`en-GB`: 6 December 2026; `ar-EG`: Arabic digits), else as
 * the language shown does. The date as each language writes it (`en`, `pt-BR`, `zh-Hans`…), and
 * as each `language-REGION` tag writes it where that differs from its bare language.
 */
export function dateTable(locales, isoDate) {
  const table = {};
  for (const locale of locales) table[locale] = formatDate(locale, isoDate);
  for (const language of new Set(locales.map((locale) => locale.split('-')[0]))) {
    const bare = (table[language] = formatDate(language, isoDate));
    for (const region of REGIONS) {
      const date = formatDate(`${language}-${region}`, isoDate);
      if (date !== bare) table[`${language}-${region}`] = date;
    }
  }
  return table;
}

/** A number that is a valid `emergency-number`, to find where the number goes. */
const SENTINEL = '98765';
const THEMES = ['light', 'dark', 'auto'];

/** The `tel:` address of a number, as src/emergency-numbers.ts telHref writes it. */
export const telHref = (number) => `tel:${number.replace(/[^0-9+*#]/g, '').replace(/#/g, '%23')}`;

/** What goes inside `<calf-pain-guide>`: the element's content, without its own tags. */
export function inside(element) {
  const match = /^<calf-pain-guide\b[^>]*>([\s\S]*)<\/calf-pain-guide>$/.exec(element);
  if (!match) throw new Error('renderGuide did not return one <calf-pain-guide> element');
  return match[1];
}

/** The markup cut between tags, so that a difference is a whole tag or text. */
const tokens = (markup) => markup.split(/(<[^>]*>)/).filter((token) => token !== '');

/**
 * Fills a template: what includes/pre-render.php does in PHP, for checking here and in tests
 * (values given already escaped).
 */
export function fill(template, { number, tel, theme, date = template.dates.shown }) {
  return template.parts
    .map((part) => (typeof part === 'string' ? part : number ? part.number : part.none))
    .join('')
    .replaceAll(PLACEHOLDERS.number, number ?? '')
    .replaceAll(PLACEHOLDERS.tel, tel ?? '')
    .replaceAll(PLACEHOLDERS.theme, theme)
    .replaceAll(PLACEHOLDERS.date, date);
}

/** The template of one language, checked against renderGuide for each theme, with and without a number. */
export async function templateFor(renderGuide, locale, isoDates) {
  const withNumber = inside(await renderGuide({ locale, emergencyNumber: SENTINEL }));
  const without = inside(await renderGuide({ locale }));
  // The date the guide shows: one of the content's dates, written once.
  const isoDate = isoDates.find((iso) => without.split(formatDate(locale, iso)).length === 2);
  if (!isoDate) throw new Error(`no date of ${isoDates.join(', ')} is in the ${locale} guide once`);
  const dates = { isoDate, shown: formatDate(locale, isoDate) };
  for (const [name, placeholder] of Object.entries(PLACEHOLDERS)) {
    if (withNumber.includes(placeholder) || without.includes(placeholder)) {
      throw new Error(`the ${name} placeholder is in the guide's own text (${locale})`);
    }
  }
  if (without.includes(SENTINEL)) throw new Error(`${SENTINEL} is in the guide's own text`);
  const mark = (text) =>
    text
      .replaceAll(`href="${telHref(SENTINEL)}"`, `href="${PLACEHOLDERS.tel}"`)
      .replaceAll(SENTINEL, PLACEHOLDERS.number)
      .replaceAll(' theme="light"', ` theme="${PLACEHOLDERS.theme}"`)
      .replaceAll(dates.shown, PLACEHOLDERS.date);
  const parts = [];
  let alternative;
  for (const change of diffArrays(tokens(without), tokens(withNumber))) {
    const text = mark(change.value.join(''));
    if (!change.added && !change.removed) {
      if (alternative) parts.push(alternative);
      alternative = undefined;
      parts.push(text);
      continue;
    }
    alternative ??= { number: '', none: '' };
    if (change.added) alternative.number += text;
    else alternative.none += text;
  }
  if (alternative) parts.push(alternative);
  const template = { parts, dates };

  // Exactly what the live guide draws at first paint, for each theme and number.
  for (const theme of THEMES) {
    for (const number of [SENTINEL, '1 2 3', undefined]) {
      const expected = inside(await renderGuide({ locale, theme, emergencyNumber: number }));
      const filled = fill(template, { number, tel: number && telHref(number), theme });
      if (filled !== expected) {
        throw new Error(
          `the ${locale} template filled for theme ${theme} and number ${number} differs from renderGuide's`,
        );
      }
    }
  }
  return template;
}

/** The content's dates (src/content/content-status.ts): the one the guide shows is found in it. */
export async function contentDates(root) {
  const source = await readFile(new URL('src/content/content-status.ts', root), 'utf8');
  return [...source.matchAll(/\b(?:checkedOn|reviewedOn): '(\d{4}-\d{2}-\d{2})'/g)].map(
    ([, date]) => date,
  );
}

/**
 * The emergency number of each region, from src/content/regions.ts, the table the widget
 * itself is built with (TypeScript, without its types).
 */
export async function emergencyNumbers(root) {
  const source = await readFile(new URL('src/content/regions.ts', root), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const { REGION_NUMBERS } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return Object.fromEntries(
    Object.entries(REGION_NUMBERS).map(([region, numbers]) => [region, numbers.emergency]),
  );
}
