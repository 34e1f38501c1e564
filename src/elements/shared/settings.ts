import { isRegionCode, numbersFor, regionFromPage } from '../../emergency-numbers.js';
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

/**
 * What a widget shows, resolved once per update from its attributes, each value checked (a bad
 * one falls back, with one warning). A widget that draws another (the guide draws the checker
 * and the cards, the checker its cards) passes its settings down whole, in one binding: the
 * inner one shows exactly these and reports nothing again.
 */
export interface WidgetSettings {
  /** Level of the widget's main heading, 1–6. */
  headingLevel: number;
  theme: Theme;
  /** The reader's region (ISO 3166-1, upper case), '' when unknown. */
  region: string;
  /** The embedder's emergency number, checked; '' when none or refused. */
  emergencyNumber: string;
  /** The embedder's urgent-advice number, checked; '' when none or refused. */
  urgentNumber: string;
  clinicName: string;
  /** The clinic's phone, checked; '' when none or refused. */
  clinicPhone: string;
  /** The clinic's page (http or https), absolute; '' when none or refused. */
  clinicUrl: string;
  clinicSameDay: boolean;
  /** True when drawn by `<calf-pain-guide>`, which opens the section about a cause itself. */
  insideGuide: boolean;
}

/**
 * The attributes the settings are resolved from (WidgetElement's properties): the same names, as
 * a page writes them.
 */
export type SettingsAttributes = Omit<WidgetSettings, 'headingLevel' | 'theme' | 'insideGuide'> & {
  headingLevel: number | string;
  theme: string;
};

/**
 * The settings in force for `element` from its own attributes: every value checked, with one
 * warning (per element and value) for a bad one.
 */
export function resolveSettings(element: Element, attributes: SettingsAttributes): WidgetSettings {
  const theme = themeIn(element, attributes.theme);
  const url = attributes.clinicUrl.trim();
  const clinicUrl = url ? safeHttpUrl(url) : undefined;
  if (url && !clinicUrl) warnBadAttribute(element, 'clinic-url', attributes.clinicUrl, 'no link');
  const region = regionIn(element, attributes.region);
  const own = numbersFor(region);
  const clinicPhone = attributes.clinicPhone.trim();
  const phoneOk = isClinicPhone(clinicPhone);
  if (clinicPhone && !phoneOk) {
    warnBadAttribute(element, 'clinic-phone', attributes.clinicPhone, 'no number');
  }
  const emergencyNumber = serviceNumberIn(element, 'emergency-number', attributes.emergencyNumber, {
    maxDigits: EMERGENCY_NUMBER_MAX_DIGITS,
    region,
    own: own?.emergency,
    what: 'emergency number',
  });
  const urgentNumber = serviceNumberIn(element, 'urgent-number', attributes.urgentNumber, {
    maxDigits: URGENT_NUMBER_MAX_DIGITS,
    region,
    own: own?.urgent?.number,
    what: 'urgent-advice number',
  });
  return {
    headingLevel: headingLevelIn(element, attributes.headingLevel),
    theme,
    region: region ?? '',
    emergencyNumber: emergencyNumber ?? '',
    urgentNumber: urgentNumber ?? '',
    clinicName: attributes.clinicName,
    clinicPhone: phoneOk ? clinicPhone : '',
    clinicUrl: clinicUrl ?? '',
    clinicSameDay: attributes.clinicSameDay,
    insideGuide: false,
  };
}

/** `settings` again when `next` holds the same values, so an inner widget is not redrawn. */
export function sameOr(settings: WidgetSettings | undefined, next: WidgetSettings): WidgetSettings {
  if (!settings) return next;
  const keys = Object.keys(next) as (keyof WidgetSettings)[];
  return keys.every((key) => settings[key] === next[key]) ? settings : next;
}

function themeIn(element: Element, theme: string): Theme {
  if ((THEMES as readonly string[]).includes(theme)) return theme as Theme;
  warnBadAttribute(element, 'theme', theme, 'light');
  return 'light';
}

function headingLevelIn(element: Element, value: number | string): number {
  const level = parseHeadingLevel(value);
  if (level === undefined) warnBadAttribute(element, 'heading-level', value, '2');
  return level ?? 2;
}

/** The region in force: the attribute when we know it, else the page's language tags. */
export function regionIn(element: Element, value: string): string | undefined {
  const region = value.trim();
  if (region) {
    if (isRegionCode(region) && numbersFor(region)) return region.toUpperCase();
    warnBadAttribute(element, 'region', value, 'the region of the page language');
  }
  return regionFromPage(element);
}

/**
 * An emergency or urgent number attribute, or undefined (with a warning) when it is not one.
 * The region's own number, written with or without spaces, is always taken, even where it has
 * a `#` (Japan's `#7119`). Any other number is shown, with one warning that it is not the
 * region's: a wrong number here sends a reader in an emergency to the wrong place.
 */
function serviceNumberIn(
  element: Element,
  attribute: string,
  value: string,
  rule: { maxDigits: number; region: string | undefined; own: string | undefined; what: string },
): string | undefined {
  const number = value.trim();
  if (!number) return undefined;
  const compact = (text: string) => text.replace(/\s/g, '');
  if (rule.own !== undefined && compact(number) === compact(rule.own)) return number;
  if (!isServiceNumber(number, rule.maxDigits)) {
    warnBadAttribute(element, attribute, value, "the region's own number");
    return undefined;
  }
  // Known regions only: else there is nothing to compare with.
  if (rule.region && numbersFor(rule.region)) {
    warnOnce(
      element,
      `${attribute}≠${number}`,
      `<${element.localName}>: ${attribute}="${number}" is not the ${rule.what} of ${rule.region} (${rule.own ?? 'none'}); showing ${number}. Make sure it is right.`,
    );
  }
  return number;
}
