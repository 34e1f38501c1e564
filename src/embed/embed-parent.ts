/**
 * dist/embed-parent.js, for the page that frames dist/embed.html: makes each such iframe as tall
 * as the page inside it says it is, so the iframe never scrolls. A classic script; load it from
 * the same place as embed.html, anywhere in the page:
 *
 *   <script src="https://clinic.example/calf-pain-guide/embed-parent.js" async></script>
 *
 * It accepts a message only from that origin, and only from a frame of this page.
 */
import { isHeightMessage } from './message.js';

// Read now: document.currentScript is only set while the script first runs.
const script = document.currentScript;
const embedOrigin =
  script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : undefined;

addEventListener('message', (event: MessageEvent) => {
  if (!embedOrigin || event.origin !== embedOrigin || !isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
