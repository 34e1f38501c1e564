import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import { chooseLocale, getLocale } from '../../src/localization.js';
import { chooseLocaleAmong } from '../../src/locale-choice.js';
import { SECTION_IDS } from '../../src/elements/calf-pain-guide/guide-structure.js';
import { allLocaleTemplates } from '../../src/generated/locale-templates.js';
import { LANGUAGES } from '../../src/generated/languages.js';
import { captureWarnings } from '../support/console.js';
import { settled, shown, walk } from '../support/dom.js';

/** Each language that ships, and its translations (the sources hold every language). */
const TRANSLATIONS = Object.fromEntries(
  LANGUAGES.filter((l) => l.ships).map((l) => [
    l.tag,
    (allLocaleTemplates.get(l.tag) as unknown as { templates: Record<string, unknown> }).templates,
  ]),
);
const templatesOf = (tag: string) =>
  (allLocaleTemplates.get(tag) as unknown as { templates: Record<string, unknown> }).templates;
const [es, fr, de, zhHans] = ['es', 'fr', 'de', 'zh-Hans'].map(templatesOf);
const ALL_OPEN = ['get-help', ...SECTION_IDS].join(' ');

/** The widget's own words: every text node, leaving out links to sources (English titles). */
function wordsOf(el: Element): string[] {
  return [...walk(el.shadowRoot!)]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .filter((node) => !node.parentElement?.closest('a[href^="http"], style'))
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
    .filter((text) => text.split(' ').length >= 4);
}

async function guideWithResult(locale: string): Promise<CalfPainGuide> {
  const el = await fixture<CalfPainGuide>(
    html`<calf-pain-guide locale=${locale} region="ES" open=${ALL_OPEN}></calf-pain-guide>`,
  );
  await shown(locale);
  await settled(el);
  return el;
}

async function emergencyResult(guide: CalfPainGuide): Promise<CalfPainChecker> {
  const checker = guide.shadowRoot!.querySelector('calf-pain-checker')!;
  checker.shadowRoot!.querySelector<HTMLInputElement>('#option-breathless')!.click();
  await checker.updateComplete;
  checker.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settled(guide);
  return checker;
}

