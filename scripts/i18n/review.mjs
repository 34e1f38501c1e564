// Review records: locales/review/<tag>-<date>.md, one per review (a back-translation by someone
// who did not translate the language, or a bilingual review), in the format of
// docs/translating.md#review-state. `npm run back-translation` writes them in two parts, so that
// the reviewer translates back before seeing the English:
//
//   # Back-translation: Arabic (ar), 2027-01-10
//
//   - Language: ar
//   - Date: 2027-01-10
//   - Translators: who translated Arabic (from locales/review/ar.json)
//   - Reviewer: name or role (did not translate this language)
//   - Second reviewer: name or role, for the units marked "Second reviewer needed"
//   - Kind: back-translation
//
//   # Part 1: translate back, blind
//
//   ## finding.very-unwell.label
//
//   - Target: …
//   - Back-translation: …
//
//   # Part 2: compare and rate
//
//   ## finding.very-unwell.label
//
//   - English: Very unwell: confused, …
//   - Note: …
//   - Second reviewer needed: yes, rated major in locales/review/ar-2026-12.md
//   - Rating: OK | minor | major
//   - Proposal: …
//   - Comment: …
//
// A unit's fields are gathered from every `## id` section of it, so files in the earlier layout
// (one section per unit: Target, Back-translation, English, Note, Rating, …) read the same.
//
// A file is in one of three states:
//   pending   no unit rated yet: a request waiting for its reviewer. It changes nothing.
//   done      every unit rated (a back-translation: each with its back-translation), by a
//             named reviewer who did not translate the language.
//   invalid   anything else: some units rated and others not, a rating that is not OK, minor or
//             major, no reviewer, a reviewer who translated the language, a unit without its
//             Target or English, a field given twice, a wrong Language. Its ratings count for
//             nothing, and the checks say what to correct.
// A unit's record counts while its English and target are the ones recorded (placeholders and
// whitespace aside): change either, and the unit needs a new review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../locales/review/', import.meta.url));

export const KINDS = ['back-translation', 'bilingual review'];

const FIELD = /^-\s+([A-Za-z][A-Za-z -]*?):\s?(.*)$/;
const key = (name) => name.trim().toLowerCase().replace(/\s+/g, '-');
/**
 * A header value that is wholly in brackets is the tool's instruction, not a name: files written
 * before the tool wrote these lines empty say "(your name or role: …)".
 */
const nameValue = (value = '') => (/^\(.*\)$/.test(value.trim()) ? '' : value.trim());

/** A person's name or role as compared: case, spacing and end punctuation aside. */
const person = (text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:]+$/, '')
    .trim();

/**
 * Whether two names or roles are the same person's: equal, or one is the other followed by a
 * bracket or a comma ("Anna Nowak (nurse)" is "Anna Nowak").
 */
