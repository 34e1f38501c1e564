/**
 * What held in the security review (issue 21), kept as tests: no address written into
 * `clinic-url` or `guide-url` becomes anything but an http(s) link, however it is disguised.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { RedFlagBanner } from '../../src/elements/red-flag-banner/red-flag-banner.js';
import { captureWarnings } from '../support/console.js';
import { runChecker } from '../support/checker-harness.js';

/** Addresses that run script, leave the web, or hide what they are. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript%3Aalert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://clinic.example/0b1c',
  'about:blank',
  'mailto:book@clinic.example',
];

/** The href of every link in the shadow roots below `root`. */
function hrefs(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
      found.push(element.getAttribute('href')!);
    }
    if (element.shadowRoot) found.push(...hrefs(element.shadowRoot));
  }
  return found;
}

describe('links from attributes', () => {
  it(`clinic-url: ${HOSTILE_URLS.length} disguised addresses give only http(s) links`, async () => {
    expect(HOSTILE_URLS.length).to.be.at.least(15);
    for (const url of HOSTILE_URLS) {
      let el!: RedFlagBanner;
      await captureWarnings(async () => {
        el = document.createElement('red-flag-banner');
        el.setAttribute('level', 'urgent');
        el.setAttribute('region', 'GB');
        el.setAttribute('clinic-name', 'Riverside');
        el.setAttribute('clinic-url', url);
        await fixture(el);
      });
      const links = hrefs(el.shadowRoot!);
      expect(
        links.filter((href) => !/^(https?|tel):/.test(href)),
        JSON.stringify(url),
      ).to.deep.equal([]);
      // Nothing that names a script, whatever the link is.
      expect(links.join(' '), JSON.stringify(url)).to.not.match(/^javascript:|data:|vbscript:/i);
    }
  });

  it('guide-url="javascript:…" makes no link: "Read more" is plain text', async () => {
    let checker!: CalfPainChecker;
    const warnings = await captureWarnings(async () => {
      checker = await fixture<CalfPainChecker>(
        html`<calf-pain-checker region="GB" guide-url="javascript:alert(1)"></calf-pain-checker>`,
      );
      await runChecker(checker, ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks']);
    });
    expect(checker.result, 'a result with causes').to.exist;
    expect(hrefs(checker.shadowRoot!).filter((href) => !/^(https?|tel):/.test(href))).to.deep.equal(
      [],
    );
    expect(checker.shadowRoot!.querySelectorAll('.causes a')).to.have.length(0);
    expect(warnings.filter((w) => w.includes('guide-url="javascript:alert(1)"'))).to.have.length(1);
  });
});
