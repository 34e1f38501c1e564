/**
 * Registers our elements without ever throwing into the host page. A clinic's CMS may load the
 * script twice, or two versions of it: the first definition wins (the registry is global) and a
 * version mismatch is reported once, naming both versions.
 */
export { VERSION } from './generated/version.js';

interface VersionedElement extends CustomElementConstructor {
  version?: string;
  /** The elements this one draws, by tag: defined with it, first. */
  dependencies?: Record<string, VersionedElement>;
}

/**
 * Mismatches already reported, shared by every copy of this script in the page (module state is
 * not: each copy has its own), so loading the newer script twice still warns once per tag.
 */
const REPORTED = Symbol.for('calf-pain-guide.define.reported');
const reported: Set<string> = ((globalThis as { [REPORTED]?: Set<string> })[REPORTED] ??=
  new Set<string>());

export function defineElement(tag: string, element: VersionedElement): void {
  // On a server (Node, SSR of Next.js, Nuxt, SvelteKit, Astro) there is no page to show the
  // elements in: define nothing. The package's `node` build (Lit's server build) gets here; the
  // tags in server-rendered HTML upgrade when the browser loads the package.
  if (typeof document === 'undefined') return;
  for (const [dependency, constructor] of Object.entries(element.dependencies ?? {})) {
    defineElement(dependency, constructor);
  }
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const mismatch = `${tag} ${existing.version} ${element.version}`;
    if (existing !== element && existing.version !== element.version && !reported.has(mismatch)) {
      reported.add(mismatch);
      console.warn(
        `<${tag}> is already defined by calf-pain-guide ${existing.version ?? '(unknown version)'}; ` +
          `this copy (${element.version ?? 'unknown'}) is not used. Load the script once.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another script may have defined the tag between the check and now.
    console.warn(`<${tag}> could not be defined:`, error);
  }
}
