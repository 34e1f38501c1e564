/**
 * "Nothing the reader enters is stored or sent": a full run of the checker, on a blank page with
 * the built bundle only, makes no request, sets no cookie, writes no Web Storage, creates no
 * IndexedDB database or cache, registers no service worker, and throws nothing at the page. (The
 * same run on a WordPress page: test/wordpress/e2e.mjs.)
 */
import { aTimeout, expect } from '@open-wc/testing';
import type { CalfPainChecker } from '../../src/elements/calf-pain-checker/calf-pain-checker.js';
import type { CalfPainGuide } from '../../src/elements/calf-pain-guide/calf-pain-guide.js';
import { SECTION_IDS } from '../../src/elements/calf-pain-guide/guide-structure.js';
import { blankPage, type PageWindow } from '../support/blank-page.js';
import { runChecker } from '../support/checker-harness.js';
import { LEVEL_CASES } from '../support/states.js';

/** Everything the page could have kept about the reader. */
async function stored(win: PageWindow): Promise<Record<string, unknown>> {
  const keys = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i));
  return {
    cookie: win.document.cookie,
    localStorage: keys(win.localStorage),
    sessionStorage: keys(win.sessionStorage),
    // indexedDB.databases() is missing in older Firefox and WebKit: the probe's IDBFactory.open
    // wrapper still sees any database being made there.
    indexedDB:
      'databases' in win.indexedDB
        ? (await win.indexedDB.databases()).map((db) => db.name)
        : 'not listable',
    // CacheStorage exists only in secure contexts (localhost is one).
    caches: win.caches ? await win.caches.keys() : 'no CacheStorage',
  };
}

describe('a full checker run', () => {
  it('sends nothing, stores nothing and throws nothing', async () => {
    // Guards the privacy promise shown under every result: no fetch/XHR/beacon/socket, no image
    // or font loads, no cookie, no Web Storage, IndexedDB or Cache Storage, and no error or
    // unhandled rejection reaching the host page's handlers.
    const { frame, win, doc } = await blankPage({
      body: `<calf-pain-guide region="GB" clinic-name="Riverside" clinic-phone="020 7946 0000"
        clinic-url="https://clinic.example/book"></calf-pain-guide>
      <calf-pain-checker region="US" guide-url="https://clinic.example/calf"></calf-pain-checker>`,
    });
    const guide = doc.querySelector<CalfPainGuide>('calf-pain-guide')!;
    const alone = doc.querySelector<CalfPainChecker>('calf-pain-checker')!;
    await guide.updateComplete;
    await alone.updateComplete;

    const late: string[] = [];
    new win.PerformanceObserver((list) =>
      late.push(...list.getEntries().map((entry) => entry.name)),
    ).observe({ type: 'resource' });
    const before = await stored(win);

    // Every section open, then the checker inside the guide and the one alone, each run twice.
    guide.open = ['get-help', ...SECTION_IDS].join(' ');
    await guide.updateComplete;
    const inside = guide.shadowRoot!.querySelector<CalfPainChecker>('calf-pain-checker')!;
    const levels: string[] = [];
    doc.addEventListener('calf-checker-result', (event) =>
      levels.push((event as CustomEvent<{ level: string }>).detail.level),
    );
    const runs = [LEVEL_CASES.urgent, LEVEL_CASES.routine];
    for (const checker of [inside, alone]) {
      for (const findings of runs) {
        checker.reset();
        await checker.updateComplete;
        await runChecker(checker, findings);
      }
    }
    expect(levels).to.deep.equal(['urgent', 'routine', 'urgent', 'routine']);
    // "Read more" inside the guide opens a section, without leaving the page.
    inside.shadowRoot!.querySelector<HTMLButtonElement>('.causes button.link')!.click();
    await guide.updateComplete;
    await aTimeout(200);

    const resources = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(resources).to.have.members(['/test/hostile/probe.js', '/dist/calf-pain-guide.js']);
    expect(late).to.deep.equal([]);
    const log = win.__hostile;
    expect(log.network, 'fetch, XHR, beacon, socket, image').to.deep.equal([]);
    expect(log.storage, 'cookie, storage, IndexedDB, caches, service worker').to.deep.equal([]);
    expect(await stored(win)).to.deep.equal(before);
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings).to.deep.equal([]);
    expect(doc.location.href).to.equal('about:srcdoc');
    frame.remove();
  });
});
