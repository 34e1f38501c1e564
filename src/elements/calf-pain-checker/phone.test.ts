/**
 * The checker as a frightened reader meets it on a phone (issue 22): the call card in view after
 * one tick, the result's first screen, and targets big enough for a thumb (and at least 24px at
 * any host font size, issue 17). The browser's Back is in browser-back.test.ts, which must run in
 * a fresh tab.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './calf-pain-checker.js';
import '../calf-pain-guide/calf-pain-guide.js';
import type { CalfPainChecker } from './calf-pain-checker.js';
import type { CalfPainGuide } from '../calf-pain-guide/calf-pain-guide.js';
import { answer, option, runChecker } from '../../../test/support/checker-harness.js';
import { LEVEL_CASES } from '../../../test/support/states.js';

const root = (el: Element) => el.shadowRoot!;
const PHONE = { width: 390, height: 844 };

/** Whether the whole of `element` is inside the window. */
function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
}

/**
 * WebKitWebDriver cannot size the window (Chromium and Firefox can): the phone-sized tests run in
 * those two; WebKit runs the rest of this file.
 */
const canSetViewport =
  !/AppleWebKit/.test(navigator.userAgent) || /Chrome\//.test(navigator.userAgent);

describe('<calf-pain-checker> on a phone', () => {
  before(async function () {
    if (!canSetViewport) this.skip();
    await setViewport(PHONE);
  });
  after(async () => {
    if (canSetViewport) await setViewport({ width: 800, height: 600 });
  });

  it('shows a "Call 999 now" card with a full-width call button in view after one tick, even on the last sign', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker region="GB"></calf-pain-checker>`,
    );
    expect(root(el).querySelector('.call-card')).to.be.null;
    option(el, 'very-unwell').click();
    await el.updateComplete;
    const card = root(el).querySelector('.call-card')!;
    expect(card.textContent).to.contain('Call 999 now');
    const button = card.querySelector<HTMLAnchorElement>('a.call-button')!;
    expect(button.getAttribute('href')).to.equal('tel:999');
    expect(inView(button), 'the call button is on screen').to.be.true;
    expect(button.getBoundingClientRect().width).to.be.closeTo(
      card.getBoundingClientRect().width,
      40,
    );
    // Right under the ticked box.
    expect(root(el).querySelector('#label-very-unwell')!.nextElementSibling).to.equal(card);
    // It stays while any box is ticked, and goes when none is.
    option(el, 'breathless').click();
    await el.updateComplete;
    expect(root(el).querySelector('.call-card')).to.exist;
    option(el, 'breathless').click();
    option(el, 'very-unwell').click();
    await el.updateComplete;
    expect(root(el).querySelector('.call-card')).to.be.null;
  });

  it('says the generic sentence where the region is unknown', async () => {
    const el = await fixture<CalfPainChecker>(html`<calf-pain-checker></calf-pain-checker>`);
    option(el, 'chest-pain').click();
    await el.updateComplete;
    const card = root(el).querySelector('.call-card')!;
    expect(card.textContent).to.contain('Call for an ambulance now');
    expect(card.textContent).to.contain('112 in most of Europe');
    expect(card.querySelector('a[href^="tel:"]')).to.be.null;
  });

  for (const level of ['emergency', 'urgent'] as const) {
    it(`puts the ${level} action, its timeframe and a call button on the result's first screen`, async () => {
      const el = await fixture<CalfPainChecker>(
        html`<calf-pain-checker region="GB"></calf-pain-checker>`,
      );
      await runChecker(el, LEVEL_CASES[level]);
      const heading = root(el).querySelector('#result-heading')!;
      expect(heading.textContent).to.match(level === 'emergency' ? /now/ : /today/);
      expect(inView(heading), 'heading').to.be.true;
      expect(inView(root(el).querySelector('.lead a.call-button')!), 'call button').to.be.true;
    });
  }

  it('puts the booking timeframe and the clinic on the routine result’s first screen', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker region="GB" clinic-phone="01234 567890"></calf-pain-checker>`,
    );
    await runChecker(el, LEVEL_CASES.routine);
    const heading = root(el).querySelector('#result-heading')!;
    expect(heading.textContent).to.contain('in the next few days');
    expect(inView(heading)).to.be.true;
    expect(inView(root(el).querySelector('.lead a[href="tel:01234567890"]')!)).to.be.true;
    // Said once on the page (no card repeating "Book an appointment"); the summary for the
    // doctor repeats the advice given, for the doctor.
    const page = root(el).querySelector('.result')!.cloneNode(true) as Element;
    page.querySelector('.for-doctor')!.remove();
    expect(page.textContent!.match(/Book an appointment/g)!.length).to.equal(1);
  });

  it('makes every option card, button and call link at least 44px high', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker region="GB"></calf-pain-checker>`,
    );
    option(el, 'breathless').click();
    await el.updateComplete;
    const targets = [...root(el).querySelectorAll('.option, button:not(.link), a.call-button')];
    expect(targets.length).to.be.greaterThan(15);
    for (const target of targets) {
      expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(44);
    }
    // The whole card is the target: a click on its text ticks the box.
    option(el, 'breathless').click();
    await el.updateComplete;
    root(el).querySelector<HTMLElement>('#label-coughing-blood .option-text')!.click();
    await el.updateComplete;
    expect(option(el, 'coughing-blood').checked).to.be.true;
  });
});

