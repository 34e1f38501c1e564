/**
 * What a reader learns of a translation: whether a doctor who speaks the language has checked
 * it (from the review state of locales/review/<tag>.json, built into src/generated/languages.ts),
 * and answers listed the way their language lists them.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { allLocaleTemplates } from '../../src/generated/locale-templates.js';
import { LANGUAGES, type LanguageState } from '../../src/generated/languages.js';
import { runChecker } from '../support/checker-harness.js';
import { shown } from '../support/dom.js';
import { CLOT_RISK_CASE } from '../support/states.js';

const NOT_CHECKED =
  'This translation has not yet been checked by a doctor who speaks this language.';

const templatesOf = (tag: string) =>
  (allLocaleTemplates.get(tag) as unknown as { templates: Record<string, unknown> }).templates;

async function guideIn(locale: string): Promise<CalfPainGuide> {
  const el = await fixture<CalfPainGuide>(
    html`<calf-pain-guide locale=${locale}></calf-pain-guide>`,
  );
  await shown(locale);
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('the review state of a translation, shown to its readers', () => {
  it('says, in the language shown, that no doctor who speaks it has checked it yet', async () => {
    for (const { tag } of LANGUAGES.filter((l) => !l.checkedByDoctor).slice(0, 2)) {
      const el = await guideIn(tag);
      const line = el.shadowRoot!.querySelector('.translation-review');
      expect(line, tag).to.exist;
      // Its own words once translated; until then the English (the language is not shipped then).
      const expected = (templatesOf(tag)['guide.translation.not-checked'] as string) ?? NOT_CHECKED;
      expect(line!.textContent!.trim(), tag).to.equal(expected);
      // Beside the date the guide was last reviewed.
      expect(line!.previousElementSibling!.classList.contains('reviewed'), tag).to.be.true;
      fixtureCleanup();
    }
  });

  it('says nothing of the kind in English, the language the guide is written in', async () => {
    const el = await guideIn('en');
    expect(el.shadowRoot!.querySelector('.translation-review')).to.equal(null);
  });

  it('gives the date once a doctor who speaks it has checked every unit', async () => {
    const languages = LANGUAGES as LanguageState[];
    const index = languages.findIndex((l) => l.tag === 'de');
    const original = languages[index];
    languages[index] = { ...original, checkedByDoctor: { date: '2027-03-01' } };
    try {
      const el = await guideIn('de');
      await aTimeout(50);
      el.requestUpdate();
      await el.updateComplete;
      const text = el.shadowRoot!.querySelector('.translation-review')!.textContent!;
      expect(text).not.to.contain('not yet');
      expect(text).to.match(/2027/);
    } finally {
      languages[index] = original;
    }
  });
});

describe("the reader's answers under a likely cause", () => {
  // Labels start with a capital: joined with ";" they read wrong in English and Spanish, and
  // Arabic and Chinese join clauses differently. So each answer is an item of a short list.
  for (const locale of ['en', 'ar'])
    it(`are a short list, one answer per item, not joined with "; " (${locale})`, async () => {
      const checker = await fixture<CalfPainChecker>(
        html`<calf-pain-checker locale=${locale}></calf-pain-checker>`,
      );
      await shown(locale);
      await runChecker(checker, CLOT_RISK_CASE);
      const lists = [...checker.shadowRoot!.querySelectorAll('.causes > li ul')];
      const items = lists.flatMap((list) => [...list.querySelectorAll('li')]);
      expect(items.length, 'answers and risks listed').to.be.greaterThan(1);
      for (const item of items) expect(item.textContent).not.to.contain('; ');
    });
});
