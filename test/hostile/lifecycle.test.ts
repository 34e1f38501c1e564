/**
 * What pages do to elements: hide them with `hidden`, and move them (tabs, carousels, SPA
 * re-renders remove a node and insert it again). Blank iframe pages with the built bundle only.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { guideLocation } from '../../src/elements/calf-pain-guide/guide-structure.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { blankPage, until } from '../support/blank-page.js';
import { answer, currentScreen, nextButton, option } from '../support/checker-harness.js';

const TAGS = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'] as const;

// On a plain page, each element's own tests check `hidden` (itRespectsHidden,
// test/support/element-tests.ts); here, on a page whose theme forces `display` on everything.
describe('hidden, on a page that forces display on everything', () => {
  it('hides each element while the attribute is there, and shows it again when removed', async () => {
    // Guards: `:host([hidden]) { display: none !important }` in shared.styles.ts. Without it,
    // `:host { display: block !important }` beats the browser's own [hidden] rule (and the
    // page's `*` rule), so `hidden` would do nothing.
    const body = TAGS.map((tag) => `<${tag} hidden region="GB"></${tag}>`).join('');
    const { frame, win, doc } = await blankPage({ body, css: '* { display: flex !important; }' });
    for (const tag of TAGS) {
      const element = doc.querySelector<CalfPainGuide>(tag)!;
      await element.updateComplete;
      expect(element.shadowRoot, `${tag} rendered`).to.exist;
      expect(win.getComputedStyle(element).display, tag).to.equal('none');
      expect(element.getBoundingClientRect().height, tag).to.equal(0);
      element.hidden = false;
      expect(win.getComputedStyle(element).display, tag).to.equal('block');
      expect(element.getBoundingClientRect().height, tag).to.be.greaterThan(20);
      element.hidden = true;
      expect(win.getComputedStyle(element).display, tag).to.equal('none');
    }
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });
});

describe('a guide removed and inserted again half-way through the checker', () => {
  it('keeps the answers, finishes the run, still opens the guide from the result and follows the page language', async () => {
    // Guards: the checker's state lives on the element (not torn down on disconnect); the guide's
    // `calf-checker-show-cause` listener and the page-language controller are removed on
    // disconnect and added again on connect (so no leak, and no dead widget after a move).
    const { frame, win, doc } = await blankPage({
      body: '<div id="tab-1"><calf-pain-guide open="check"></calf-pain-guide></div><div id="tab-2"></div>',
    });
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    const checker = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await checker.updateComplete;
    const findings = ['onset-gradual', 'swelling-one-leg', 'duration-under-3-days', 'trend-same'];
    // Question 1 (none of these), then about you and how it started, up to "What do you notice?".
    while (currentScreen(checker)!.id !== 'signs') await answer(checker, findings);
    expect(currentScreen(checker)!.id).to.equal('signs');
    option(checker, 'swelling-one-leg').click();
    await checker.updateComplete;

    guide.remove();
    await aTimeout(20);
    expect(guide.isConnected).to.be.false;
    doc.getElementById('tab-2')!.append(guide);
    await guide.updateComplete;
    await checker.updateComplete;

    expect(guide.shadowRoot!.querySelector('calf-pain-checker')).to.equal(checker);
    expect(currentScreen(checker)!.id).to.equal('signs');
    expect(option(checker, 'swelling-one-leg').checked).to.be.true;
    expect(checker.findings).to.deep.equal([
      'age-16-to-49',
      'leg-left',
      'onset-gradual',
      'swelling-one-leg',
    ]);

    const results: string[] = [];
    guide.addEventListener('calf-checker-result', (event) => results.push(event.detail.level));
    nextButton(checker).click();
    await checker.updateComplete;
    while (!checker.shadowRoot!.querySelector('.result')) await answer(checker, findings);
    expect(results).to.deep.equal(['urgent']);

    // "Read more about this" under the first cause opens its part of the guide.
    const firstCause = checker.result!.causes[0].id;
    const { section } = guideLocation(firstCause);
    const readMore = checker.shadowRoot!.querySelector<HTMLButtonElement>('.causes button.link')!;
    readMore.click();
    await guide.updateComplete;
    expect(guide.open.split(' ')).to.include(section);
    expect(
      guide.shadowRoot!.querySelector(`#toggle-${section}`)!.getAttribute('aria-expanded'),
    ).to.equal('true');

    // The page language is still followed after the move.
    doc.documentElement.lang = 'es';
    await until(
      () => guide.shadowRoot!.querySelector('.title')!.textContent!.trim() === es['guide.title'],
      'the guide in Spanish',
    );
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('catches up with a language change made while it was out of the page', async () => {
    // Guards: a detached widget stops listening (no work while out of the page), so on
    // re-insertion it must render again in the language the page shows now, not keep the old one.
    const { frame, win, doc } = await blankPage({
      body: '<div id="tab-1"><calf-pain-guide></calf-pain-guide></div><div id="tab-2"><calf-pain-guide></calf-pain-guide></div>',
    });
    const [moved, stays] = [...doc.querySelectorAll<CalfPainGuide>('calf-pain-guide')];
    await Promise.all([moved.updateComplete, stays.updateComplete]);
    const title = (guide: CalfPainGuide) =>
      guide.shadowRoot!.querySelector('.title')!.textContent!.trim();
    const english = title(moved);

    moved.remove();
    doc.documentElement.lang = 'es';
    await until(() => title(stays) === es['guide.title'], 'the guide left in the page in Spanish');
    await aTimeout(20);
    expect(title(moved), 'no work while detached').to.equal(english);

    doc.getElementById('tab-1')!.append(moved);
    await until(() => title(moved) === es['guide.title'], 'the re-inserted guide in Spanish');
    const banner = moved.shadowRoot!.querySelector<CalfPainGuide>('red-flag-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('.heading')!.textContent).to.contain(
      es['banner.prefix.emergency'] as string,
    );
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('is harmless to remove before its first render, and to insert again', async () => {
    // Guards: connect/disconnect pairs that never rendered (a CMS moving nodes while parsing).
    const { frame, win, doc } = await blankPage();
    const guide = doc.createElement('calf-pain-guide') as CalfPainGuide;
    for (let i = 0; i < 5; i++) {
      doc.body.append(guide);
      guide.remove();
    }
    doc.body.append(guide);
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelectorAll('.title')).to.have.length(1);
    expect(guide.shadowRoot!.querySelectorAll('red-flag-banner')).to.have.length(1);
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });
});
