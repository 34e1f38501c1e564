// docs/translating.md, followed as a volunteer would, in a copy of the project: its commands
// run as written, with a pseudo-language (en-XA) for "pl", and a translation tool's work done
// the way a tool does it. The pseudo-language must end up complete, and must not ship.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { parseRecord } from '../../scripts/i18n/review.mjs';
import { copyProject, sh } from './project-copy.mjs';

const TAG = 'en-XA';
const doc = readFileSync(new URL('../../docs/translating.md', import.meta.url), 'utf8');
/** The commands of the page, in order: its ```sh blocks, with the example tag swapped. */
const commands = [...doc.matchAll(/^```sh\n([^]*?)^```/gm)].map(([, code]) =>
  code.trim().replace(/\bpl\b/g, TAG),
);

const ACCENTS = { a: 'à', e: 'é', i: 'î', o: 'õ', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý' };
const pseudo = (text) => text.replace(/[aeioucnsy]/g, (letter) => ACCENTS[letter]);

/**
 * What a translation tool does with the file: a target for every unit (text accented, the
 * placeholders kept as <x/> without equiv-text), state="translated", saved in its own layout.
 */
function translateAsATool(file) {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  for (const unit of [...doc.getElementsByTagName('trans-unit')]) {
    const source = unit.getElementsByTagName('source')[0];
    let target = unit.getElementsByTagName('target')[0];
    if (!target) {
      target = doc.createElementNS(source.namespaceURI, 'target');
      unit.insertBefore(target, source.nextSibling);
    }
    while (target.firstChild) target.removeChild(target.firstChild);
    target.appendChild(doc.createTextNode('⟦'));
    for (const child of [...source.childNodes]) {
      if (child.nodeType === 3) target.appendChild(doc.createTextNode(pseudo(child.nodeValue)));
      else {
        const x = doc.createElementNS(source.namespaceURI, 'x');
        x.setAttribute('id', child.getAttribute('id'));
        target.appendChild(x);
      }
    }
    target.appendChild(doc.createTextNode('⟧'));
    target.setAttribute('state', 'translated');
  }
  writeFileSync(file, new XMLSerializer().serializeToString(doc).replace(/\n/g, '\r\n'));
}

/**
 * What the reviewer does: a back-translation of every Target in part 1 (here, the pseudo-
 * language's accents taken off), then a rating for every unit in part 2, and their name.
 */
function backTranslate(file, reviewer) {
  const plain = (text) =>
    text.replace(/[⟦⟧]/g, '').replace(/[àéîõüçñšý]/g, (letter) => {
      const found = Object.entries(ACCENTS).find(([, accented]) => accented === letter);
      return found[0];
    });
  let target = '';
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => {
      if (line.startsWith('- Target: ')) target = line.slice('- Target: '.length);
      if (line === '- Back-translation:') return `- Back-translation: ${plain(target)}`;
      if (line === '- Rating:') return '- Rating: OK';
      if (line === '- Reviewer:') return `- Reviewer: ${reviewer}`;
      return line;
    });
  writeFileSync(file, lines.join('\n'));
}

const TRANSLATOR = 'a volunteer (translated en-XA)';
const REVIEWER = 'a second volunteer (did not translate en-XA)';

