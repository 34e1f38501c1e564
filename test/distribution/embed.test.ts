/**
 * dist/embed.html, the guide alone in a page for sites that only allow iframes, with
 * dist/embed-parent.js in the framing page (this test page). The test server sends embed.html
 * with the strict Content-Security-Policy of test/support/server-middleware.mjs.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { templates as es } from '../../src/generated/locales/es.js';
import { HEIGHT_MESSAGE } from '../../src/embed/message.js';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';

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

async function embed(query: string, page = '/dist/embed.html'): Promise<Embedded> {
  await loadParentScript();
  const frame = document.createElement('iframe');
  frame.title = 'Calf pain guide';
  // A short frame to start with, as a page sets before the first message arrives.
  Object.assign(frame.style, { width: '600px', height: '150px', border: '0' });
  frame.src = `${page}?${query}`;
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

  it('maps the query parameters of how it looks onto the guide: locale es shows Spanish, region ES shows 112', async () => {
    const { frame, doc, guide } = await embed(
      'locale=es&region=ES&heading-level=%3Cb%3E3%3C%2Fb%3E&theme=dark' +
        '&hide-checker=true&onclick=alert(1)&style=display%3Anone',
    );
    const root = guide.shadowRoot!;
    expect(root.querySelector('.title')!.textContent!.trim()).to.equal(es['guide.title']);
    expect(doc.documentElement.lang).to.equal('es');
    const banner = root.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href="tel:112"]')!.textContent).to.equal('112');
    // Values are attribute text, never markup.
    expect(guide.getAttribute('heading-level')).to.equal('<b>3</b>');
    expect(doc.querySelector('b')).to.equal(null);
    expect(guide.getAttribute('theme')).to.equal('dark');
    expect(root.querySelector('[data-section="check"]')).to.equal(null);
    // Only the guide's own attributes: nothing else in the address reaches the element.
    expect(guide.hasAttribute('onclick')).to.be.false;
    expect(guide.hasAttribute('style')).to.be.false;
    expect(doc.title).to.equal(es['guide.title']);
    frame.remove();
  });

  it('a link to it cannot set a number to call or the clinic: the address of finding 1 shows the region’s number only', async () => {
    // Issue 21, finding 1: this link, on the clinic's own domain, showed "Call 0900 123 4567 for
    // an ambulance" and an "NHS ambulance line" link to evil.example.
    const { frame, doc, guide } = await embed(
      'region=GB&emergency-number=0900%20123%204567&urgent-number=0900%20123%204567' +
        '&clinic-name=NHS%20ambulance%20line&clinic-phone=0900%20123%204567' +
        '&clinic-url=https://evil.example/&open=check',
    );
    for (const name of [
      'emergency-number',
      'urgent-number',
      'clinic-name',
      'clinic-phone',
      'clinic-url',
    ]) {
      expect(guide.hasAttribute(name), name).to.be.false;
    }
    const banner = guide.shadowRoot!.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:999',
    );
    const text = [guide.shadowRoot!, banner.shadowRoot!].map((root) => root.textContent).join(' ');
    expect(text).to.not.contain('0900');
    expect(text).to.not.contain('NHS ambulance line');
    expect(doc.documentElement.outerHTML).to.not.contain('evil.example');
    frame.remove();
  });

  it('the clinic’s copy of the page sets its details, which the address cannot change', async () => {
    const { frame, guide } = await embed(
      'clinic-phone=0900%20123%204567&clinic-name=Evil&locale=es',
      '/dist/clinic-embed.html',
    );
    expect(guide.getAttribute('clinic-name')).to.equal('Riverside Physiotherapy');
    expect(guide.getAttribute('clinic-phone')).to.equal('020 7946 0000');
    expect(guide.getAttribute('locale')).to.equal('es');
    // The clinic's details reach the checker's result: in the settings the guide passes it.
    const checker = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker');
    expect(checker, 'the checker, opened by the test').to.equal(null);
    guide.setAttribute('open', 'check');
    await guide.updateComplete;
    const inside = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await inside.updateComplete;
    const { clinicName, clinicPhone, clinicUrl } = inside.settings!;
    expect([clinicName, clinicPhone, clinicUrl]).to.deep.equal([
      'Riverside Physiotherapy',
      '020 7946 0000',
      'https://riverside.example/book',
    ]);
    frame.remove();
  });

  it('locale=../../evil loads only the English file', async () => {
    const { frame } = await embed('locale=..%2F..%2Fevil&region=GB');
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/embed.js', '/dist/calf-pain-guide.en.js']);
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
  it('the parent script ignores bad heights', async () => {
    await loadParentScript();
    // A frame of this origin (srcdoc), as the guide's page is: only its good height is taken.
    const frame = document.createElement('iframe');
    frame.style.height = '150px';
    const heights: string[] = [];
    new MutationObserver(() => heights.push(frame.style.height)).observe(frame, {
      attributeFilter: ['style'],
    });
    const bad = ['-50', 'NaN', 'Infinity', '"500"', '1e308', 'null', '-Infinity', '{}'];
    frame.srcdoc = `<script>
      for (const height of [${bad.join(', ')}, 123]) {
        parent.postMessage({ type: '${HEIGHT_MESSAGE}', height }, '*');
      }
    </script>`;
    document.body.append(frame);
    await until(() => frame.style.height === '123px', 'the good height');
    expect(heights).to.deep.equal(['123px']);
    frame.remove();
  });
});

/** This test server under its other name: a page of another origin. */
const otherOrigin = () => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
};

/** Messages from `frame` to this page, and a promise for the first message of `type`. */
function listen(frame: HTMLIFrameElement) {
  const messages: MessageEvent[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event);
  };
  addEventListener('message', listener);
  return { messages, stop: () => removeEventListener('message', listener) };
}

function messageOf(type: string): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.data?.type !== type) return;
      removeEventListener('message', listener);
      resolve(event);
    };
    addEventListener('message', listener);
  });
}

describe('dist/embed.html framed by a page of another origin', () => {
  // A failed test leaves no frame behind for the next one to find.
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('tells a page its height only if the clinic’s copy names its origin', async () => {
    const other = otherOrigin();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 150px; border: 0';
    const { messages, stop } = listen(frame);
    frame.src = `${other}/dist/clinic-embed.html?locale=es`;
    document.body.append(frame);
    await until(
      () => messages.some((event) => event.data?.height > 300),
      'a height message from the clinic’s copy',
      15000,
    );
    stop();
    for (const event of messages) {
      expect(event.origin).to.equal(other);
      expect(Object.keys(event.data).sort()).to.deep.equal(['height', 'type']);
    }
    frame.remove();
  });

  it('tells a page of any other origin nothing: not its height, so not the reader’s level', async () => {
    // Issue 21, finding 4: the page posted its height to '*', and heights differ per result.
    const other = otherOrigin();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 150px; border: 0';
    const { messages, stop } = listen(frame);
    frame.src = `${other}/dist/embed.html?locale=es`;
    // A page of the frame's origin, beside it: it says when the guide has drawn and grown.
    const sibling = document.createElement('iframe');
    sibling.src = `${other}/test/distribution/embed-sibling.html?path=/dist/embed.html`;
    const done = messageOf('sibling-done');
    document.body.append(frame, sibling);
    const { data } = await done;
    expect(data.grew, 'the guide drew and grew').to.be.true;
    stop();
    expect(messages.map((event) => event.data)).to.deep.equal([]);
    frame.remove();
    sibling.remove();
  });
});
