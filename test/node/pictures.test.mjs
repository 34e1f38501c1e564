// The pictures (issue 19) in the pre-rendered guide (dist/static/, `npm run build` first): all six
// drawn, each label real text placed by the stylesheet, and nothing a strict page would refuse or
// a second guide on the page would clash with: no style attribute (a strict CSP blocks them), no
// url( (the static guide loads nothing), no id inside a picture, no text drawn as SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const folders = readdirSync(new URL('dist/static/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const PICTURES = ['leg', 'muscle', 'nerves', 'clot', 'arteries', 'other-causes'];

/** Each `<figure data-picture>` of a snippet: its id and its markup. */
function figures(snippet) {
  return [
    ...snippet.matchAll(/<figure\b[^>]*\bdata-picture="([^"]+)"[^>]*>([^]*?)<\/figure>/g),
  ].map(([, id, markup]) => ({ id, markup }));
}

test('the static guide is there in English and each language that ships', () => {
  assert.ok(folders.includes('en'), folders.join(' '));
});

for (const folder of folders) {
  test(`static/${folder}: every picture, in its section, labels placed by the stylesheet`, () => {
    const snippet = readFileSync(
      new URL(`dist/static/${folder}/calf-pain-guide.html`, root),
      'utf8',
    );
    assert.doesNotMatch(snippet, /\sstyle=/i, 'no style attribute');
    assert.doesNotMatch(snippet, /url\(/i, 'no url(');
    const css = [...snippet.matchAll(/<style>([^]*?)<\/style>/g)].map(([, text]) => text).join('');

    const shown = figures(snippet);
    assert.deepEqual(
      shown.map((figure) => figure.id),
      PICTURES,
    );
    for (const { id, markup } of shown) {
      assert.match(markup, /<div class="picture-drawing" role="img" aria-label="[^"]{40,}">/, id);
      assert.match(markup, /<svg class="picture" viewBox="[-\d. ]+" aria-hidden="true"/, id);
      assert.doesNotMatch(markup, /\sid=|<text\b|<image\b|href=/i, id);
      const labels = [...markup.matchAll(/<li data-label="([^"]+)">([^<]*)<\/li>/g)];
      assert.ok(labels.length >= 3, `${id}: ${labels.length} labels`);
      for (const [, label, text] of labels) {
        assert.ok(text.trim().length > 0, `${id} ${label} has text`);
        // The label's place: a rule of the stylesheet, not an attribute.
        assert.ok(
          css.includes(`[data-picture="${id}"] [data-label="${label}"]{`),
          `${id} ${label} is placed`,
        );
      }
    }
    // Where each picture sits: the leg first in the introduction, one at the top of each cause.
    for (const [id, section] of [['leg', 'about'], ...PICTURES.slice(1).map((id) => [id, id])]) {
      const start = snippet.indexOf(`data-section="${section}"`);
      const next = snippet.indexOf('data-section=', start + 1);
      const at = snippet.indexOf(`data-picture="${id}"`, start);
      assert.ok(start >= 0 && at > start && (next < 0 || at < next), `${id} in ${section}`);
    }
  });
}

test('the pictures add at most 4,000 B brotli to the widget (the bench measures the same)', async () => {
  const { measurePictures } = await import('../../bench/lib/sizes.mjs');
  const { added, withPictures } = await measurePictures();
  // More than a kilobyte: the measure sees the six drawings at all.
  assert.ok(added > 1_000, `${added} B`);
  assert.ok(added <= 4_000, `the pictures add ${added} B brotli to ${withPictures} B`);
});
