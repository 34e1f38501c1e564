/**
 * A CMS field filled in wrongly: every attribute of each element given garbage. The page does not
 * break, each bad value is reported once (naming the value, and the attribute), the element still
 * renders with its defaults, text stays text and no `javascript:` address ever becomes a link.
 * Blank iframe pages with the built bundle only; one page per case, as the language warning is
 * page-wide.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { SECTION_IDS } from '../../src/elements/calf-pain-guide/guide-structure.js';
import { blankPage, deepElements, type PageWindow } from '../support/blank-page.js';
import { runChecker } from '../support/checker-harness.js';
import { expectOneWarningEach as expectOneWarningFor } from '../support/element-tests.js';
import { LEVEL_CASES } from '../support/states.js';

/** Garbage for every attribute in the elements' JSDoc. */
const GARBAGE = {
  region: 'ZZZ<>',
  locale: 'not a tag!',
  'heading-level': 'banana',
  sections: 'nope <script>',
  open: 'nope garbage',
  theme: 'neon',
  level: 'catastrophic',
  heading: '<img src=x onerror="parent.__pwned = \'heading\'">',
  'emergency-number': 'call me',
  'urgent-number': 'abc',
  'clinic-name': '<b id="bold">Clinic</b>',
  'clinic-phone': 'not a phone',
  'clinic-url': 'javascript:parent.__pwned = "clinic-url"',
  'guide-url': 'javascript:parent.__pwned = "guide-url"',
  'hide-checker': 'garbage',
} as const;
type Attribute = keyof typeof GARBAGE;

/** Shared by the three elements (WidgetElement). */
const COMMON: Attribute[] = [
  'region',
  'locale',
  'heading-level',
  'theme',
  'emergency-number',
  'urgent-number',
  'clinic-name',
  'clinic-phone',
  'clinic-url',
];
const ATTRIBUTES: Record<string, Attribute[]> = {
  'calf-pain-guide': [...COMMON, 'sections', 'open', 'hide-checker'],
  'calf-pain-checker': [...COMMON, 'guide-url'],
  'red-flag-banner': [...COMMON, 'level', 'heading'],
};
/** Any text is a valid name or heading, and any value turns a boolean attribute on. */
const FREE: Attribute[] = ['clinic-name', 'heading', 'hide-checker'];

type Widget = CalfPainGuide & CalfPainChecker;

async function settle(root: ShadowRoot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(
      [...deepElements(root)].map((e) => (e as Partial<Widget>).updateComplete ?? true),
    );
  }
  await aTimeout(20);
}

/** What must hold whatever the attributes: text stays text, links are http(s) or tel only. */
function expectSafe(win: PageWindow, root: ShadowRoot): void {
  const elements = [...deepElements(root)];
  expect(elements.filter((e) => e.localName === 'img' || e.id === 'bold')).to.deep.equal([]);
  const hrefs = elements
    .filter((e) => e.localName === 'a' && e.hasAttribute('href'))
    .map((a) => a.getAttribute('href')!);
  expect(hrefs.filter((href) => !/^(https?|tel):/.test(href))).to.deep.equal([]);
  expect(win.__pwned).to.equal(undefined);
  expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
}

/** Exactly one warning per bad value, naming the attribute and the value; none for free text. */
function expectOneWarningEach(warnings: string[], attributes: Attribute[]): void {
  const checked = attributes.filter((attribute) => !FREE.includes(attribute));
  expectOneWarningFor(
    warnings,
    Object.fromEntries(checked.map((attribute) => [attribute, GARBAGE[attribute]])),
    // The language warning is about the tag asked for, whichever attribute asked.
    (attribute) => (attribute === 'locale' ? `"${GARBAGE.locale}"` : `${attribute}="`),
  );
  expect(warnings, warnings.join('\n')).to.have.length(checked.length);
}

/** Two runs of the checker to a result and back to the start: nothing unsafe shows in either. */
async function runTwice(
  win: PageWindow,
  checker: CalfPainChecker,
  root: ShadowRoot,
): Promise<void> {
  for (let run = 0; run < 2; run++) {
    await runChecker(checker);
    await settle(root);
    expectSafe(win, root);
    checker.reset();
    await settle(root);
  }
}

function create(doc: Document, tag: string, attributes: Attribute[]): Widget {
  const element = doc.createElement(tag) as Widget;
  for (const attribute of attributes) element.setAttribute(attribute, GARBAGE[attribute]);
  doc.body.append(element);
  return element;
}

