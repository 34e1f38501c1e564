/**
 * WCAG 1.4.12 Text Spacing: a reader's spacing tool (the standard bookmarklet's style sheet,
 * added to the page after it has loaded) reaches the widget's text inside its shadow roots, and
 * nothing is clipped or drawn over other text, in English and Arabic, 320 and 1280 CSS px wide,
 * in every engine. Each page is an iframe of that width loading the widget's sources.
 */
import { expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { blankPage, deepElements, until, type PageWindow } from '../support/blank-page.js';
import { runChecker } from '../support/checker-harness.js';
import { settled } from '../support/dom.js';
import { ALL_OPEN, LEVEL_CASES } from '../support/states.js';

/** The WCAG 1.4.12 values, as the text-spacing bookmarklet applies them to every element. */
const SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-bottom: 2em !important; }
`;

const SOURCES = '<script type="module" src="/src/index.ts"></script>';

/** The guide with everything open (its banner and checker too), and a checker's result. */
const BODY = `<calf-pain-guide region="GB" open="${ALL_OPEN}"></calf-pain-guide>
  <calf-pain-checker region="GB" clinic-name="Oak Clinic" clinic-phone="01234 567890"></calf-pain-checker>`;

/** Elements that hold text of their own, and are shown (not the screen-reader-only text). */
function textElements(hosts: Element[]): Element[] {
  return hosts
    .flatMap((host) => [...deepElements(host.shadowRoot!)])
    .filter(
      (element) =>
        !element.closest('.visually-hidden') &&
        element.getClientRects().length > 0 &&
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
        ),
    );
}

const px = (value: string) => (value === 'normal' ? 0 : parseFloat(value));
const label = (element: Element) =>
  `<${element.localName}> "${element.textContent!.trim().slice(0, 30)}"`;

/**
 * What does not take the reader's spacing. Line height is checked against each text's own size;
 * letter and word spacing against the host's (an em length is inherited as the length it
 * computes to on the host, so larger text inside, like headings, gets the same spacing).
 */
function notSpaced(win: PageWindow, hosts: Element[]): string[] {
  const problems: string[] = [];
  for (const host of hosts) {
    const base = parseFloat(win.getComputedStyle(host).fontSize);
    for (const element of textElements([host])) {
      const style = win.getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const found = [
        px(style.lineHeight) < 1.5 * size - 0.5 && `line-height ${style.lineHeight} at ${size}px`,
        px(style.letterSpacing) < 0.12 * base - 0.1 && `letter-spacing ${style.letterSpacing}`,
        px(style.wordSpacing) < 0.16 * base - 0.1 && `word-spacing ${style.wordSpacing}`,
      ].filter(Boolean);
      if (found.length) problems.push(`${label(element)}: ${found.join(', ')}`);
    }
  }
  return problems;
}

/**
 * Whether an element is folded away in a closed <details> (through shadow roots). Browsers may
 * still lay such text out where it would be if open, over what follows, though no one sees it.
 */
function folded(element: Element): boolean {
  // The page is a frame of its own: its nodes are not instances of this window's classes.
  let child: Element = element;
  for (;;) {
    const up = child.parentNode;
    const parent = up && 'host' in up ? (up as ShadowRoot).host : child.parentElement;
    if (!parent) return false;
    if (parent.localName === 'details' && !(parent as HTMLDetailsElement).open) {
      if (child.localName !== 'summary') return true;
    }
    child = parent;
  }
}

/** The boxes of each line of each text node, with what they belong to. */
function lines(win: PageWindow, elements: Element[]) {
  const boxes: { box: DOMRect; node: Node; owner: Element }[] = [];
  for (const owner of elements) {
    if (folded(owner)) continue;
    for (const node of owner.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = win.document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width > 0 && box.height > 0) boxes.push({ box, node, owner });
      }
    }
  }
  return boxes;
}

/**
 * What is lost: text cut off by a box that hides what overflows it, a line of text off the
 * page's edges, or two lines of different texts drawn over each other (more than 2 px each way).
 */
function lost(win: PageWindow, hosts: Element[]): string[] {
  const problems: string[] = [];
  const width = win.document.documentElement.clientWidth;
  for (const host of hosts) {
    for (const element of deepElements(host.shadowRoot!)) {
      if (element.closest('.visually-hidden')) continue;
      const style = win.getComputedStyle(element);
      const clips = [style.overflowX, style.overflowY].some((value) => value !== 'visible');
      if (
        clips &&
        (element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1)
      ) {
        problems.push(`${label(element)} clips its text`);
      }
    }
  }
  // Top to bottom, so each line is compared only with the lines that start above its bottom.
  const all = lines(win, textElements(hosts)).sort((one, two) => one.box.top - two.box.top);
  for (const [index, { box, node, owner }] of all.entries()) {
    if (box.left < -0.5 || box.right > width + 0.5) {
      problems.push(
        `${label(owner)} off the page: ${Math.round(box.left)}–${Math.round(box.right)}px`,
      );
    }
    for (const other of all.slice(index + 1)) {
      if (other.box.top >= box.bottom - 2) break;
      if (other.node === node) continue;
      const across = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
      const down = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
      if (across > 2 && down > 2) problems.push(`${label(owner)} overlaps ${label(other.owner)}`);
    }
  }
  return problems;
}

describe('text spacing (WCAG 1.4.12): a reader’s spacing style sheet', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [locale, lang] of [
    ['en', 'en-GB'],
    ['ar', 'ar'],
  ] as const) {
    for (const width of [320, 1280]) {
      it(`${locale}, ${width} px: reaches the widget's text, and nothing is cut off or overlaps`, async () => {
        const { win, doc } = await blankPage({
          lang,
          body: BODY,
          head: SOURCES,
          width,
          height: 600,
        });
        await until(() => win.customElements.get('calf-pain-guide'), 'the definition');
        const guide = doc.querySelector('calf-pain-guide')!;
        const checker = doc.querySelector<CalfPainChecker>('calf-pain-checker')!;
        await until(() => guide.shadowRoot?.querySelector(`[lang="${locale}"]`), locale);
        await settled(guide);
        await runChecker(checker, LEVEL_CASES.urgent);
        const hosts = [guide, checker];

        // Added after the widget has rendered, as a bookmarklet or an extension does.
        const sheet = doc.createElement('style');
        sheet.textContent = SPACING_CSS;
        doc.head.append(sheet);
        await settled(guide);

        const problems = lost(win, hosts);
        expect(problems, problems.join('\n')).to.deep.equal([]);
        const unspaced = notSpaced(win, hosts);
        expect(unspaced, unspaced.join('\n')).to.deep.equal([]);
        expect(win.__hostile.errors).to.deep.equal([]);
      });
    }
  }
});
