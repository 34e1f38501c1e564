/**
 * Which pages the iframe page (dist/embed.html) tells its height. The height differs with what
 * the reader opened and the level the checker gave them (a few thousand pixels apart), so a page
 * that frames it, or any script in that page, would learn the reader's level from it: it goes
 * only to the page's own origin and the origins the clinic's copy of embed.html names.
 */

/** The meta element of the clinic's copy that names the pages allowed to frame it. */
export const PARENT_ORIGINS_META = 'calf-pain-guide-parent-origins';

/**
 * The origins allowed to learn the page's height: its own, and those the clinic's copy names in
 * `<meta name="calf-pain-guide-parent-origins" content="https://clinic.example …">`. A value
 * that is not an origin is skipped with a warning.
 */
export function allowedParentOrigins(doc: Document): string[] {
  // A page of no origin (a file) allows none but the origins named.
  const allowed = new Set(doc.location.origin === 'null' ? [] : [doc.location.origin]);
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${PARENT_ORIGINS_META}"]`);
  for (const entry of meta?.content.split(/\s+/).filter(Boolean) ?? []) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      // An origin alone (a trailing slash is forgiven): not a page, and http(s) only.
      if (/^https?:$/.test(url.protocol) && `${url.origin}/` === url.href) origin = url.origin;
    } catch {
      // Not an address: warned about below.
    }
    if (origin) allowed.add(origin);
    else
      console.warn(
        `calf-pain-guide embed: "${entry}" in ${PARENT_ORIGINS_META} is not an origin such as https://clinic.example; skipped.`,
      );
  }
  return [...allowed];
}

/**
 * Where to post the height: the allowed origins that the framing page may have. Browsers that
 * name the framing page's origin (location.ancestorOrigins, else the referrer) narrow it to that
 * one, so nothing is posted to a page that may not have it (and Chrome logs no error for a
 * mismatch). The browser delivers a message only to a page of the origin it is posted to, so a
 * page of any other origin learns nothing, whatever it claims.
 */
export function heightTargets(allowed: string[], framing: string | undefined): string[] {
  return framing === undefined ? allowed : allowed.filter((origin) => origin === framing);
}
