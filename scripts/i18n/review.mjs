// Review records: locales/review/<tag>-<date>.md, one per review (a back-translation by someone
// who did not translate the language, or a bilingual review), in the format of
// docs/translating.md#back-translation:
//
//   # Back-translation: ar, 2027-01-10
//
//   - Language: ar
//   - Date: 2027-01-10
//   - Reviewer: name or role (did not translate this language)
//   - Second reviewer: name or role, for units once rated major
//   - Kind: back-translation
//
//   ## finding.very-unwell.label
//
//   - English: Very unwell: confused, …
//   - Target: …
//   - Back-translation: …
//   - Rating: OK | minor | major
//   - Proposal: …
//   - Comment: …
//
// A unit's record counts while its English and target are the ones recorded (placeholders and
// whitespace aside): change either, and the unit needs a new review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../locales/review/', import.meta.url));

const FIELD = /^-\s+([A-Za-z][A-Za-z -]*?):\s?(.*)$/;
const key = (name) => name.trim().toLowerCase().replace(/\s+/g, '-');

/** Parses one record file. */
export function parseRecord(text, file) {
  const header = {};
  const units = [];
  let current;
  for (const line of text.split(/\r?\n/)) {
    const heading = line.match(/^##\s+(\S+)\s*$/);
    if (heading) {
      current = { id: heading[1], fields: {} };
      units.push(current);
      continue;
    }
    const field = line.match(FIELD);
    if (field) (current ? current.fields : header)[key(field[1])] = field[2].trim();
  }
  const language = header.language;
  const date = header.date ?? file.match(/(\d{4}-\d{2}(?:-\d{2})?)\.md$/)?.[1] ?? '';
  return {
    file,
    language,
    date,
    reviewer: header.reviewer ?? '',
    secondReviewer: header['second-reviewer'] ?? '',
    kind: (header.kind ?? '').toLowerCase(),
    units: units.map(({ id, fields }) => ({
      id,
      english: fields.english ?? '',
      target: fields.target ?? '',
      backTranslation: fields['back-translation'] ?? '',
      rating: normalRating(fields.rating),
      proposal: fields.proposal ?? '',
      comment: fields.comment ?? '',
      secondReviewer: fields['second-reviewer'] ?? '',
    })),
  };
}

function normalRating(value = '') {
  const word = value
    .trim()
    .toLowerCase()
    .split(/[\s(:—-]/)[0];
  return ['ok', 'minor', 'major'].includes(word) ? word : '';
}

/** Every record of a language, oldest first. */
export function readRecords(tag, dir = DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${tag}-`) && name.endsWith('.md'))
    .filter((name) => /^\d{4}-\d{2}/.test(name.slice(tag.length + 1)))
    .map((name) => parseRecord(readFileSync(`${dir}${name}`, 'utf8'), `locales/review/${name}`))
    .filter((record) => !record.language || record.language === tag)
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

/** Text compared as recorded: whitespace squashed, placeholders as `{}` whatever their label. */
export const comparable = (text) =>
  text
    .replace(/\{[^{}]*\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The newest rated record of this unit with this English and this target, or undefined. A unit
 * rated major in an earlier record needs a second reviewer on the new one.
 */
export function matchingRecord(records, id, english, target) {
  let found;
  let onceMajor = false;
  for (const record of records) {
    for (const unit of record.units) {
      if (unit.id !== id || !unit.rating) continue;
      const sameEnglish = comparable(unit.english) === comparable(english);
      const sameTarget = comparable(unit.target) === comparable(target);
      if (sameEnglish && sameTarget) {
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
