/**
 * The custom element registry is page-wide: what happens when a CMS loads the script twice, an
 * older copy got there first, the elements were made before the script arrived, or there are many
 * of them. Each page is a blank iframe with the built bundle only, as in test/elements/bundle.test.ts.
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { BUNDLE, blankPage, bundleScript, until } from '../support/blank-page.js';

const TAGS = ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner'] as const;
const VERSION = '0.1.0';

describe('the bundle and the page-wide element registry', () => {
  it('loaded twice (two URLs, so it really runs twice): no error, no warning, one working definition', async () => {
    // Guards: define.ts checks the registry before defining (a bare customElements.define throws
    // "already been used" on the second copy), and stays silent when the versions match. Also
    // that nothing else at the top level of the bundle throws when it runs a second time.
    const { frame, win, doc } = await blankPage({
      head: bundleScript() + bundleScript('?v=2'),
      body: '<calf-pain-guide region="GB"></calf-pain-guide>',
    });
    // The second copy really was fetched and run.
    const loaded = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/dist/calf-pain-guide.js')
      .map((url) => url.search);
    expect(loaded).to.have.members(['', '?v=2']);
    await aTimeout(50);
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('.title')).to.exist;
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('after an older copy defined the tags: no error, one warning per tag naming both versions, even when loaded twice', async () => {
    // Guards: define.ts neither throws nor replaces the first definition, and reports the version
    // mismatch once per tag for the whole page (not once per copy of the script).
    const olderCopy = `<script type="module">
      for (const tag of ${JSON.stringify(TAGS)}) {
        customElements.define(tag, class extends HTMLElement {
          static version = '0.0.1';
          connectedCallback() { this.dataset.copy = 'older'; }
        });
      }
    </script>`;
    const { frame, win, doc } = await blankPage({
      head: olderCopy + bundleScript() + bundleScript('?v=2'),
      body: '<calf-pain-guide region="GB"></calf-pain-guide>',
    });
    await aTimeout(50);
    const log = win.__hostile;
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings).to.have.length(TAGS.length);
    for (const tag of TAGS) {
      const mine = log.warnings.filter((warning) => warning.includes(`<${tag}>`));
      expect(mine, tag).to.have.length(1);
      expect(mine[0]).to.contain('0.0.1').and.to.contain(VERSION);
    }
    // The first definition stays in use.
    const guide = doc.querySelector('calf-pain-guide')!;
    expect(guide.getAttribute('data-copy')).to.equal('older');
    expect(
      (win.customElements.get('calf-pain-guide') as unknown as { version: string }).version,
    ).to.equal('0.0.1');
    frame.remove();
  });

  it('keeps properties set on an element made before the script loaded', async () => {
    // Guards: Lit's upgrade keeps own properties set before the definition (otherwise the class
    // field initialisers would reset region, open and headingLevel on upgrade).
    const { frame, win, doc } = await blankPage({ head: '' });
    const early = doc.createElement('calf-pain-guide') as CalfPainGuide;
    early.region = 'AU';
    early.open = 'clot';
    early.headingLevel = 3;
    doc.body.append(early);
    expect(win.customElements.get('calf-pain-guide')).to.equal(undefined);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    doc.head.append(script);
    await until(() => win.customElements.get('calf-pain-guide'), 'the definition');
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    expect(guide).to.equal(early);
    await guide.updateComplete;

    expect(guide.region).to.equal('AU');
    expect(guide.open).to.equal('clot');
    expect(guide.headingLevel).to.equal(3);
    const root = guide.shadowRoot!;
    expect(root.querySelector('h3.title'), 'the title at level 3').to.exist;
    expect(root.querySelector('#panel-clot')!.hasAttribute('hidden')).to.be.false;
    expect(root.querySelector('#toggle-clot')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('#panel-muscle')!.hasAttribute('hidden')).to.be.true;
    expect(guide.getAttribute('open')).to.equal('clot');
    const banner = root.querySelector<CalfPainGuide>('red-flag-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('a[href="tel:000"]'), 'the Australian number').to.exist;
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });

  it('shows 50 guides on one page: all rendered, one definition, no warning', async () => {
    // Guards: one registration for any number of elements, and the page-wide language and region
    // logic (one MutationObserver, one locale decision) stays quiet and correct for each of them.
    const regions = ['GB', 'US', 'AU', 'FR', 'DE'];
    const numbers: Record<string, string> = {
      GB: '999',
      US: '911',
      AU: '000',
      FR: '15',
      DE: '112',
    };
    const body = Array.from(
      { length: 50 },
      (_, i) =>
        `<calf-pain-guide region="${regions[i % 5]}" sections="about check"></calf-pain-guide>`,
    ).join('');
    const { frame, win, doc } = await blankPage({ body });
    const guides = [...doc.querySelectorAll<CalfPainGuide>('calf-pain-guide')];
    expect(guides).to.have.length(50);
    await Promise.all(guides.map((guide) => guide.updateComplete));
    const definition = win.customElements.get('calf-pain-guide');
    for (const [i, guide] of guides.entries()) {
      expect(guide.constructor, `guide ${i}`).to.equal(definition);
      expect(guide.matches(':defined'), `guide ${i}`).to.be.true;
      const root = guide.shadowRoot!;
      expect(root.querySelector('.title'), `guide ${i}`).to.exist;
      expect(root.querySelectorAll('section[data-section]'), `guide ${i}`).to.have.length(3);
      const banner = root.querySelector<CalfPainGuide>('red-flag-banner')!;
      await banner.updateComplete;
      const number = numbers[regions[i % 5]];
      expect(banner.shadowRoot!.querySelector(`a[href="tel:${number}"]`), `guide ${i}`).to.exist;
    }
    // Each one works on its own: opening one section of the 37th opens only that one.
    const toggle = guides[36].shadowRoot!.querySelector<HTMLButtonElement>('#toggle-about')!;
    toggle.click();
    await guides[36].updateComplete;
    expect(guides.filter((guide) => guide.open === 'about')).to.deep.equal([guides[36]]);
    expect(win.__hostile.errors).to.deep.equal([]);
    expect(win.__hostile.warnings).to.deep.equal([]);
    frame.remove();
  });
});
