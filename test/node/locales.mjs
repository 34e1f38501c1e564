// Helpers for the dist tests (this file holds no test): the project's languages and their
// translations, read from lit-localize.json and the translators' files (locales/<locale>.xlf).
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);

export const { sourceLocale, targetLocales } = JSON.parse(
  await readFile(new URL('lit-localize.json', root), 'utf8'),
);

/** English text of the guide's main heading (msg id `guide.title`). */
export const ENGLISH_TITLE = 'Pain at the top of the calf';

/** A message's translation, from locales/<locale>.xlf. */
export async function translation(locale, id) {
  const xlf = await readFile(new URL(`locales/${locale}.xlf`, root), 'utf8');
  const unit = xlf.match(
    new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?</trans-unit>`),
  );
  const target = unit?.[0].match(/<target>([\s\S]*?)<\/target>/)?.[1];
  assert.ok(target, `locales/${locale}.xlf has a translation of ${id}`);
  return target
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
