/**
 * The bundler entry (dist/bundler/, the package's main export) leaves what a closed guide does
 * not show to parts of their own (dist/bundler/parts/): the checker's pages and their text
 * (checker-views.js), what opened sections show (guide-panels.js), loaded when first drawn, and
 * fetched when the page is idle. What a reader sees must not change: a checker on its own shows
 * its first question, the guide's Start opens its checker at the first question with focus
 * there, and a section opened from an address shows its content with focus on it. In another
 * language, each part's translations come in a chunk of their own (dist/bundler/locales/
 * <tag>.<part>.js): a section or the checker draws in that language from its first frame.
 */
import { expect } from '@open-wc/testing';
import { allLocaleTemplates } from '../../src/generated/locale-templates.js';
import { blankPage, bundleScript, until, type Page } from '../support/blank-page.js';

const ENTRY = '/dist/bundler/calf-pain-guide.js';
const PART = '/dist/bundler/parts/checker-views.js';
const PANELS = '/dist/bundler/parts/guide-panels.js';

const entryPage = (body: string): Promise<Page> =>
  blankPage({ head: `<script type="module" src="${ENTRY}"></script>`, body });

/** The paths the page requested, in order. */
const requested = (page: Page): string[] =>
  page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** Waits until the guide has fetched both parts, as it does when the page is idle. */
const untilPartsFetched = (page: Page) =>
  until(
    () => requested(page).includes(PART) && requested(page).includes(PANELS),
    'the parts fetched while idle',
  );
const messages = (page: Page): string[] => [
  ...page.win.__hostile.errors,
  ...page.win.__hostile.warnings,
];

