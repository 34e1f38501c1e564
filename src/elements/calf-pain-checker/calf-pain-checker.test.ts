import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './calf-pain-checker.js';
import '../calf-pain-guide/calf-pain-guide.js';
import type { CalfPainChecker, CheckerResultDetail } from './calf-pain-checker.js';
import type { CalfPainGuide } from '../calf-pain-guide/calf-pain-guide.js';
import { SCREENS, type FindingId, type Level } from '../../checker/ids.js';
import { triage } from '../../checker/triage.js';
import { routeText, screenText } from '../../content/checker-text.js';
import { PUBLIC_VIGNETTES } from '../../../test/checker/public-vignettes.js';
import {
  answer,
  buttonByText,
  currentScreen,
  next,
  nextButton,
  option as input,
  press,
  runChecker as runThrough,
} from '../../../test/support/checker-harness.js';
import {
  itRespectsHidden,
  itWarnsOnceForEachBadAttribute,
} from '../../../test/support/element-tests.js';
import { LEVEL_CASES, mount } from '../../../test/support/states.js';

const root = (el: CalfPainChecker) => el.shadowRoot!;

/** Presses Tab until `target` has focus (at most 30 presses: a screen has fewer stops). */
async function tabTo(el: CalfPainChecker, target: Element): Promise<void> {
  for (let i = 0; i < 30 && root(el).activeElement !== target; i++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(root(el).activeElement).to.equal(target);
}

describe('<calf-pain-checker history="off">', () => {
  it('asks the emergency question first, with a progress line', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    const legend = root(el).querySelector('fieldset legend')!;
    expect(legend.textContent!.trim()).to.equal(screenText()[0].question);
    expect(root(el).querySelector('.progress')!.textContent!.trim()).to.equal('Question 1 of 10');
    expect(root(el).querySelectorAll('input[type="checkbox"]').length).to.equal(
      SCREENS[0].findings.length + 1,
    );
  });

  it('can be answered with the keyboard alone, and moves focus to each question and the result', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    // Checkboxes are reached with Tab and ticked with Space; a radio group is one Tab stop, and
    // the arrow keys choose within it.
    const picks: Record<string, { id: string; arrows?: number }> = {
      emergency: { id: 'none' },
      age: { id: 'age-16-to-49', arrows: 1 },
      pregnancy: { id: 'none', arrows: 1 },
      leg: { id: 'leg-right', arrows: 1 },
      onset: { id: 'onset-injury', arrows: 0 },
      pattern: { id: 'none', arrows: 2 },
      signs: { id: 'bruising' },
      risks: { id: 'none' },
      duration: { id: 'duration-3-days-to-2-weeks', arrows: 1 },
      trend: { id: 'trend-same', arrows: 1 },
    };
    for (const [index, screen] of SCREENS.entries()) {
      const questionHeading = root(el).querySelector(`#question-${screen.id}`)!;
      if (index > 0) expect(root(el).activeElement, screen.id).to.equal(questionHeading);
      expect(root(el).querySelector('.progress')!.textContent).to.contain(
        `Question ${index + 1} of 10`,
      );
      const pick = picks[screen.id];
      if (pick.arrows === undefined) {
        await tabTo(el, input(el, pick.id));
        await sendKeys({ press: ' ' });
      } else {
        await tabTo(el, input(el, screen.findings[0]));
        if (pick.arrows === 0) await sendKeys({ press: ' ' });
        for (let i = 0; i < pick.arrows; i++) await sendKeys({ press: 'ArrowDown' });
      }
      await el.updateComplete;
      expect(input(el, pick.id).checked, screen.id).to.be.true;
      await tabTo(el, nextButton(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    // "Check your answers", then the result.
    expect(root(el).activeElement).to.equal(root(el).querySelector('#check-heading'));
    await tabTo(el, nextButton(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const result = root(el).querySelector('.result')!;
    expect(result).to.exist;
    expect(root(el).activeElement).to.equal(root(el).querySelector('#result-heading'));
    const answered: FindingId[] = [
      'age-16-to-49',
      'leg-right',
      'onset-injury',
      'bruising',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ];
    expect(el.findings).to.deep.equal(answered);
    expect(el.result).to.deep.equal(triage(answered));
  });

  for (const [level, findings] of Object.entries(LEVEL_CASES) as [Level, FindingId[]][]) {
    // Its accessibility: test/a11y/matrix.test.ts (state checker-result-<level>).
    it(`shows the ${level} result, announced and focused, and fires the event`, async () => {
      const el = await fixture<CalfPainChecker>(
        html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
      );
      expect(triage(findings).level).to.equal(level);
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      const event = oneEvent(el, 'calf-checker-result') as Promise<
        CustomEvent<CheckerResultDetail>
      >;
      await runThrough(el, findings);
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.be.true;
      expect(detail.level).to.equal(level);
      expect(detail.findings).to.deep.equal(el.findings);
      expect(detail.causes).to.deep.equal(triage(el.findings).causes.map((c) => c.id));
      expect(Object.keys(detail).sort()).to.deep.equal(['causes', 'findings', 'level']);
      expect(root(el).querySelector('[role="status"]')).to.equal(status);
      expect(status.textContent!.trim()).to.not.equal('');
      expect(root(el).activeElement).to.equal(root(el).querySelector('#result-heading'));
      // A sentence per answer (or per "None of these"), and the advice given, last.
      const lines = [...root(el).querySelectorAll('.for-doctor li')].map((li) => li.textContent);
      expect(lines.length).to.be.at.least(el.findings.length + 1);
      expect(lines.at(-1)).to.contain('This checker advised:');
      expect(root(el).textContent).to.contain('This is not a diagnosis');
    });
  }

  it('leads the emergency and urgent results with a full-width call button for the region’s number', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="NZ"></calf-pain-checker>`,
    );
    await runThrough(el, LEVEL_CASES.emergency);
    const call = root(el).querySelector<HTMLAnchorElement>('.lead a.call-button')!;
    expect(call.getAttribute('href')).to.equal('tel:111');
    expect(call.textContent!.trim()).to.equal('Call 111');
    expect(root(el).querySelector('.lead')!.textContent).to.contain('Do not drive yourself');
    expect(root(el).querySelector('.result h3')!.textContent).to.equal(
      'What to tell the ambulance crew',
    );

    const urgent = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    await runThrough(urgent, LEVEL_CASES.urgent);
    const line = root(urgent).querySelector<HTMLAnchorElement>('.lead a.call-button')!;
    expect(line.getAttribute('href')).to.equal('tel:111');
    // The region's line by a name a reader can read, not "NHS 111 (England, Wales) / NHS 24 …".
    expect(line.textContent!.trim()).to.equal('Call NHS 111 (NHS 24 in Scotland)');
    expect(root(urgent).querySelector('.result h3')!.textContent).to.equal(
      'What to tell your doctor',
    );
  });

  it('shows the result at once when an emergency sign is ticked', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    input(el, 'cold-pale-leg').click();
    await el.updateComplete;
    await next(el);
    expect(el.result!.level).to.equal('emergency');
    expect(el.result!.causes[0].id).to.equal('acute-limb-ischemia');
  });

  it('"None of these" clears the other boxes, and a box clears "None of these"', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    input(el, 'breathless').click();
    input(el, 'fainting').click();
    await el.updateComplete;
    input(el, 'none').click();
    await el.updateComplete;
    expect(input(el, 'breathless').checked).to.be.false;
    expect(input(el, 'fainting').checked).to.be.false;
    expect(input(el, 'none').checked).to.be.true;
    input(el, 'fainting').click();
    await el.updateComplete;
    expect(input(el, 'none').checked).to.be.false;
  });

  /**
   * Every question forward (both kinds follow each other both ways: "When does it hurt?", a
   * radio question with "Neither", then "What do you notice?", a checklist with "None of
   * these"), then Back from "Check your answers" to question 1, calling `check` on each.
   */
  async function walkForwardAndBack(
    el: CalfPainChecker,
    check: (where: string) => void,
  ): Promise<void> {
    const asked: string[] = [];
    for (let screen = currentScreen(el); screen; screen = currentScreen(el)) {
      check(screen.id);
      asked.push(screen.id);
      await answer(el);
    }
    expect(asked).to.deep.equal(SCREENS.map((s) => s.id));
    for (let i = 0; i < SCREENS.length && currentScreen(el)?.id !== SCREENS[0].id; i++) {
      await press(el, 'Back');
      check(`back to ${currentScreen(el)?.id}`);
    }
    expect(currentScreen(el)?.id).to.equal(SCREENS[0].id);
  }

  /** Checks that each element `pick` finds keeps the value `read` first gave for it. */
  function keepsWhatWasFirstRead<T extends Element>(
    pick: () => Iterable<T>,
    read: (shown: T) => string,
  ): (where: string) => void {
    const first = new WeakMap<T, string>();
    return (where) => {
      for (const shown of pick()) {
        const seen = first.get(shown);
        if (seen === undefined) first.set(shown, read(shown));
        else expect(read(shown), `${where}: #${shown.id} first read "${seen}"`).to.equal(seen);
      }
    };
  }

  it('never turns a radio button into a checkbox in place: each input keeps the type it was first shown with, forward and back', async () => {
    // Orca keeps the role it first read of an input over AT-SPI. In scripts/orca-pass.mjs,
    // "None of these" on "What do you notice?" was read "None of these. not selected radio
    // button": it was the input of "Neither of these, or I'm not sure" on "When does it hurt?"
    // with only its type changed (Chromium's own accessibility tree already said "checkbox", so
    // a role check there passes either way). A fresh input is read by its own role.
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    await walkForwardAndBack(
      el,
      keepsWhatWasFirstRead(
        () => root(el).querySelectorAll('input'),
        (input) => input.type,
      ),
    );
  });

  it("draws each question with a heading of its own, never the last question's heading with new text, forward and back", async () => {
    // Orca keeps what it first read of an element over AT-SPI. In scripts/orca-pass.mjs, after
    // Next, focus moved to the new question's heading and Orca said "How did the pain start?
    // panel. Which leg hurts? heading level 4": the previous question's heading element with
    // its text changed. A fresh heading is read by its own text.
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    const headings = () => root(el).querySelectorAll('legend :is(h1, h2, h3, h4, h5, h6)');
    const headingKept = keepsWhatWasFirstRead(headings, (h) => h.textContent!.trim());
    await walkForwardAndBack(el, (where) => {
      expect(headings().length, where).to.equal(1);
      headingKept(where);
    });
  });

  it("keeps the question's heading when Next is pressed with no answer, so focus and reading stay put", async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    const before = root(el).querySelector('legend :is(h1, h2, h3, h4, h5, h6)');
    await press(el, 'Next');
    expect(root(el).querySelector('.error-summary')).to.exist;
    expect(root(el).querySelector('legend :is(h1, h2, h3, h4, h5, h6)')).to.equal(before);
  });

  it('asks for an answer before going on: an error summary at the top, focused, linking to the first answer and "None of these"', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    await next(el);
    const summary = root(el).querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).to.contain('There is a problem');
    expect(root(el).activeElement).to.equal(summary);
    // Above the question, so a reader at the top of a phone screen sees it.
    expect(summary.compareDocumentPosition(root(el).querySelector('fieldset')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const error = root(el).querySelector('.error')!;
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(
      error.id,
    );
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#option-breathless',
      '#option-none',
    ]);
    links[1].click();
    expect(root(el).activeElement).to.equal(input(el, 'none'));
    links[0].click();
    expect(root(el).activeElement).to.equal(input(el, 'breathless'));
  });

  it('keeps earlier answers when going back, from the back link at the top, and clears them on Start again', async () => {
    const el = await fixture<CalfPainChecker>(html`<calf-pain-checker></calf-pain-checker>`);
    expect(root(el).querySelector('.back-link'), 'no way back from question 1').to.be.null;
    await answer(el, ['age-16-to-49']);
    await answer(el, ['age-16-to-49']);
    const back = root(el).querySelector('.back-link')!;
    // The first thing on the page: above the question, not below its options.
    expect(back.compareDocumentPosition(root(el).querySelector('fieldset')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await press(el, 'Back');
    expect(input(el, 'age-16-to-49').checked).to.be.true;
    await press(el, 'Back');
    expect(input(el, 'none').checked).to.be.true;
    await runThrough(el, LEVEL_CASES.routine);
    expect(root(el).querySelector('.result')).to.exist;
    await press(el, 'Start again');
    expect(el.findings).to.deep.equal([]);
    expect(input(el, 'none').checked).to.be.false;
    expect(root(el).activeElement).to.equal(root(el).querySelector('#question-emergency'));
  });

  it('asks about pregnancy only under 50, and counts only the questions this reader sees', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off"></calf-pain-checker>`,
    );
    await answer(el, []);
    await answer(el, ['over-50']);
    expect(root(el).querySelector('#question-leg')).to.exist;
    expect(root(el).querySelector('.progress')!.textContent!.trim()).to.equal('Question 3 of 9');
  });

  it('shows "Check your answers" before the result; Change returns to that question, then back', async () => {
    const el = await fixture<CalfPainChecker>(html`<calf-pain-checker></calf-pain-checker>`);
    const findings: FindingId[] = ['age-16-to-49', 'leg-left', 'onset-gradual', 'trend-same'];
    while (!root(el).querySelector('form.check')) await answer(el, findings);
    const rows = [...root(el).querySelectorAll('.answer-row')];
    expect(rows.length).to.equal(SCREENS.length);
    expect(rows[3].textContent).to.contain('Left leg');
    expect(rows[5].textContent).to.contain("Neither of these, or I'm not sure");
    rows[3].querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(root(el).querySelector('#question-leg'));
    input(el, 'both-legs').click();
    await next(el);
    expect(root(el).querySelector('form.check')).to.exist;
    expect(root(el).activeElement).to.equal(root(el).querySelector('#check-heading'));
    expect(root(el).querySelectorAll('.answer-row')[3].textContent).to.contain('Both legs');
    await next(el);
    expect(el.findings).to.include('both-legs');
    // "Change my answers" on the result goes to the same page.
    await press(el, 'Change my answers');
    expect(root(el).querySelector('form.check')).to.exist;
  });

  it('copies the sentences for the doctor', async () => {
    const el = await mount<CalfPainChecker>('checker-result-routine');
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      buttonByText(el, 'Copy').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    const sentences = [...root(el).querySelectorAll('.for-doctor li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(copied.split('\n')).to.deep.equal(sentences);
    expect(buttonByText(el, 'Copied')).to.exist;
    // Said through the status region too: a screen reader hears it (#17 item 5).
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Copied.');
  });

  it('when the clipboard is refused, selects the sentences and says to press Ctrl+C or ⌘C', async () => {
    const el = await mount<CalfPainChecker>('checker-result-routine');
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
    try {
      buttonByText(el, 'Copy').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    const status = root(el).querySelector('[role="status"]')!.textContent!;
    expect(status).to.contain('Ctrl+C');
    expect(status).to.contain('⌘C');
    expect(root(el).querySelector('.copy-refused')!.textContent).to.contain('Ctrl+C');
  });

  for (const vignette of PUBLIC_VIGNETTES) {
    it(`gives the engine's answer through the UI for ${vignette.id}`, async () => {
      const el = await fixture<CalfPainChecker>(
        html`<calf-pain-checker history="off"></calf-pain-checker>`,
      );
      await runThrough(el, vignette.findings);
      const engine = triage(vignette.findings);
      expect(el.result!.level).to.equal(engine.level);
      expect(el.result!.level).to.equal(vignette.expected_level);
      // An emergency sign ends the questions early: the causes come from the answers given.
      expect(el.result!).to.deep.equal(triage(el.findings));
      const shown = [...root(el).querySelectorAll('.causes .cause-name')].length;
      expect(shown).to.equal(Math.min(3, el.result!.causes.length));
      const top3 = el.result!.causes.slice(0, 3).map((c) => c.id);
      expect([vignette.primary_cause, ...vignette.acceptable_causes].some((c) => top3.includes(c)))
        .to.be.true;
    });
  }

  it('inside the guide, "Read more" opens the cause’s section', async () => {
    const guide = await fixture<CalfPainGuide>(
      html`<calf-pain-guide open="check"></calf-pain-guide>`,
    );
    const el = guide.shadowRoot!.querySelector('calf-pain-checker')!;
    await runThrough(el, LEVEL_CASES.routine);
    const link = root(el).querySelector<HTMLButtonElement>('.causes button.link')!;
    link.click();
    await guide.updateComplete;
    await new Promise((r) => setTimeout(r));
    const cause = el.result!.causes[0].id;
    expect(guide.shadowRoot!.activeElement!.id).to.equal(cause);
    // The section offers the way back, which returns focus to the result.
    const back = guide.shadowRoot!.querySelector<HTMLButtonElement>('.back-to-result')!;
    expect(back.textContent!.trim()).to.equal('Back to your result');
    // In view where the reader lands, not at the section's top far above.
    const box = back.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the way back is on screen').to.be.true;
    const landing = guide.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(landing.top, 'the heading is not under the bar').to.be.at.least(box.bottom - 1);
    back.click();
    await guide.updateComplete;
    await el.updateComplete;
    expect(guide.shadowRoot!.activeElement).to.equal(el);
    expect(root(el).activeElement).to.equal(root(el).querySelector('#result-heading'));
  });

  it('used alone with guide-url, "Read more" is a real link to the cause on the guide’s page', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker
        history="off"
        guide-url="https://clinic.example/calf"
      ></calf-pain-checker>`,
    );
    await runThrough(el, LEVEL_CASES.routine);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.causes a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      el.result!.causes.slice(0, 3).map((c) => `https://clinic.example/calf#cpg-${c.id}`),
    );
    expect(links[0].textContent!.trim()).to.equal('Read more about this');
  });

  itWarnsOnceForEachBadAttribute<CalfPainChecker>(
    'calf-pain-checker',
    {
      'guide-url': 'javascript:alert(1)',
      'heading-level': '0',
      region: 'Atlantis',
      theme: 'sepia',
    },
    (el) => {
      expect(el.theme).to.equal('light');
      expect(root(el).querySelector('legend h2')).to.exist;
    },
  );

  itRespectsHidden('calf-pain-checker');
});

