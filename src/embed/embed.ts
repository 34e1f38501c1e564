/**
 * The script of dist/embed.html: the guide alone in a page, for sites that only allow iframes.
 *
 *   embed.html?locale=es&region=ES&clinic-name=…&clinic-phone=…
 *
 * Each query parameter named like one of the guide's attributes sets that attribute (as an
 * attribute value, never as HTML); others are ignored. It loads the guide's one-language bundle
 * from beside this file, and tells the framing page its height whenever it changes
 * (HEIGHT_MESSAGE), so the page can size the iframe to fit: dist/embed-parent.js does that.
 * It stores nothing and requests nothing but the guide's own script.
 */
import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { isOn } from '../boolean-attribute.js';
import { HEIGHT_MESSAGE, type HeightMessage } from './message.js';

/** The guide's attributes that a query parameter may set. */
const ATTRIBUTES = [
  'locale',
  'region',
  'heading-level',
  'open',
  'sections',
  'hide-checker',
  'clinic-name',
  'clinic-phone',
  'clinic-url',
  'emergency-number',
  'urgent-number',
  'theme',
] as const;

const BOOLEAN_ATTRIBUTES = new Set<string>(['hide-checker']);

/**
 * The one-language bundle for a `locale` value: the same choice the guide makes (`es-MX` → `es`,
 * `pt-PT` → `pt-BR`, unknown → English), so the file holds the language the guide will show.
 */
function bundleFor(locale: string): string {
  const wanted = locale.trim().toLowerCase();
  const language = wanted.split('-')[0];
  const match =
    allLocales.find((l) => l.toLowerCase() === wanted) ??
    allLocales.find((l) => l.split('-')[0].toLowerCase() === language) ??
    sourceLocale;
  return `calf-pain-guide.${match}.js`;
}

function configure(guide: HTMLElement, params: URLSearchParams): void {
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) continue;
    if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (isOn(value)) guide.setAttribute(name, '');
    } else {
      guide.setAttribute(name, value);
    }
  }
  const locale = params.get('locale')?.trim();
  // The page's language is the guide's, for screen readers and the browser's translate offer.
  if (locale) {
    try {
      document.documentElement.lang = Intl.getCanonicalLocales(locale)[0];
    } catch {
      // Not a language tag: the page stays English, as the guide will.
    }
  }
}

/** Tells the framing page this page's height, each time it changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    // The document's own height, not scrollHeight: that never drops below the frame's height,
    // so a frame would never shrink when a section closes.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // Any origin: the framing page's is not known here, and the message is one number.
    window.parent.postMessage(message, '*');
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
  void load(bundleFor(params.get('locale') ?? ''));
}
