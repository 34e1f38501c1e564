import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../define.js';
import { isRegionCode, numbersFor, regionFromPage } from '../emergency-numbers.js';
import { PageLanguageController, directionFor, getLocale } from '../localization.js';
import {
  EMERGENCY_NUMBER_MAX_DIGITS,
  URGENT_NUMBER_MAX_DIGITS,
  isClinicPhone,
  isServiceNumber,
  parseHeadingLevel,
  safeHttpUrl,
  warnBadAttribute,
  warnOnce,
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

  /**
   * Overrides the emergency number for the region: digits and spaces only, at most 6 digits. A
   * number that is not the region's own is shown, with a warning in the console.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /**
   * Overrides the urgent-advice number for the region: digits and spaces only, at most 12
   * digits. A number that is not the region's own is shown, with a warning in the console.
   */
  @property({ attribute: 'urgent-number' }) urgentNumber = '';

  /** The clinic's name, shown with its phone number and link. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /**
   * The clinic's own phone number for same-day and routine care: an optional leading `+`, then
   * digits, spaces, hyphens, dots and brackets, such as `(555) 010-0100`.
   */
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
    const region = this.regionInForce;
    const own = numbersFor(region);
    const clinicPhone = this.clinicPhone.trim();
    const phoneOk = isClinicPhone(clinicPhone);
    if (clinicPhone && !phoneOk) {
      warnBadAttribute(this, 'clinic-phone', this.clinicPhone, 'no number');
    }
    return {
      region: region ?? '',
      emergencyNumber:
        this.serviceNumberIn('emergency-number', this.emergencyNumber, {
          maxDigits: EMERGENCY_NUMBER_MAX_DIGITS,
          region,
          own: own?.emergency,
          what: 'emergency number',
        }) ?? '',
      urgentNumber:
        this.serviceNumberIn('urgent-number', this.urgentNumber, {
          maxDigits: URGENT_NUMBER_MAX_DIGITS,
          region,
          own: own?.urgent?.number,
          what: 'urgent-advice number',
        }) ?? '',
      clinicPhone: phoneOk ? clinicPhone : '',
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

  /**
   * An emergency or urgent number attribute, or undefined (with a warning) when it is not one.
   * The region's own number, written with or without spaces, is always taken, even where it has
   * a `#` (Japan's `#7119`). Any other number is shown, with one warning that it is not the
   * region's: a wrong number here sends a reader in an emergency to the wrong place.
   */
  private serviceNumberIn(
    attribute: string,
    value: string,
    rule: { maxDigits: number; region: string | undefined; own: string | undefined; what: string },
  ): string | undefined {
    const number = value.trim();
    if (!number) return undefined;
    const compact = (text: string) => text.replace(/\s/g, '');
    if (rule.own !== undefined && compact(number) === compact(rule.own)) return number;
    if (!isServiceNumber(number, rule.maxDigits)) {
      warnBadAttribute(this, attribute, value, "the region's own number");
      return undefined;
    }
    // Known regions only (else there is nothing to compare with). A widget inside another gets
    // the outer one's checked values, and leaves this warning to it.
    if (rule.region && numbersFor(rule.region) && !this.insideWidget) {
      warnOnce(
        this,
        `${attribute}≠${number}`,
        `<${this.localName}>: ${attribute}="${number}" is not the ${rule.what} of ${rule.region} (${rule.own ?? 'none'}); showing ${number}. Make sure it is right.`,
      );
    }
    return number;
  }

  /** True when this element is drawn by another widget (the banner inside the guide). */
  private get insideWidget(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof WidgetElement;
  }

  /** Wraps content in the language and direction being shown, for screen readers and layout. */
  protected inLanguage(content: unknown, className: string, part: string): TemplateResult {
    const locale = getLocale();
    return html`<div class=${className} part=${part} lang=${locale} dir=${directionFor(locale)}>
      ${content}
    </div>`;
  }
}
