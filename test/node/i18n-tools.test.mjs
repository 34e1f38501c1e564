// The translators' tooling (scripts/i18n/), piece by piece: XLIFF as translation tools write
// it, the term lists, the review records, the safety-critical units, the lists of languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { requestText, unitsToReview } from '../../scripts/i18n/back-translation.mjs';
import { LEVEL_ANSWERS, likelyRegion } from '../../scripts/i18n/check-language.mjs';
import { printProblems } from '../../scripts/i18n/report.mjs';
import {
  ensureFont,
  fontconfigLanguage,
  fontPackageFor,
  fontsFor,
} from '../../scripts/i18n/fonts.mjs';

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
      `# Back-translation\n\n- Language: ar\n- Date: ${date}\n- Reviewer: a bilingual nurse\n- Kind: back-translation\n${header}\n${body}`,
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
    // Each review file is a request still waiting for its reviewer, or a finished review.
    for (const record of readRecords(tag)) {
      assert.deepEqual(record.problems, [], record.file);
      assert.ok(['pending', 'done'].includes(record.status), record.file);
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

const SPANISH = { tag: 'es', name: 'Spanish' };
const REQUESTED = [
  {
    id: 'banner.emergency.call',
    target: 'Llame al {link} ahora.',
    english: 'Call {link} now.',
    note: 'Keep "now".',
    ratedMajorIn: 'locales/review/es-2026-12.md',
  },
  { id: 'checker.level.urgent', target: 'Vea a un médico hoy', english: 'See a doctor today' },
];
/** A reviewer's work on a request: each line given a value, in the order of the file. */
const fill = (text, values) => {
  const left = { ...values };
  return text
    .split('\n')
    .map((line) => {
      const field = line.match(/^- (Reviewer|Second reviewer|Back-translation|Rating):$/)?.[1];
      const value = field && left[field]?.shift();
      return value === undefined ? line : `${line} ${value}`;
    })
    .join('\n');
};
const wrap = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v]]));
const done = {
  Reviewer: ['a bilingual nurse (did not translate Spanish)'],
  'Back-translation': ['Call {link} now.', 'See a doctor today'],
  Rating: ['OK', 'minor'],
};

