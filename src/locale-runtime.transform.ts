/**
 * The one-language files' stand-in for locale-runtime.ts (rollup.config.mjs swaps it in): built
 * in @lit/localize's transform mode, where every msg() is replaced by its text at build time,
 * the script shows one language, and `configureTransformLocalization` becomes
 * `{ getLocale: () => '<that language>' }`.
 */
import { configureTransformLocalization } from '@lit/localize';
import { sourceLocale } from './generated/locale-codes.js';

export const { getLocale } = configureTransformLocalization({ sourceLocale });

/** The one language this script shows. */
export const SUPPORTED_LOCALES: readonly string[] = [getLocale()];

/** Switching is not possible: the script holds no other language's text. */
export function setLocale(locale: string): Promise<void> {
  return locale === getLocale()
    ? Promise.resolve()
    : Promise.reject(
        new Error(
          `calf-pain-guide: this file holds "${getLocale()}" only; dist/calf-pain-guide.js holds every language.`,
        ),
      );
}

/** Nothing to load: this file's one language is compiled in whole (see locale-runtime.ts). */
export function loadPartTranslations(_part: string): Promise<void> {
  return Promise.resolve();
}
