// Test server middleware: pages that play a hostile host. Koa-style, as @web/test-runner expects.
//
//   /test/hostile/csp-page.html   is served with the strict Content-Security-Policy below, as a
//                                 locked-down clinic site would send it;
//   /dist/embed.html              so is the iframe page, which must work under it too;
//   /dist/clinic-embed.html       and a clinic's copy of it (clinicCopyOfEmbedPage below).
//   ?policy=docs-N                on csp-page.html and csp-two-copies.html: the Nth policy that
//                                 docs/embedding.md shows (docsPolicies below) instead;
//   /test/hostile/probe.js        a classic script that a test page loads before anything else: it
//                                 records what an embedder would notice (errors, warnings, CSP
//                                 violations, network and storage calls) on `window.__hostile`,
//                                 for the test to read from the parent page.

import { readFile } from 'node:fs/promises';

/** The policy of a strict host page. With no `trusted-types` directive any policy name is allowed. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const CSP_PAGES = new Set([
  '/test/hostile/csp-page.html',
  '/dist/embed.html',
  '/dist/clinic-embed.html',
]);

/**
 * The `Content-Security-Policy:` headers that docs/embedding.md shows, in order, so that the
 * tests serve pages with exactly what the docs tell clinics to send.
 */
export async function docsPolicies() {
  const docs = await readFile(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  return [...docs.matchAll(/^\s*Content-Security-Policy: (.+)$/gm)].map(([, policy]) => policy);
}

const DOCS_POLICY_PAGES = new Set([
  '/test/hostile/csp-page.html',
  '/test/hostile/csp-two-copies.html',
]);

/** The details a clinic sets in its copy of dist/embed.html (docs/embedding.md, "Security"). */
export const CLINIC_ATTRIBUTES =
  'region="GB" clinic-name="Riverside Physiotherapy" clinic-phone="020 7946 0000" clinic-url="https://riverside.example/book"';

/**
 * dist/embed.html as a clinic edits its copy: its details on the element, and the sites that
 * may frame it. Here that is the test server under both its names (localhost and 127.0.0.1),
 * so a test page of either origin can frame the copy of the other.
 */
async function clinicCopyOfEmbedPage(port) {
  const page = await readFile(new URL('../../dist/embed.html', import.meta.url), 'utf8');
  const parents = `http://localhost:${port} http://127.0.0.1:${port}`;
  const copy = page
    .replace(
      '<meta name="calf-pain-guide-parent-origins" content="" />',
      `<meta name="calf-pain-guide-parent-origins" content="${parents}" />`,
    )
    .replace(
      '<calf-pain-guide></calf-pain-guide>',
      `<calf-pain-guide ${CLINIC_ATTRIBUTES}></calf-pain-guide>`,
    );
  if (!copy.includes(parents) || !copy.includes(CLINIC_ATTRIBUTES)) {
    throw new Error('dist/embed.html no longer has the meta and element a clinic edits');
  }
  return copy;
}

// Runs in the page, before the bundle. Plain ES2020, no imports: it is served as it is.
const PROBE = `(() => {
  'use strict';
  const log = {
    errors: [],
    warnings: [],
    violations: [],
    network: [],
    storage: [],
  };
  window.__hostile = log;
  const text = (value) => {
    try {
      return value instanceof Error ? value.name + ': ' + value.message : String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  };

  addEventListener('error', (event) => {
    log.errors.push('error: ' + text(event.error || event.message));
  });
  addEventListener('unhandledrejection', (event) => {
    log.errors.push('unhandledrejection: ' + text(event.reason));
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    log.violations.push(
      [event.effectiveDirective || event.violatedDirective, event.blockedURI, event.sample]
        .filter(Boolean)
        .join(' '),
    );
  });
  // Recorded, not printed: the test asserts them, and the runner's console stays clean.
  console.warn = (...args) => log.warnings.push(args.map(text).join(' '));
  console.error = (...args) => log.errors.push('console.error: ' + args.map(text).join(' '));

  const network = (what) => log.network.push(what);
  const origFetch = window.fetch;
  if (origFetch) {
    window.fetch = function (input, init) {
      network('fetch ' + text(input && input.url ? input.url : input));
      return origFetch.call(this, input, init);
    };
  }
  const origOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    network('xhr ' + method + ' ' + text(url));
    return origOpen.call(this, method, url, ...rest);
  };
  if (navigator.sendBeacon) {
    const origBeacon = navigator.sendBeacon;
    navigator.sendBeacon = function (url, data) {
      network('beacon ' + text(url));
      return origBeacon.call(navigator, url, data);
    };
  }
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
    if (typeof window[name] !== 'function') continue;
    window[name] = new Proxy(window[name], {
      construct(target, args, newTarget) {
        network(name + ' ' + text(args[0]));
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  for (const [proto, property] of [
    [HTMLImageElement.prototype, 'src'],
    [HTMLImageElement.prototype, 'srcset'],
  ]) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (!descriptor || !descriptor.set) continue;
    Object.defineProperty(proto, property, {
      ...descriptor,
      set(value) {
        network('img.' + property + ' ' + text(value));
        descriptor.set.call(this, value);
      },
    });
  }

  const storage = (what) => log.storage.push(what);
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const orig = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      storage((this === window.localStorage ? 'localStorage.' : 'sessionStorage.') + method + ' ' + args.map(text).join(' '));
      return orig.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      ...cookie,
      set(value) {
        storage('document.cookie ' + text(value));
        cookie.set.call(this, value);
      },
    });
  }
  if (window.indexedDB) {
    const origIdbOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name, ...rest) {
      storage('indexedDB.open ' + text(name));
      return origIdbOpen.call(this, name, ...rest);
    };
  }
  if (window.ServiceWorkerContainer) {
    const origRegister = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, ...rest) {
      storage('serviceWorker.register ' + text(url));
      return origRegister.call(this, url, ...rest);
    };
  }
  if (window.caches) {
    const origCachesOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name) {
      storage('caches.open ' + text(name));
      return origCachesOpen.call(this, name);
    };
  }
})();
`;

export async function hostileHostMiddleware(context, next) {
  if (context.path === '/dist/clinic-embed.html') {
    context.status = 200;
    context.type = 'text/html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
    context.body = await clinicCopyOfEmbedPage(context.host.split(':').pop());
    return;
  }
  if (context.path === '/test/hostile/probe.js') {
    context.status = 200;
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = PROBE;
    return;
  }
  await next();
  const docsPolicy = /^docs-(\d+)$/.exec(context.query.policy ?? '');
  if (docsPolicy && DOCS_POLICY_PAGES.has(context.path)) {
    const policy = (await docsPolicies())[Number(docsPolicy[1]) - 1];
    if (!policy) throw new Error(`docs/embedding.md shows no policy ${docsPolicy[1]}`);
    context.set('Content-Security-Policy', policy);
    context.set('Cache-Control', 'no-store');
  } else if (CSP_PAGES.has(context.path)) {
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
  }
}
