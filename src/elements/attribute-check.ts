import type { ComplexAttributeConverter } from 'lit';
import { isOn } from '../boolean-attribute.js';

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

export function warnBadAttribute(
  element: Element,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  const key = `${attribute}=${String(value)}`;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(
    `<${element.localName}>: ${attribute}="${String(value)}" is not valid; using ${fallback}.`,
  );
}

/** A heading level 1–6 from an attribute value, or undefined when it is not one. */
export function parseHeadingLevel(value: unknown): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

/** A phone number as people write it: digits with spaces, dashes, dots, brackets, + * #. */
export function isPhoneNumber(value: string): boolean {
  return /^\+?[0-9*#][0-9 ().*#-]{0,24}$/.test(value.trim()) && /[0-9]/.test(value);
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