test('docs/translating.md, followed step by step with a pseudo-language, gives a complete language that does not ship', async () => {
  assert.deepEqual(commands, [
    `npm run add-language ${TAG}`,
    `npm run localize:extract ${TAG}`,
    `npm run check:language ${TAG}`,
    `npm run back-translation ${TAG}`,
    `npm run localize:extract ${TAG}`,
  ]);
  // The review file's format, as the page shows it, reads as a finished review.
  const example = doc.match(/^```text\n(# Back-translation:[^]*?)^```/m)[1];
  const shown = parseRecord(example, 'locales/review/pl-2027-01-10.md', { tag: 'pl' });
  assert.deepEqual([shown.status, shown.problems], ['done', []]);
  assert.equal(shown.units[0].english, 'New or sudden shortness of breath');
  const { dir, remove } = copyProject();
  const at = (path) => `${dir}/${path}`;
  try {
    // 2. Add your language.
    let step = await sh(dir, commands[0]);
    assert.equal(step.code, 0, step.output);
    assert.match(step.output, /first the group "Safety-critical" at the top: \d+ units/);
    for (const file of [
      `locales/${TAG}.xlf`,
      `locales/style/${TAG}.md`,
      `locales/terms/${TAG}.json`,
      `locales/review/${TAG}.json`,
    ]) {
      assert.ok(existsSync(at(file)), file);
    }
    assert.ok(
      JSON.parse(readFileSync(at('lit-localize.json'), 'utf8')).targetLocales.includes(TAG),
    );
    // The translator writes their name in the review state, as the page says.
    const metaFile = at(`locales/review/${TAG}.json`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    assert.deepEqual(meta.translators, []);
    writeFileSync(metaFile, JSON.stringify({ ...meta, translators: [TRANSLATOR] }, null, 2));

    // 3. Translate in your tool, then bring the notes up to date.
    translateAsATool(at(`locales/${TAG}.xlf`));
    step = await sh(dir, commands[1]);
    assert.equal(step.code, 0, step.output);
    assert.match(step.output, new RegExp(`${TAG}\\s+locales/${TAG}\\.xlf: updated`));

    // 4. Check your work: everything translated, but the safety-critical units are not final.
    step = await sh(dir, `${commands[2]} --no-screenshots`);
    assert.equal(step.code, 1, step.output);
    assert.match(step.output, /safety-critical, not final yet: \d+/);
    assert.doesNotMatch(step.output, /not translated:|placeholders differ|still the English/);
    assert.match(
      step.output,
      /In progress: it does not ship until its safety-critical units are final/,
    );
    assert.ok(existsSync(at(`preview/${TAG}/index.html`)), 'the preview page');

    // 5. Have the safety-critical units back-translated.
    step = await sh(dir, commands[3]);
    assert.equal(step.code, 0, step.output);
    const [request] = readdirSync(at('locales/review')).filter((f) => f.startsWith(`${TAG}-`));
    const requestFile = at(`locales/review/${request}`);
    // Committed as it is, the request is waiting: it fails nothing, and changes nothing.
    const waiting = parseRecord(readFileSync(requestFile, 'utf8'), request, { tag: TAG });
    assert.deepEqual([waiting.status, waiting.problems], ['pending', []]);
    // A review by the translator counts for nothing.
    const original = readFileSync(requestFile, 'utf8');
    backTranslate(requestFile, TRANSLATOR);
    step = await sh(dir, commands[4]);
    assert.doesNotMatch(step.output, /made final/);
    step = await sh(dir, `${commands[2]} --no-screenshots`);
    assert.match(
      step.output,
      /Reviewer "a volunteer \(translated en-XA\)" translated this language/,
    );
    // By someone else, it does.
    writeFileSync(requestFile, original);
    backTranslate(requestFile, REVIEWER);
    step = await sh(dir, commands[4]);
    assert.equal(step.code, 0, step.output);
    assert.match(step.output, new RegExp(`${TAG}\\s.*\\d+ made final \\(reviewed OK\\)`));

    // Check again: complete, with screenshots of the guide and each result level.
    step = await sh(dir, commands[2]);
    assert.equal(step.code, 0, step.output);
    assert.match(step.output, /complete\. It can ship: set "ships": true/);
    if (!/Chromium not found/.test(step.output)) {
      // en-XA has no country of its own: the UK's numbers, so the emergency boxes show one.
      assert.match(step.output, /with GB's numbers \(emergency: 999\)/);
      for (const png of [
        'guide',
        'guide-01',
        'guide-02',
        'checker-screen-1',
        'result-emergency',
        'result-urgent',
        'result-routine',
        'result-self-care',
      ]) {
        assert.ok(existsSync(at(`preview/${TAG}/${png}.png`)), png);
      }
    }

    // It does not ship until someone decides it does: in no bundle, and named in no list.
    step = await sh(dir, 'node scripts/i18n/build.mjs');
    assert.equal(step.code, 0, step.output);
    assert.match(step.output, new RegExp(`${TAG}\\s.*in progress, not shipped`));
    const built = JSON.parse(readFileSync(at('src/generated/languages.json'), 'utf8'));
    const pseudoLanguage = built.languages.find((l) => l.tag === TAG);
    assert.deepEqual(
      [pseudoLanguage.complete, pseudoLanguage.ships, pseudoLanguage.bundled],
      [true, false, false],
    );
    step = await sh(dir, 'npm run languages:lists -- --check');
    assert.equal(step.code, 0, step.output);
    // The pseudo-language never fails the project's own check either.
    step = await sh(dir, 'npm run check:translations');
    assert.match(step.output, new RegExp(`[✓·] .*\\(${TAG}\\): complete`));
  } finally {
    remove();
  }
});
