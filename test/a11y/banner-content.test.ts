/**
 * Emergency signs written inside <red-flag-banner> keep the page's own styles (they are the
 * page's elements), so a theme's text colour reaches them, nested ones too. Whatever common theme
 * rules the page has, every line of them stays readable on the card: contrast at least 4.5:1
 * (WCAG 1.4.3), at each level, in every engine. The card the checker's result draws (its folded
 * list of emergency signs, the card's own content) keeps its dark emergency body on the same
 * pages, every line readable. Each page is an iframe loading the sources.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { blankPage, until, type PageWindow } from '../support/blank-page.js';
import { settled } from '../support/dom.js';
import { BANNER_LEVELS } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { runChecker } from '../support/checker-harness.js';
import { LEVEL_CASES } from '../support/states.js';

const SOURCES = '<script type="module" src="/src/index.ts"></script>';

/** What a clinic writes inside the tag: paragraphs, a list, bold text and a link. */
const OWN_CONTENT = `<p>Call 999 now if your calf pain comes with any of these:</p>
  <ul>
    <li>your leg is cold, pale or blue</li>
    <li><strong>you are short of breath</strong> or have chest pain</li>
  </ul>
  <p>Read <a href="#signs">more about these signs</a>.</p>`;

/** Theme rules that clinics' pages really carry, and the banner's theme on such a page. */
const THEMES: { name: string; css: string; theme?: string }[] = [
  { name: 'no theme', css: '' },
  { name: 'p, li { color: #333 }', css: 'p, li { color: #333 }' },
  { name: 'body * { color: #444 }', css: 'body * { color: #444 }' },
  {
    name: 'ul { list-style: none }, li { font-size: 13px; color: #222 }',
    css: 'ul { list-style: none; padding: 0 } li { font-size: 13px; color: #222 }',
  },
  {
    name: 'a dark page with the banner in its dark theme',
    css: 'body { background: #121212; color: #e0e0e0 } p, li, a { color: #e0e0e0 }',
    theme: 'dark',
  },
];

/** The emergency card's dark body in each of its themes (shared.styles.ts). */
const DARK_BODY: Record<string, string> = { light: 'rgb(33, 43, 50)', dark: 'rgb(0, 0, 0)' };

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour (`rgb(…)` or `rgba(…)`, as every engine gives it). */
function parse(color: string): Rgba {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return { r, g, b, a };
}

/** `top` painted over `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});

/** WCAG relative luminance. */
function luminance({ r, g, b }: Rgba): number {
  const [R, G, B] = [r, g, b].map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

const contrast = (one: Rgba, two: Rgba) => {
  const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The element's parent as it is drawn: its slot when it is slotted, the host above a shadow root. */
function drawnParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The colour behind an element: every background up the drawn tree, painted on the page's canvas. */
function backgroundOf(win: PageWindow, element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at; at = drawnParent(at)) {
    layers.push(parse(win.getComputedStyle(at).backgroundColor));
  }
  const canvas = parse(win.getComputedStyle(win.document.body).backgroundColor);
  const base = canvas.a === 1 ? canvas : over(canvas, { r: 255, g: 255, b: 255, a: 1 });
  return layers.reverse().reduce((below, layer) => over(layer, below), base);
}

/** Each line of text under `root` (a banner's page content, or a shadow root) too faint to read. */
function unreadable(win: PageWindow, root: Node): string[] {
  const problems: string[] = [];
  const walker = win.document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    if (!text) continue;
    const parent = node.parentElement!;
    const background = backgroundOf(win, parent);
    const ratio = contrast(over(parse(win.getComputedStyle(parent).color), background), background);
    if (ratio < 4.5) problems.push(`"${text}": ${ratio.toFixed(2)}:1`);
  }
  return problems;
}

describe('<red-flag-banner> with content written inside it, on a themed page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const { name, css, theme = 'light' } of THEMES) {
    it(`${name}: every line is readable at every level`, async () => {
      const body = BANNER_LEVELS.map(
        (level) =>
          `<red-flag-banner region="GB" level="${level}" theme="${theme}">${OWN_CONTENT}</red-flag-banner>`,
      ).join('');
      const { win, doc } = await blankPage({ body, css, head: SOURCES });
      await until(() => win.customElements.get('red-flag-banner'), 'the definition');
      for (const banner of doc.querySelectorAll('red-flag-banner')) {
        await settled(banner);
        // The card shows the page's content, not its own list of signs.
        expect(banner.shadowRoot!.querySelector('slot')!.assignedElements().length).to.equal(3);
        const problems = unreadable(win, banner);
        expect(problems, `${banner.getAttribute('level')}:\n${problems.join('\n')}`).to.deep.equal(
          [],
        );
      }
      expect(win.__hostile.errors).to.deep.equal([]);
    });
  }

  // The checker's result draws the card itself, folded under its safety net, with the card's own
  // list of signs (nothing written inside it): that content is styled by the card, inside its
  // shadow root, so no page colour reaches it, and the card keeps its dark emergency body.
  for (const { name, css, theme = 'light' } of THEMES) {
    it(`${name}: the checker's result keeps the dark emergency body of its folded list of signs, every line readable`, async () => {
      const { win, doc } = await blankPage({
        body: `<calf-pain-checker region="GB" theme="${theme}" history="off"></calf-pain-checker>`,
        css,
        head: SOURCES,
      });
      await until(() => win.customElements.get('calf-pain-checker'), 'the definition');
      const checker = doc.querySelector<CalfPainChecker>('calf-pain-checker')!;
      await settled(checker);
      await runChecker(checker, LEVEL_CASES.urgent);
      const root = checker.shadowRoot!;
      const fold = root.querySelector<HTMLDetailsElement>('.safety-net details')!;
      expect(fold, 'the folded list of signs').to.exist;
      fold.open = true;
      const banners = root.querySelectorAll('red-flag-banner');
      expect(banners.length, 'one card in the result').to.equal(1);
      const banner = banners[0];
      expect(banner.getAttribute('level')).to.equal('emergency');
      await settled(banner);
      // Nothing written inside it: the card shows its own list of signs.
      expect(banner.shadowRoot!.querySelector('slot')!.assignedNodes()).to.deep.equal([]);
      expect(banner.shadowRoot!.querySelectorAll('li').length).to.be.above(0);
      const card = banner.shadowRoot!.querySelector('.card')!;
      expect(win.getComputedStyle(card).backgroundColor).to.equal(DARK_BODY[theme]);
      const problems = unreadable(win, banner.shadowRoot!);
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(win.__hostile.errors).to.deep.equal([]);
    });
  }
});