describe('<calf-pain-checker history="off">: where the result sends the reader (clinical safety, round 2)', () => {
  const telNumbers = async (el: CalfPainChecker) => {
    const numbers: string[] = [];
    for (const card of root(el).querySelectorAll('red-flag-banner')) {
      await card.updateComplete;
      for (const a of card.shadowRoot!.querySelectorAll('a[href^="tel:"]'))
        numbers.push(a.textContent!);
    }
    for (const a of root(el).querySelectorAll('a[href^="tel:"]')) numbers.push(a.textContent!);
    return numbers;
  };
  const clinic = '01234 567890';

  it('does not offer the clinic for same-day care unless the clinic says it gives it', async () => {
    const physio = await fixture<CalfPainChecker>(
      html`<calf-pain-checker
        history="off"
        region="GB"
        clinic-name="Riverside Physio"
        clinic-phone=${clinic}
      ></calf-pain-checker>`,
    );
    await runThrough(physio, LEVEL_CASES.urgent);
    expect(await telNumbers(physio)).not.to.include(clinic);

    const surgery = await fixture<CalfPainChecker>(
      html`<calf-pain-checker
        history="off"
        region="GB"
        clinic-phone=${clinic}
        clinic-same-day
      ></calf-pain-checker>`,
    );
    await runThrough(surgery, LEVEL_CASES.urgent);
    expect(await telNumbers(surgery)).to.include(clinic);
  });

  for (const level of ['routine', 'self-care'] as const) {
    it(`offers the clinic with ${level} advice`, async () => {
      const el = await fixture<CalfPainChecker>(
        html`<calf-pain-checker
          history="off"
          region="GB"
          clinic-phone=${clinic}
        ></calf-pain-checker>`,
      );
      await runThrough(el, LEVEL_CASES[level]);
      expect(el.result!.level).to.equal(level);
      expect(await telNumbers(el)).to.include(clinic);
    });
  }

  it('sends a pregnant reader with swollen legs to maternity care today', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    await runThrough(el, [
      'onset-gradual',
      'swelling-both-legs',
      'pregnancy',
      'duration-under-3-days',
      'trend-same',
    ]);
    expect(el.result!.level).to.equal('urgent');
    expect(root(el).querySelector('.route')!.textContent).to.include(routeText('maternity'));
  });

  it('sends a possible torn tendon to urgent care today, not to an appointment', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    await runThrough(el, ['onset-injury', 'pop', 'duration-under-3-days', 'trend-same']);
    expect(root(el).querySelector('.route')!.textContent).to.include(routeText('injury-care'));
  });

  it('tells a reader with a fever during cancer treatment to call the helpline as well as the emergency number', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    await runThrough(el, [
      'onset-gradual',
      'fever',
      'cancer',
      'duration-under-3-days',
      'trend-same',
    ]);
    expect(el.result!.level).to.equal('emergency');
    expect(root(el).querySelector('.route')!.textContent).to.include(
      routeText('chemotherapy-helpline'),
    );
    expect(root(el).querySelector('.lead a.call-button[href="tel:999"]')).to.exist;
  });

  it('says who the questions are for before question 1, and that signs which stopped still count', async () => {
    const el = await fixture<CalfPainChecker>(
      html`<calf-pain-checker history="off" region="GB"></calf-pain-checker>`,
    );
    expect(root(el).querySelector('.audience')!.textContent).to.include('16 and over');
    expect(root(el).querySelector('legend')!.textContent).to.include('even if they stopped');
    await runThrough(el, ['breathless']);
    expect(root(el).querySelector('.lead')!.textContent).to.include('Even if it has stopped');
    expect(root(el).querySelector('#for-doctor')!.textContent).to.include('Since the pain started');
  });
});
