/**
 * Phone numbers in right-to-left text read in their written order: in Arabic, "020 7946 0000"
 * must not show as "0000 7946 020", nor "#7119" as "7119#". Checked by what the reader sees:
 * the on-screen x position of each group of digits (and of "#"), in every engine.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { RedFlagBanner } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { runChecker } from '../support/checker-harness.js';
import { captureWarnings } from '../support/console.js';
import { settled, shown, texts } from '../support/dom.js';
import { CLOT_RISK_CASE } from '../support/states.js';

const CLINIC_PHONE = '020 7946 0000';

const inArabic = () => shown('ar');

/**
 * The left edge on screen of each group of `number` ("020", "7946", "0000"; "#", "7119") where
 * it is shown under `root`, in the order the groups are written.
 */
function groupEdges(root: Node, number: string): number[] {
  const node = [...texts(root)].find((text) => text.data.includes(number));
  expect(node, `${number} is shown`).to.exist;
  const start = node!.data.indexOf(number);
  return [...number.matchAll(/#|\+|\d+/g)].map((match) => {
    const range = document.createRange();
    range.setStart(node!, start + match.index!);
    range.setEnd(node!, start + match.index! + match[0].length);
    const rect = range.getBoundingClientRect();
    expect(rect.width, `"${match[0]}" of ${number} is drawn`).to.be.greaterThan(0);
    return rect.left;
  });
}

/** The groups run left to right on screen, as written. */
function expectWrittenOrder(root: Node, number: string): void {
  const edges = groupEdges(root, number);
  expect(edges.length, number).to.be.greaterThan(1);
  for (let i = 1; i < edges.length; i++) {
    expect(edges[i], `${number}: group ${i + 1} is right of group ${i}`).to.be.greaterThan(
      edges[i - 1],
    );
  }
}

describe('phone numbers in Arabic', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it("show the clinic's number in its written order: 020 7946 0000", async () => {
    const el = await fixture<RedFlagBanner>(
      html`<red-flag-banner
        locale="ar"
        level="non-urgent"
        clinic-name="Riverside Physiotherapy"
        clinic-phone=${CLINIC_PHONE}
      ></red-flag-banner>`,
    );
    await inArabic();
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expectWrittenOrder(el.shadowRoot!, CLINIC_PHONE);
  });

  it('show an advice line in its written order: Australia 1800 022 222, Japan #7119', async () => {
    const el = await fixture<RedFlagBanner>(
      html`<red-flag-banner locale="ar" level="urgent" region="AU"></red-flag-banner>`,
    );
    await inArabic();
    await el.updateComplete;
    expectWrittenOrder(el.shadowRoot!, '1800 022 222');
    el.region = 'JP';
    await el.updateComplete;
    expectWrittenOrder(el.shadowRoot!, '#7119');
    await captureWarnings(async () => {
      el.urgentNumber = '0800 611 116';
      await el.updateComplete;
    });
    expectWrittenOrder(el.shadowRoot!, '0800 611 116');
  });

  it('show a number set by the page in its written order, in the card and in a sentence of the guide', async () => {
    let guide!: CalfPainGuide;
    await captureWarnings(async () => {
      guide = await fixture<CalfPainGuide>(
        html`<calf-pain-guide
          locale="ar"
          region="AU"
          emergency-number="11 22"
          clinic-phone=${CLINIC_PHONE}
          open="get-help clot"
        ></calf-pain-guide>`,
      );
      await inArabic();
      await settled(guide);
    });
    const card = guide.shadowRoot!.querySelector('red-flag-banner')!;
    expectWrittenOrder(card.shadowRoot!, '11 22');
    // "Call 11 22 or go to an emergency department now if:", plain text in a sentence.
    const advice = guide.shadowRoot!.querySelector('#panel-clot .advice--emergency')!;
    expect(advice, 'the clot section says when to call').to.exist;
    expectWrittenOrder(advice, '11 22');
  });

  it("show the numbers of the checker's result in their written order", async () => {
    const guide = await fixture<CalfPainGuide>(
      html`<calf-pain-guide
        locale="ar"
        region="AU"
        clinic-phone=${CLINIC_PHONE}
        open="check"
      ></calf-pain-guide>`,
    );
    await inArabic();
    await settled(guide);
    const checker = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
    // A clot risk with one swollen leg: the same-day result, with Australia's advice line.
    await runChecker(checker, CLOT_RISK_CASE);
    await settled(checker);
    const result = checker.shadowRoot!.querySelector('.result')!;
    expect(result, 'a result').to.exist;
    expectWrittenOrder(result, '1800 022 222');
  });
});
