/**
 * dist/static/<locale>/: the guide pre-rendered (Lit SSR, declarative shadow DOM) for pages
 * without JavaScript. A frame sandboxed without `allow-scripts` runs no script at all, while its
 * parser still attaches declarative shadow roots: what a reader with JavaScript off sees.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { allLocaleTemplates } from '../../src/generated/locale-templates.js';
import { LANGUAGES } from '../../src/generated/languages.js';
import { SECTION_IDS } from '../../src/elements/calf-pain-guide/guide-structure.js';

/** A `str` message as the generated locale modules hold it. */
interface StrTemplate {
  strings: readonly string[];
}

const ENGLISH = {
  'guide.title': 'Pain at the top of the calf',
  'screen.emergency.question':
    'Since the pain started, have you had any of these, even if they stopped?',
  'guide.get-help.title': 'Get help now',
  'guide.check.no-script': {
    strings: [
      'The symptom checker needs JavaScript, which is off or not allowed on this page. You can use it on any page that shows this guide with JavaScript on. Until then, the signs under "',
      '" above tell you when to get help.',
    ],
  },
};

/** English and each language's translations, by tag. */
const LOCALES: Record<string, Record<string, unknown>> = {
  en: ENGLISH,
  ...Object.fromEntries(
    [...allLocaleTemplates].map(([tag, module]) => [
      tag,
      (module as unknown as { templates: Record<string, unknown> }).templates,
    ]),
  ),
};

/** The folders of dist/static/: English and each language that ships. */
const FOLDERS = ['en', ...LANGUAGES.filter((l) => l.ships).map((l) => l.tag)];

/** The language a folder's guide is in: its own, or English while it is not ready. */
const shown = (folder: string): string =>
  LANGUAGES.some((l) => l.tag === folder && l.bundled) ? folder : 'en';

