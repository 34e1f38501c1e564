/**
 * Pages for the tests that embed the built bundle as a clinic would: an iframe holding a blank
 * page (or a page the test server serves with its own headers), with the probe of
 * test/support/server-middleware.mjs loaded first so that it sees everything the widget does.
 */
import { aTimeout } from '@open-wc/testing';

export const BUNDLE = new URL('/dist/calf-pain-guide.js', location.href).href;
export const PROBE = new URL('/test/hostile/probe.js', location.href).href;

/** What the probe records in the page. */
export interface HostileLog {
  errors: string[];
  warnings: string[];
  violations: string[];
  network: string[];
  storage: string[];
}
export type PageWindow = Window & typeof globalThis & { __hostile: HostileLog; __pwned?: string };

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

export async function until(condition: () => unknown, what: string, ms = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

/** The bundle as a module script; a query string makes the browser load and run it again. */
export const bundleScript = (query = '') =>
  `<script type="module" src="${BUNDLE}${query}"></script>`;

async function framed(
  setUp: (frame: HTMLIFrameElement) => void,
  { width = 800, height = 600 } = {},
): Promise<Page> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { inlineSize: `${width}px`, blockSize: `${height}px`, border: '0' });
  setUp(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

export interface BlankPageOptions {
  /** Scripts after the probe; the bundle when not given. */
  head?: string;
  body?: string;
  /** The host page's own style sheet. */
  css?: string;
  /** The page's language: en-GB unless told otherwise. */
  lang?: string;
  /** The frame's size in CSS px: 800 × 600 unless told otherwise (320 wide stands for a phone). */
  width?: number;
  height?: number;
}

/**
 * A blank page: the probe, the host's CSS, then `head` (the bundle unless told otherwise). When
 * the head loads the bundle, waits until it has defined its elements.
 */
export async function blankPage({
  head = bundleScript(),
  body = '',
  css = '',
  lang = 'en-GB',
  width,
  height,
}: BlankPageOptions = {}): Promise<Page> {
  const page = await framed(
    (frame) => {
      frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width"><title>Blank</title>
      <style>${css}</style><script src="${PROBE}"></script>${head}</head><body>${body}</body></html>`;
    },
    { width, height },
  );
  if (head.includes(BUNDLE)) {
    await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
  }
  return page;
}

/** A page from the test server (which may send its own headers), once the bundle has run. */
export async function servedPage(path: string): Promise<Page> {
  const page = await framed((frame) => {
    frame.src = path;
  });
  await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
  return page;
}

/** Every element in a shadow tree, through nested shadow roots. */
export function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}
