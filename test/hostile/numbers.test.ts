/**
 * The numbers a reader is told to call (security review, issue 21). An emergency or urgent
 * number set by an attribute is digits and spaces, short, and shown with a console warning when
 * it is not the region's own; anything else (phone codes that forward calls, premium lines,
 * look-alike digits, `#` and `*`) is refused and the region's own number is shown instead. A
 * clinic's phone is written as people write phone numbers. Every `tel:` link dials what it shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import type { RedFlagBanner } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { REGION_NUMBERS } from '../../src/content/regions.js';
import { captureWarnings } from '../support/console.js';
import { runChecker } from '../support/checker-harness.js';

function telLinks(root: ShadowRoot): { text: string; href: string }[] {
  return [...root.querySelectorAll('a[href^="tel:"]')].map((a) => ({
    text: a.textContent!.trim(),
    href: a.getAttribute('href')!,
  }));
}

/** A banner with these attributes, and the warnings it printed. */
async function banner(
  attributes: Record<string, string>,
): Promise<{ el: RedFlagBanner; warnings: string[] }> {
  let el!: RedFlagBanner;
  const warnings = await captureWarnings(async () => {
    el = document.createElement('red-flag-banner');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    await fixture(el);
    el.requestUpdate();
    await el.updateComplete;
  });
  return { el, warnings };
}

