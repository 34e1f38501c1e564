/** Which numbers to show, from the reader's country rather than their language. */
import { REGION_NUMBERS, type RegionNumbers } from './content/regions.js';
import { langAttributesAbove } from './lang-attribute.js';

export type { RegionNumbers };

/** ISO 3166-1 alpha-2 shape, e.g. `GB`. */
export function isRegionCode(value: string): boolean {
  return /^[A-Za-z]{2}$/.test(value);
}

/** The numbers for a region, or undefined when we hold none for it. */
export function numbersFor(region: string | undefined): RegionNumbers | undefined {
  if (!region) return undefined;
  return REGION_NUMBERS[region.toUpperCase()];
}

/** The ambulance number for a region, or undefined when unknown. */
export function emergencyNumberFor(region: string | undefined): string | undefined {
  return numbersFor(region)?.emergency;
}

/** The region subtag of a language tag: `en-GB` → `GB`, `es-419` or `es` → undefined. */
export function regionOfLanguageTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const region = new Intl.Locale(tag.trim()).region;
    return region && isRegionCode(region) ? region.toUpperCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The region of the closest `lang` that names one, so `<html lang="es-AU">` sets Australian
 * numbers for a guide deep inside the page.
 */
export function regionFromPage(node: Node): string | undefined {
  for (const tag of langAttributesAbove(node)) {
    const region = regionOfLanguageTag(tag);
    if (region) return region;
  }
  return undefined;
}

/**
 * `tel:` address of a phone number as written: keeps digits, + * and #, with `#` encoded
 * (`%23`): unencoded it would start the address's fragment, and the phone would dial only what
 * comes before it (`#7119` would dial nothing).
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+*#]/g, '').replace(/#/g, '%23')}`;
}
