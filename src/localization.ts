/**
 * The widget's languages. @lit/localize's active locale is page-wide, so one page shows one
 * widget language: the `<html lang>` of the page (watched for changes), else English.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
// Static imports keep every language inside the one bundle file (no chunks to host).
import * as templatesEs from './generated/locales/es.js';

const localizedTemplates = new Map([['es', templatesEs]]);

export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale: string) => {
    const templates = localizedTemplates.get(locale);
    if (!templates) throw new Error(`calf-pain-guide: no translations for ${locale}`);
    return templates;
  },
});

/** The supported locale closest to a BCP 47 tag: `es-MX` → `es`; anything unknown → `en`. */
export function supportedLocaleFor(tag: string | null | undefined): string {
  if (!tag) return sourceLocale;
  const lower = tag.trim().toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? sourceLocale;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** `rtl` for right-to-left languages. */
export function directionFor(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

let following = false;

/** Shows the widget in the page's language and follows later changes of `<html lang>`. */
export function followDocumentLanguage(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const apply = () => {
    const wanted = supportedLocaleFor(document.documentElement.lang);
    if (wanted !== getLocale()) {
      // A rejected load must not surface as an unhandled rejection on the host page.
      setLocale(wanted).catch((error: unknown) => console.warn(error));
    }
  };
  apply();
  new MutationObserver(apply).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}
