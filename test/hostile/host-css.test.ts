/**
 * A CMS theme of the aggressive kind (`!important` everywhere, the 62.5% rem trick, huge line
 * heights, uppercase, letter-spacing, `* { display: inline; transition: all 2s }`) around the
 * widget: it stays readable and usable. Blank iframe pages with the built bundle only.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { SCREENS } from '../../src/checker/ids.js';
import { blankPage, deepElements, type Page } from '../support/blank-page.js';
import {
  answer,
  checkShown,
  nextButton,
  resultShown,
  runChecker,
  type AnswerOptions,
} from '../support/checker-harness.js';
import { LEVEL_CASES } from '../support/states.js';

const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  body {
    font: italic 1.4rem/5 Georgia, serif;
    text-transform: uppercase;
    letter-spacing: 0.5em;
    word-spacing: 2em;
    text-align: justify;
    text-indent: 4em;
    white-space: nowrap;
  }
  p, h1, h2, h3, button, section, details, summary, input, label, legend, fieldset, ul, li, a {
    font-size: 8px !important;
    line-height: 8 !important;
    color: purple !important;
    background: yellow !important;
    border: 3px dotted orange !important;
    margin: 0 !important;
    padding: 0 !important;
    display: inline !important;
    text-transform: uppercase !important;
    letter-spacing: 0.4em !important;
    opacity: 0.2 !important;
  }
  * {
    display: inline !important;
    box-sizing: content-box !important;
    transition: all 2s !important;
    animation: wobble 2s infinite !important;
    text-transform: uppercase !important;
    letter-spacing: 0.3em !important;
    word-spacing: 1em !important;
    line-height: 4 !important;
    font-style: italic !important;
    text-align: justify !important;
    text-indent: 3em !important;
    white-space: nowrap !important;
  }
  @keyframes wobble { from { transform: rotate(0); } to { transform: rotate(5deg); } }
`;

/** The elements that hold text of their own (not only through children). */
function textElements(root: ShadowRoot): Element[] {
  return [...deepElements(root)].filter((element) =>
    [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    ),
  );
}

function describeElement(element: Element): string {
  return `<${element.localName} class="${element.getAttribute('class') ?? ''}"> "${element.textContent!.trim().slice(0, 30)}"`;
}

/**
 * Checks each text-holding element for readable type; returns what fails, for one message.
 * Spacing: the theme's rule on every element (`* { letter-spacing: 0.3em; word-spacing: 1em;
 * line-height: 4 }`) reaches the widget on purpose, as a reader's spacing tool must (WCAG 1.4.12),
 * line height held to 2.5 times the text; what the body and the rules for p, li … set stays out.
 * The em spacing reaches the text as the length it comes to at the host's font size.
 */
function unreadable(win: Window, root: ShadowRoot): string[] {
  const problems: string[] = [];
  // Spacing in em is inherited as the length it comes to on the host, whatever the text's size.
  const base = parseFloat(win.getComputedStyle(root.host).fontSize);
  for (const element of textElements(root)) {
    if (element.closest('.visually-hidden')) continue;
    const style = win.getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const lineHeight =
      style.lineHeight === 'normal'
        ? 1.2 * size
        : style.lineHeight.endsWith('px')
          ? parseFloat(style.lineHeight)
          : parseFloat(style.lineHeight) * size;
    const spacing = style.letterSpacing === 'normal' ? 0 : parseFloat(style.letterSpacing);
    const wordSpacing = style.wordSpacing === 'normal' ? 0 : parseFloat(style.wordSpacing);
    const found = [
      size < 12 && `font-size ${style.fontSize}`,
      lineHeight > 2.5 * size + 0.5 && `line-height ${style.lineHeight} for ${style.fontSize}`,
      style.textTransform !== 'none' && `text-transform ${style.textTransform}`,
      spacing > 0.3 * base + 0.1 && `letter-spacing ${style.letterSpacing}`,
      wordSpacing > base + 0.1 && `word-spacing ${style.wordSpacing}`,
      style.fontStyle !== 'normal' && `font-style ${style.fontStyle}`,
      style.textAlign === 'justify' && 'text-align justify',
      parseFloat(style.textIndent) !== 0 && `text-indent ${style.textIndent}`,
      // Phone numbers are kept on one line on purpose (.number); nothing else should be.
      style.whiteSpace === 'nowrap' && !element.matches('.number') && 'white-space nowrap',
    ].filter(Boolean);
    if (found.length) problems.push(`${describeElement(element)}: ${found.join(', ')}`);
  }
  return problems;
}