/** The checker's note in a language, with the emergency card's heading in its place. */
function noScriptNote(templates: Record<string, unknown>): string {
  const { strings } = templates['guide.check.no-script'] as StrTemplate;
  return strings.join(templates['guide.get-help.title'] as string);
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function until(condition: () => unknown, what: string, ms = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

/** A frame that may run no script (sandbox without allow-scripts), as with JavaScript off. */
async function frameWithoutScripts(
  source: { src: string } | { srcdoc: string },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  if ('src' in source) frame.src = source.src;
  else frame.srcdoc = source.srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Drawn on screen: with a height, and not in a closed <details> (whose content keeps its boxes). */
const visible = (element: Element | null | undefined): boolean =>
  Boolean(
    element && element.getBoundingClientRect().height > 0 && (element.checkVisibility?.() ?? true),
  );

/** Checks what a reader without JavaScript sees of the static guide in `frame`. */
function expectWholeGuide(frame: HTMLIFrameElement, locale: string): void {
  const templates = LOCALES[locale];
  const win = frame.contentWindow!;
  const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
  expect(guide.getAttribute('locale')).to.equal(locale);
  // Never upgraded: no script ran.
  expect(win.customElements.get('calf-pain-guide')).to.equal(undefined);
  const root = guide.shadowRoot;
  expect(root, 'the declarative shadow root is attached').to.exist;
  // The inline styles apply: an undefined element would be inline, the guide's :host is a block.
  expect(win.getComputedStyle(guide).display).to.equal('block');

  const wrapper = root!.querySelector('.guide')!;
  expect(wrapper.getAttribute('lang')).to.equal(locale);
  expect(win.getComputedStyle(wrapper).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');

  const title = root!.querySelector('.title')!;
  expect(squash(title.textContent)).to.equal(templates['guide.title']);
  expect(visible(title)).to.be.true;

  // The emergency card, with its own (nested) declarative shadow root.
  const banner = root!.querySelector('red-flag-banner')!;
  // A level under the guide's title: h3 in a snippet, h2 in a page where the title is the h1.
  const bannerHeading = banner.shadowRoot!.querySelector('h2, h3')!;
  expect(squash(bannerHeading.textContent)).to.contain(templates['guide.get-help.title']);
  expect(visible(bannerHeading)).to.be.true;
  expect(squash(banner.shadowRoot!.querySelector('.action')!.textContent)).to.contain('112');

  // Every section, closed as the live guide's first paint is, and a <details> that opens with
  // no script: its content is all there.
  const sections = [...root!.querySelectorAll('section[data-section]')];
  expect(sections.map((s) => s.getAttribute('data-section'))).to.deep.equal([
    'get-help',
    ...SECTION_IDS,
  ]);
  for (const section of sections) {
    const id = section.getAttribute('data-section');
    const details = section.querySelector('details')!;
    const panel = details.querySelector('.panel');
    expect(visible(details.querySelector('summary .section-heading')), `${id} heading`).to.be.true;
    expect(details.open, `${id} is closed`).to.be.false;
    expect(visible(panel), `${id} is not drawn`).to.be.false;
    details.querySelector('summary')!.click();
    expect(details.open, `${id} opens`).to.be.true;
    expect(visible(panel), `${id} is open`).to.be.true;
    expect(squash(panel!.textContent).length).to.be.greaterThan(20);
  }
  expect(root!.querySelectorAll('button, [hidden]').length).to.equal(0);
  expect(root!.querySelector('calf-pain-checker')).to.equal(null);

  // The checker's place says it needs JavaScript, in the guide's language.
  const note = root!.querySelector('[data-section="check"] .no-script')!;
  // French puts a no-break space inside « »: both sides are compared with spaces squashed.
  expect(squash(note.textContent)).to.equal(squash(noScriptNote(templates)));
  expect(visible(note)).to.be.true;

  // The last sources and the review date, at the very end.
  expect(visible(root!.querySelector('[data-section="sources"] a[href^="https://"]'))).to.be.true;
  expect(squash(root!.querySelector('.reviewed')!.textContent)).not.to.equal('');
}

describe('dist/static/: the guide with JavaScript off', () => {
  for (const folder of FOLDERS) {
    const locale = shown(folder);
    it(`shows the whole guide in ${locale}, each section opening (static/${folder}/index.html)`, async () => {
      const frame = await frameWithoutScripts({ src: `/dist/static/${folder}/index.html` });
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal(locale);
      expect(doc.documentElement.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(doc.title).to.equal(LOCALES[locale]['guide.title']);
      expectWholeGuide(frame, locale);
      frame.remove();
    });
  }

  it('shows the pasted snippet in a host page, where no script runs', async () => {
    const snippet = await (await fetch('/dist/static/es/calf-pain-guide.html')).text();
    const frame = await frameWithoutScripts({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
        <script>document.title = 'scripts ran';</script></head>
        <body><h1>Our clinic</h1>${snippet}<p id="after">Opening hours</p></body></html>`,
    });
    // The test means something only if scripts really are off in the frame.
    expect(frame.contentDocument!.title).to.equal('Clinic');
    expectWholeGuide(frame, shown('es'));
    // The page's own content around it is untouched.
    expect(frame.contentDocument!.getElementById('after')!.textContent).to.equal('Opening hours');
    frame.remove();
  });
});

describe('dist/static/ under a strict style-src with the published hashes', () => {
  /** The snippet pasted into a page whose policy allows styles only by these hashes. */
  async function underPolicy(styleSrc: string): Promise<HTMLIFrameElement> {
    const snippet = await (await fetch('/dist/static/fr/calf-pain-guide.html')).text();
    return frameWithoutScripts({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${styleSrc}">
        <title>Clinic</title></head><body>${snippet}</body></html>`,
    });
  }

  it('is styled with no unsafe-inline, only the hashes of dist/static/style-hashes.json', async () => {
    const hashes = (await (await fetch('/dist/static/style-hashes.json')).json()) as Record<
      string,
      string[]
    >;
    const frame = await underPolicy(hashes['calf-pain-guide.html'].join(' '));
    expectWholeGuide(frame, shown('fr'));
    frame.remove();
  });

  it('without them the same policy leaves it unstyled: the hashes are what allow the styles', async () => {
    const frame = await underPolicy("'self'");
    const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
    expect(frame.contentWindow!.getComputedStyle(guide).display).to.equal('inline');
    frame.remove();
  });
});

/** A page with a static snippet and the bundle: what an editor gets who pastes both. */
async function staticSnippetWithScript(
  script: string,
): Promise<{ frame: HTMLIFrameElement; log: { errors: string[]; warnings: string[] } }> {
  const snippet = await (await fetch('/dist/static/es/calf-pain-guide.html')).text();
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.srcdoc = script.replace('%SNIPPET%', snippet);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {
    __hostile: { errors: string[]; warnings: string[] };
  };
  await until(() => win.customElements.get('calf-pain-guide'), 'the bundle to define its tags');
  return { frame, log: win.__hostile };
}

/** The live guide has replaced the static one: once, interactive, in the snippet's language. */
async function expectLiveGuideOnce(frame: HTMLIFrameElement): Promise<void> {
  // The Spanish snippet, or the English one in its folder while Spanish is not ready.
  const es = LOCALES[shown('es')];
  const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
  const root = guide.shadowRoot!;
  await until(
    () => squash(root.querySelector('.title')?.textContent) === es['guide.title'],
    'the guide in the snippet’s language',
  );
  await aTimeout(50);
  expect(root.querySelectorAll('.title').length).to.equal(1);
  expect(root.querySelectorAll('red-flag-banner').length).to.equal(1);
  expect(root.querySelectorAll('section[data-section]').length).to.equal(9);
  // The static copy's styles, note and <details> are gone; the sections are buttons, closed.
  expect(root.querySelectorAll('style, .no-script, details').length).to.equal(0);
  const toggle = root.querySelector<HTMLButtonElement>('#toggle-check')!;
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const checker = root.querySelector('calf-pain-checker')!;
  await until(() => checker.shadowRoot?.querySelector('fieldset'), 'the checker');
  expect(squash(checker.shadowRoot!.querySelector('legend')!.textContent)).to.equal(
    es['screen.emergency.question'],
  );
  expect(frame.contentWindow!.getComputedStyle(toggle).display).to.equal('flex');
}

describe('dist/static/ with the script on the page too', () => {
  it('is replaced by the live guide, not shown twice (module script)', async () => {
    const { frame, log } = await staticSnippetWithScript(
      `<!doctype html><html lang="es"><head><meta charset="utf-8">
        <script src="/test/hostile/probe.js"></script>
        <script type="module" src="/dist/calf-pain-guide.js"></script></head>
        <body>%SNIPPET%</body></html>`,
    );
    await expectLiveGuideOnce(frame);
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('is replaced by the live guide when a classic script defines the tags before the snippet is parsed', async () => {
    const { frame, log } = await staticSnippetWithScript(
      `<!doctype html><html lang="es"><head><meta charset="utf-8">
        <script src="/test/hostile/probe.js"></script>
        <script src="/dist/calf-pain-guide.iife.js"></script></head>
        <body>%SNIPPET%</body></html>`,
    );
    await expectLiveGuideOnce(frame);
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings).to.deep.equal([]);
    frame.remove();
  });
});
