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
import { declaredLanguage } from './lang-attribute.js';
import { chooseLocaleAmong, type LocaleChoice } from './locale-choice.js';
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

/**
 * The supported locale for a BCP 47 tag (locale-choice.ts): among the languages this script
 * carries.
 */
export function chooseLocale(tag: string | null | undefined): LocaleChoice {
  return chooseLocaleAmong(tag, SUPPORTED_LOCALES);
}

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

function showLocale(locale: string): void {
  if (locale === pageLocale) return;
  pageLocale = locale;
  // A failed load must never surface as an unhandled rejection on the host page.
  setLocale(locale).catch((error: unknown) => console.warn(error));
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
