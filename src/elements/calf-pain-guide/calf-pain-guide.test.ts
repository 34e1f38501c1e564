import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './calf-pain-guide.js';
import type { CalfPainChecker } from '../calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from './calf-pain-guide.js';
import { getHelpTitle, redFlagSigns, sectionTitle } from '../../content/guide.js';
import { causeSections, otherCauses } from '../../content/guide-sections.js';
import { causeText } from '../../content/checker-text.js';
import { CONTENT_STATUS, SOURCES } from '../../content/sources.js';
import { SECTION_IDS } from './guide-structure.js';
import { ALL_CAUSES } from '../../checker/ids.js';
import { defineElement } from '../../define.js';
import { captureWarnings } from '../../../test/support/console.js';
import {
  itRespectsHidden,
  itWarnsOnceForEachBadAttribute,
} from '../../../test/support/element-tests.js';
import { canEmulateMedia } from '../../../test/support/engine.js';
import { ALL_OPEN } from '../../../test/support/states.js';

function toggle(el: CalfPainGuide, id: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${id}`)!;
}
function panel(el: CalfPainGuide, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`#panel-${id}`)!;
}

describe('<calf-pain-guide>', () => {
  it('its first render builds no number formatter (the page’s first costs tens of ms of Intl setup), and the start card still says how many questions', async () => {
    const NumberFormat = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        built++;
        return new target(...args);
      },
    });
    try {
      const el = await fixture<CalfPainGuide>(
        html`<calf-pain-guide region="GB"></calf-pain-guide>`,
      );
      const intro = el.shadowRoot!.querySelector('.start-card p')!.textContent!;
      expect(intro).to.equal(
        'Up to 10 short questions, about 3 minutes. Answers stay on this device.',
      );
      expect(built).to.equal(0);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });

  it('renders every section, each cause with its sources', async () => {
    const el = await fixture<CalfPainGuide>(
      html`<calf-pain-guide region="GB" open=${ALL_OPEN}></calf-pain-guide>`,
    );
    const titles = [...el.shadowRoot!.querySelectorAll('.toggle')].map((b) =>
      b.textContent!.trim(),
    );
    for (const id of SECTION_IDS) expect(titles).to.include(sectionTitle(id));
    for (const section of causeSections()) {
      const content = panel(el, section.id);
      expect(content.hasAttribute('hidden'), section.id).to.be.false;
      for (const source of section.sources) {
        expect(content.querySelector(`a[href="${SOURCES[source].url}"]`), `${section.id} ${source}`)
          .to.exist;
      }
    }
    for (const cause of otherCauses()) {
      expect(el.shadowRoot!.getElementById(cause.id), cause.id).to.exist;
    }
    const sourceLinks = panel(el, 'sources').querySelectorAll('a[href^="https://"]');
    expect(sourceLinks.length).to.equal(Object.keys(SOURCES).length);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${CONTENT_STATUS.checkedOn}T00:00:00Z`),
    );
    // The first paint shows the ISO date; the date as the reader writes it follows a frame later.
    const status = el.shadowRoot!.querySelector('.reviewed')!;
    await waitUntil(
      () =>
        status.textContent!.trim() ===
        `Content last checked against sources on ${date}; not yet signed off by a clinician.`,
      'the date is written out',
    );
    expect(status.getAttribute('data-content-version')).to.equal(CONTENT_STATUS.version);
  });

  it('writes its date the page’s way only when the page is in the language shown', async () => {
    const written = (tag: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${CONTENT_STATUS.checkedOn}T00:00:00Z`),
      );
    const shownDate = async (pageLang: string) => {
      const page = await fixture<HTMLElement>(
        html`<div lang=${pageLang}><calf-pain-guide region="GB"></calf-pain-guide></div>`,
      );
      const status = page.querySelector('calf-pain-guide')!.shadowRoot!.querySelector('.reviewed')!;
      await waitUntil(() => !status.textContent!.includes(CONTENT_STATUS.checkedOn), 'written out');
      return status.textContent!;
    };
    // A British page: English text, the day first.
    expect(await shownDate('en-GB')).to.contain(` ${written('en-GB')};`);
    // A Norwegian page has no Norwegian text: the guide is English, and so is its date.
    let norwegian = '';
    await captureWarnings(async () => {
      norwegian = await shownDate('nb-NO');
    });
    expect(norwegian).to.contain(` ${written('en')};`);
  });

  it('names the clinician who signed the content off, once one has', async () => {
    const unsigned = { ...CONTENT_STATUS };
    try {
      CONTENT_STATUS.reviewedBy = 'Dr A Example';
      CONTENT_STATUS.reviewedOn = '2027-03-01';
      const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
      const status = el.shadowRoot!.querySelector('.reviewed')!;
      await waitUntil(() => status.textContent!.includes('2027'), 'the status line is drawn');
      await waitUntil(
        () => status.textContent!.trim() === 'Reviewed by Dr A Example on March 1, 2027.',
        'the date is written out',
      );
      expect(status.textContent).to.not.contain('not yet signed off');
    } finally {
      Object.assign(CONTENT_STATUS, unsigned);
    }
  });

  it('has a place for every cause the checker can name, opened and focused by showCause()', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const names = new Map(causeText().map((c) => [c.id, c.name]));
    for (const cause of ALL_CAUSES) {
      await el.showCause(cause);
      const place = el.shadowRoot!.getElementById(cause);
      expect(place, cause).to.exist;
      expect(place!.closest('[hidden]'), `${cause} is in an open section`).to.equal(null);
      expect(el.shadowRoot!.activeElement, cause).to.equal(place);
      // One name per cause: the heading reads as the checker's result names it.
      expect(place!.textContent!.trim(), cause).to.equal(names.get(cause));
    }
  });

  it('says it is for adults, and what to watch for in a child', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide open="about"></calf-pain-guide>`);
    expect(el.shadowRoot!.querySelector('.lede')!.textContent).to.contain(
      'This guide is for adults (16 and over).',
    );
    const children = el.shadowRoot!.getElementById('children')!;
    expect(children.closest('#panel-about')).to.exist;
    const part = children.closest('.topic')!;
    expect(part.querySelector('.advice--urgent')!.textContent).to.contain('high temperature');
    expect(part.querySelector('.sources-line a[href^="https://"]')).to.exist;
  });

  it('points to the emergency card from each part, instead of repeating its signs', async () => {
    const el = await fixture<CalfPainGuide>(
      html`<calf-pain-guide region="GB" open=${ALL_OPEN}></calf-pain-guide>`,
    );
    const root = el.shadowRoot!;
    const pointers = [...root.querySelectorAll<HTMLElement>('.card-pointer')];
    // One in each cause section and one for the other causes.
    expect(pointers.length).to.equal(causeSections().length + 1);
    for (const pointer of pointers) {
      expect(pointer.textContent!.replace(/\s+/g, ' ')).to.contain(
        `For any sign under ${getHelpTitle()}, call 999 now.`,
      );
    }
    // The signs are written once, in the card.
    const guideText = root.querySelector('.guide')!.textContent!.replace(/\s+/g, ' ');
    for (const sign of redFlagSigns()) expect(guideText, sign).to.not.contain(sign);
    // The card's name moves focus to the card, and leaves the page's address alone.
    const address = location.href;
    pointers[2].querySelector('button')!.click();
    const card = root.querySelector('red-flag-banner')!;
    expect(root.activeElement).to.equal(card.parentElement);
    expect(root.activeElement!.getAttribute('aria-label')).to.equal(getHelpTitle());
    expect(location.href).to.equal(address);
  });

  it('writes out the content date after its first paint, even when moved before that', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const reviewed = () => el.shadowRoot!.querySelector('.reviewed')!.textContent!;
    const parent = el.parentElement!;
    const iso = CONTENT_STATUS.checkedOn;
    el.remove();
    await aTimeout(50);
    expect(reviewed(), 'no work while out of the page').to.contain(iso);
    parent.append(el);
    await waitUntil(() => !reviewed().includes(iso), 'the date is written out');
    expect(reviewed()).to.contain(iso.slice(0, 4));
  });

  it('draws a section when it first opens, and keeps the checker’s answers when it closes', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    // Closed sections are not drawn: a closed guide stays light on pages with many of them.
    expect(panel(el, 'clot').childElementCount).to.equal(0);
    expect(el.shadowRoot!.querySelector('calf-pain-checker')).to.equal(null);
    toggle(el, 'check').click();
    await el.updateComplete;
    const checker = el.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await checker.updateComplete;
    const breathless = checker.shadowRoot!.querySelector<HTMLInputElement>('#option-breathless')!;
    breathless.click();
    toggle(el, 'check').click();
    await el.updateComplete;
    expect(panel(el, 'check').hidden).to.be.true;
    toggle(el, 'check').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('calf-pain-checker')).to.equal(checker);
    expect(breathless.checked, 'the answer is still ticked').to.be.true;
  });

  it('always shows the emergency card, with the number for the region', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide region="AU"></calf-pain-guide>`);
    const banner = el.shadowRoot!.querySelector('red-flag-banner')!;
    await banner.updateComplete;
    expect(banner.level).to.equal('emergency');
    expect(getComputedStyle(banner).display).to.equal('block');
    expect(banner.shadowRoot!.querySelector('a[href="tel:000"]')).to.exist;
  });

  it('opens and closes sections from the keyboard', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const button = toggle(el, 'clot');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el, 'clot').hasAttribute('hidden')).to.be.true;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, 'clot').hasAttribute('hidden')).to.be.false;
    expect(el.getAttribute('open')).to.contain('clot');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el, 'clot').hasAttribute('hidden')).to.be.true;
  });

  it('follows heading-level for its own headings and those below', async () => {
    for (const level of [1, 2, 3, 4]) {
      const el = await fixture<CalfPainGuide>(
        html`<calf-pain-guide heading-level=${level} open="muscle"></calf-pain-guide>`,
      );
      expect(el.shadowRoot!.querySelector('.title')!.localName).to.equal(`h${level}`);
      expect(toggle(el, 'muscle').parentElement!.localName).to.equal(`h${level + 1}`);
      expect(panel(el, 'muscle').querySelector(`h${level + 2}`)).to.exist;
      const banner = el.shadowRoot!.querySelector('red-flag-banner')!;
      await banner.updateComplete;
      expect(banner.shadowRoot!.querySelector(`h${level + 1}`)).to.exist;
    }
  });

  it('shows only the sections asked for, in that order', async () => {
    const el = await fixture<CalfPainGuide>(
      html`<calf-pain-guide sections="clot muscle"></calf-pain-guide>`,
    );
    const shown = [...el.shadowRoot!.querySelectorAll('section[data-section]')].map((s) =>
      s.getAttribute('data-section'),
    );
    expect(shown).to.deep.equal(['get-help', 'clot', 'muscle']);
  });

  it('show() opens a section and moves focus to it', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    await el.show('arteries');
    expect(panel(el, 'arteries').hasAttribute('hidden')).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'arteries'));
    await el.showCause('sural-nerve');
    expect(panel(el, 'nerves').hasAttribute('hidden')).to.be.false;
    expect(el.shadowRoot!.activeElement!.id).to.equal('sural-nerve');
  });

  it('inherits the host page’s font', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: 'Courier New', monospace">
        <calf-pain-guide></calf-pain-guide>
      </div>`,
    );
    const guide = wrapper.querySelector('calf-pain-guide')!;
    await guide.updateComplete;
    const text = guide.shadowRoot!.querySelector('.lede')!;
    expect(getComputedStyle(text).fontFamily).to.contain('Courier New');
  });

  it('is harmless when defined twice, and names both versions when they differ', async () => {
    const Existing = customElements.get('calf-pain-guide')!;
    const sameVersion = await captureWarnings(() => defineElement('calf-pain-guide', Existing));
    expect(sameVersion).to.deep.equal([]);
    class OlderCopy extends HTMLElement {
      static version = '0.0.1';
    }
    const older = await captureWarnings(() => defineElement('calf-pain-guide', OlderCopy));
    expect(older).to.have.length(1);
    expect(older[0]).to.contain('0.0.1').and.contain('0.1.0');
    expect(customElements.get('calf-pain-guide')).to.equal(Existing);
  });

  // Vue's :hide-checker="hide", Svelte's hide-checker={hide} and CMS fields write "false".
  it('is shown when hide-checker is "false", "0" or "off" (any case), hidden by any other value', async () => {
    const guide = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const shown = () => Boolean(guide.shadowRoot!.querySelector('[data-section="check"]'));
    const cases: [string, boolean][] = [
      ['false', true],
      ['0', true],
      ['off', true],
      [' FALSE ', true],
      ['Off', true],
      ['', false],
      ['true', false],
      ['hide-checker', false],
      ['no', false],
    ];
    for (const [value, expected] of cases) {
      guide.setAttribute('hide-checker', value);
      await guide.updateComplete;
      expect(shown(), `hide-checker="${value}"`).to.equal(expected);
      expect(guide.hideChecker, `hideChecker for "${value}"`).to.equal(!expected);
    }
    // Turned on, then "false" again: the checker comes back, as when a framework's value changes.
    guide.setAttribute('hide-checker', 'false');
    await guide.updateComplete;
    expect(shown()).to.be.true;
    guide.removeAttribute('hide-checker');
    await guide.updateComplete;
    expect(shown()).to.be.true;
    // The property reflects as present or absent.
    guide.hideChecker = true;
    await guide.updateComplete;
    expect(guide.getAttribute('hide-checker')).to.equal('');
    guide.hideChecker = false;
    await guide.updateComplete;
    expect(guide.hasAttribute('hide-checker')).to.be.false;
  });

  itWarnsOnceForEachBadAttribute<CalfPainGuide>(
    'calf-pain-guide',
    {
      'heading-level': 'seven',
      sections: 'muscle nonsense',
      region: 'XX1',
      theme: 'blue',
    },
    (el) => {
      expect(el.shadowRoot!.querySelector('h2.title')).to.exist;
      expect(el.theme).to.equal('light');
      const shown = [...el.shadowRoot!.querySelectorAll('section[data-section]')].map((s) =>
        s.getAttribute('data-section'),
      );
      expect(shown).to.deep.equal(['get-help', 'muscle']);
    },
  );

  itRespectsHidden('calf-pain-guide');
});

describe('<calf-pain-guide> media', function () {
  before(function () {
    if (!canEmulateMedia) this.skip();
  });
  afterEach(async () => {
    if (canEmulateMedia) {
      await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('prints every section open', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const content = el.shadowRoot!.querySelector<HTMLElement>('#panel-clot')!;
    expect(getComputedStyle(content).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(content).display).to.equal('block');
    // Never opened, so drawn for printing (media query listeners hear of print in a frame or two).
    await waitUntil(
      () => content.querySelector('.sources-line a'),
      'the closed section is drawn for print',
    );
    const link = content.querySelector('.sources-line a')!;
    expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href'));
  });

  it('follows the reader’s dark setting with theme="auto", and stays light by default', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<CalfPainGuide>(
      html`<calf-pain-guide theme="auto"></calf-pain-guide>`,
    );
    const light = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    expect(getComputedStyle(auto).backgroundColor).to.equal('rgb(28, 33, 37)');
    expect(getComputedStyle(light).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    await expect(auto).to.be.accessible();
  });

  it('does not animate when the reader asks for reduced motion', async () => {
    const el = await fixture<CalfPainGuide>(html`<calf-pain-guide></calf-pain-guide>`);
    const chevron = el.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });
});
