import type { ComplexAttributeConverter } from 'lit';
import { isOn } from '../../boolean-attribute.js';

/**
 * A boolean attribute that `false`, `0` and `off` turn off (src/boolean-attribute.ts); reflected
 * as present (`""`) or absent.
 */
export const booleanAttribute: ComplexAttributeConverter<boolean> = {
  fromAttribute: isOn,
  toAttribute: (value: boolean) => (value ? '' : null),
};

/**
 * Bad attribute values fall back to the default with one `console.warn` naming the attribute and
 * the value, once per element and value, so a CMS typo never breaks the page or floods the console.
 */
const warned = new WeakMap<Element, Set<string>>();

/** Prints `message` once per element and key. */
export function warnOnce(element: Element, key: string, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(message);
}

export function warnBadAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  warnOnce(
    element,
    `${attribute}=${String(value)}`,
    `<${element.localName}>: ${attribute}="${String(value)}" is not valid; using ${fallback}.`,
  );
}

/** A heading level 1–6 from an attribute value, or undefined when it is not one. */
export function parseHeadingLevel(value: unknown): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

/** The most digits an `emergency-number` may have: every ambulance number we hold has 2 to 5. */
export const EMERGENCY_NUMBER_MAX_DIGITS = 6;

/** The most digits an `urgent-number` may have: the national lines we hold have up to 10. */
export const URGENT_NUMBER_MAX_DIGITS = 12;

/**
 * An emergency or urgent-advice number set by an attribute: groups of digits with single spaces
 * between them, 2 to `maxDigits` digits in all. Nothing else: `112#`, `*#06#` and
 * `**21*09001234567#` (which forwards the reader's calls) are phone codes, not numbers to call;
 * `#` and `*` in a `tel:` link are not dialled as shown (iOS does not dial them at all); and a long
 * number is not an ambulance (`0900 123 4567` is a premium-rate line). A region's own number,
 * such as Japan's `#7119`, comes from our table, not from here.
 */
export function isServiceNumber(value: string, maxDigits: number): boolean {
  const number = value.trim();
  const digits = number.replace(/ /g, '').length;
  return /^[0-9]+(?: [0-9]+)*$/.test(number) && digits >= 2 && digits <= maxDigits;
}

/**
 * A clinic's phone number as people write it: an optional leading `+`, then digits with spaces,
 * hyphens, brackets and dots (the visual separators of a `tel:` address, RFC 3966), 3 to 20
 * digits: `(555) 010-0100`, `+44 20 7946 0000`, `01.23.45.67.89`. No `*` or `#` (phone codes),
 * no letters, no `;ext=`.
 */
export function isClinicPhone(value: string): boolean {
  const number = value.trim();
  const digits = number.replace(/[^0-9]/g, '').length;
  return /^\+?[0-9 ().-]+$/.test(number) && digits >= 3 && digits <= 20 && number.length <= 32;
}

/** Only http(s) links: a `javascript:` address in a CMS field must never become a link. */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
