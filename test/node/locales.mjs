// Helpers for the dist tests (this file holds no test): the project's languages and their
// translations, read from lit-localize.json, locales/review/<tag>.json, the translators' files
// (locales/<tag>.xlf, with the project's XLIFF reader) and the build's src/generated/languages.json.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { display, parseXliff } from '../../scripts/i18n/xliff.mjs';

const root = new URL('../../', import.meta.url);

export const { sourceLocale, targetLocales } = JSON.parse(
  await readFile(new URL('lit-localize.json', root), 'utf8'),
);

/** The languages declared to ship: each has its own file in dist/ (English only if not ready). */
export const shippedLocales = targetLocales.filter(
  (tag) => JSON.parse(readFileSync(new URL(`locales/review/${tag}.json`, root), 'utf8')).ships,
);

const built = new URL('src/generated/languages.json', root);
/** The languages in the bundles of the last build: declared to ship, and ready. */
export const bundledLocales = existsSync(built)
  ? JSON.parse(readFileSync(built, 'utf8'))
      .languages.filter((l) => l.bundled)
      .map((l) => l.tag)
  : [];

/** English text of the guide's main heading (msg id `guide.title`). */
export const ENGLISH_TITLE = 'Pain at the top of the calf';

/** A message's translation, from locales/<locale>.xlf. */
export async function translation(locale, id) {
  const file = parseXliff(await readFile(new URL(`locales/${locale}.xlf`, root), 'utf8'));
  const unit = file.units.find((u) => u.id === id);
  assert.ok(unit?.target, `locales/${locale}.xlf has a translation of ${id}`);
  return display(unit.target);
}

/** Each language's name in English, as the widget writes it in its console lines. */
export const LANGUAGE_NAMES = existsSync(built)
  ? Object.fromEntries(
      JSON.parse(readFileSync(built, 'utf8')).languages.map((l) => [l.tag, l.name]),
    )
  : {};