test('a back-translation request is blind: every English and note comes after every blank back-translation', () => {
  const text = requestText(SPANISH, REQUESTED, '2027-01-10', { translators: ['Ana Ruiz'] });
  const lastBlank = text.lastIndexOf('- Back-translation:');
  for (const unit of REQUESTED) {
    assert.ok(text.indexOf(`- Target: ${unit.target}`) < lastBlank, unit.id);
    assert.ok(text.indexOf(unit.english) > lastBlank, `${unit.id}: the English after`);
  }
  assert.ok(text.indexOf('Keep "now".') > lastBlank, 'the note after');
  // The second reviewer's line is empty, and the unit that needs one says so.
  assert.match(text, /^- Second reviewer:$/m);
  assert.match(text.replace(/\s+/g, ' '), /You must not have translated Spanish \(Ana Ruiz\)/);
  const pending = parseRecord(text, 'locales/review/es-2027-01-10.md', { tag: 'es' });
  assert.equal(pending.secondReviewer, '');
  const part2 = text.slice(lastBlank);
  assert.match(part2, /## banner\.emergency\.call\n\n[^#]*Second reviewer needed: yes/);
  assert.doesNotMatch(part2.split('## checker.level.urgent')[1], /Second reviewer needed/);
  // Written, it is a request waiting for its reviewer: no problem, and nothing rated.
  assert.deepEqual([pending.status, pending.problems], ['pending', []]);
  assert.deepEqual(
    pending.units.map((u) => [u.id, u.target, u.english, u.rating]),
    REQUESTED.map((u) => [u.id, u.target, u.english, '']),
  );
  // Filled in, it is done, each unit's fields gathered from both parts.
  const record = parseRecord(fill(text, wrap(done)), 'locales/review/es-2027-01-10.md', {
    tag: 'es',
  });
  assert.deepEqual([record.status, record.problems], ['done', []]);
  assert.equal(record.reviewer, 'a bilingual nurse (did not translate Spanish)');
  assert.deepEqual(
    record.units.map((u) => [u.backTranslation, u.english, u.rating]),
    [
      ['Call {link} now.', 'Call {link} now.', 'ok'],
      ['See a doctor today', 'See a doctor today', 'minor'],
    ],
  );
});

test('a review file half done, malformed, or by a translator counts for nothing and says why', () => {
  const text = requestText(SPANISH, REQUESTED, '2027-01-10', { translators: ['Ana Ruiz'] });
  const parse = (values, translators) =>
    parseRecord(fill(text, wrap(values)), 'locales/review/es-2027-01-10.md', {
      tag: 'es',
      translators,
    });
  const cases = [
    [{ ...done, Rating: ['OK'] }, /1 of 2 units not rated \(checker\.level\.urgent\)/],
    [{ ...done, 'Back-translation': ['Call {link} now.'] }, /rated without a back-translation/],
    [{ ...done, Rating: ['OK', 'good'] }, /rating "good" is not OK, minor or major/],
    [{ ...done, Reviewer: [] }, /no reviewer/],
    // The translator named in the file, or in locales/review/es.json.
    [{ ...done, Reviewer: ['Ana Ruiz (nurse)'] }, /translated this language/],
    [{ ...done, Reviewer: ['Luis Gil'] }, /translated this language/, ['Luis Gil']],
    [
      { ...done, 'Second reviewer': ['A Bilingual Nurse (did not translate Spanish)'] },
      /is the reviewer/,
    ],
  ];
  for (const [values, problem, translators] of cases) {
    const record = parse(values, translators);
    assert.equal(record.status, 'invalid', String(problem));
    assert.match(record.problems.join('\n'), problem);
    // Its OK counts for nothing.
    assert.equal(
      matchingRecord([record], 'banner.emergency.call', 'Call {x} now.', 'Llame al {x} ahora.'),
      undefined,
      String(problem),
    );
  }
  const twice = parseRecord(
    `${fill(text, wrap(done))}\n## checker.level.urgent\n\n- Rating: OK\n`,
    'locales/review/es-2027-01-10.md',
  );
  assert.match(twice.problems.join('\n'), /checker\.level\.urgent: "Rating" is given twice/);
  const wrongLanguage = parseRecord(text.replace('- Language: es', '- Language: fr'), 'x.md', {
    tag: 'es',
  });
  assert.match(wrongLanguage.problems.join('\n'), /"Language: fr" in a file for es/);
});

test('review files in the earlier layout read as before, placeholder instructions included', () => {
  // As committed by the translators on 2026-12-06: one section per unit, the English after the
  // back-translation, the instruction left in the second reviewer's line.
  const old = [
    '# Back-translation: Spanish (es), 2026-12-06',
    '',
    '- Language: es',
    '- Date: 2026-12-06',
    '- Reviewer: Independent bilingual back-translator (AI), did not translate Spanish',
    '- Second reviewer: (needed where a unit was once rated major: name or role, or leave empty)',
    '- Kind: back-translation',
    '',
    'For each unit below:',
    '',
    '1. Translate the Target back into English before you read the English, and write it after',
    '   "Back-translation:".',
    '',
    '## banner.emergency.call',
    '',
    '- Target: Llame al {link} ahora.',
    '- Back-translation: Call {link} now.',
    '- English: Call {link} now.',
    '- Note: Keep "now".',
    '- Rating: OK',
    '- Proposal:',
    '- Comment:',
    '',
  ].join('\n');
  const record = parseRecord(old, 'locales/review/es-2026-12-06.md', { tag: 'es' });
  assert.deepEqual([record.status, record.problems], ['done', []]);
  assert.equal(record.secondReviewer, '', 'the instruction is not a second reviewer');
  assert.deepEqual(
    record.units.map((u) => [u.id, u.target, u.backTranslation, u.english, u.rating]),
    [
      [
        'banner.emergency.call',
        'Llame al {link} ahora.',
        'Call {link} now.',
        'Call {link} now.',
        'ok',
      ],
    ],
  );
  // A unit once rated major: the instruction does not pass for a second reviewer.
  const major = parseRecord(
    old.replace('- Rating: OK', '- Rating: major').replace('2026-12-06', '2026-12-01'),
    'locales/review/es-2026-12-01.md',
    { tag: 'es' },
  );
  assert.match(
    matchingRecord([major, record], 'banner.emergency.call', 'Call {n} now.', 'Llame al {n} ahora.')
      .rating,
    /second reviewer/,
  );
});

test('back-translation asks again about a text its translator kept after a review, and not about units already waiting', () => {
  const units = REQUESTED.map((u) => ({ ...u, safe: true, state: 'translated' }));
  const language = { ...SPANISH, units };
  const rated = parseRecord(
    fill(requestText(SPANISH, REQUESTED, '2027-01-10'), {
      Reviewer: ['a bilingual nurse'],
      'Back-translation': ['Call {link} now.', 'See a doctor today'],
      Rating: ['OK', 'minor'],
    }),
    'locales/review/es-2027-01-10.md',
    { tag: 'es' },
  );
  const notes = new Map();
  let asked = unitsToReview(language, [rated], notes);
  assert.deepEqual(
    asked.units.map((u) => u.id),
    ['checker.level.urgent'],
  );
  assert.match(asked.units[0].earlier, /rated minor in locales\/review\/es-2027-01-10\.md/);
  // A request written and not yet reviewed: its units are not asked about twice.
  const waiting = parseRecord(
    requestText(SPANISH, [REQUESTED[1]], '2027-01-11'),
    'locales/review/es-2027-01-11.md',
    { tag: 'es' },
  );
  asked = unitsToReview(language, [rated, waiting], notes);
  assert.deepEqual(asked.units, []);
  assert.deepEqual(asked.waiting, [
    { id: 'checker.level.urgent', file: 'locales/review/es-2027-01-11.md' },
  ]);
  const lines = [];
  printProblems(
    { tag: 'es', problems: [], pendingReviews: [{ file: waiting.file, units: 1, changed: 0 }] },
    { log: (line) => lines.push(line) },
  );
  assert.deepEqual(lines, ['  waiting for a reviewer: locales/review/es-2027-01-11.md (1 units)']);
});

test('a unit made only of placeholders and punctuation may stay as the English; words may not', () => {
  const messages = [
    {
      id: 'checker.causes.reasons.join',
      parts: [{ id: '0' }, '; ', { id: '1' }],
      labels: new Map([
        ['0', 'list'],
        ['1', 'answer'],
      ]),
    },
    { id: 'finding.diabetes.label', parts: ['Diabetes'], labels: new Map() },
  ];
  const loaded = {
    units: messages.map((m) => ({
      id: m.id,
      source: m.parts,
      target: m.parts,
      state: 'translated',
      approved: false,
      notes: [],
    })),
  };
  const status = (terms) =>
    languageStatus(
      'es',
      { messages, safety: { groupOf: () => undefined } },
      { loaded, meta: { ships: false }, records: [], terms },
    );
  assert.deepEqual(
    status({ terms: [] }).problems.map((p) => `${p.kind} ${p.id}`),
    ['english finding.diabetes.label'],
  );
  assert.deepEqual(status({ terms: [], sameAsEnglish: ['finding.diabetes.label'] }).problems, []);
});

test('term lists: units and english narrow each other, exclude leaves a unit out, Arabic words match with their particles', () => {
  const message = (id, english) => ({ id, parts: [english] });
  const list = {
    terms: [
      {
        concept: 'same-day level',
        units: ['checker.level.*', 'banner.heading.urgent'],
        english: '\\btoday\\b',
        exclude: ['checker.level.routine'],
        required: ['hoy'],
      },
    ],
  };
  const check = (id, english, target) => checkTerms(list, message(id, english), target, 'es');
  assert.equal(check('checker.level.urgent', 'See a doctor today', 'Vea a un médico').length, 1);
  // In the units, but the English does not have the idea; the English has it, not in the units.
  assert.equal(check('checker.level.self-care', 'Rest', 'Descanse').length, 0);
  assert.equal(check('guide.advice.urgent', 'See a doctor today', 'Vea a un médico').length, 0);
  // Excluded, whatever units and english say.
  assert.equal(check('checker.level.routine', 'not today', 'no').length, 0);

  // Arabic joins و "and", ب "with", ال "the" to the next word: the required word is there.
  const toilet = {
    terms: [{ concept: 'pee', english: '\\bpeeing\\b', required: ['التبول'], banned: ['بيبي'] }],
  };
  const saddle = message('finding.saddle-numbness.label', 'trouble peeing or pooing');
  assert.deepEqual(checkTerms(toilet, saddle, 'مشكلة جديدة في التبرز والتبول', 'ar'), []);
  assert.deepEqual(checkTerms(toilet, saddle, 'مشكلة جديدة في البيبي', 'ar'), [
    'pee: not "بيبي"; use "التبول" (term list)',
  ]);
  // whole: true asks for the word on its own.
  const whole = { terms: [{ ...toilet.terms[0], whole: true }] };
  assert.equal(checkTerms(whole, saddle, 'مشكلة جديدة في التبرز والتبول', 'ar').length, 1);
});

test("check:language's preview and screenshots show the numbers of the language's main country", () => {
  assert.deepEqual(['pl', 'es', 'ar', 'zh-Hans', 'pt-BR', 'en-XA'].map(likelyRegion), [
    'PL',
    'ES',
    'EG',
    'CN',
    'BR',
    'XA',
  ]);
});

const hasFontconfig = fontsFor('en') !== undefined;

test(
  'with no font for the language, check:language fetches Debian’s into a cache folder, without root, and Chromium’s fontconfig sees it',
  { skip: !hasFontconfig && 'fontconfig (fc-list) is not installed' },
  () => {
    assert.equal(fontPackageFor('zh-Hans'), 'fonts-noto-cjk');
    assert.equal(fontPackageFor('ja'), 'fonts-noto-cjk');
    assert.equal(fontPackageFor('ar'), 'fonts-noto-core');
    assert.equal(fontconfigLanguage('zh-Hans'), 'zh-cn');
    assert.equal(fontconfigLanguage('zh-Hant'), 'zh-tw');

    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    try {
      // A machine with no font at all, and an apt-get that hands out a Debian package holding
      // DejaVu Sans (which has Arabic letters), counting its calls.
      const empty = join(dir, 'empty.conf');
      writeFileSync(
        empty,
        `<?xml version="1.0"?><fontconfig><cachedir>${dir}/fc</cachedir></fontconfig>`,
      );
      const tree = join(dir, 'tree');
      mkdirSync(join(tree, 'DEBIAN'), { recursive: true });
      mkdirSync(join(tree, 'usr/share/fonts/truetype/test'), { recursive: true });
      writeFileSync(
        join(tree, 'DEBIAN/control'),
        'Package: fonts-noto-core\nVersion: 1\nArchitecture: all\nMaintainer: t <t@t>\nDescription: t\n',
      );
      copyFileSync(
        '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        join(tree, 'usr/share/fonts/truetype/test/DejaVuSans.ttf'),
      );
      const deb = join(dir, 'fonts-noto-core_1_all.deb');
      execFileSync('dpkg-deb', ['--build', '--root-owner-group', tree, deb], { stdio: 'ignore' });
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'apt-get'),
        `#!/bin/sh\necho "$@" >> ${dir}/apt-calls\n[ "$1" = download ] && cp ${deb} .\n`,
      );
      chmodSync(join(bin, 'apt-get'), 0o755);
      const env = {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        FONTCONFIG_FILE: empty,
        CALF_PAIN_GUIDE_FONTS: join(dir, 'cache'),
      };
      assert.equal(fontsFor('ar', env), '', 'no font to begin with');

      const first = ensureFont('ar', 'Arabic', env);
      assert.match(first.note, /fonts-noto-core/);
      assert.equal(first.env.FONTCONFIG_FILE, join(dir, 'cache', 'fonts.conf'));
      assert.match(fontsFor('ar', first.env), /DejaVu Sans/);
      assert.ok(existsSync(join(dir, 'cache/fonts-noto-core/usr/share/fonts/truetype/test')));
      // The next run finds it in the cache, without fetching it again.
      const second = ensureFont('ar', 'Arabic', env);
      assert.equal(second.env.FONTCONFIG_FILE, first.env.FONTCONFIG_FILE);
      assert.equal(readFileSync(join(dir, 'apt-calls'), 'utf8'), 'download fonts-noto-core\n');
      // A language the machine has a font for needs nothing.
      assert.equal(ensureFont('ar', 'Arabic', first.env).env, first.env);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
