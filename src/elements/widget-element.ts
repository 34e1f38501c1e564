import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../define.js';
import { isRegionCode, numbersFor, regionFromPage } from '../emergency-numbers.js';
import { PageLanguageController, directionFor, getLocale } from '../localization.js';
import {
  isPhoneNumber,
  parseHeadingLevel,
  safeHttpUrl,
  warnBadAttribute,
} from './attribute-check.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The values a widget passes on to the widgets inside it: each checked, '' when bad. */
export interface CheckedValues {
  region: string;
  emergencyNumber: string;
  urgentNumber: string;
  clinicPhone: string;
  clinicUrl: string;
}

/**
 * What the three elements share: language, theme, heading level, the reader's region and the
 * clinic's own contact details, each checked so a bad value falls back with one warning.
 */
export abstract class WidgetElement extends LitElement {
  static version = VERSION;

  /**
   * Language of the widget (`en`, `es`, `fr`, `de`, `pt-BR`, `ar`, `zh-Hans`). Default: the
   * closest `lang` attribute, up to `<html lang>`, else English. One page shows one language.
   */
  @property() locale = '';

  /** Level of the element's main heading, 1–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /**
   * The reader's country (ISO 3166-1, e.g. `GB`), which sets the phone numbers shown. Default:
   * the region of the closest `lang` attribute (`en-GB`), else a sentence naming common numbers.
   */
  @property() region = '';

  /** Overrides the emergency number for the region. */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** Overrides the urgent-advice number for the region. */
  @property({ attribute: 'urgent-number' }) urgentNumber = '';

  /** The clinic's name, shown with its phone number and link. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** The clinic's own phone number for same-day and routine care. */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

  /** The clinic's own booking or contact page (http or https only). */
  @property({ attribute: 'clinic-url' }) clinicUrl = '';

  /**
   * Set when the clinic gives same-day medical care (a GP surgery, an urgent care centre). Without
   * it, the clinic's details appear only with routine and self-care advice: a physiotherapy
   * practice is not where a suspected blood clot should go.
   */
  @property({ type: Boolean, attribute: 'clinic-same-day' }) clinicSameDay = false;

  /** `light` (default), `dark`, or `auto` to follow the reader's setting. Reflected. */
  @property({ reflect: true }) theme: Theme = 'light';

  private readonly language = new PageLanguageController(this);

  /**
   * A pre-rendered copy of the element (a declarative shadow root, as in dist/static/) is
   * replaced, not hydrated: it shows every section open and no checker, so it cannot match the
   * first render, and hydrating would put Lit's hydration support in every bundle. Without this,
   * Lit would render after the static content and show the guide twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      warnBadAttribute(this, 'theme', this.theme, 'light');
      this.theme = 'light';
    }
    if (changed.has('locale') && this.hasUpdated) this.language.localeChanged();
    // Reports a bad value as soon as the element shows, whichever parts of it are shown.
    this.checkedValues();
  }

  /**
   * The region, numbers and clinic link, each checked (one warning for a bad value) and '' when
   * bad. Pass these, not the raw properties, to inner widgets, so that they never show a bad
   * value and never report it again (once per inner element, so once per checker run).
   */
  protected checkedValues(): CheckedValues {
    const url = this.clinicUrl.trim();
    const clinicUrl = url ? safeHttpUrl(url) : undefined;
    if (url && !clinicUrl) warnBadAttribute(this, 'clinic-url', this.clinicUrl, 'no link');
    return {
      region: this.regionInForce ?? '',
      emergencyNumber: this.phoneNumberIn('emergency-number', this.emergencyNumber) ?? '',
      urgentNumber: this.phoneNumberIn('urgent-number', this.urgentNumber) ?? '',
      clinicPhone: this.phoneNumberIn('clinic-phone', this.clinicPhone) ?? '',
      clinicUrl: clinicUrl ?? '',
    };
  }

  /** The heading level in force: the attribute when valid, else 2. */
  protected get headingLevelInForce(): number {
    const level = parseHeadingLevel(this.headingLevel);
    if (level === undefined) warnBadAttribute(this, 'heading-level', this.headingLevel, '2');
    return level ?? 2;
  }

  /** The region in force: the attribute when we know it, else the page's language tags. */
  get regionInForce(): string | undefined {
    const region = this.region.trim();
    if (region) {
      if (isRegionCode(region) && numbersFor(region)) return region.toUpperCase();
      warnBadAttribute(this, 'region', this.region, 'the region of the page language');
    }
    return regionFromPage(this);
  }

  /** A phone number attribute, or undefined (with a warning) when it is not a phone number. */
  protected phoneNumberIn(attribute: string, value: string): string | undefined {
    if (!value.trim()) return undefined;
    if (isPhoneNumber(value)) return value.trim();
    warnBadAttribute(this, attribute, value, 'no number');
    return undefined;
  }

  /** Wraps content in the language and direction being shown, for screen readers and layout. */
  protected inLanguage(content: unknown, className: string, part: string): TemplateResult {
    const locale = getLocale();
    return html`<div class=${className} part=${part} lang=${locale} dir=${directionFor(locale)}>
      ${content}
    </div>`;
  }
}
