// Node, ES modules: the elements on a server (they define nothing there) and the engine.
import * as guide from 'calf-pain-guide';
import { triage } from 'calf-pain-guide/checker';

console.log(
  JSON.stringify({
    exports: Object.keys(guide).sort(),
    defined: globalThis.customElements?.get('calf-pain-guide') !== undefined,
    htmlElement: typeof globalThis.HTMLElement,
    level: triage(['breathless']).level,
  }),
);