export function samePerson(a, b) {
  const [x, y] = [person(a), person(b)];
  if (!x || !y) return false;
  const extends_ = (long, short) =>
    long.startsWith(short) && /^\s*[(,]/.test(long.slice(short.length));
  return x === y || extends_(x, y) || extends_(y, x);
}

/**
 * Parses one record file, and says whether it is pending, done or invalid.
 * @param {string} text
 * @param {string} file
 * @param {{ tag?: string, translators?: string[] }} [context] the language the file is for, and
 *   who translated it (locales/review/<tag>.json "translators")
 */
export function parseRecord(text, file, { tag, translators = [] } = {}) {
  const header = {};
  /** @type {Map<string, { id: string, fields: Record<string, string> }>} */
  const units = new Map();
  const problems = [];
  let current;
  let inHeader = true;
  let titleSeen = false;
  for (const line of text.split(/\r?\n/)) {
    const heading = line.match(/^##\s+(\S+)\s*$/);
    if (heading) {
      const id = heading[1];
      if (!units.has(id)) units.set(id, { id, fields: {} });
      current = units.get(id);
      inHeader = false;
      continue;
    }
    if (/^#\s/.test(line)) {
      // The title, then the parts' headings: what follows a part's heading is its instructions.
      if (titleSeen) inHeader = false;
      titleSeen = true;
      current = undefined;
      continue;
    }
    const field = line.match(FIELD);
    if (!field) continue;
    const name = key(field[1]);
    if (current) {
      if (name in current.fields) problems.push(`${current.id}: "${field[1]}" is given twice`);
      current.fields[name] = field[2].trim();
    } else if (inHeader) {
      header[name] = field[2].trim();
    }
  }
  const date = header.date ?? file.match(/(\d{4}-\d{2}(?:-\d{2})?)\.md$/)?.[1] ?? '';
  const record = {
    file,
    language: header.language,
    date,
    reviewer: nameValue(header.reviewer),
    secondReviewer: nameValue(header['second-reviewer']),
    translators: [
      ...translators,
      ...nameValue(header.translators)
        .split(/;/)
        .map((name) => name.trim())
        .filter(Boolean),
    ],
    kind: (header.kind ?? '').toLowerCase(),
    units: [...units.values()].map(({ id, fields }) => ({
      id,
      english: fields.english ?? '',
      target: fields.target ?? '',
      backTranslation: fields['back-translation'] ?? '',
      rating: normalRating(fields.rating),
      givenRating: fields.rating ?? '',
      proposal: fields.proposal ?? '',
      comment: fields.comment ?? '',
      secondReviewer: nameValue(fields['second-reviewer']),
      hasTarget: 'target' in fields,
      hasEnglish: 'english' in fields,
    })),
  };
  problems.push(...recordProblems(record, tag));
  const rated = record.units.filter((unit) => unit.rating);
  return {
    ...record,
    problems,
    status: problems.length ? 'invalid' : rated.length ? 'done' : 'pending',
  };
}

function normalRating(value = '') {
  const word = value
    .trim()
    .toLowerCase()
    .split(/[\s(:—-]/)[0];
  return ['ok', 'minor', 'major'].includes(word) ? word : '';
}

const list = (units) =>
  units.length > 3
    ? `${units
        .slice(0, 3)
        .map((u) => u.id)
        .join(', ')} and ${units.length - 3} more`
    : units.map((u) => u.id).join(', ');

/** What is wrong with a record, in sentences its reviewer or translator can act on. */
function recordProblems(record, tag) {
  const problems = [];
  if (!record.language) problems.push('no "Language:" line');
  else if (tag && record.language !== tag) {
    problems.push(`"Language: ${record.language}" in a file for ${tag}`);
  }
  if (!KINDS.includes(record.kind)) {
    problems.push(`"Kind:" must be ${KINDS.map((k) => `"${k}"`).join(' or ')}`);
  }
  const missing = record.units.filter((unit) => !unit.hasTarget || !unit.hasEnglish);
  if (missing.length) {
    problems.push(`${list(missing)}: the Target or English line is gone (put it back as written)`);
  }
  const unknown = record.units.filter((unit) => unit.givenRating && !unit.rating);
  for (const unit of unknown) {
    problems.push(`${unit.id}: rating "${unit.givenRating}" is not OK, minor or major`);
  }
  const rated = record.units.filter((unit) => unit.rating);
  // A pending request: nothing to check until its reviewer rates a unit.
  if (!rated.length) return problems;
  const unrated = record.units.filter((unit) => !unit.rating && !unit.givenRating);
  if (unrated.length) {
    problems.push(
      `${unrated.length} of ${record.units.length} units not rated (${list(unrated)}): rate every unit before the file is committed`,
    );
  }
  if (record.kind === 'back-translation') {
    const blank = rated.filter((unit) => !unit.backTranslation.trim());
    if (blank.length) problems.push(`${list(blank)}: rated without a back-translation`);
  }
  if (!record.reviewer) problems.push('no reviewer: write a name or role after "Reviewer:"');
  const names = [
    ['Reviewer', record.reviewer],
    ['Second reviewer', record.secondReviewer],
    ...record.units
      .filter((unit) => unit.secondReviewer)
      .map((unit) => [`${unit.id}: Second reviewer`, unit.secondReviewer]),
  ];
  for (const [field, name] of names) {
    const translator = record.translators.find((each) => samePerson(each, name));
    if (name && translator) {
      problems.push(
        `${field} "${name}" translated this language (translators: "${translator}"): a review must be by someone else`,
      );
    }
  }
  if (record.secondReviewer && samePerson(record.secondReviewer, record.reviewer)) {
    problems.push('the second reviewer is the reviewer: it must be another person');
  }
  return problems;
}

/** Who translated a language: locales/review/<tag>.json "translators" (names or roles). */
export function readTranslators(tag, dir = DIR) {
  const file = `${dir}${tag}.json`;
  if (!existsSync(file)) return [];
  const { translators } = JSON.parse(readFileSync(file, 'utf8'));
  return Array.isArray(translators) ? translators.filter((n) => typeof n === 'string' && n) : [];
}

/** Every record of a language, oldest first, each with its status and problems. */
export function readRecords(tag, dir = DIR) {
  if (!existsSync(dir)) return [];
  const translators = readTranslators(tag, dir);
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${tag}-`) && name.endsWith('.md'))
    .filter((name) => /^\d{4}-\d{2}/.test(name.slice(tag.length + 1)))
    .map((name) =>
      parseRecord(readFileSync(`${dir}${name}`, 'utf8'), `locales/review/${name}`, {
        tag,
        translators,
      }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

/** Text compared as recorded: whitespace squashed, placeholders as `{}` whatever their label. */
export const comparable = (text) =>
  text
    .replace(/\{[^{}]*\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a recorded unit is about this English and this target. */
export const recordedFor = (unit, english, target) =>
  comparable(unit.english) === comparable(english) &&
  comparable(unit.target) === comparable(target);

/** The first record that rated a unit major, whatever its text then: it needs a second reviewer. */
export function ratedMajorIn(records, id) {
  for (const record of records) {
    if (record.units.some((unit) => unit.id === id && unit.rating === 'major')) return record.file;
  }
  return undefined;
}

/**
 * The newest rated record of this unit with this English and this target, or undefined. Only
 * records that are done count (a pending or invalid file changes nothing). A unit rated major in
 * an earlier record needs a second reviewer on the new one.
 */
export function matchingRecord(records, id, english, target) {
  let found;
  let onceMajor = false;
  for (const record of records) {
    for (const unit of record.units) {
      if (unit.id !== id || !unit.rating) continue;
      if (record.status !== 'invalid' && recordedFor(unit, english, target)) {
        const done = record.kind !== 'back-translation' || unit.backTranslation.trim() !== '';
        const second = unit.secondReviewer || record.secondReviewer;
        if (done && (!onceMajor || second || unit.rating !== 'ok')) {
          found = { ...unit, file: record.file, date: record.date, kind: record.kind };
        } else if (done) {
          found = {
            ...unit,
            rating: 'needs a second reviewer (rated major before)',
            file: record.file,
            date: record.date,
          };
        }
      }
      if (unit.rating === 'major') onceMajor = true;
    }
  }
  return found;
}