describe('the bundler entry: what a closed guide does not show loads as parts of their own', () => {
  it('a <calf-pain-checker> on its own shows its first question once its part is in', async () => {
    const page = await entryPage('<calf-pain-checker></calf-pain-checker>');
    try {
      await until(() => page.win.customElements.get('calf-pain-checker'), 'the definition');
      const checker = page.doc.querySelector('calf-pain-checker')!;
      // updateComplete waits for the part: the question is there when it resolves.
      await (checker as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const root = checker.shadowRoot!;
      expect(root.querySelector('fieldset'), 'a question').to.exist;
      expect(root.querySelector('h3, h2, h4')!.textContent).to.match(/\S/);
      expect(requested(page)).to.include(PART);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it("the guide's Start opens its checker at the first question, with focus on it", async () => {
    const page = await entryPage('<calf-pain-guide></calf-pain-guide>');
    try {
      await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
      const guide = page.doc.querySelector('calf-pain-guide')!;
      await until(() => guide.shadowRoot?.querySelector('.start-button'), 'the start card');
      // Closed, the check section draws no checker.
      expect(guide.shadowRoot!.querySelector('calf-pain-checker')).to.equal(null);
      guide.shadowRoot!.querySelector<HTMLButtonElement>('.start-button')!.click();
      await until(
        () =>
          guide.shadowRoot!.querySelector('calf-pain-checker')?.shadowRoot?.activeElement?.id ===
          'question-emergency',
        'focus on the first question',
      );
      const checker = guide.shadowRoot!.querySelector('calf-pain-checker')!;
      expect(checker.shadowRoot!.querySelector('fieldset'), 'a question').to.exist;
      expect(requested(page)).to.include(PART);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a guide with a section open shows its content, and the closed ones nothing yet', async () => {
    const page = await entryPage('<calf-pain-guide open="clot"></calf-pain-guide>');
    try {
      await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
      const guide = page.doc.querySelector('calf-pain-guide')! as HTMLElement & {
        updateComplete: Promise<boolean>;
        show(section: string, anchor?: string): Promise<void>;
      };
      // updateComplete waits for the part: the open section is drawn when it resolves.
      await until(() => guide.shadowRoot?.querySelector('.title'), 'the guide drawn');
      await guide.updateComplete;
      const panel = (id: string) => guide.shadowRoot!.querySelector(`#panel-${id}`)!;
      expect(panel('clot').querySelector('ul, p'), 'the clot section').to.exist;
      expect(panel('clot').querySelector('figure[data-picture="clot"]'), 'its picture').to.exist;
      expect(panel('sources').childElementCount).to.equal(0);
      // Opened by the API (as by an address), with focus on the section's toggle.
      await guide.show('sources');
      expect(panel('sources').querySelectorAll('a[href^="https://"]').length).to.be.greaterThan(5);
      expect(guide.shadowRoot!.activeElement?.id).to.equal('toggle-sources');
      expect(requested(page)).to.include(PANELS);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a guide open at load draws at once while the part is on its way: the page keeps its place', async () => {
    // The part never arrives (an import map sends it to a module that never finishes loading).
    const pending = new URL('/test/support/pending-module.js', location.href).href;
    const map = { imports: { [new URL(PANELS, location.href).href]: pending } };
    const page = await blankPage({
      head: `<script type="importmap">${JSON.stringify(map)}</script>
        <script type="module" src="${ENTRY}"></script>`,
      body: '<calf-pain-guide open="about"></calf-pain-guide><p id="after">After the guide</p>',
    });
    try {
      const guide = page.doc.querySelector('calf-pain-guide')!;
      // Defined, it draws the guide (a defined element that drew nothing would give up the space
      // the page holds for it with :not(:defined), and what follows would jump).
      await until(() => guide.shadowRoot?.querySelector('.title'), 'the guide drawn');
      const panel = guide.shadowRoot!.querySelector('#panel-about')!;
      expect(panel.hasAttribute('hidden'), 'the open section').to.equal(false);
      expect(guide.getBoundingClientRect().height).to.be.greaterThan(400);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('the guide fetches the parts when the page is idle, before any section opens', async () => {
    const page = await entryPage('<calf-pain-guide></calf-pain-guide>');
    try {
      await untilPartsFetched(page);
      const guide = page.doc.querySelector('calf-pain-guide')!;
      expect(guide.shadowRoot!.querySelector('calf-pain-checker')).to.equal(null);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

/** A plain-text message's translation, its white space as the page shows it. */
const translationOf = (locale: string, id: string): string =>
  String(
    (allLocaleTemplates.get(locale) as unknown as { templates: Record<string, unknown> }).templates[
      id
    ],
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The English of those messages: what must never show in another language. */
const ENGLISH = {
  intro: 'Your calf is the back of your lower leg.',
  question: 'Since the pain started, have you had any of these',
};

type Drawn = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Records the text of every render of the guide and its checker (after each update, before the
 * browser paints it), so a frame of English between two renders would be seen.
 */
function recordRenders(page: Page): string[] {
  const texts: string[] = [];
  for (const tag of ['calf-pain-guide', 'calf-pain-checker']) {
    const prototype = (page.win.customElements.get(tag) as unknown as { prototype: Drawn })
      .prototype as Drawn & { updated(changed: unknown): void };
    const updated = prototype.updated;
    prototype.updated = function (this: Drawn, changed: unknown) {
      texts.push((this.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
      updated.call(this, changed);
    };
  }
  return texts;
}

describe('the bundler entry in another language: each part brings its translations', () => {
  for (const locale of ['es', 'ar']) {
    it(`in ${locale}, an opened section and the started checker show ${locale} text, never English`, async () => {
      const page = await entryPage(`<calf-pain-guide locale="${locale}"></calf-pain-guide>`);
      try {
        await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
        const renders = recordRenders(page);
        const guide = page.doc.querySelector<Drawn>('calf-pain-guide')!;
        const title = translationOf(locale, 'guide.title');
        await until(
          () => guide.shadowRoot?.querySelector('.title')?.textContent?.includes(title),
          `the guide in ${locale}`,
        );
        expect(requested(page)).to.include(`/dist/bundler/locales/${locale}.js`);
        // Opened by the reader.
        guide.shadowRoot!.querySelector<HTMLElement>('#toggle-about')!.click();
        await guide.updateComplete;
        const about = guide.shadowRoot!.querySelector('#panel-about')!;
        expect(about.textContent!.replace(/\s+/g, ' ')).to.include(
          translationOf(locale, 'guide.intro.1'),
        );
        guide.shadowRoot!.querySelector<HTMLElement>('.start-button')!.click();
        await until(
          () =>
            guide.shadowRoot!.querySelector('calf-pain-checker')?.shadowRoot?.activeElement?.id ===
            'question-emergency',
          'focus on the first question',
        );
        const checker = guide.shadowRoot!.querySelector('calf-pain-checker')!;
        expect(checker.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.include(
          translationOf(locale, 'screen.emergency.question'),
        );
        for (const text of renders) {
          expect(text).not.to.include(ENGLISH.intro);
          expect(text).not.to.include(ENGLISH.question);
        }
        for (const part of ['guide-panels', 'checker-views', 'cause-text']) {
          expect(requested(page)).to.include(`/dist/bundler/locales/${locale}.${part}.js`);
        }
        expect(messages(page)).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }

  it('a language asked for after the parts are in brings their translations with it', async () => {
    const page = await entryPage('<calf-pain-guide></calf-pain-guide>');
    try {
      // English first: the parts come in while the page is idle, with no translations.
      await untilPartsFetched(page);
      await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
      const renders = recordRenders(page);
      const guide = page.doc.querySelector<Drawn>('calf-pain-guide')!;
      guide.setAttribute('locale', 'ar');
      const title = translationOf('ar', 'guide.title');
      await until(
        () => guide.shadowRoot?.querySelector('.title')?.textContent?.includes(title),
        'the guide in Arabic',
      );
      expect(requested(page)).to.include('/dist/bundler/locales/ar.guide-panels.js');
      guide.shadowRoot!.querySelector<HTMLElement>('#toggle-about')!.click();
      await guide.updateComplete;
      expect(
        guide.shadowRoot!.querySelector('#panel-about')!.textContent!.replace(/\s+/g, ' '),
      ).to.include(translationOf('ar', 'guide.intro.1'));
      for (const text of renders) expect(text).not.to.include(ENGLISH.intro);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

/**
 * The page's hold on the space of an element that is defined but has not drawn yet (the custom
 * state `loading`): docs/embedding.md, "Keep the page still while the script loads". Its CSS is
 * what the page here uses, read from the docs.
 */
describe('an element waiting for a part or its language: the page keeps its place', () => {
  // Older engines have no :state() (Chrome before 125, Firefox before 126, Safari before 17.4):
  // there the page's :state(loading) rule is dropped, so only "nothing breaks" can be checked.
  const statesSupported = CSS.supports('selector(:state(loading))');
  const withStates = statesSupported ? it : it.skip;

  let recipe = '';
  before(async () => {
    const docs = await (await fetch('/docs/embedding.md')).text();
    const section = docs
      .split('### Keep the page still while the script loads\n')[1]!
      .split('\n#')[0]!;
    recipe = [...section.matchAll(/^```css\n([^]*?)^```/gm)].map(([, css]) => css).join('\n');
    expect(recipe).to.include(':not(:defined');
    expect(recipe).to.include(':state(loading)');
  });

  const inLoadingState = (element: Element): boolean =>
    statesSupported && element.matches(':state(loading)');

  /**
   * Records, in each frame before it is painted, what the page would show of each widget: so
   * a frame that showed the loading state, or a defined element that drew nothing, is seen.
   */
  const FRAME_RECORDER = `<script>
    window.__frames = [];
    const tick = () => {
      for (const element of document.querySelectorAll('calf-pain-checker, calf-pain-guide')) {
        let loading = false;
        try { loading = element.matches(':state(loading)'); } catch { /* no :state() */ }
        window.__frames.push({
          tag: element.localName,
          defined: element.matches(':defined'),
          loading,
          drawn: [...(element.shadowRoot?.children ?? [])].some((c) => c.localName !== 'style'),
        });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  </script>`;
  interface Frame {
    tag: string;
    defined: boolean;
    loading: boolean;
    drawn: boolean;
  }
  const framesOf = (page: Page): Frame[] => (page.win as unknown as { __frames: Frame[] }).__frames;

  /** An import map that holds a chunk back until `release` lets it through. */
  const held = (chunk: string) => {
    const address = new URL(chunk, location.href).href;
    const map = {
      imports: {
        [address]: new URL('/test/support/held-module.js', location.href).href,
        '/test/support/held-target.js': `${address}?held`,
      },
    };
    return `<script type="importmap">${JSON.stringify(map)}</script>`;
  };
  const asked = (page: Page) => (page.win as { __releaseHeld?: unknown }).__releaseHeld;
  const release = (page: Page) =>
    (page.win as unknown as { __releaseHeld(): void }).__releaseHeld();
  const BODY = '<calf-pain-checker></calf-pain-checker><p id="after">After the checker</p>';
  type Checker = HTMLElement & { updateComplete: Promise<boolean> };

  /** Where the page puts the checker's box and the text after it, before the script runs. */
  async function heldBeforeTheScript(): Promise<{ top: number; height: number; after: number }> {
    const page = await blankPage({ head: '', body: BODY, css: recipe });
    try {
      const checker = page.doc.querySelector('calf-pain-checker')!;
      const { top, height } = checker.getBoundingClientRect();
      // One screen of the 600 px frame.
      expect(height).to.equal(600);
      return { top, height, after: page.doc.querySelector('#after')!.getBoundingClientRect().top };
    } finally {
      page.frame.remove();
    }
  }

  withStates(
    'a checker waiting for its questions is in the loading state, and the page holds its space until they draw',
    async () => {
      const before = await heldBeforeTheScript();
      const page = await blankPage({
        head: `${FRAME_RECORDER}${held(PART)}<script type="module" src="${ENTRY}"></script>`,
        body: BODY,
        css: recipe,
      });
      try {
        await until(() => page.win.customElements.get('calf-pain-checker'), 'the definition');
        await until(() => asked(page), 'the part asked for');
        const checker = page.doc.querySelector<Checker>('calf-pain-checker')!;
        const after = page.doc.querySelector('#after')!;
        // Defined, nothing drawn yet: the page's :state(loading) rule holds the space.
        expect(checker.shadowRoot!.querySelector('fieldset')).to.equal(null);
        expect(checker.matches(':state(loading)'), 'in the loading state').to.equal(true);
        expect(checker.getBoundingClientRect().top).to.equal(before.top);
        expect(checker.getBoundingClientRect().height).to.equal(before.height);
        // (What follows moves only by the checker's own bottom margin, which its styles bring.)
        const afterWhileLoading = after.getBoundingClientRect().top;
        expect(afterWhileLoading).to.be.within(before.after, before.after + 24);
        await until(() => framesOf(page).some((f) => f.defined && f.loading), 'a frame painted');
        release(page);
        await until(() => checker.shadowRoot!.querySelector('fieldset'), 'the first question');
        await checker.updateComplete;
        expect(checker.matches(':state(loading)'), 'not loading once drawn').to.equal(false);
        // The question is taller than the held screen: the text after it moves down, never up.
        expect(checker.getBoundingClientRect().height).to.be.at.least(before.height);
        expect(after.getBoundingClientRect().top).to.be.at.least(afterWhileLoading);
        // No frame showed the checker defined, not loading and empty (the page's hold gone).
        const frames = framesOf(page).filter((f) => f.tag === 'calf-pain-checker' && f.defined);
        expect(frames.filter((f) => !f.loading && !f.drawn)).to.deep.equal([]);
        expect(messages(page)).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    },
  );

  it('a checker waiting for its questions draws them when they arrive, with or without :state()', async () => {
    const page = await blankPage({
      head: `${held(PART)}<script type="module" src="${ENTRY}"></script>`,
      body: BODY,
      css: recipe,
    });
    try {
      await until(() => asked(page), 'the part asked for');
      const checker = page.doc.querySelector<Checker>('calf-pain-checker')!;
      expect(checker.shadowRoot!.querySelector('fieldset')).to.equal(null);
      release(page);
      await until(() => checker.shadowRoot!.querySelector('fieldset'), 'the first question');
      await checker.updateComplete;
      expect(inLoadingState(checker)).to.equal(false);
      expect(requested(page)).to.include(PART);
      expect(messages(page)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  withStates(
    'a guide waiting for its language is in the loading state, and the page holds its space',
    async () => {
      const page = await blankPage({
        head: `${held('/dist/bundler/locales/es.js')}<script type="module" src="${ENTRY}"></script>`,
        body: '<calf-pain-guide locale="es"></calf-pain-guide><p id="after">After the guide</p>',
        css: recipe,
      });
      try {
        await until(() => page.win.customElements.get('calf-pain-guide'), 'the definition');
        await until(() => asked(page), 'the language asked for');
        const guide = page.doc.querySelector<Checker>('calf-pain-guide')!;
        // Nothing in English, nothing at all: the page holds one screen for it.
        expect(guide.shadowRoot!.querySelector('.title')).to.equal(null);
        expect(guide.matches(':state(loading)'), 'in the loading state').to.equal(true);
        expect(guide.getBoundingClientRect().height).to.equal(600);
        release(page);
        const title = translationOf('es', 'guide.title');
        await until(
          () => guide.shadowRoot!.querySelector('.title')?.textContent?.includes(title),
          'the guide in Spanish',
        );
        expect(guide.matches(':state(loading)'), 'not loading once drawn').to.equal(false);
        expect(guide.getBoundingClientRect().height).to.be.at.least(600);
        expect(messages(page)).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    },
  );

  withStates(
    'a pre-rendered guide waiting for its language is not in the loading state: its copy shows',
    async () => {
      // The guide as dist/static/ pre-renders it (declarative shadow DOM), in Spanish.
      const copy = await (await fetch('/dist/static/es/calf-pain-guide.html')).text();
      const page = await blankPage({
        head: `${held('/dist/bundler/locales/es.js')}<script type="module" src="${ENTRY}"></script>`,
        body: copy,
        css: recipe,
      });
      try {
        await until(() => asked(page), 'the language asked for');
        const guide = page.doc.querySelector<Checker>('calf-pain-guide')!;
        expect(guide.matches(':defined')).to.equal(true);
        const title = translationOf('es', 'guide.title');
        expect(guide.shadowRoot!.querySelector('.title')!.textContent).to.include(title);
        // The copy holds its own space: the page's rule must not apply to it.
        expect(guide.matches(':state(loading)'), 'not loading: the copy shows').to.equal(false);
        release(page);
        await guide.updateComplete;
        // The script's own render replaces the copy (whose styles are <style> elements).
        await until(() => !guide.shadowRoot!.querySelector('style'), 'the guide drawn');
        expect(guide.matches(':state(loading)')).to.equal(false);
        expect(messages(page)).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    },
  );

  for (const locale of ['en', 'es']) {
    it(`the one-file script (${locale}): no frame shows a widget in the loading state`, async () => {
      const page = await blankPage({
        head: `${FRAME_RECORDER}${bundleScript()}`,
        body: `<calf-pain-guide locale="${locale}"></calf-pain-guide><calf-pain-checker locale="${locale}"></calf-pain-checker>`,
        css: recipe,
      });
      try {
        const checker = page.doc.querySelector<Checker>('calf-pain-checker')!;
        await until(() => checker.shadowRoot?.querySelector('fieldset'), 'the first question');
        await checker.updateComplete;
        await until(
          () => framesOf(page).filter((f) => f.defined).length >= 4,
          'frames painted with the widgets defined',
        );
        expect(inLoadingState(checker)).to.equal(false);
        expect(inLoadingState(page.doc.querySelector('calf-pain-guide')!)).to.equal(false);
        const defined = framesOf(page).filter((f) => f.defined);
        // Defined and drawn in the same task: never loading, never empty.
        expect(defined.filter((f) => f.loading || !f.drawn)).to.deep.equal([]);
        expect(messages(page)).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }
});
