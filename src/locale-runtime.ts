/**
 * @lit/localize in runtime mode: English in the script, every other language the script carries
 * loaded through its loader (locale-templates.ts: inside the one-file bundles, a chunk of its own
 * in the bundler entry). The one-language files are built in transform mode instead
 * (rollup.config.mjs swaps in locale-runtime.transform.ts): their text is compiled in, with no
 * message ids, no lookup and no English fallback.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
// Every language by default; the bundles swap this module for the languages that ship.
import { localizedTemplates } from './locale-templates.js';

/** The languages this script can show: English plus the translations bundled with it. */
export const SUPPORTED_LOCALES: readonly string[] = [
  sourceLocale,
  ...targetLocales.filter((locale) => localizedTemplates.has(locale)),
];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: SUPPORTED_LOCALES.slice(1),
  loadLocale: (locale: string) => {
    const load = localizedTemplates.get(locale);
    if (!load) throw new Error(`calf-pain-guide: no translations for ${locale}`);
    return load();
  },
});
