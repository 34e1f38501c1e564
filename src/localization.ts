/**
 * The widget's languages. @lit/localize's active locale is page-wide, so one page shows one
 * widget language: each top-level widget asks for the language of its `locale` attribute, else
 * of the closest `lang` (up to `<html lang>`), else English; the first to ask decides, a later
 * widget that wants another language is told so with a warning, and a change of `<html lang>`
 * or of a `locale` attribute switches every widget on the page.
 */
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { LANGUAGES, type LanguageState } from './generated/languages.js';
// Every language by default; the bundles swap this module for the languages that ship.
import { localizedTemplates } from './locale-templates.js';

/** The languages this script can show: English plus the translations bundled with it. */
const bundledLocales = targetLocales.filter((locale) => localizedTemplates.has(locale));

export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...bundledLocales];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: bundledLocales,
  loadLocale: async (locale: string) => {
    const templates = localizedTemplates.get(locale);
    if (!templates) throw new Error(`calf-pain-guide: no translations for ${locale}`);
    return templates;
  },
});

export interface LocaleChoice {
  locale: string;
  /** Why the choice is not what was asked for, when the reader should know. */
  warning?: string;
}

/**
 * The supported locale for a BCP 47 tag. A region falls back to its language (`es-MX` → `es`);
 * European Portuguese gets Brazilian and Traditional Chinese gets Simplified, with a warning;
 * an unknown or unfinished language gets English, with a warning.
 */
export function chooseLocale(tag: string | null | undefined): LocaleChoice {
  return chooseLocaleAmong(tag, SUPPORTED_LOCALES, LANGUAGES);
}

/**
 * chooseLocale() among the given languages: `supported`, those this script carries; `languages`,
 * the project's, for a language that is not finished yet (in no bundle).
 */
export function chooseLocaleAmong(
  tag: string | null | undefined,
  supported: readonly string[],
  languages: readonly Pick<LanguageState, 'tag' | 'name' | 'bundled'>[],
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
  const sameLanguage = supported.find((l) => l.split('-')[0].toLowerCase() === language);
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
  languages: readonly Pick<LanguageState, 'tag' | 'name' | 'bundled'>[],
) {
  const unfinished = languages.filter((each) => !each.bundled);
  return (
    unfinished.find((each) => each.tag.toLowerCase() === wanted.toLowerCase()) ??
    unfinished.find((each) => each.tag.split('-')[0].toLowerCase() === language)
  );
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'dv', 'yi', 'ug']);

/** `rtl` for right-to-left languages. */
export function directionFor(locale: string): 'ltr' | 'rtl' {
  const known = LANGUAGES.find((each) => each.tag === locale);
  if (known) return known.dir;
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Our own tags: one of them inside another follows its parent rather than asking itself. */
const WIDGET_TAGS = new Set(['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner']);

type LanguageHost = ReactiveControllerHost & HTMLElement & { locale: string };

const topLevelWidgets = new Set<LanguageHost>();
const warned = new Set<string>();
/** The locale last asked for: the one the page shows, or is loading. */
let pageLocale = sourceLocale;
let observer: MutationObserver | undefined;

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`calf-pain-guide: ${message}`);
}

function closestLang(element: Element): string | undefined {
  const owner = element.closest('[lang]');
  if (owner) return owner.getAttribute('lang') ?? undefined;
  // Inside someone else's shadow root: look on from its host.
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? closestLang(root.host) : undefined;
}

function showLocale(locale: string): void {
  if (locale === pageLocale) return;
  pageLocale = locale;
  // A failed load must never surface as an unhandled rejection on the host page.
  setLocale(locale).catch((error: unknown) => console.warn(error));
}

function ask(host: LanguageHost, isNewcomer: boolean): void {
  const tag = host.locale.trim() || closestLang(host);
  const choice = chooseLocale(tag);
  if (choice.warning) warnOnce(choice.warning);
  if (choice.locale === pageLocale) return;
  const othersShowing = [...topLevelWidgets].some((other) => other !== host && other.isConnected);
  if (isNewcomer && othersShowing) {
    warnOnce(
      `<${host.localName}> asks for "${choice.locale}" but this page already shows its widgets in ` +
        `"${pageLocale}": one page shows one widget language.`,
    );
    return;
  }
  showLocale(choice.locale);
}

function watchDocumentLanguage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of topLevelWidgets) ask(host, false);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Gives an element the page's widget language: asks for its own on connect, and again when
 * its `locale` attribute changes (call `localeChanged()`).
 */
export class PageLanguageController implements ReactiveController {
  /** The language the host last rendered in. */
  private renderedLocale: string | undefined;

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  private get isNested(): boolean {
    const root = this.host.getRootNode();
    return root instanceof ShadowRoot && WIDGET_TAGS.has(root.host.localName);
  }

  hostConnected(): void {
    // lit-localize only re-renders connected elements: one taken out of the page while the
    // language changed would come back in the old language.
    if (this.renderedLocale !== undefined && this.renderedLocale !== getLocale()) {
      this.host.requestUpdate();
    }
    if (this.isNested) return;
    const isNewcomer = !topLevelWidgets.has(this.host);
    topLevelWidgets.add(this.host);
    watchDocumentLanguage();
    ask(this.host, isNewcomer && topLevelWidgets.size > 1);
  }

  hostDisconnected(): void {
    topLevelWidgets.delete(this.host);
  }

  hostUpdated(): void {
    this.renderedLocale = getLocale();
  }

  /** The `locale` attribute changed: switch the page's widgets to it. */
  localeChanged(): void {
    if (!this.isNested && this.host.isConnected) ask(this.host, false);
  }
}