describe('the numbers to call', () => {
  // Finding 2 of the review: each of these was shown as the number to call for an ambulance.
  const REFUSED = [
    '0',
    '112#',
    '*#06#',
    '##002#',
    '**21*09001234567#',
    '0900 123 4567',
    '999;ext=1',
    '112\u200b',
    '١١٢',
    '999<b>',
    '+999',
    '9-9-9',
    '9  9',
    '1234567',
    'tel:999',
  ];
  for (const value of REFUSED) {
    it(`emergency-number=${JSON.stringify(value)} is refused: the region's own number is shown`, async () => {
      const { el, warnings } = await banner({ region: 'GB', 'emergency-number': value });
      expect(telLinks(el.shadowRoot!)).to.deep.equal([{ text: '999', href: 'tel:999' }]);
      expect(el.shadowRoot!.textContent).to.not.contain(value.trim());
      expect(warnings).to.deep.equal([
        `<red-flag-banner>: emergency-number="${value}" is not valid; using the region's own number.`,
      ]);
    });
  }

  it('urgent-number takes the same rule: a forwarding code or a long number is refused', async () => {
    for (const value of ['**21*0800123456#', '111#', '0900 123 4567 89', '+44 111']) {
      const { el, warnings } = await banner({
        region: 'GB',
        level: 'urgent',
        'urgent-number': value,
      });
      expect(telLinks(el.shadowRoot!), value).to.deep.equal([{ text: '111', href: 'tel:111' }]);
      expect(warnings, value).to.have.length(1);
      expect(warnings[0]).to.contain(`urgent-number="${value}" is not valid`);
    }
  });

  it('a number that is not the region’s own is shown, with one warning that says so', async () => {
    const { el, warnings } = await banner({ region: 'ES', 'emergency-number': '061' });
    expect(telLinks(el.shadowRoot!)).to.deep.equal([{ text: '061', href: 'tel:061' }]);
    expect(warnings).to.deep.equal([
      '<red-flag-banner>: emergency-number="061" is not the emergency number of ES (112); showing 061. Make sure it is right.',
    ]);
  });

  it('the region’s own number, however spaced, and any number where the region is unknown, give no warning', async () => {
    const cases: Record<string, string>[] = [
      { region: 'GB', 'emergency-number': ' 999 ' },
      { region: 'DE', level: 'urgent', 'urgent-number': '116 117' },
      { lang: 'en', 'emergency-number': '112' },
    ];
    for (const attributes of cases) {
      const { el, warnings } = await banner(attributes);
      expect(warnings, JSON.stringify(attributes)).to.deep.equal([]);
      expect(telLinks(el.shadowRoot!).length).to.equal(1);
    }
  });

  it('a region’s own number with # (Japan’s #7119) is shown and dialled as shown; set by an attribute elsewhere it is refused', async () => {
    const numbersWithHash = Object.entries(REGION_NUMBERS).filter(([, n]) =>
      /[#*]/.test(`${n.emergency} ${n.urgent?.number ?? ''}`),
    );
    expect(numbersWithHash.map(([region]) => region)).to.deep.equal(['JP']);

    const own = await banner({ region: 'JP', level: 'urgent' });
    expect(telLinks(own.el.shadowRoot!)).to.deep.equal([{ text: '#7119', href: 'tel:%237119' }]);
    // The href the browser resolves keeps the #, and has no fragment: it dials #7119.
    const link = own.el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(link.hash).to.equal('');
    expect(decodeURIComponent(link.href)).to.equal('tel:#7119');

    const repeated = await banner({ region: 'JP', level: 'urgent', 'urgent-number': '#7119' });
    expect(repeated.warnings).to.deep.equal([]);
    expect(telLinks(repeated.el.shadowRoot!)).to.deep.equal([
      { text: '#7119', href: 'tel:%237119' },
    ]);

    const elsewhere = await banner({ region: 'GB', level: 'urgent', 'urgent-number': '#7119' });
    expect(telLinks(elsewhere.el.shadowRoot!)).to.deep.equal([{ text: '111', href: 'tel:111' }]);
    expect(elsewhere.warnings).to.have.length(1);
  });

  it('every tel: link of every region dials exactly the digits it shows', async () => {
    for (const level of ['emergency', 'urgent']) {
      for (const region of Object.keys(REGION_NUMBERS)) {
        const { el } = await banner({ region, level });
        for (const { text, href } of telLinks(el.shadowRoot!)) {
          expect(href, `${region} ${text}`).to.match(/^tel:(%23|[0-9+*])+$/);
          expect(decodeURIComponent(href), `${region} ${text}`).to.equal(
            `tel:${text.replace(/[^0-9+*#]/g, '')}`,
          );
        }
      }
    }
  });

  describe('clinic-phone', () => {
    const ACCEPTED = [
      // The demo's own number (demo/checker.html), refused before this rule.
      '(555) 010-0100',
      '+1 555 0100',
      '020 7946 0000',
      '+44 (0)20 7946-0000',
      '01.23.45.67.89',
      '910 000 000',
    ];
    for (const value of ACCEPTED) {
      it(`takes ${JSON.stringify(value)}, linked to its digits`, async () => {
        const { el, warnings } = await banner({
          region: 'US',
          level: 'non-urgent',
          'clinic-phone': value,
        });
        expect(warnings).to.deep.equal([]);
        expect(telLinks(el.shadowRoot!)).to.deep.equal([
          { text: value, href: `tel:${value.replace(/[^0-9+]/g, '')}` },
        ]);
      });
    }

    const REFUSED_PHONES = [
      '*#06#',
      '555 0100#',
      '**21*0900123456#',
      '555 0100;ext=1',
      '555 0100 ext 1',
      '0800 FLOWERS',
      '١١٢ 555',
      '12',
      '+',
      '555\u200b0100',
      '555 0100<b>',
      'tel:5550100',
      '1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1',
    ];
    for (const value of REFUSED_PHONES) {
      it(`refuses ${JSON.stringify(value)}: no clinic number is shown`, async () => {
        const { el, warnings } = await banner({
          region: 'US',
          level: 'non-urgent',
          'clinic-name': 'Oak Clinic',
          'clinic-phone': value,
        });
        expect(telLinks(el.shadowRoot!)).to.deep.equal([]);
        expect(warnings).to.deep.equal([
          `<red-flag-banner>: clinic-phone="${value}" is not valid; using no number.`,
        ]);
      });
    }

    it('the demo pages’ clinic phones are all accepted', async () => {
      const phones: string[] = [];
      for (const page of ['/demo/index.html', '/demo/checker.html', '/demo/cms.html']) {
        const text = await (await fetch(page)).text();
        phones.push(...[...text.matchAll(/clinic-phone="([^"]*)"/g)].map(([, phone]) => phone));
      }
      expect(phones).to.include('(555) 010-0100');
      for (const phone of phones) {
        const { el, warnings } = await banner({ level: 'routine', 'clinic-phone': phone });
        expect(warnings, phone).to.deep.equal([]);
        expect(el.shadowRoot!.textContent, phone).to.contain(phone);
      }
    });
  });

  it('in the guide, an override is warned about once, and shown by the banner and each checker result', async () => {
    let guide!: CalfPainGuide;
    const warnings = await captureWarnings(async () => {
      guide = await fixture<CalfPainGuide>(
        html`<calf-pain-guide
          region="GB"
          emergency-number="112"
          open="check"
          clinic-phone="(555) 010-0100"
        ></calf-pain-guide>`,
      );
      const checker = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
      for (let run = 0; run < 2; run++) {
        checker.reset();
        await checker.updateComplete;
        await runChecker(checker, ['breathless']);
        // The emergency result leads with its own full-width call button.
        const call = checker.shadowRoot!.querySelector<HTMLAnchorElement>('.lead a.call-button')!;
        expect(call.getAttribute('href')).to.equal('tel:112');
        expect(call.textContent!.trim()).to.equal('Call 112');
      }
    });
    const getHelp = guide.shadowRoot!.querySelector<RedFlagBanner>('red-flag-banner')!;
    expect(telLinks(getHelp.shadowRoot!)).to.deep.equal([{ text: '112', href: 'tel:112' }]);
    expect(warnings).to.deep.equal([
      '<calf-pain-guide>: emergency-number="112" is not the emergency number of GB (999); showing 112. Make sure it is right.',
    ]);
  });
});
