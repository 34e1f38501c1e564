/**
 * Lit's DOM shim on the server's globals where they have none (as every Lit SSR integration
 * does), so the elements can be defined and rendered. Imported first, before the elements. Not
 * @lit-labs/ssr's install-global-dom-shim.js: that one also registers a CSS module hook the
 * guide does not need, which makes Node print a deprecation warning in the server's console.
 */
import { installWindowOnGlobal } from '@lit-labs/ssr/lib/dom-shim.js';

installWindowOnGlobal();
