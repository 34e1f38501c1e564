// The first-paint floor of a script: the least any script of its size can do. It writes the
// guide's own pre-rendered HTML (dist/static/en/, the page it is compared with) into the
// element's shadow root in one call, with no framework, and is padded with random text to the
// same brotli size as the script, so it pays the same round trip and the same transfer. What a
// script's first paint costs beyond its floor is our parse, evaluation and render; when the
// floor alone is over a budget, no code of that size can meet it. On a pre-rendered page the
// floor is a script as big that does nothing (upgradeFloorScript).
import { createHash } from 'node:crypto';
import { brotliSize } from '../../scripts/size.mjs';

const SHADOW = '<template shadowrootmode="open">';

/**
 * The guide's pre-rendered shadow root, as first paint shows it: the closed sections' content is
 * left out (it is not drawn until a section opens), so the floor parses no more than it shows.
 * @param {string} staticPage  dist/static/en/index.html
 */
export function firstPaintMarkup(staticPage) {
  const start = staticPage.indexOf(SHADOW);
  const end = staticPage.lastIndexOf('</template></calf-pain-guide>');
  if (start < 0 || end < start) throw new Error('the pre-rendered page holds no guide');
  return staticPage
    .slice(start + SHADOW.length, end)
    .replace(
      /(<details class="pre-rendered">[\s\S]*?<div class="panel" part="section-content">)[\s\S]*?(<\/div>\s*<\/details>)/g,
      '$1$2',
    );
}

/** Text that brotli cannot shrink, the same on every run (so the floor is too). */
function randomText(bytes) {
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    text += createHash('sha512').update(`calf-pain-guide floor ${i}`).digest('base64');
  }
  return text.slice(0, bytes).replace(/[+/=]/g, 'x');
}

/**
 * `code(padding)` padded with random text until it is within 1 % of `brotliBytes` brotli.
 * Base64-like text compresses to about 3/4 of its length; a few steps reach the size.
 */
function padToBrotli(code, brotliBytes) {
  let padding = 0;
  for (let step = 0; step < 8; step++) {
    const size = brotliSize(Buffer.from(code(randomText(padding))));
    if (Math.abs(size - brotliBytes) <= brotliBytes * 0.01) break;
    padding = Math.max(0, padding + Math.round((brotliBytes - size) * 1.3));
  }
  return code(randomText(padding));
}

/**
 * The floor script for a script of `brotliBytes`: defines <calf-pain-guide> as an element that
 * writes `markup` into its shadow root (setHTMLUnsafe: the emergency card's own shadow root,
 * declarative in the markup, is attached too).
 * @returns {string} JavaScript, within 1 % of `brotliBytes` brotli
 */
export function paintFloorScript(markup, brotliBytes) {
  return padToBrotli(
    (padding) =>
      `const markup = ${JSON.stringify(markup)};\n` +
      `export const padding = '${padding}';\n` +
      "customElements.define('calf-pain-guide', class extends HTMLElement {\n" +
      '  connectedCallback() {\n' +
      "    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).setHTMLUnsafe(markup);\n" +
      '  }\n' +
      '});\n',
    brotliBytes,
  );
}

/**
 * The floor of a script on a pre-rendered page: as big as the script, and it does nothing, so
 * the pre-rendered guide stays. It pays the script's request, transfer and compile while the page
 * paints, and none of its work: what any script of that size costs the page's first paint.
 * @returns {string} JavaScript, within 1 % of `brotliBytes` brotli
 */
export function upgradeFloorScript(brotliBytes) {
  return padToBrotli((padding) => `export const padding = '${padding}';\n`, brotliBytes);
}
