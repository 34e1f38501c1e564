/**
 * HTML first: a page holds the pre-rendered guide (dist/static/, made by `calf-pain-guide/ssr`),
 * then its script loads and the element upgrades. The reader must see nothing move (CLS 0) and
 * no text change. Every engine is checked by geometry (each part of the guide where it was);
 * Chromium also by its layout-shift entries, which the other engines do not report.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/generated/languages.js';

/** The language of dist/static/es/: Spanish, or English while Spanish is not ready. */
const SPANISH_SHOWN = LANGUAGES.some((l) => l.tag === 'es' && l.bundled) ? 'es' : 'en';

async function until(condition: () => unknown, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

/** Two animation frames of the frame's window: what was rendered has been painted. */
const painted = (win: Window) =>
  new Promise<void>((resolve) =>
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())),
  );

/** The element's tree through open shadow roots, each node once. */
function* walk(node: Node): Generator<Node> {
  for (const child of node.childNodes) {
    yield child;
    const shadow = child.nodeType === Node.ELEMENT_NODE ? (child as Element).shadowRoot : null;
    if (shadow) yield* walk(shadow);
    yield* walk(child);
  }
}

/** The text a reader sees: every text node that is rendered (not in a closed section). */
function renderedText(guide: Element): string {
  const words: string[] = [];
  for (const node of walk(guide.shadowRoot!)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.parentElement) continue;
    if (node.parentElement.closest('style')) continue;
    // A closed <details> keeps its content's boxes in some engines: checkVisibility says.
    if (!(node.parentElement.checkVisibility?.() ?? true)) continue;
    const range = node.ownerDocument!.createRange();
    range.selectNodeContents(node);
    if (range.getClientRects().length === 0) continue;
    words.push(node.textContent ?? '');
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

interface Box {
  what: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the guide and each part a reader sees at first is on the page. */
function layout(guide: Element): Box[] {
  const root = guide.shadowRoot!;
  const parts: [string, Element | null][] = [
    ['the guide', guide],
    ['its title', root.querySelector('.title')],
    ['its lede', root.querySelector('.lede')],
    ['the emergency card', root.querySelector('red-flag-banner')],
    ['the review line', root.querySelector('.reviewed')],
    ...[...root.querySelectorAll('section[data-section]')].flatMap(
      (section): [string, Element | null][] => {
        const id = section.getAttribute('data-section');
        return [
          [`section ${id}`, section],
          [`section ${id}'s heading`, section.querySelector('.section-heading')],
          [`section ${id}'s summary line`, section.querySelector('.summary')],
        ];
      },
    ),
  ];
  return parts
    .filter((part): part is [string, Element] => part[1] !== null)
    .map(([what, element]) => {
      const box = element.getBoundingClientRect();
      // Whole CSS pixels at 1/64 px: what layout rounds to; no engine moves a part by less.
      const round = (n: number) => Math.round(n * 64) / 64;
      return {
        what,
        top: round(box.top),
        left: round(box.left),
        width: round(box.width),
        height: round(box.height),
      };
    });
}

interface Upgrade {
  before: { text: string; layout: Box[] };
  after: { text: string; layout: Box[] };
  layoutShift: number | undefined;
  messages: string[];
}

/** A page's pre-rendered guide: where its HTML comes from, and the page's language. */
interface PreRendered {
  url: string;
  lang: string;
  /** The page's own text style, which the guide inherits. */
  font?: string;
}

/** The Spanish snippet of dist/static/ (made by calf-pain-guide/ssr). */
const SPANISH_SNIPPET: PreRendered = {
  url: '/dist/static/es/calf-pain-guide.html',
  lang: 'es',
  font: 'sans-serif',
};

/**
 * A WordPress theme's text, as Twenty Twenty-Five sets it: light, large, a line height of 1.5,
 * where a box sized by `line-height: normal` comes out another height than one that inherits.
 */
const THEME_FONT = '300 19.88px/1.5 serif';

/**
 * What the WordPress plugin prints for a page (test/support/wordpress-middleware.mjs runs its
 * PHP): the block or shortcode, with the guide pre-rendered from the plugin's templates.
 */
const wordpress = (page: object, lang: string): PreRendered => ({
  url: `/test/wordpress/printed?page=${encodeURIComponent(JSON.stringify({ language: lang, ...page }))}`,
  lang,
  font: THEME_FONT,
});

/**
 * A page with a pre-rendered guide (the Spanish snippet unless told); after its first paint,
 * the script is added, and the guide upgrades. What a reader saw before and after.
 */
async function upgrade(script: string, preRendered = SPANISH_SNIPPET): Promise<Upgrade> {
  const snippet = await (await fetch(preRendered.url)).text();
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  frame.srcdoc = `<!doctype html><html lang="${preRendered.lang}"><head><meta charset="utf-8">
    <script src="/test/hostile/probe.js"></script></head>
    <body style="margin:0;font:${preRendered.font}"><main>${snippet}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  try {
    const win = frame.contentWindow! as Window & {
      __hostile: { errors: string[]; warnings: string[] };
    };
    const doc = frame.contentDocument!;
    const guide = doc.querySelector('calf-pain-guide')!;
    await painted(win);
    const before = { text: renderedText(guide), layout: layout(guide) };

    let layoutShift: number | undefined;
    const observing = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    if (observing) {
      layoutShift = 0;
      new (win as unknown as typeof globalThis).PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          layoutShift! += (entry as PerformanceEntry & { value: number }).value;
        }
      }).observe({ type: 'layout-shift' });
    }

    const element = doc.createElement('script');
    element.type = 'module';
    element.src = script;
    doc.head.append(element);
    await until(() => win.customElements.get('calf-pain-guide'), `${script} to define the guide`);
    // Upgraded: the live guide's own section buttons are there (the copy has <details>).
    await until(() => guide.shadowRoot!.querySelector('button.toggle'), 'the live guide');
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await painted(win);
    const after = { text: renderedText(guide), layout: layout(guide) };
    return {
      before,
      after,
      layoutShift,
      messages: [...win.__hostile.errors, ...win.__hostile.warnings],
    };
  } finally {
    frame.remove();
  }
}

describe('the pre-rendered guide upgraded by its script: nothing moves, no text changes', () => {
  for (const script of [
    // Every language in one file.
    '/dist/calf-pain-guide.js',
    // The package's main export: Spanish is a chunk loaded after the element is defined.
    '/dist/bundler/calf-pain-guide.js',
    // The one-language file, in transform mode.
    `/dist/calf-pain-guide.${SPANISH_SHOWN}.js`,
  ]) {
    it(`with ${script}`, async () => {
      const { before, after, layoutShift, messages } = await upgrade(script);
      expect(before.layout.length, 'the parts were found').to.be.greaterThan(20);
      expect(after.layout).to.deep.equal(before.layout);
      expect(after.text).to.equal(before.text);
      if (layoutShift !== undefined) expect(layoutShift, 'cumulative layout shift').to.equal(0);
      expect(messages).to.deep.equal([]);
    });
  }
});

describe('the guide the WordPress plugin prints, upgraded by the script it loads: nothing moves, no text changes', () => {
  for (const [what, script, preRendered] of [
    [
      'a Spanish block for Spain (the Spanish file)',
      `/dist/calf-pain-guide.${SPANISH_SHOWN}.js`,
      wordpress({ block: { locale: 'es', region: 'ES', clinicName: 'Clínica <Sol>' } }, 'es-ES'),
    ],
    [
      'the default shortcode on an en-US site (the file with every language)',
      '/dist/calf-pain-guide.js',
      wordpress({ content: '[calf_pain_guide]' }, 'en-US'),
    ],
    [
      'an Arabic block, dark, with its own emergency number (the file with every language)',
      '/dist/calf-pain-guide.js',
      wordpress({ block: { locale: 'ar', theme: 'dark', emergencyNumber: '1 2 3' } }, 'ar-EG'),
    ],
  ] as const) {
    it(what, async () => {
      const { before, after, layoutShift, messages } = await upgrade(script, preRendered);
      expect(before.layout.length, 'the parts were found').to.be.greaterThan(20);
      expect(after.layout).to.deep.equal(before.layout);
      expect(after.text).to.equal(before.text);
      if (layoutShift !== undefined) expect(layoutShift, 'cumulative layout shift').to.equal(0);
      expect(messages).to.deep.equal([]);
    });
  }
});

describe('a language loaded on demand (the bundler entry): no English meanwhile', () => {
  it('draws nothing until its chunk is in, then the guide in that language', async function () {
    if (SPANISH_SHOWN !== 'es') this.skip();
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    // Every shadow root the page attaches is watched from its first node: any English title
    // drawn, even for one frame, is recorded.
    frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8">
      <script src="/test/hostile/probe.js"></script>
      <script>
        window.englishSeen = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          new MutationObserver(() => {
            if (root.textContent.includes('Pain at the top of the calf')) window.englishSeen.push(this.localName);
          }).observe(root, { childList: true, subtree: true, characterData: true });
          return root;
        };
      </script>
      <script type="module" src="/dist/bundler/calf-pain-guide.js"></script></head>
      <body><calf-pain-guide></calf-pain-guide></body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow! as Window & {
        englishSeen: string[];
        __hostile: { errors: string[]; warnings: string[] };
      };
      const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
      await until(() => guide.shadowRoot?.querySelector('.title'), 'the guide drawn');
      await painted(win);
      expect(guide.shadowRoot!.querySelector('[part="guide"]')!.getAttribute('lang')).to.equal(
        'es',
      );
      expect(guide.shadowRoot!.querySelector('.title')!.textContent).to.match(/pantorrilla/);
      expect(win.englishSeen).to.deep.equal([]);
      expect([...win.__hostile.errors, ...win.__hostile.warnings]).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
