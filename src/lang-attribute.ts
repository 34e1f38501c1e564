/**
 * The page's `lang` attributes above an element: the one walker that the language choice
 * (localization.ts), the region of the numbers (emergency-numbers.ts) and the date format (the
 * guide) read. It climbs out of shadow roots, so a widget inside another component still finds
 * `<html lang>`.
 */

/**
 * The `lang` attributes from `node` upwards, nearest first, crossing shadow roots. An empty one
 * (`lang=""`, "language unknown") is yielded too: each reader decides what it means.
 */
export function* langAttributesAbove(node: Node): Generator<string> {
  let current: Node | null = node;
  while (current) {
    const lang = current instanceof Element ? current.getAttribute('lang') : null;
    if (lang !== null) yield lang;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
}

/**
 * The language declared for `node`: its closest `lang` attribute, '' where that says "unknown"
 * (which stops the search, as in HTML), undefined where there is none.
 */
export function declaredLanguage(node: Node): string | undefined {
  return langAttributesAbove(node).next().value ?? undefined;
}

/** The closest `lang` attribute above `node` that names a language. */
export function closestLanguageTag(node: Node): string | undefined {
  for (const tag of langAttributesAbove(node)) if (tag) return tag;
  return undefined;
}
