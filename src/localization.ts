/**
 * The widget's languages. @lit/localize's active locale is page-wide, so one page shows one
 * widget language: each top-level widget asks for the language of its `locale` attribute, else
 * of the closest `lang` (up to `<html lang>`), else English; the first to ask decides, a later
 * widget that wants another language is told so with a warning, and a change of `<html lang>`
 * or of a `locale` attribute switches every widget on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { declaredLanguage } from './lang-attribute.js';
import { chooseLocaleAmong, type LocaleChoice } from './locale-choice.js';
// @lit/localize, in runtime mode (the one-language files swap in its transform-mode twin).
import { SUPPORTED_LOCALES, getLocale, loadPartTranslations, setLocale } from './locale-runtime.js';

export { SUPPORTED_LOCALES, getLocale, loadPartTranslations, setLocale };

/**
 * The supported locale for a BCP 47 tag (locale-choice.ts): among the languages this script
 * carries.
 */
export function chooseLocale(tag: string | null | undefined): LocaleChoice {
  const choice = chooseLocaleAmong(tag, SUPPORTED_LOCALES);
  if (SUPPORTED_LOCALES.includes(choice.locale)) return choice;
  // A one-language file without English (transform mode) shows its own language.
  const only = SUPPORTED_LOCALES[0];
  return tag?.trim()
    ? { locale: only, warning: `this script holds "${only}" only; showing it for "${tag.trim()}".` }
    : { locale: only };
}

type LanguageHost = ReactiveControllerHost & HTMLElement & { locale: string };

const topLevelWidgets = new Set<LanguageHost>();
const warned = new Set<string>();
/** The locale last asked for: the one the page shows, or is loading. */
let pageLocale = getLocale();
let observer: MutationObserver | undefined;

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`calf-pain-guide: ${message}`);
}

/**
 * False while the language the page asked for is loading (a chunk of the bundler entry): the
 * widgets then keep what they show (nothing, or the pre-rendered guide) rather than flash
 * English, and render once it is in (lit-localize re-renders every @localized element).
 */
export function languageReady(): boolean {
  return pageLocale === getLocale();
}

function showLocale(locale: string): void {
  if (locale === pageLocale) return;
  pageLocale = locale;
  setLocale(locale).catch((error: unknown) => {
    // A failed load must never surface as an unhandled rejection on the host page, nor leave the
    // widgets waiting: they show the language in force.
    console.warn(error);
    if (pageLocale !== locale) return;
    pageLocale = getLocale();
    for (const host of topLevelWidgets) host.requestUpdate();
  });
}

function ask(host: LanguageHost, isNewcomer: boolean): void {
  const tag = host.locale.trim() || declaredLanguage(host);
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

  /**
   * @param drawnByWidget true while another widget draws the host (it passes its settings
   *   down): the host then follows that one rather than asking for a language itself
   */
  constructor(
    private readonly host: LanguageHost,
    private readonly drawnByWidget: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // lit-localize only re-renders connected elements: one taken out of the page while the
    // language changed would come back in the old language.
    if (this.renderedLocale !== undefined && this.renderedLocale !== getLocale()) {
      this.host.requestUpdate();
    }
    if (this.drawnByWidget()) return;
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
    if (!this.drawnByWidget() && this.host.isConnected) ask(this.host, false);
  }
}
