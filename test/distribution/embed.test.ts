/**
 * dist/embed.html, the guide alone in a page for sites that only allow iframes, with
 * dist/embed-parent.js in the framing page (this test page). The test server sends embed.html
 * with the strict Content-Security-Policy of test/support/server-middleware.mjs.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { templates as es } from '../../src/generated/locales/es.js';
import { HEIGHT_MESSAGE } from '../../src/embed/message.js';

type GuideElement = HTMLElement & { updateComplete: Promise<unknown> };

async function until(condition: () => unknown, what: string, ms = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(10);
  }
}

/** Every message this page receives, with where it came from. */
const received: MessageEvent[] = [];
addEventListener('message', (event) => received.push(event));

let parentScript: Promise<unknown> | undefined;
/** Loads dist/embed-parent.js into this page once, as an embedder would. */
function loadParentScript(): Promise<unknown> {
  parentScript ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/embed-parent.js';
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
    document.head.append(script);
  });
  return parentScript;
}

interface Embedded {
  frame: HTMLIFrameElement;
  doc: Document;
  guide: GuideElement;
}

/** The page's own height: what the frame must be to show it all. */
const contentHeight = (doc: Document) =>
  Math.ceil(doc.documentElement.getBoundingClientRect().height);

/** True when the frame is exactly as tall as its page, so it has nothing to scroll. */
const fits = ({ frame, doc }: Embedded) =>
  frame.clientHeight === contentHeight(doc) &&
  doc.documentElement.scrollHeight <= frame.contentWindow!.innerHeight;

async function embed(query: string): Promise<Embedded> {
  await loadParentScript();
  const frame = document.createElement('iframe');
  frame.title = 'Calf pain guide';
  // A short frame to start with, as a page sets before the first message arrives.
  Object.assign(frame.style, { width: '600px', height: '150px', border: '0' });
  frame.src = `/dist/embed.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const guide = doc.querySelector<GuideElement>('calf-pain-guide')!;
  await until(() => frame.contentWindow!.customElements.get('calf-pain-guide'), 'the bundle');
  await guide.updateComplete;
  const embedded = { frame, doc, guide };
  await until(() => fits(embedded) && frame.clientHeight > 300, 'the frame to fit the guide');
  return embedded;
}

describe('dist/embed.html in an iframe, with dist/embed-parent.js in the page', () => {
  it('sizes its frame to the guide, growing when a section opens and shrinking when it closes', async () => {
    const embedded = await embed('locale=es&region=ES');
    const { frame, guide } = embedded;
    const closed = frame.clientHeight;

    const toggle = guide.shadowRoot!.querySelector<HTMLButtonElement>('#toggle-muscle')!;
    toggle.click();
    await guide.updateComplete;
    await until(() => frame.clientHeight > closed + 200 && fits(embedded), 'the frame to grow');
    expect(frame.clientHeight).to.be.greaterThan(closed + 200);
    expect(fits(embedded), 'the whole page shows, with nothing to scroll').to.be.true;

    toggle.click();
    await guide.updateComplete;
    await until(() => frame.clientHeight === closed && fits(embedded), 'the frame to shrink');
    frame.remove();
  });

  it('says its height in a documented message, and nothing else', async () => {
    received.length = 0;
    const { frame } = await embed('locale=es&region=ES');
    const fromFrame = received.filter((event) => event.source === frame.contentWindow);
    expect(fromFrame.length).to.be.greaterThan(0);
    for (const event of fromFrame) {
      expect(event.origin).to.equal(location.origin);
      expect(Object.keys(event.data).sort()).to.deep.equal(['height', 'type']);
      expect(event.data.type).to.equal(HEIGHT_MESSAGE);
      expect(Number.isInteger(event.data.height)).to.be.true;
    }
    expect(fromFrame.at(-1)!.data.height).to.equal(frame.clientHeight);
    frame.remove();
  });

  it('maps query parameters onto the guide: locale es shows Spanish, region ES shows 112', async () => {
    const { frame, doc, guide } = await embed(
      'locale=es&region=ES&clinic-name=%3Cb%3ERiverside%3C%2Fb%3E&clinic-phone=020%207946%200000' +
        '&hide-checker=true&onclick=alert(1)&style=display%3Anone',
    );
    const root = guide.shadowRoot!;
    expect(root.querySelector('.title')!.textContent!.trim()).to.equal(es['guide.title']);
    expect(doc.documentElement.lang).to.equal('es');
    const banner = root.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href="tel:112"]')!.textContent).to.equal('112');
    // Values are attribute text, never markup.
    expect(guide.getAttribute('clinic-name')).to.equal('<b>Riverside</b>');
    expect(guide.getAttribute('clinic-phone')).to.equal('020 7946 0000');
    expect(doc.querySelector('b')).to.equal(null);
    expect(root.querySelector('[data-section="check"]')).to.equal(null);
    // Only the guide's own attributes: nothing else in the address reaches the element.
    expect(guide.hasAttribute('onclick')).to.be.false;
    expect(guide.hasAttribute('style')).to.be.false;
    expect(doc.title).to.equal(es['guide.title']);
    frame.remove();
  });

  it('loads nothing but its script and the one-language bundle, under a strict CSP', async () => {
    const response = await fetch('/dist/embed.html', { cache: 'no-store' });
    expect(response.headers.get('Content-Security-Policy')).to.contain("script-src 'self'");
    const { frame } = await embed('locale=es-MX&region=MX');
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server adds its own script to every HTML page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/embed.js', '/dist/calf-pain-guide.es.js']);
    // Styled, so the styles got past style-src 'self' too.
    expect(frame.contentWindow!.getComputedStyle(frame.contentDocument!.body).marginTop).to.equal(
      '0px',
    );
    frame.remove();
  });

  it('the parent script ignores height messages from another origin or not from a frame', async () => {
    await loadParentScript();
    // A frame of another (opaque) origin that claims to be the guide.
    const impostor = document.createElement('iframe');
    impostor.setAttribute('sandbox', 'allow-scripts');
    impostor.style.height = '150px';
    impostor.srcdoc = `<script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 20 }, '*');</script>`;
    received.length = 0;
    document.body.append(impostor);
    await until(() => received.some((event) => event.data?.height === 20), 'the message');
    // This page's own message, of this origin but from no frame.
    postMessage({ type: HEIGHT_MESSAGE, height: 30 }, '*');
    await until(() => received.some((event) => event.data?.height === 30), 'the message');
    await aTimeout(50);
    expect(impostor.style.height).to.equal('150px');
    expect(impostor.clientHeight).to.equal(150);
    impostor.remove();
  });
});