describe('every attribute given garbage', () => {
  afterEach(() => {
    delete (window as { __pwned?: string }).__pwned;
  });

  it('<red-flag-banner>: renders its defaults, one warning per bad value', async () => {
    // Guards: WidgetElement/RedFlagBanner checks (theme, level, heading-level, region, numbers,
    // http-only clinic link), the once-per-value warning, and Lit text bindings for the heading.
    const { frame, win, doc } = await blankPage();
    const banner = create(doc, 'red-flag-banner', ATTRIBUTES['red-flag-banner']);
    const root = banner.shadowRoot!;
    await settle(root);
    expect(banner.getAttribute('level')).to.equal('emergency');
    expect(banner.getAttribute('theme')).to.equal('light');
    const title = root.querySelector('h2')!;
    expect(title.textContent).to.contain(GARBAGE.heading);
    // No region from the attribute: the page's (en-GB) number.
    expect(root.querySelector('a[href="tel:999"]')).to.exist;
    expect(win.__hostile.errors).to.deep.equal([]);
    expectSafe(win, root);
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['red-flag-banner']);
    // Further renders do not repeat them.
    banner.requestUpdate();
    await settle(root);
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['red-flag-banner']);
    frame.remove();
  });

  it('<calf-pain-checker>: renders, runs to a result twice, one warning per bad value', async () => {
    // Guards as above, plus: the checker passes only checked values to the cards in its result
    // (so a bad value is not reported again by each card, on each run) and only makes "Read
    // more" links from http(s) guide addresses.
    const { frame, win, doc } = await blankPage();
    const checker = create(doc, 'calf-pain-checker', ATTRIBUTES['calf-pain-checker']);
    const root = checker.shadowRoot!;
    await settle(root);
    expect(checker.getAttribute('theme')).to.equal('light');
    expect(root.querySelector('legend h2')).to.exist;
    // Reported as soon as it shows, not only once a reader reaches a result.
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['calf-pain-checker']);
    await runTwice(win, checker, root);
    // An urgent result leads with its action and the call button for the region's same-day line
    // (the bad urgent number is dropped, not dialled), and would show the clinic: with a bad
    // phone and address, neither.
    await runChecker(checker, LEVEL_CASES.urgent);
    await settle(root);
    expect(root.querySelector('.result-heading')!.textContent!.trim()).to.equal(
      'You need to see a doctor today',
    );
    const calls = [...root.querySelectorAll<HTMLAnchorElement>('.lead--urgent a.call-button')];
    expect(
      calls.map((a) => a.getAttribute('href')),
      'the call button for the region’s line',
    ).to.deep.equal(['tel:111']);
    const shownText = [...deepElements(root)].map((e) => e.textContent).join(' ');
    expect(shownText).to.not.contain(GARBAGE['clinic-phone']);
    expect(shownText).to.not.contain(GARBAGE['urgent-number']);
    expectSafe(win, root);
    expect(win.__hostile.errors).to.deep.equal([]);
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['calf-pain-checker']);
    frame.remove();
  });

  it('<calf-pain-guide>: renders every section, one warning per bad value', async () => {
    // Guards as above, plus: unknown section ids are dropped (sections) or ignored (open), and
    // the guide checks the values it passes to the banner and checker inside it.
    const { frame, win, doc } = await blankPage();
    const guide = create(doc, 'calf-pain-guide', ATTRIBUTES['calf-pain-guide']);
    const root = guide.shadowRoot!;
    await settle(root);
    expect(guide.getAttribute('theme')).to.equal('light');
    expect(root.querySelector('h2.title')).to.exist;
    // sections fell back to all of them; hide-checker="garbage" is on.
    const shown = [...root.querySelectorAll('section[data-section]')].map((s) =>
      s.getAttribute('data-section'),
    );
    expect(shown).to.deep.equal(['get-help', ...SECTION_IDS.filter((id) => id !== 'check')]);
    expect(root.querySelectorAll('section[data-section] .panel:not([hidden])')).to.have.length(0);
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['calf-pain-guide']);

    // Open everything: still no repeat, and nothing unsafe in any section.
    guide.open = ['get-help', ...SECTION_IDS].join(' ');
    await settle(root);
    expect(root.querySelectorAll('section[data-section] .panel[hidden]')).to.have.length(0);
    expectSafe(win, root);
    expect(win.__hostile.errors).to.deep.equal([]);
    expectOneWarningEach(win.__hostile.warnings, ATTRIBUTES['calf-pain-guide']);
    frame.remove();
  });

  it('<calf-pain-guide> with a bad emergency number: every box says the region’s number, and the checker inside reports nothing again', async () => {
    // Guards: the guide's "When to get help" boxes use the same checked emergency number as its
    // banner (a bad value must never be shown as the number to call).
    const { frame, win, doc } = await blankPage();
    const attributes = ATTRIBUTES['calf-pain-guide'].filter(
      (a) => a !== 'hide-checker' && a !== 'region' && a !== 'open',
    );
    const guide = create(doc, 'calf-pain-guide', attributes);
    guide.setAttribute('region', 'AU');
    guide.setAttribute('open', ['get-help', ...SECTION_IDS].join(' '));
    const root = guide.shadowRoot!;
    await settle(root);
    const leads = [...root.querySelectorAll('.advice--emergency .advice-heading')].map((p) =>
      p.textContent!.trim(),
    );
    expect(leads.length).to.be.greaterThan(0);
    for (const lead of leads) {
      expect(lead).to.not.contain(GARBAGE['emergency-number']);
      expect(lead).to.contain('000');
    }
    const checker = root.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await runTwice(win, checker, root);
    expect(win.__hostile.errors).to.deep.equal([]);
    expectOneWarningEach(win.__hostile.warnings, attributes);
    frame.remove();
  });
});
