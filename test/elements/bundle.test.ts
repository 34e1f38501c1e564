import { aTimeout, expect } from '@open-wc/testing';
import { allLocaleTemplates } from '../../src/generated/locale-templates.js';
import { LANGUAGES } from '../../src/generated/languages.js';
import { PROBE, blankPage as probedPage } from '../support/blank-page.js';

/**
 * A blank page with nothing but the built bundle and the guide, as a clinic would embed it (and
 * the tests' probe, loaded first, which records any error from the start).
 */
async function blankPage(
  body: string,
  lang = 'en-GB',
): Promise<{ frame: HTMLIFrameElement; errors: string[] }> {
  const { frame, win } = await probedPage({ body, lang });
  await aTimeout(50);
  return { frame, errors: win.__hostile.errors };
}

describe('dist/calf-pain-guide.js alone in a blank page', () => {
  it('renders every part of the guide, with no error and no request beyond itself', async () => {
    const { frame, errors } = await blankPage(
      '<calf-pain-guide open="get-help about check muscle nerves clot arteries other-causes sources"></calf-pain-guide>',
    );
    const doc = frame.contentDocument!;
    const guide = doc.querySelector('calf-pain-guide')!;
    const root = guide.shadowRoot!;
    expect(root.querySelectorAll('section[data-section]').length).to.equal(9);
    expect(root.querySelector('calf-pain-checker')!.shadowRoot!.querySelector('fieldset')).to.exist;
    const banner = root.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
    expect(root.querySelector('.reviewed')!.textContent).to.contain('2026');
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => e.name)
      // The tests' own probe.
      .filter((url) => url !== PROBE);
    expect(requests.map((url) => new URL(url).pathname)).to.deep.equal([
      '/dist/calf-pain-guide.js',
    ]);
    expect(errors).to.deep.equal([]);
    frame.remove();
  });

  it('shows the content written inside <red-flag-banner> before (and without) the script', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><red-flag-banner><p id="own">Call 999 if your calf is cold and pale.</p></red-flag-banner></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const own = frame.contentDocument!.getElementById('own')!;
    expect(own.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentWindow!.customElements.get('red-flag-banner')).to.equal(undefined);
    frame.remove();
  });

  /** The languages in this bundle (declared to ship, and ready), and their translations. */
  const TRANSLATIONS = Object.fromEntries(
    LANGUAGES.filter((l) => l.bundled).map((l) => [
      l.tag,
      (allLocaleTemplates.get(l.tag) as unknown as { templates: Record<string, unknown> })
        .templates,
    ]),
  );
  for (const [lang, templates] of Object.entries(TRANSLATIONS)) {
    it(`shows the guide and the checker in ${lang} on a page with <html lang="${lang}">`, async () => {
      const { frame, errors } = await blankPage(
        '<calf-pain-guide open="check"></calf-pain-guide>',
        lang,
      );
      const win = frame.contentWindow!;
      const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
      const text = (root: ParentNode, selector: string) =>
        root.querySelector(selector)?.textContent?.trim();
      for (
        let i = 0;
        i < 100 && text(guide.shadowRoot!, '.title') !== templates['guide.title'];
        i++
      ) {
        await aTimeout(10);
      }
      expect(text(guide.shadowRoot!, '.title')).to.equal(templates['guide.title']);
      const checker = guide.shadowRoot!.querySelector('calf-pain-checker')!;
      await checker.updateComplete;
      expect(text(checker.shadowRoot!, 'legend')).to.equal(templates['screen.emergency.question']);
      expect(text(checker.shadowRoot!, 'button[type="submit"]')).to.equal(
        templates['checker.next'],
      );
      expect(guide.shadowRoot!.querySelector('.guide')!.getAttribute('lang')).to.equal(lang);
      expect(win.getComputedStyle(guide.shadowRoot!.querySelector('.guide')!).direction).to.equal(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }

  // A language that ships but is not ready in this build: its readers get English, whole.
  for (const { tag, name } of LANGUAGES.filter((l) => l.ships && !l.bundled)) {
    it(`shows the guide in English on a page with <html lang="${tag}">: ${name} is not ready`, async () => {
      const { frame, errors } = await blankPage(
        '<calf-pain-guide open="check"></calf-pain-guide>',
        tag,
      );
      const guide = frame.contentDocument!.querySelector('calf-pain-guide')!;
      for (let i = 0; i < 100 && !guide.shadowRoot?.querySelector('.title'); i++) {
        await aTimeout(10);
      }
      expect(guide.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(
        'Pain at the top of the calf',
      );
      expect(guide.shadowRoot!.querySelector('.guide')!.getAttribute('lang')).to.equal('en');
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }
});
