/**
 * A CMS theme of the aggressive kind (`!important` everywhere, the 62.5% rem trick, huge line
 * heights, uppercase, letter-spacing, `* { display: inline; transition: all 2s }`) around the
 * widget: it stays readable and usable. Blank iframe pages with the built bundle only.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide.js';
import { SCREENS } from '../../src/checker/ids.js';

const BUNDLE = new URL('/dist/calf-pain-guide.js', location.href).href;
const PROBE = new URL('/test/hostile/probe.js', location.href).href;

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

/** What test/support/server-middleware.mjs's probe records in the page. */
interface HostileLog {
  errors: string[];
  warnings: string[];
}
type PageWindow = Window & typeof globalThis & { __hostile: HostileLog };

async function until(condition: () => unknown, what: string, ms = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

async function hostilePage(body: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CMS</title>
    <style>${HOSTILE_CSS}</style>
    <script src="${PROBE}"></script>
    <script type="module" src="${BUNDLE}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await until(() => win.customElements.get('calf-pain-guide'), 'the definition');
  return { frame, win };
}

/** Every element in a shadow tree, through nested shadow roots. */
function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

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

/** Checks each text-holding element for readable type; returns what fails, for one message. */
function unreadable(win: Window, root: ShadowRoot): string[] {
  const problems: string[] = [];
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
      lineHeight > 2 * size && `line-height ${style.lineHeight} for ${style.fontSize}`,
      style.textTransform !== 'none' && `text-transform ${style.textTransform}`,
      spacing !== 0 && `letter-spacing ${style.letterSpacing}`,
      wordSpacing !== 0 && `word-spacing ${style.wordSpacing}`,
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

async function runChecker(checker: CalfPainChecker, findings: readonly string[]): Promise<void> {
  const root = checker.shadowRoot!;
  for (let i = 0; i < SCREENS.length && !root.querySelector('.result'); i++) {
    const screen = SCREENS.find((s) => root.querySelector(`#question-${s.id}`))!;
    const mine = screen.findings.filter((id) => findings.includes(id));
    const pick = (id: string) => {
      const input = root.querySelector<HTMLInputElement>(`#option-${id}`)!;
      // Click the label, as a reader would: it must be reachable and bound to its input.
      if (!input.checked)
        root.querySelector<HTMLLabelElement>(`label[for="option-${id}"]`)!.click();
      expect(input.checked, id).to.be.true;
    };
    if (mine.length === 0) pick(screen.kind === 'checklist' ? 'none' : screen.findings.at(-1)!);
    mine.forEach(pick);
    await checker.updateComplete;
    const next = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(hitTarget(root, next), `Next on ${screen.id}`).to.equal(next);
    next.click();
    await checker.updateComplete;
  }
}

describe('a host page with an aggressive CMS theme', () => {
  it('leaves the guide a readable block: type, spacing and layout reset inside the widget', async () => {
    // Guards: shared.styles.ts resets the inherited text properties on :host with !important (a
    // shadow tree's !important beats the page's), display: block !important, transition and
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
    await runChecker(checker, [
      'onset-after-exercise',
      'both-legs',
      'duration-under-3-days',
      'trend-better',
    ]);
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
