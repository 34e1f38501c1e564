// The translators' tooling (scripts/i18n/), piece by piece: XLIFF as translation tools write
// it, the term lists, the review records, the safety-critical units, the lists of languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { XliffFormatter } from '@lit/localize-tools/lib/formatters/xliff.js';
import {
  display,
  parseXliff,
  placeholderIds,
  sameText,
  stateOf,
} from '../../scripts/i18n/xliff.mjs';
import { languageStatus, readConfig, readMeta, readSafety } from '../../scripts/i18n/project.mjs';
import { buildCopy } from '../../scripts/i18n/build.mjs';
import { checkTerms, readTerms } from '../../scripts/i18n/terms.mjs';
import { matchingRecord, parseRecord, readRecords } from '../../scripts/i18n/review.mjs';
import { LEVEL_ANSWERS } from '../../scripts/i18n/check-language.mjs';

const root = new URL('../../', import.meta.url);
const fixture = (name) => readFileSync(new URL(`test/node/fixtures/cat/${name}`, root), 'utf8');
const run = promisify(execFile);

/** The fixture's units as the source has them (see fixtures/cat/README.md). */
const MESSAGES = JSON.parse(fixture('messages.json')).map((m) => ({
  ...m,
  labels: new Map(Object.entries(m.labels)),
}));
const SAFETY = {
  groupOf: (id) => (MESSAGES.find((m) => m.id === id)?.safe ? { name: 'x', rank: 0 } : undefined),
};
const written = parseXliff(fixture('en-XA.xlf'));

for (const [tool, file] of [
  ['translate-toolkit (Weblate, Pootle)', 'en-XA.translate-toolkit.xlf'],
  ['an Okapi-based tool (OmegaT): prefixes, segments, CRLF, BOM', 'en-XA.okapi.xlf'],
]) {
  test(`a file saved by ${tool} reads as the project's own, states included`, () => {
    const saved = parseXliff(fixture(file), file);
    assert.equal(saved.targetLanguage, 'en-XA');
    assert.deepEqual(
      saved.units.map((u) => u.id),
      written.units.map((u) => u.id),
    );
    for (const unit of saved.units) {
      const original = written.units.find((u) => u.id === unit.id);
      assert.ok(sameText(unit.source, original.source), `${unit.id}: the English is intact`);
      if (unit.id === 'checker.next') continue;
      assert.deepEqual(placeholderIds(unit.target), placeholderIds(unit.source), unit.id);
      assert.match(display(unit.target), /^⟦.*⟧$/, `${unit.id}: the translation, whole`);
    }
    const state = (id) => stateOf(saved.units.find((u) => u.id === id));
    assert.equal(state('guide.title'), 'final', 'approved="yes" is reviewed');
    assert.equal(state('banner.heading.emergency'), 'needs-review', 'a fuzzy draft');
    assert.equal(state('checker.next'), 'untranslated');
    assert.equal(state('banner.clinic.call'), 'translated');
  });

  test(`a file saved by ${tool} passes the check and builds, with the source's code in each placeholder`, async () => {
    const saved = parseXliff(fixture(file), file);
    const status = languageStatus(
      'en-XA',
      { messages: MESSAGES, safety: SAFETY },
      { loaded: saved, meta: { ships: false }, records: [], terms: { terms: [] } },
    );
    const kinds = new Set(status.problems.map((p) => p.kind));
    for (const kind of ['file', 'placeholders', 'english']) assert.ok(!kinds.has(kind), kind);
    // What is left is a translator's work, not a fault of the file.
    assert.deepEqual(status.problems.map((p) => `${p.kind} ${p.id}`).sort(), [
      'final banner.emergency.call',
      'final banner.urgent.line',
      'final finding.breathless.label',
      'final screen.emergency.question',
      'review banner.heading.emergency',
      'untranslated checker.next',
    ]);
    // lit-localize reads the build's copy: the code of each placeholder is the source's, never
    // what the tool wrote (here, no equiv-text at all in the targets).
    const copy = buildCopy('en-XA', status, MESSAGES, 'en');
    const formatter = new XliffFormatter({
      sourceLocale: 'en',
      targetLocales: ['en-XA'],
      interchange: { format: 'xliff', xliffDir: '.' },
      resolve: (p) => p,
    });
    const { messages } = formatter.parseXliff(copy);
    const clinic = messages.find((m) => m.name === 'banner.clinic.call');
    assert.deepEqual(
      clinic.contents.filter((c) => typeof c !== 'string'),
      [
        { untranslatable: '${name}', index: 0 },
        { untranslatable: '${number}', index: 1 },
      ],
    );
    assert.ok(clinic.contents.some((c) => typeof c === 'string' && c.includes('⟦')));
    // Line breaks and indentation a tool put around the text do not reach readers.
    for (const message of messages) {
      const text = message.contents.filter((c) => typeof c === 'string').join('');
      assert.doesNotMatch(text, /\n|^\s|\s$/, message.name);
    }
  });
}

