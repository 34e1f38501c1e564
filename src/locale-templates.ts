/**
 * The translations the widget can load, each by a loader, so a bundle decides whether a language
 * is inside it or a chunk of its own. This module holds every language that has a file in
 * locales/ (scripts/i18n/build.mjs generates the table from lit-localize.json), which is what
 * the tests and the translators' preview run with.
 *
 * The bundles in dist/ replace this module with one that holds only the languages that ship and
 * are ready: inside the one-file bundles, as chunks loaded on demand in the bundler entry
 * (dist/bundler/): see scripts/rollup-locale-templates.mjs. Keep its two exports as they are.
 */
import type { LocaleModule } from '@lit/localize';
import { allLocaleTemplates } from './generated/locale-templates.js';

export const localizedTemplates: ReadonlyMap<string, () => Promise<LocaleModule>> = new Map(
  [...allLocaleTemplates].map(([locale, templates]) => [locale, () => Promise.resolve(templates)]),
);

/**
 * The translations each part of the bundler entry loaded on demand brings, by part and language
 * (src/locale-runtime.ts adds them to the language's before the part draws). None here: every
 * language above is whole, as in the one-file bundles.
 */
export const localizedPartTemplates: ReadonlyMap<
  string,
  ReadonlyMap<string, () => Promise<LocaleModule>>
> = new Map();
