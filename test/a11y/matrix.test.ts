/**
 * The accessibility matrix: axe (`accessible()`) on every named state of the three elements
 * (test/support/states.ts), in English and in Arabic (right to left), and the coloured ones in
 * the dark theme, in each engine; then keyboard focus, forced colours (Chromium only: emulation
 * goes through the DevTools protocol) and reflow in a 320 CSS px wide page (all engines).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ALL_CAUSES } from '../../src/checker/ids.js';
import '../../src/index.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { RedFlagBanner } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { BANNER_LEVELS } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { blankPage, type PageWindow } from '../support/blank-page.js';
import { runChecker } from '../support/checker-harness.js';
import { languageOf, settled, shadowRoots } from '../support/dom.js';
import { canEmulateMedia } from '../support/engine.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import {
  ALL_OPEN,
  DISCLOSURE_IDS,
  LEVELS_SHOWN,
  LEVEL_CASES,
  STATES,
  mount,
  type WidgetState,
} from '../support/states.js';

const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'ar', name: 'Arabic (right to left)' },
] as const;
type Locale = (typeof LANGUAGES)[number]['locale'];

const root = (el: Element) => el.shadowRoot!;

/** The guide with a section open, in this page. */
const guide = (locale: Locale, open: string) =>
  mount<CalfPainGuide>(open ? `guide-open-${open}` : 'guide-collapsed', { locale });

/** The checker at its first question, in this page. */
const checker = (locale: Locale) =>
  mount<CalfPainChecker>('checker-question-emergency', { locale });

for (const { locale, name } of LANGUAGES) {
  // One language per page: each test's fixture is gone before the next, so the Arabic tests
  // start with no English widget left to hold the page's language.
  describe(`accessibility matrix: ${name}`, () => {
    for (const each of STATES) {
      it(each.name, async () => {
        const el = await mount(each, { locale });
        expect(languageOf(el)).to.deep.equal({
          lang: locale,
          dir: locale === 'ar' ? 'rtl' : 'ltr',
        });
        await expect(el).to.be.accessible();
      });
    }
  });
}

/** The states the dark theme changes most: the coloured cards and messages, the whole guide. */
const DARK: WidgetState[] = STATES.filter(
  (each) =>
    each.name.startsWith('checker-result-') ||
    each.name.startsWith('banner-') ||
    ['checker-error-checklist', 'guide-collapsed', 'guide-open-all'].includes(each.name),
);

// The dark theme changes every colour: its contrast is checked on the coloured states too.
describe('accessibility matrix: dark theme', () => {
  for (const each of DARK) {
    it(each.name, async () => {
      const el = await mount(each, { theme: 'dark' });
      if (each.tag === 'calf-pain-checker') {
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 33, 37)');
      }
      await expect(el).to.be.accessible();
    });
  }
});

// What a reader sees of borders, outlines and focus, for the focus and forced-colour tests.

