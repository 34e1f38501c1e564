import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import './red-flag-banner.js';
import { BANNER_LEVELS, type RedFlagBanner } from './red-flag-banner.js';
import { REGION_NUMBERS } from '../../content/regions.js';
import { redFlagSigns } from '../../content/guide.js';
import { captureWarnings } from '../../../test/support/console.js';
import {
  itRespectsHidden,
  itWarnsOnceForEachBadAttribute,
} from '../../../test/support/element-tests.js';

function telLinks(el: RedFlagBanner): { text: string; href: string }[] {
  return [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => ({
    text: a.textContent!.trim(),
    href: a.getAttribute('href')!,
  }));
}

describe('<red-flag-banner>', () => {
  it('shows the emergency signs of calf pain by default, under a real heading', async () => {
    const el = await fixture<RedFlagBanner>(html`<red-flag-banner region="GB"></red-flag-banner>`);
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(redFlagSigns());
    const h2 = el.shadowRoot!.querySelector('h2')!;
    expect(h2.textContent).to.contain('Immediate action required:');
    expect(h2.querySelector('.visually-hidden')!.textContent).to.contain(
      'Immediate action required',
    );
    await expect(el).to.be.accessible();
  });

  it('lays its heading out with a space after the level, as a screen reader reads it', async function () {
    // WebKit's selection does not reach into shadow roots.
    if (!/Chrome\/|Firefox\//.test(navigator.userAgent)) this.skip();
    const el = await fixture<RedFlagBanner>(html`<red-flag-banner region="GB"></red-flag-banner>`);
    // The text as laid out (what a selection copies, and what Orca read from Chromium): the
    // prefix is out of the flow, and a plain space at its end was dropped ("required:Get").
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('h2')!);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const text = selection.toString().replace(/\s+/g, ' ').trim();
    selection.removeAllRanges();
    expect(text).to.equal('Immediate action required: Get help now');
  });

  it('gives the right emergency number for every region in the table', async () => {
    const el = await fixture<RedFlagBanner>(html`<red-flag-banner></red-flag-banner>`);
    for (const [region, numbers] of Object.entries(REGION_NUMBERS)) {
      el.region = region;
      await el.updateComplete;
      const [first] = telLinks(el);
      expect(first?.text, region).to.equal(numbers.emergency);
      expect(first?.href, region).to.equal(`tel:${numbers.emergency.replace(/[^0-9+]/g, '')}`);
    }
  });

  it('gives the urgent line of every region that has one, and only the doctor route otherwise', async () => {
    const el = await fixture<RedFlagBanner>(
      html`<red-flag-banner level="urgent"></red-flag-banner>`,
    );
    for (const [region, numbers] of Object.entries(REGION_NUMBERS)) {
      el.region = region;
      await el.updateComplete;
      const links = telLinks(el).map((l) => l.text);
      expect(links, region).to.deep.equal(numbers.urgent ? [numbers.urgent.number] : []);
    }
  });

  it('never offers 111 as an advice line in New Zealand, where it is the emergency number', async () => {
    const nz = await fixture<RedFlagBanner>(html`<red-flag-banner region="NZ"></red-flag-banner>`);
    expect(telLinks(nz).map((l) => l.text)).to.deep.equal(['111']);
    const nzUrgent = await fixture<RedFlagBanner>(
      html`<red-flag-banner region="NZ" level="urgent"></red-flag-banner>`,
    );
    expect(telLinks(nzUrgent).map((l) => l.text)).to.not.include('111');
    const gb = await fixture<RedFlagBanner>(
      html`<red-flag-banner region="GB" level="urgent"></red-flag-banner>`,
    );
    expect(telLinks(gb).map((l) => l.text)).to.deep.equal(['111']);
    const gbEmergency = await fixture<RedFlagBanner>(
      html`<red-flag-banner region="gb"></red-flag-banner>`,
    );
    expect(telLinks(gbEmergency).map((l) => l.text)).to.deep.equal(['999']);
  });

  it('takes the region from the closest lang that names one', async () => {
    const wrapper = await fixture(
      html`<div lang="es-AU">
        <section lang="es"><red-flag-banner></red-flag-banner></section>
      </div>`,
    );
    const el = wrapper.querySelector('red-flag-banner')!;
    await el.updateComplete;
    expect(telLinks(el).map((l) => l.text)).to.deep.equal(['000']);
    wrapper.setAttribute('lang', 'en-US');
    el.requestUpdate();
    await el.updateComplete;
    expect(telLinks(el).map((l) => l.text)).to.deep.equal(['911']);
  });

  it('names common emergency numbers when the country is unknown', async () => {
    const el = await fixture<RedFlagBanner>(html`<red-flag-banner lang="en"></red-flag-banner>`);
    const text = el.shadowRoot!.querySelector('.action')!.textContent!;
    expect(telLinks(el)).to.have.length(0);
    for (const number of ['112', '911', '999', '000']) expect(text).to.contain(number);
  });

  it('lets the embedder override the numbers, saying in the console when one is not the region’s', async () => {
    let el!: RedFlagBanner;
    let urgent!: RedFlagBanner;
    const warnings = await captureWarnings(async () => {
      el = await fixture<RedFlagBanner>(
        html`<red-flag-banner region="GB" emergency-number="112"></red-flag-banner>`,
      );
      urgent = await fixture<RedFlagBanner>(
        html`<red-flag-banner
          region="GB"
          level="urgent"
          urgent-number="0800 123 456"
        ></red-flag-banner>`,
      );
    });
    expect(telLinks(el).map((l) => l.text)).to.deep.equal(['112']);
    expect(telLinks(urgent)).to.deep.equal([{ text: '0800 123 456', href: 'tel:0800123456' }]);
    expect(warnings).to.deep.equal([
      '<red-flag-banner>: emergency-number="112" is not the emergency number of GB (999); showing 112. Make sure it is right.',
      '<red-flag-banner>: urgent-number="0800 123 456" is not the urgent-advice number of GB (111); showing 0800 123 456. Make sure it is right.',
    ]);
  });

  it('shows the clinic’s own phone and link in non-urgent cards, and in urgent ones only for a same-day clinic', async () => {
    const physio = await fixture<RedFlagBanner>(
      html`<red-flag-banner
        level="urgent"
        region="US"
        clinic-name="Oak Physio"
        clinic-phone="+1 555 0100"
        clinic-url="https://oak.example/book"
      ></red-flag-banner>`,
    );
    expect(physio.shadowRoot!.textContent).not.to.contain('Oak Physio');
    expect(telLinks(physio).map((l) => l.href)).not.to.include('tel:+15550100');
    for (const [level, sameDay] of [
      ['urgent', true],
      ['non-urgent', false],
    ] as const) {
      const el = await fixture<RedFlagBanner>(
        html`<red-flag-banner
          level=${level}
          region="US"
          clinic-name="Oak Clinic"
          clinic-phone="+1 555 0100"
          clinic-url="https://oak.example/book"
          ?clinic-same-day=${sameDay}
        ></red-flag-banner>`,
      );
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('Oak Clinic');
      expect(telLinks(el).map((l) => l.href)).to.include('tel:+15550100');
      expect(el.shadowRoot!.querySelector('a[href="https://oak.example/book"]')).to.exist;
    }
  });

  it('says its level with a heading and an icon, not colour alone', async () => {
    const headings: string[] = [];
    for (const level of BANNER_LEVELS) {
      const el = await fixture<RedFlagBanner>(
        html`<red-flag-banner level=${level} region="GB"></red-flag-banner>`,
      );
      headings.push(el.shadowRoot!.querySelector('h2')!.textContent!.trim());
      const icon = el.shadowRoot!.querySelector('.heading svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      const width = getComputedStyle(el.shadowRoot!.querySelector('.card')!).borderTopWidth;
      headings.push(width);
    }
    expect(new Set(headings).size).to.equal(6);
  });

  it('shows the author’s own content instead of the default list', async () => {
    const el = await fixture<RedFlagBanner>(
      html`<red-flag-banner region="IE"><p id="own">Our own words.</p></red-flag-banner>`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['own']);
    expect(telLinks(el).map((l) => l.text)).to.deep.equal(['999']);
  });

  it('follows its content as the page changes it: own words shown, default list back when they go', async () => {
    const el = await fixture<RedFlagBanner>(html`<red-flag-banner region="GB"></red-flag-banner>`);
    const defaultList = el.shadowRoot!.querySelector('slot ul')!;
    const shown = (element: Element) => element.getBoundingClientRect().height > 0;
    expect(shown(defaultList)).to.be.true;
    const own = document.createElement('p');
    own.textContent = 'Our own words.';
    el.append(own);
    await aTimeout(0);
    expect(shown(own)).to.be.true;
    expect(shown(defaultList)).to.be.false;
    own.remove();
    await aTimeout(0);
    expect(shown(defaultList)).to.be.true;
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<RedFlagBanner>(
      html`<red-flag-banner heading-level="4"></red-flag-banner>`,
    );
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.not.exist;
  });

  it('takes routine, the checker’s word for non-urgent, as the same card', async () => {
    const routine = await fixture<RedFlagBanner>(
      html`<red-flag-banner level="routine" region="GB"></red-flag-banner>`,
    );
    const nonUrgent = await fixture<RedFlagBanner>(
      html`<red-flag-banner level="non-urgent" region="GB"></red-flag-banner>`,
    );
    expect(routine.level).to.equal('routine');
    expect(routine.shadowRoot!.textContent).to.equal(nonUrgent.shadowRoot!.textContent);
    expect(routine.shadowRoot!.querySelector('h2')!.textContent).to.contain('See your doctor');
  });

  itWarnsOnceForEachBadAttribute<RedFlagBanner>(
    'red-flag-banner',
    {
      level: 'panic',
      'heading-level': '9',
      region: 'Narnia',
      'emergency-number': 'call me',
      'clinic-url': 'javascript:alert(1)',
      theme: 'neon',
    },
    (el) => {
      expect(el.level).to.equal('emergency');
      expect(el.theme).to.equal('light');
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.not.exist;
    },
  );

  itRespectsHidden('red-flag-banner');
});
