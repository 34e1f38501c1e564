/**
 * The script of dist/embed.html: the guide alone in a page, for sites that only allow iframes.
 *
 *   embed.html?locale=es&region=ES&open=check
 *
 * The address may set how the guide looks (URL_ATTRIBUTES), as attribute values, never as HTML.
 * What the guide tells a reader to call, and where it links, is the clinic's alone: numbers and
 * clinic details are attributes of <calf-pain-guide> in the clinic's own copy of embed.html, and
 * the address cannot change them (anyone can link to the page with any address). It loads the
 * guide's one-language bundle from beside this file, and tells the framing page its height
 * whenever it changes (HEIGHT_MESSAGE), but only a page of an origin the clinic's copy allows.
 * It stores nothing and requests nothing but the guide's own script.
 */
import { sourceLocale } from '../generated/locale-codes.js';
import { LANGUAGES } from '../generated/languages.js';
import { isOn } from '../boolean-attribute.js';
import { chooseLocaleAmong } from '../locale-choice.js';
import { HEIGHT_MESSAGE, type HeightMessage } from './message.js';
import { allowedParentOrigins, heightTargets } from './parent-origins.js';

/** The guide's attributes that the page's address may set: how it looks, nothing it says. */
const URL_ATTRIBUTES = [
  'locale',
  'region',
  'heading-level',
  'open',
  'sections',
  'hide-checker',
  'hide-start-card',
  'theme',
] as const;

/**
 * The guide's attributes that only the clinic's copy of the page sets. A link to the clinic's
 * own embed.html with `?emergency-number=0900…&clinic-url=https://evil.example/` would otherwise
 * show a stranger's number and link on the clinic's site.
 */
const FILE_ATTRIBUTES = [
  'emergency-number',
  'urgent-number',
  'clinic-name',
  'clinic-phone',
  'clinic-url',
  'clinic-same-day',
  // Whether the checker adds history entries: the clinic's page decides, not a link to it.
  'history',
] as const;

const BOOLEAN_ATTRIBUTES = new Set<string>(['hide-checker', 'hide-start-card']);

/** The languages with a file of their own beside this page: English and each one that ships. */
const FILES = [sourceLocale, ...LANGUAGES.filter((each) => each.ships).map((each) => each.tag)];

/**
 * The one-language bundle for a `locale` value: the guide's own choice (locale-choice.ts:
 * `es-MX` → `es`, `pt-PT` → `pt-BR`, unknown → English) among the files beside this page, so
 * the file holds the language the guide will show.
 */
function bundleFor(locale: string): string {
  return `calf-pain-guide.${chooseLocaleAmong(locale, FILES).locale}.js`;
}

function configure(guide: HTMLElement, params: URLSearchParams): void {
  for (const name of URL_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (isOn(value)) guide.setAttribute(name, '');
    } else {
      guide.setAttribute(name, value);
    }
  }
  for (const name of FILE_ATTRIBUTES) {
    if (params.has(name)) {
      console.warn(
        `calf-pain-guide embed: the address cannot set ${name}; set it on <calf-pain-guide> in your copy of embed.html (docs/embedding.md, "Security").`,
      );
    }
  }
  // The address's locale, else the one set in the clinic's copy.
  const locale = guide.getAttribute('locale')?.trim();
  // The page's language is the guide's, for screen readers and the browser's translate offer.
  if (locale) {
    try {
      document.documentElement.lang = Intl.getCanonicalLocales(locale)[0];
    } catch {
      // Not a language tag: the page stays English, as the guide will.
    }
  }
}

/** The framing page's origin, where the browser says it. */
function framingOrigin(): string | undefined {
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors?.length) return ancestors[0];
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tells the framing page this page's height, each time it changes. The height differs with what
 * the reader has opened and the checker's result, so it goes only to the allowed origins.
 */
function reportHeight(): void {
  if (window.parent === window) return;
  const targets = heightTargets(allowedParentOrigins(document), framingOrigin());
  if (!targets.length) return;
  let last = -1;
  const post = () => {
    // The document's own height, not scrollHeight: that never drops below the frame's height,
    // so a frame would never shrink when a section closes.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    for (const origin of targets) window.parent.postMessage(message, origin);
  };
  new ResizeObserver(post).observe(document.documentElement);
}

/** The page's title follows the guide's heading, in the guide's language. */
function followTitle(guide: HTMLElement): void {
  const update = () => {
    const title = guide.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
    if (title) document.title = title;
  };
  const observer = new MutationObserver(update);
  void customElements.whenDefined('calf-pain-guide').then(() => {
    if (guide.shadowRoot) {
      observer.observe(guide.shadowRoot, { subtree: true, childList: true, characterData: true });
    }
    update();
  });
}

async function load(file: string): Promise<void> {
  try {
    await import(new URL(`./${file}`, import.meta.url).href);
  } catch (error) {
    // A copy of dist/ without the one-language files: the all-language file does the same.
    console.warn(`calf-pain-guide embed: could not load ${file}; loading every language`, error);
    await import(new URL('./calf-pain-guide.js', import.meta.url).href);
  }
}

// Through the CSSOM rather than a <style> element, so a strict style-src allows it. flow-root
// keeps the guide's margins inside the body, so the height reported is all of it.
if ('adoptedStyleSheets' in document) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    'html,body{margin:0}body{display:flow-root;padding:4px;font-family:system-ui,sans-serif}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const guide = document.querySelector<HTMLElement>('calf-pain-guide');
if (guide) {
  const params = new URLSearchParams(location.search);
  configure(guide, params);
  followTitle(guide);
  reportHeight();
  void load(bundleFor(guide.getAttribute('locale') ?? ''));
}
