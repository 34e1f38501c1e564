// Node, ES modules: the elements on a server (they define nothing there) and the engine.
import * as guide from 'calf-pain-guide';
import { triage } from 'calf-pain-guide/checker';

console.log(
  JSON.stringify({
    exports: Object.keys(guide).sort(),
    defined: globalThis.customElements?.get('calf-pain-guide') !== undefined,
    // No browser globals appear (Lit's server build adds only its own registry shim).
    browserGlobals: ['window', 'document', 'HTMLElement'].filter((name) => name in globalThis),
    level: triage(['breathless']).level,
  }),
);