describe('<calf-pain-checker> at a host font of 12px (issue 17, item 4)', () => {
  it('keeps checkboxes, radios and text links at least 24×24 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-size: 12px">
        <calf-pain-checker region="GB" guide-url="https://clinic.example/calf"></calf-pain-checker>
      </div>`,
    );
    const el = wrapper.querySelector('calf-pain-checker')!;
    await el.updateComplete;
    for (const input of root(el).querySelectorAll('input')) {
      const box = input.getBoundingClientRect();
      expect(box.width, input.id).to.be.at.least(24);
      expect(box.height, input.id).to.be.at.least(24);
    }
    await answer(el, []);
    for (const input of root(el).querySelectorAll('input[type="radio"]')) {
      expect(input.getBoundingClientRect().height, input.id).to.be.at.least(24);
    }
    await runChecker(el, LEVEL_CASES.routine);
    root(el).querySelector('details.causes-fold')!.setAttribute('open', '');
    const links = [...root(el).querySelectorAll('.result a, .result button.link')];
    expect(links.length).to.be.greaterThan(2);
    for (const link of links) {
      expect(link.getBoundingClientRect().height, link.textContent!.trim()).to.be.at.least(24);
    }
  });
});

describe('<calf-pain-guide> and addresses that name a part (#cpg-…)', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('opens and focuses the cause a #cpg- address names, on load and on hashchange', async () => {
    history.replaceState(history.state, '', '#cpg-tendon-rupture');
    const guide = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    await guide.updateComplete;
    await guide.updateComplete;
    expect(guide.open.split(' ')).to.include('other-causes');
    expect(root(guide).activeElement!.id).to.equal('tendon-rupture');

    const changed = oneEvent(window, 'hashchange');
    location.hash = '#cpg-clot';
    await changed;
    await guide.updateComplete;
    expect(guide.open.split(' ')).to.include('clot');
    expect(root(guide).activeElement!.id).to.equal('toggle-clot');
  });

  it('has a start card under the emergency card that opens the checker at question 1', async () => {
    const guide = await fixture<CalfPainGuide>(
      html`<calf-pain-guide region="GB"></calf-pain-guide>`,
    );
    const card = root(guide).querySelector('.start-card')!;
    expect(card.previousElementSibling!.classList.contains('card-target')).to.be.true;
    expect(card.textContent).to.contain('Up to 10 short questions');
    card.querySelector('button')!.click();
    await guide.updateComplete;
    const checker = root(guide).querySelector('calf-pain-checker')!;
    await checker.updateComplete;
    expect(root(guide).activeElement).to.equal(checker);
    expect(root(checker).activeElement!.id).to.equal('question-emergency');

    const hidden = await fixture<CalfPainGuide>(
      html`<calf-pain-guide hide-start-card></calf-pain-guide>`,
    );
    expect(root(hidden).querySelector('.start-card')).to.be.null;
    // The checker's section has a summary line like the others.
    expect(root(hidden).querySelector('[data-section="check"] .summary')).to.exist;
  });
});