/** The middle of an element, in its document's viewport, after scrolling it into view. */
function centre(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/** The element a real pointer would hit at the middle of `target`, inside `root`. */
function hitTarget(root: ShadowRoot, target: Element): Element | null {
  return root.elementFromPoint(...centre(target));
}

/**
 * Runs the checker as a reader would: clicking each option's label (the option card that wraps
 * its input: it must be reachable and bound to it), Next only where a pointer really hits it, and
 * on "Check your answers" its submit button ("See my result") likewise.
 */
async function runCheckerByPointer(
  checker: CalfPainChecker,
  findings: readonly string[],
): Promise<void> {
  const root = checker.shadowRoot!;
  const options: AnswerOptions = {
    choose: (input, id) => {
      const label = input.closest('label');
      expect(label, `the label of ${id}`).to.exist;
      expect(label!.control, `the label of ${id} is bound to its input`).to.equal(input);
      label!.click();
      expect(input.checked, id).to.be.true;
    },
    beforeNext: (next, screenId) => {
      expect(hitTarget(root, next), `Next on ${screenId}`).to.equal(next);
    },
  };
  for (let i = 0; i <= SCREENS.length && !checkShown(checker) && !resultShown(checker); i++) {
    await answer(checker, findings, options);
  }
  expect(checkShown(checker), 'Check your answers').to.exist;
  const submit = nextButton(checker);
  expect(checkShown(checker)!.contains(submit), 'the submit button of Check your answers').to.be
    .true;
  expect(hitTarget(root, submit), 'See my result').to.equal(submit);
  await runChecker(checker, findings, options);
}

const hostilePage = (body: string): Promise<Page> => blankPage({ css: HOSTILE_CSS, body });

describe('a host page with an aggressive CMS theme', () => {
  it('leaves the guide a readable block: type, spacing and layout reset inside the widget', async () => {
    // Guards: shared.styles.ts resets the inherited text properties on :host with !important (a
    // shadow tree's !important beats the page's; spacing without it, so that a rule on every
    // element gets in, see unreadable()), display: block !important, transition and
    // animation none, and every size is in em (the 62.5% rem trick would shrink rem sizes).
    const { frame, win } = await hostilePage(
      '<calf-pain-guide region="GB" open="get-help clot sources"></calf-pain-guide>',
    );
    const doc = frame.contentDocument!;
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    await aTimeout(50);
    const host = win.getComputedStyle(guide);
    expect(host.display).to.equal('block');
    expect(host.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).to.be.true;
    expect(host.animationName).to.equal('none');
    expect(host.boxSizing).to.equal('border-box');
    // The guide takes the width it is given: a block, not an inline run of text.
    expect(guide.getBoundingClientRect().width).to.be.greaterThan(500);

    const problems = unreadable(win, guide.shadowRoot!);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // Body text is the host's own size (1.4rem = 14px here), not the page's 8px or 10px rem.
    const lede = guide.shadowRoot!.querySelector('.lede')!;
    expect(parseFloat(win.getComputedStyle(lede).fontSize)).to.be.at.least(14);
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('keeps the guide usable: a section opens with a click, and the checker runs to a result', async () => {
    const { frame, win } = await hostilePage('<calf-pain-guide region="GB"></calf-pain-guide>');
    const doc = frame.contentDocument!;
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    const root = guide.shadowRoot!;

    // A pointer at the middle of the button hits the button (the host is retargeted to itself).
    const toggle = root.querySelector<HTMLButtonElement>('#toggle-nerves')!;
    expect(toggle.contains(hitTarget(root, toggle))).to.be.true;
    expect(doc.elementFromPoint(...centre(toggle))).to.equal(guide);
    toggle.click();
    await guide.updateComplete;
    const panel = root.querySelector<HTMLElement>('#panel-nerves')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(unreadable(win, root)).to.deep.equal([]);

    root.querySelector<HTMLButtonElement>('#toggle-check')!.click();
    await guide.updateComplete;
    const checker = root.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await checker.updateComplete;
    const levels: string[] = [];
    guide.addEventListener('calf-checker-result', (event) => levels.push(event.detail.level));
    await runCheckerByPointer(checker, LEVEL_CASES['self-care']);
    expect(levels).to.deep.equal(['self-care']);
    const problems = unreadable(win, root);
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('keeps the checker and the banner, used alone, blocks with readable text', async () => {
    const { frame, win } = await hostilePage(
      '<calf-pain-checker region="US"></calf-pain-checker><red-flag-banner region="US" level="urgent" clinic-phone="555 0100"></red-flag-banner>',
    );
    const doc = frame.contentDocument!;
    for (const tag of ['calf-pain-checker', 'red-flag-banner']) {
      const element = doc.querySelector<CalfPainGuide>(tag)!;
      await element.updateComplete;
      expect(win.getComputedStyle(element).display, tag).to.equal('block');
      const problems = unreadable(win, element.shadowRoot!);
      expect(problems, `${tag}:\n${problems.join('\n')}`).to.deep.equal([]);
    }
    expect(win.__hostile.errors).to.deep.equal([]);
    frame.remove();
  });
});
