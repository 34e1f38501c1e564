// Test server middleware: pages that play a hostile host. Koa-style, as @web/test-runner expects.
//
//   /test/hostile/csp-page.html   is served with the strict Content-Security-Policy below, as a
//                                 locked-down clinic site would send it;
//   /dist/embed.html              so is the iframe page, which must work under it too.
//   /test/hostile/probe.js        a classic script that a test page loads before anything else: it
//                                 records what an embedder would notice (errors, warnings, CSP
//                                 violations, network and storage calls) on `window.__hostile`,
//                                 for the test to read from the parent page.

/** The policy of a strict host page. With no `trusted-types` directive any policy name is allowed. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const CSP_PAGES = new Set(['/test/hostile/csp-page.html', '/dist/embed.html']);

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
  if (context.path === '/test/hostile/probe.js') {
    context.status = 200;
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = PROBE;
    return;
  }
  await next();
  if (CSP_PAGES.has(context.path)) {
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
  }
}
