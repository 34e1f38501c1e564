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

test('a translator who keeps a text a review rated minor sets it to translated: it stays so, and goes to a new reviewer with the point beside it', async () => {
  const { dir, remove } = copyProject();
  const at = (path) => `${dir}/${path}`;
  const xlf = at('locales/es.xlf');
  const unitIn = () =>
    parseXliff(readFileSync(xlf, 'utf8')).units.find((u) => u.id === 'banner.heading.emergency');
  /** What a translation tool does when the translator confirms the unit as it is. */
  const confirm = () => {
    const text = readFileSync(xlf, 'utf8');
    const unit = text.match(/<trans-unit id="banner\.heading\.emergency">[^]*?<\/trans-unit>/)[0];
    writeFileSync(xlf, text.replace(unit, unit.replace(/state="[^"]*"/, 'state="translated"')));
  };
  try {
    const meta = JSON.parse(readFileSync(at('locales/review/es.json'), 'utf8'));
    writeFileSync(
      at('locales/review/es.json'),
      JSON.stringify({ ...meta, translators: ['a Spanish translator'] }, null, 2),
    );
    confirm();
    const target = display(unitIn().target);
    writeFileSync(
      at('locales/review/es-2027-02-01.md'),
      [
        '# Back-translation: Spanish (es), 2027-02-01',
        '',
        '- Language: es',
        '- Date: 2027-02-01',
        '- Reviewer: a bilingual nurse (did not translate Spanish)',
        '- Kind: back-translation',
        '',
        '## banner.heading.emergency',
        '',
        `- Target: ${target}`,
        '- Back-translation: Ask for help now',
        '- English: Get help now',
        '- Rating: minor',
        '- Proposal: Busque ayuda ahora',
        '- Comment: "Pida" reads as "ask for"; "busque" is "get".',
        '',
      ].join('\n'),
    );
    let step = await sh(dir, 'npm run localize:extract es');
    assert.equal(step.code, 0, step.output);
    assert.equal(unitIn().state, 'needs-review-translation');
    assert.match(
      unitIn()
        .notes.map((n) => n.text)
        .join('\n'),
      /Proposal: Busque ayuda ahora/,
    );

    // The translator disagrees: keeps the text, sets it to translated (and says why in the style sheet).
    confirm();
    step = await sh(dir, 'npm run localize:extract es');
    assert.match(step.output, /1 kept by the translator after a review/);
    assert.equal(unitIn().state, 'translated');
    assert.equal(display(unitIn().target), target);
    step = await sh(dir, 'npm run localize:extract es');
    assert.equal(unitIn().state, 'translated', 'not marked for review again');
    assert.doesNotMatch(step.output, /kept by the translator/);

    // Only a new review, by someone else, can make it final: the request shows the point.
    step = await sh(dir, 'npm run back-translation es');
    assert.equal(step.code, 0, step.output);
    const file = step.output.match(/(locales\/review\/es-\S+\.md):/)[1];
    const part2 = readFileSync(at(file), 'utf8').split('# Part 2')[1];
    assert.match(
      part2.split('## banner.heading.emergency')[1].split('## ')[0],
      /- Earlier review: rated minor in locales\/review\/es-2027-02-01\.md: "Pida" reads as "ask for"/,
    );
  } finally {
    remove();
  }
});