/** Not transparent: computed colours are `rgb(…)`, or `rgba(…, 0)` when fully transparent. */
const visible = (color: string) => color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color);
const border = (element: Element, side = 'top') => {
  const style = getComputedStyle(element);
  const get = (what: string) => style.getPropertyValue(`border-${side}-${what}`);
  return { width: parseFloat(get('width')), style: get('style'), color: get('color') };
};
const hasBorder = (element: Element, side?: string) => {
  const line = border(element, side);
  return line.width >= 1 && line.style !== 'none' && visible(line.color);
};
/** Presses Tab until `target` has focus, so it shows the keyboard focus style. */
async function tabTo(shadow: ShadowRoot, target: Element): Promise<void> {
  for (let i = 0; i < 40 && shadow.activeElement !== target; i++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(shadow.activeElement).to.equal(target);
}

/**
 * The keyboard stops of a guide with the checker open, in page order (so each is reached with Tab
 * alone, and shows the keyboard focus style): [shadow root, what gets focus, what shows it].
 */
function focusStops(el: CalfPainGuide): [ShadowRoot, Element, Element][] {
  const shadow = root(el);
  const banner = shadow.querySelector('red-flag-banner')!;
  const inner = shadow.querySelector('calf-pain-checker')!;
  const link = root(banner).querySelector('a.number')!;
  const none = root(inner).querySelector('#option-none')!;
  const nextButton = root(inner).querySelector('button[type="submit"]')!;
  const toggle = shadow.querySelector('#toggle-muscle')!;
  return [
    [root(banner), link, link],
    [root(inner), none, none.closest('.option')!],
    [root(inner), nextButton, nextButton],
    [shadow, toggle, toggle],
  ];
}

/** What draws keyboard focus on an element: its outline, and its background. */
function focusStyle(element: Element) {
  const style = getComputedStyle(element);
  return {
    outline: { width: parseFloat(style.outlineWidth), style: style.outlineStyle },
    outlineColor: style.outlineColor,
    background: style.backgroundColor,
  };
}

describe('accessibility matrix: keyboard focus', () => {
  it('shows where focus is, on links, answers, buttons and section toggles', async () => {
    const el = await guide('en', 'check');
    for (const [where, target, ringed] of focusStops(el)) {
      const before = focusStyle(ringed);
      await tabTo(where, target);
      const after = focusStyle(ringed);
      const what = target.textContent!.trim() || target.id;
      // The focus yellow behind the text (links and buttons), or a solid ring (answers).
      const highlighted =
        after.background === 'rgb(255, 235, 59)' && before.background !== after.background;
      const outlined =
        after.outline.style === 'solid' && after.outline.width >= 2 && visible(after.outlineColor);
      expect(highlighted || outlined, `${what}: ${JSON.stringify(after)}`).to.be.true;
    }
  });
});

describe('accessibility matrix: focus moved by script', () => {
  /** A ring a reader can see: a solid outline at least 2 px wide, in a colour that shows. */
  const ringed = (element: Element) => {
    const { outline, outlineColor } = focusStyle(element);
    return outline.style === 'solid' && outline.width >= 2 && visible(outlineColor);
  };

  it('shows a ring around the heading that "Read more" sends focus to', async () => {
    const el = await guide('en', 'check');
    const inner = root(el).querySelector<CalfPainChecker>('calf-pain-checker')!;
    await runChecker(inner, LEVEL_CASES.routine);
    // A pointer click: the ring must show without keyboard use too.
    root(inner).querySelector<HTMLButtonElement>('.causes button.link')!.click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const heading = root(el).activeElement!;
    expect(heading.id).to.equal(inner.result!.causes[0].id);
    expect(heading.localName).to.match(/^h[1-6]$/);
    expect(ringed(heading), JSON.stringify(focusStyle(heading))).to.be.true;
  });

  it('shows a ring around the heading of every cause showCause() sends focus to', async () => {
    const el = await guide('en', '');
    for (const cause of ALL_CAUSES) {
      await el.showCause(cause);
      const place = root(el).activeElement!;
      expect(place.id, cause).to.equal(cause);
      expect(place.localName, cause).to.match(/^h[1-6]$/);
      expect(ringed(place), `${cause}: ${JSON.stringify(focusStyle(place))}`).to.be.true;
    }
  });
});

describe('accessibility matrix: forced colours (Windows High Contrast)', function () {
  before(async function () {
    if (!canEmulateMedia) this.skip();
    await emulateForcedColors(true);
  });
  after(async () => {
    if (canEmulateMedia) await emulateForcedColors(false);
  });

  it('is really emulated (the other tests here rely on it)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('keeps a visible edge on every button, answer and card, where colours are gone', async () => {
    const el = await checker('en');
    const buttons = [...root(el).querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(0);
    for (const button of buttons) expect(hasBorder(button), button.textContent!.trim()).to.be.true;
    for (const option of root(el).querySelectorAll('.option')) {
      expect(hasBorder(option), option.textContent!.trim()).to.be.true;
    }
    await runChecker(el, LEVEL_CASES['self-care']);
    expect(hasBorder(root(el).querySelector('.self-care')!)).to.be.true;
    // Its green heading bar is gone in forced colours: a rule keeps it apart from the body.
    expect(hasBorder(root(el).querySelector('.self-care-heading')!, 'bottom')).to.be.true;
    for (const button of root(el).querySelectorAll('button:not(.link)')) {
      expect(hasBorder(button), button.textContent!.trim()).to.be.true;
    }
  });

  it('tells the card levels apart by text and border weight, not by colour or icon', async () => {
    const seen: { heading: string; width: number }[] = [];
    for (const level of BANNER_LEVELS) {
      const el = await fixture<RedFlagBanner>(
        html`<red-flag-banner level=${level} region="GB"></red-flag-banner>`,
      );
      const card = root(el).querySelector('.card')!;
      const bar = root(el).querySelector('.heading')!;
      // The coloured heading bar is gone in forced colours: a rule keeps it apart from the body.
      expect(hasBorder(card), level).to.be.true;
      expect(hasBorder(bar, 'bottom'), `${level} heading rule`).to.be.true;
      const title = bar.querySelector('h2')!;
      const text = getComputedStyle(title);
      expect(visible(text.color) && text.color !== getComputedStyle(bar).backgroundColor).to.be
        .true;
      seen.push({ heading: title.textContent!.trim(), width: border(card).width });
    }
    expect(new Set(seen.map((s) => s.heading)).size, 'headings').to.equal(BANNER_LEVELS.length);
    expect(new Set(seen.map((s) => s.width)).size, 'border weights').to.equal(BANNER_LEVELS.length);

    const el = await guide('en', 'clot');
    const boxes = [...root(el).querySelectorAll('#panel-clot .advice')];
    expect(boxes.length).to.be.greaterThan(1);
    for (const box of boxes) {
      expect(hasBorder(box, 'inline-start')).to.be.true;
      expect(box.querySelector('.advice-heading span')!.textContent!.trim()).to.not.equal('');
    }
    const weights = boxes.map((box) => border(box, 'inline-start').width);
    expect(new Set(weights).size, 'advice border weights').to.equal(boxes.length);
  });

  it('shows where keyboard focus is, on links, answers, buttons and section toggles', async () => {
    // The focus yellow and its underline are gone in forced colours: an outline must show.
    const el = await guide('en', 'check');
    for (const [where, target, ringed] of focusStops(el)) {
      await tabTo(where, target);
      const ring = focusStyle(ringed);
      const what = target.textContent!.trim() || target.id;
      expect(ring.outline.style, what).to.not.equal('none');
      expect(ring.outline.width, what).to.be.at.least(2);
      expect(visible(ring.outlineColor), what).to.be.true;
    }
  });
});

/**
 * WCAG 1.4.10 Reflow: 320 px wide at 200% zoom lays out as a 320 CSS px viewport (a 640 px
 * window at zoom 2). A 320 px wide iframe is that viewport in every engine (WebKitWebDriver
 * cannot resize the window); its page loads the built bundle, as a host page would.
 */
describe('accessibility matrix: 320 CSS px wide (200% zoom on a 640 px window)', () => {
  async function narrowPage(locale: Locale, body: string): Promise<PageWindow> {
    const { win } = await blankPage({ lang: `${locale}-GB`, body, width: 320, height: 480 });
    // The viewport; the layout width is less where the engine draws a classic scrollbar (Firefox).
    expect(win.innerWidth).to.equal(320);
    return win;
  }
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /**
   * What sticks out sideways: the page scrolls, or an element or a line of text of the widget
   * leaves the viewport. Text is measured on its own: right-to-left text that overflows its box
   * goes off the left edge, where the page cannot even scroll to it. Visually hidden text (for
   * screen readers) is clipped to 1 px and does not count.
   */
  function overflow(win: PageWindow, hosts: Element[]): string[] {
    const page = win.document.documentElement;
    const problems =
      page.scrollWidth > page.clientWidth ? [`page scrolls: ${page.scrollWidth}px wide`] : [];
    const outside = (box: DOMRect) =>
      (box.width > 0 || box.height > 0) && (box.left < -0.5 || box.right > page.clientWidth + 0.5);
    const report = (what: string, text: string, box: DOMRect) =>
      problems.push(
        `${what} "${text.trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}px`,
      );
    for (const shadow of hosts.flatMap(shadowRoots)) {
      for (const element of shadow.querySelectorAll('*')) {
        if (element.closest('.visually-hidden')) continue;
        const box = element.getBoundingClientRect();
        if (outside(box)) report(`<${element.localName}>`, element.textContent!, box);
        for (const node of element.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
          const range = win.document.createRange();
          range.selectNodeContents(node);
          const line = range.getBoundingClientRect();
          if (outside(line)) report('text', node.textContent!, line);
        }
      }
    }
    return problems;
  }

  for (const { locale, name } of LANGUAGES) {
    it(`${name}: the guide with every section open fits, with no sideways scrolling`, async () => {
      const win = await narrowPage(
        locale,
        `<calf-pain-guide open="${ALL_OPEN}"></calf-pain-guide>`,
      );
      const el = win.document.querySelector('calf-pain-guide')!;
      await settled(el);
      expect(languageOf(el).lang).to.equal(locale);
      expect(root(el).querySelectorAll('.panel:not([hidden])').length).to.equal(
        DISCLOSURE_IDS.length,
      );
      expect(overflow(win, [el])).to.deep.equal([]);
      expect(win.__hostile.errors.concat(win.__hostile.warnings)).to.deep.equal([]);
    });

    it(`${name}: the checker's result fits at every level, with no sideways scrolling`, async () => {
      const body = LEVELS_SHOWN.map(
        () =>
          '<calf-pain-checker clinic-name="Oak Clinic" clinic-phone="01234 567890"></calf-pain-checker>',
      ).join('');
      const win = await narrowPage(locale, body);
      const checkers = [...win.document.querySelectorAll('calf-pain-checker')];
      for (const [index, level] of LEVELS_SHOWN.entries()) {
        await settled(checkers[index]);
        await runChecker(checkers[index], LEVEL_CASES[level]);
        expect(checkers[index].result!.level).to.equal(level);
      }
      expect(languageOf(checkers[0]).lang).to.equal(locale);
      expect(overflow(win, checkers)).to.deep.equal([]);
      expect(win.__hostile.errors.concat(win.__hostile.warnings)).to.deep.equal([]);
    });
  }
});
