/**
 * Which language to show for a language tag, and its direction: pure functions over the
 * project's list of languages (src/generated/languages.ts), with no translation in them. The
 * runtime (localization.ts) chooses among the languages its bundle carries; the iframe page
 * (embed/embed.ts) among the one-language files beside it, without bundling any language.
 */
import { sourceLocale } from './generated/locale-codes.js';
import { LANGUAGES, type LanguageState } from './generated/languages.js';

export interface LocaleChoice {
  locale: string;
  /** Why the choice is not what was asked for, when the reader should know. */
  warning?: string;
}

/** What the choice needs to know of each of the project's languages. */
export type KnownLanguage = Pick<LanguageState, 'tag' | 'name' | 'bundled'>;

/**
 * The locale to show for a BCP 47 tag, among `supported` (the languages at hand; English is
 * always one). A region falls back to its language (`es-MX` → `es`); European Portuguese gets
 * Brazilian and Traditional Chinese gets Simplified, with a warning; an unknown or unfinished
 * language gets English, with a warning. `languages`: the project's, for a language that is not
 * finished yet (in no bundle).
 */
export function chooseLocaleAmong(
  tag: string | null | undefined,
  supported: readonly string[],
  languages: readonly KnownLanguage[] = LANGUAGES,
): LocaleChoice {
  const wanted = (tag ?? '').trim();
  if (!wanted) return { locale: sourceLocale };
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(wanted);
  } catch {
    return { locale: sourceLocale, warning: `"${wanted}" is not a language tag; showing English.` };
  }
  const { language, script, region } = parsed;
  const exact = supported.find((l) => l.toLowerCase() === wanted.toLowerCase());
  if (exact) return { locale: exact };
  if (language === 'pt' && supported.includes('pt-BR')) {
    return region === 'BR' || !region
      ? { locale: 'pt-BR' }
      : {
          locale: 'pt-BR',
          warning: `no translation for "${wanted}"; showing Brazilian Portuguese.`,
        };
  }
  if (language === 'zh' && supported.includes('zh-Hans')) {
    const traditional = script === 'Hant' || ['TW', 'HK', 'MO'].includes(region ?? '');
    return traditional
      ? {
          locale: 'zh-Hans',
          warning: `no translation for "${wanted}"; showing Simplified Chinese.`,
        }
      : { locale: 'zh-Hans' };
  }
  const sameLanguage = supported.find((l) => languageOf(l) === language);
  if (sameLanguage) return { locale: sameLanguage };
  const unfinished = unfinishedLanguage(wanted, language, languages);
  if (unfinished) {
    return {
      locale: sourceLocale,
      warning: `the ${unfinished.name} translation is not finished (its safety-critical text is not all reviewed yet); showing English.`,
    };
  }
  return { locale: sourceLocale, warning: `no translation for "${wanted}"; showing English.` };
}

/**
 * A language the project translates that ships in no bundle yet, because it is unfinished:
 * its readers get English rather than a card that mixes two languages.
 */
function unfinishedLanguage(
  wanted: string,
  language: string,
  languages: readonly KnownLanguage[],
): KnownLanguage | undefined {
  const unfinished = languages.filter((each) => !each.bundled);
  return (
    unfinished.find((each) => each.tag.toLowerCase() === wanted.toLowerCase()) ??
    unfinished.find((each) => languageOf(each.tag) === language)
  );
}

/** The language subtag of a tag, lower case: `pt` for `pt-BR`. */
export function languageOf(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'dv', 'yi', 'ug']);

/** `rtl` for right-to-left languages. */
export function directionFor(locale: string): 'ltr' | 'rtl' {
  const known = LANGUAGES.find((each) => each.tag === locale);
  if (known) return known.dir;
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}
