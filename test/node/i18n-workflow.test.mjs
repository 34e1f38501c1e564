// What happens to the translations when a contributor changes the project, in a copy of it: an
// English sentence changes, a language stops shipping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseXliff, display } from '../../scripts/i18n/xliff.mjs';
import { copyProject, sh } from './project-copy.mjs';

const { targetLocales } = JSON.parse(
  readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'),
);

test('an English change marks every translation of it for review, and the check fails until a translator has looked', async () => {
  const { dir, remove } = copyProject();
  const at = (path) => `${dir}/${path}`;
  const unitIn = (tag, id) =>
    parseXliff(readFileSync(at(`locales/${tag}.xlf`), 'utf8')).units.find((u) => u.id === id);
  try {
    const before = Object.fromEntries(
      targetLocales.map((tag) => [tag, unitIn(tag, 'banner.heading.emergency')]),
    );
    const file = at('src/elements/red-flag-banner/red-flag-banner.component.ts');
    const source = readFileSync(file, 'utf8');
    assert.ok(source.includes("msg('Get help now', {"));
    writeFileSync(file, source.replace("msg('Get help now', {", "msg('Get help right now', {"));

    let step = await sh(dir, 'npm run localize:extract');
    assert.equal(step.code, 0, step.output);
    for (const tag of targetLocales) {
      const unit = unitIn(tag, 'banner.heading.emergency');
      assert.equal(display(unit.source), 'Get help right now', tag);
      // The old translation stays, marked, with the English it was made for.
      assert.equal(display(unit.target), display(before[tag].target), tag);
      assert.equal(unit.state, 'needs-review-translation', tag);
      assert.match(
        unit.notes.find((n) => n.from === 'previous-english').text,
        /made for: «Get help now»/,
        tag,
      );
    }

    step = await sh(dir, 'npm run check:translations');
    assert.equal(step.code, 1, step.output);
    step = await sh(dir, 'npm run check:language es -- --no-screenshots');
    assert.match(step.output, /! banner\.heading\.emergency: The English changed/);

    // The translator looks, keeps the translation and marks it translated, as a tool would.
    const xlf = at('locales/es.xlf');
    const text = readFileSync(xlf, 'utf8');
    const unit = text.match(/<trans-unit id="banner\.heading\.emergency">[^]*?<\/trans-unit>/)[0];
    writeFileSync(
      xlf,
      text.replace(unit, unit.replace('state="needs-review-translation"', 'state="translated"')),
    );
    step = await sh(dir, 'npm run check:language es -- --no-screenshots');
    assert.doesNotMatch(step.output, /banner\.heading\.emergency: The English changed/);
    // Safety-critical: it needs a back-translation of its new English before it is final.
    assert.match(step.output, /! banner\.heading\.emergency: translated, not yet final/);
  } finally {
    remove();
  }
});

test('a language that stops shipping leaves every list of languages, and the lists say so until rewritten', async () => {
  const { dir, remove } = copyProject();
  const at = (path) => `${dir}/${path}`;
  try {
    const metaFile = at('locales/review/fr.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    writeFileSync(metaFile, JSON.stringify({ ...meta, ships: false }, null, 2));
    let step = await sh(dir, 'npm run languages:lists -- --check');
    assert.equal(step.code, 1);
    assert.match(step.output, /README\.md.*block\.json.*embed\.html/s);
    step = await sh(dir, 'npm run languages:lists');
    assert.equal(step.code, 0, step.output);
    const block = JSON.parse(
      readFileSync(at('wordpress/calf-pain-guide/block/block.json'), 'utf8'),
    );
    assert.ok(!block.attributes.locale.enum.includes('fr'));
    assert.ok(block.attributes.locale.enum.includes('de'));
    assert.doesNotMatch(readFileSync(at('src/embed/embed.html'), 'utf8'), /static\/fr\//);
    assert.match(readFileSync(at('README.md'), 'utf8'), /six languages \(English, Spanish, German/);
    step = await sh(dir, 'npm run languages:lists -- --check');
    assert.equal(step.code, 0, step.output);
  } finally {
    remove();
  }
});