describe('languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  let english: Set<string>;
  before(async () => {
    const el = await guideWithResult('en');
    const question = wordsOf(el);
    await emergencyResult(el);
    english = new Set([...question, ...wordsOf(el)]);
    // Gone before the tests, or it would keep the page in English (one language per page).
    el.remove();
    expect(english.size).to.be.greaterThan(100);
  });

  for (const locale of Object.keys(TRANSLATIONS)) {
    it(`${locale}: shows the guide and the checker with no English left, accessibly`, async () => {
      const el = await guideWithResult(locale);
      const words = wordsOf(el);
      await expect(el).to.be.accessible();
      const checker = await emergencyResult(el);
      words.push(...wordsOf(el));
      expect(checker.result!.level).to.equal('emergency');
      await expect(el).to.be.accessible();
      const left = words.filter((text) => english.has(text));
      expect(left, `English left in ${locale}`).to.deep.equal([]);
      const wrapper = el.shadowRoot!.querySelector('.guide')!;
      expect(wrapper.getAttribute('lang')).to.equal(locale);
      expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(
        TRANSLATIONS[locale]['guide.title'],
      );
    });
  }

  it('lays Arabic out right to left, with mirrored arrows', async () => {
    const el = await guideWithResult('ar');
    const wrapper = el.shadowRoot!.querySelector('.guide')!;
    expect(wrapper.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(wrapper).direction).to.equal('rtl');
    const title = el.shadowRoot!.querySelector('.title')!.getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    expect(box.right - title.right).to.be.lessThan(2);
    el.open = 'get-help';
    await el.updateComplete;
    const chevron = el.shadowRoot!.querySelector('#toggle-muscle .chevron')!;
    expect(getComputedStyle(chevron).transform).to.not.equal('none');
    const banner = el.shadowRoot!.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('.card')!.getAttribute('dir')).to.equal('rtl');
  });

  it('marks the English titles of sources as English, read in order, in Arabic', async () => {
    const el = await guideWithResult('ar');
    // Screen readers switch voice by lang (WCAG 3.1.2); the titles are English documents.
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="https://"]')];
    expect(links.length).to.be.greaterThan(10);
    for (const link of links) {
      expect(link.closest('[lang]')!.getAttribute('lang'), link.textContent!).to.equal('en');
    }
    // Several titles on one line run right to left like the sentence, first on the right, not
    // joined into one left-to-right run that puts the first title at the far left.
    const [first, second] = el.shadowRoot!.querySelectorAll('#panel-muscle .sources-line a');
    const [a, b] = [first.getClientRects()[0], second.getClientRects()[0]];
    expect(Math.round(a.top), 'on one line').to.equal(Math.round(b.top));
    expect(a.left).to.be.greaterThan(b.left);
  });

  it('writes Chinese as Chinese is written: no space after 。, a full-width colon and 、 between sources', async () => {
    const el = await guideWithResult('zh-Hans');
    const lede = el.shadowRoot!.querySelector('.lede')!.textContent!;
    expect(lede).to.include('。');
    expect(lede).not.to.match(/。\s/);
    const line = el.shadowRoot!.querySelector('#panel-muscle .sources-line')!;
    const text = line.textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/^\S+：\S/);
    expect(line.querySelectorAll('a').length).to.be.greaterThan(1);
    // Between the source titles: the Chinese list comma, not ", ".
    const copy = line.cloneNode(true) as HTMLElement;
    for (const link of copy.querySelectorAll('a')) link.replaceWith('|');
    const between = copy.textContent!.replace(/\s+/g, '').split('|').slice(1, -1);
    expect(between.length).to.be.greaterThan(0);
    for (const separator of between) expect(separator).to.equal('、');
  });

  it('follows <html lang>, and changes with it at run time', async () => {
    document.documentElement.lang = 'fr-CA';
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    await shown('fr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(fr['guide.title']);
    document.documentElement.lang = 'de';
    await shown('de');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(de['guide.title']);
  });

  it('follows the closest lang, and the locale attribute first', async () => {
    const wrapper = await fixture(
      html`<div lang="pt-BR"><calf-pain-guide></calf-pain-guide></div>`,
    );
    const el = wrapper.querySelector('calf-pain-guide')!;
    await shown('pt-BR');
    el.locale = 'zh-Hans';
    await shown('zh-Hans');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(
      zhHans['guide.title'],
    );
  });

  it('re-renders every widget on the page when the language changes', async () => {
    const wrapper = await fixture(
      html`<div><calf-pain-guide></calf-pain-guide><red-flag-banner></red-flag-banner></div>`,
    );
    document.documentElement.lang = 'es';
    await shown('es');
    const banner = wrapper.querySelector('red-flag-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('h2')!.textContent).to.contain(
      es['banner.heading.emergency'] as string,
    );
  });

  it('shows the number of the reader’s country, not of the language: Spanish in Australia', async () => {
    document.documentElement.lang = 'es';
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide region="AU"></calf-pain-guide>`);
    await shown('es');
    await settled(el);
    const banner = el.shadowRoot!.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent).to.equal('000');
    expect(el.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(es['guide.title']);
  });

  it('falls back from a region to its language, and to English for unknown languages', () => {
    expect(chooseLocale('es-MX')).to.deep.equal({ locale: 'es' });
    expect(chooseLocale('DE-at')).to.deep.equal({ locale: 'de' });
    expect(chooseLocale('pt')).to.deep.equal({ locale: 'pt-BR' });
    expect(chooseLocale('zh-CN')).to.deep.equal({ locale: 'zh-Hans' });
    expect(chooseLocale('ar-EG')).to.deep.equal({ locale: 'ar' });
    expect(chooseLocale('')).to.deep.equal({ locale: 'en' });
    for (const [tag, locale] of [
      ['pt-PT', 'pt-BR'],
      ['zh-TW', 'zh-Hans'],
      ['zh-Hant', 'zh-Hans'],
      ['ja', 'en'],
      ['not a tag', 'en'],
    ]) {
      const choice = chooseLocale(tag);
      expect(choice.locale, tag).to.equal(locale);
      expect(choice.warning, tag).to.be.a('string').and.contain(tag);
    }
  });

  it('gives English, saying why, for a language that is not finished (in no bundle)', () => {
    const languages = [
      { tag: 'pl', name: 'Polish', bundled: false },
      { tag: 'pt-BR', name: 'Brazilian Portuguese', bundled: false },
      { tag: 'es', name: 'Spanish', bundled: true },
    ];
    const supported = ['en', 'es'];
    for (const [tag, name] of [
      ['pl', 'Polish'],
      ['pl-PL', 'Polish'],
      ['pt-BR', 'Brazilian Portuguese'],
      ['pt-PT', 'Brazilian Portuguese'],
    ]) {
      expect(chooseLocaleAmong(tag, supported, languages), tag).to.deep.equal({
        locale: 'en',
        warning: `the ${name} translation is not finished (its safety-critical text is not all reviewed yet); showing English.`,
      });
    }
    expect(chooseLocaleAmong('es-MX', supported, languages)).to.deep.equal({ locale: 'es' });
    // A language this file does not carry but another bundle does: the plain message.
    expect(chooseLocaleAmong('es', ['en'], languages).warning).to.contain(
      'no translation for "es"',
    );
  });

  it('warns once for an unknown language, and once for pt-PT, then shows the fallback', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<CalfPainGuide>(
        html`<calf-pain-guide locale="ja"></calf-pain-guide>`,
      );
      await shown('en');
      el.locale = 'pt-PT';
      await shown('pt-BR');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('"ja"'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('"pt-PT"'))).to.have.length(1);
  });

  it('warns, and does not break, when a second widget asks for another language', async () => {
    let wrapper!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      wrapper = await fixture(html`<div><calf-pain-guide locale="de"></calf-pain-guide></div>`);
      await shown('de');
      const second = document.createElement('calf-pain-checker');
      second.setAttribute('locale', 'fr');
      wrapper.append(second);
      await second.updateComplete;
      await aTimeout(20);
    });
    expect(getLocale()).to.equal('de');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('one page shows one widget language');
    const second = wrapper.querySelector('calf-pain-checker')!;
    expect(second.shadowRoot!.querySelector('.checker')!.getAttribute('lang')).to.equal('de');
  });
});