test('the term list finds a banned word, and a missing one where the English has the idea', () => {
  const list = {
    terms: [
      {
        concept: 'confusion',
        english: '\\bconfus(ed|ion)\\b',
        required: ['تشوّش ذهني'],
        banned: ['ارتباك'],
      },
      {
        concept: 'same-day level',
        units: ['checker.level.urgent'],
        banned: ['紧急'],
        required: ['当天就医'],
      },
      { concept: 'poo', english: '\\bpoo(ing)?\\b', banned: ['caca'] },
    ],
  };
  const message = (id, english) => ({ id, parts: [english] });
  const confused = message('finding.very-unwell.label', 'Very unwell: confused, very sleepy');
  assert.deepEqual(checkTerms(list, confused, 'الشعور بمرض شديد: ارتباك، أو نعاس شديد', 'ar'), [
    'confusion: not "ارتباك"; use "تشوّش ذهني" (term list)',
  ]);
  // Vowel marks aside: تشوش ذهني is تشوّش ذهني.
  assert.deepEqual(checkTerms(list, confused, 'الشعور بمرض شديد: تشوش ذهني', 'ar'), []);
  // Where the English does not have the idea, nothing is required.
  assert.deepEqual(checkTerms(list, message('x', 'Swelling'), 'تورم', 'ar'), []);
  // Chinese has no spaces between words: the word counts inside a sentence.
  const urgent = message('checker.level.urgent', 'You need to see a doctor today');
  assert.deepEqual(checkTerms(list, urgent, '紧急建议：请当天就医', 'zh-Hans'), [
    'same-day level: not "紧急" (term list)',
  ]);
  assert.deepEqual(checkTerms(list, urgent, '请当天就医', 'zh-Hans'), []);
  // Whole words in a language written with spaces.
  const poo = message('finding.saddle-numbness.label', 'trouble peeing or pooing');
  assert.equal(checkTerms(list, poo, 'problemas para orinar o hacer caca', 'es').length, 1);
  assert.equal(checkTerms(list, poo, 'problemas para orinar o con el cacao', 'es').length, 0);
});

test('a review counts while its English and target are the ones recorded; a major needs a second reviewer', () => {
  const record = (date, body, header = '') =>
    parseRecord(
      `# Back-translation\n\n- Language: ar\n- Date: ${date}\n- Kind: back-translation\n${header}\n${body}`,
      `locales/review/ar-${date}.md`,
    );
  const first = record(
    '2027-01-01',
    '## a.label\n\n- English: Call {link} now.\n- Target: old\n- Back-translation: Call now\n- Rating: major\n- Proposal: new\n',
  );
  const second = record(
    '2027-01-10',
    '## a.label\n\n- Target: new\n- Back-translation: Call {number} now.\n- English: Call {x} now.\n- Rating: OK\n',
  );
  const withSecond = record(
    '2027-01-11',
    '## a.label\n\n- Target: new\n- Back-translation: Call now.\n- English: Call {x} now.\n- Rating: OK\n',
    '- Second reviewer: a second bilingual nurse\n',
  );
  // Placeholder labels and whitespace aside, the English must be the current one.
  assert.equal(matchingRecord([first], 'a.label', 'Call {number}  now.', 'old').rating, 'major');
  assert.equal(matchingRecord([first], 'a.label', 'Call {number} now!', 'old'), undefined);
  assert.equal(matchingRecord([first], 'a.label', 'Call {number} now.', 'newer'), undefined);
  assert.match(matchingRecord([first, second], 'a.label', 'Call {n} now.', 'new').rating, /second/);
  assert.equal(
    matchingRecord([first, second, withSecond], 'a.label', 'Call {n} now.', 'new').rating,
    'ok',
  );
  // An empty request (no back-translation yet) counts for nothing.
  const empty = record(
    '2027-02-01',
    '## b\n\n- Target: t\n- Back-translation:\n- English: e\n- Rating: OK\n',
  );
  assert.equal(matchingRecord([empty], 'b', 'e', 't'), undefined);
});

test('every safety-critical unit of the first screen is marked, and comes first in each file', async () => {
  const { EMERGENCY_FINDINGS } = await tsImport('../../src/checker/ids.ts', import.meta.url);
  const safety = await readSafety();
  for (const id of EMERGENCY_FINDINGS) assert.ok(safety.groupOf(`finding.${id}.label`), id);
  for (const id of [
    'screen.emergency.question',
    'banner.heading.emergency',
    'checker.level.urgent',
    'checker.action.emergency',
    'guide.signs.saddle',
  ]) {
    assert.ok(safety.groupOf(id), id);
  }
  assert.equal(safety.groupOf('guide.muscle.title'), undefined);
  for (const tag of readConfig().targetLocales) {
    const { units } = parseXliff(readFileSync(new URL(`locales/${tag}.xlf`, root), 'utf8'));
    const firstOther = units.findIndex((u) => !safety.groupOf(u.id));
    assert.ok(firstOther > 40, `${tag}: the safety-critical units come first`);
    assert.ok(
      units.slice(firstOther).every((u) => !safety.groupOf(u.id)),
      tag,
    );
  }
});

test('every language has its review state, term list and style sheet, and its records parse', () => {
  const { targetLocales } = readConfig();
  const styles = readdirSync(new URL('locales/style/', root));
  for (const tag of targetLocales) {
    const meta = readMeta(tag);
    assert.equal(typeof meta?.ships, 'boolean', `locales/review/${tag}.json`);
    assert.ok(Array.isArray(meta.reviews), tag);
    assert.ok(readTerms(tag).file, `locales/terms/${tag}.json`);
    assert.ok(styles.includes(`${tag}.md`), `locales/style/${tag}.md`);
    for (const record of readRecords(tag)) {
      assert.equal(record.language, tag, record.file);
      for (const unit of record.units) assert.ok(unit.rating, `${record.file} ${unit.id} is rated`);
    }
  }
});

test('every list of languages in the docs, the embed page, the WordPress block and the demo is current', async () => {
  const { stdout } = await run(process.execPath, ['scripts/i18n/lists.mjs', '--check'], {
    cwd: new URL('.', root),
  });
  assert.match(stdout, /up to date/);
});

test("check:language's answers give a result of each level", async () => {
  const { triage } = await tsImport('../../src/checker/triage.ts', import.meta.url);
  for (const [level, answers] of Object.entries(LEVEL_ANSWERS)) {
    assert.equal(triage(answers).level, level);
  }
});
