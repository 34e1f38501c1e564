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
import { blankPage, until, type Page } from '../support/blank-page.js';

const ENTRY = '/dist/bundler/calf-pain-guide.js';
const PART = '/dist/bundler/parts/checker-views.js';
const PANELS = '/dist/bundler/parts/guide-panels.js';

const entryPage = (body: string): Promise<Page> =>
  blankPage({ head: `<script type="module" src="${ENTRY}"></script>`, body });

/** The paths the page requested, in order. */
const requested = (page: Page): string[] =>
  page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

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
      await until(
        () => requested(page).includes(PART) && requested(page).includes(PANELS),
        'the parts fetched while idle',
      );
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
      await until(
        () => requested(page).includes(PART) && requested(page).includes(PANELS),
        'the parts fetched while idle',
      );
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
