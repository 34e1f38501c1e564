// npm run back-translation <tag> [--all]
//
// Writes the request for an independent back-translation: locales/review/<tag>-<today>.md, with
// every safety-critical unit of the language that is translated but has no review of its
// current text rated OK (--all: every translated unit without one). Units already waiting in a
// pending request are left out.
//
// The file is in two parts (scripts/i18n/review.mjs), so the reviewer translates back blind:
// part 1 has only each Target and an empty "Back-translation:"; part 2 has the English, the note,
// and the Rating, Proposal and Comment to fill in. Until a unit is rated the file is pending: it
// changes nothing, and can be committed as it is. The reviewer rates every unit, and the file is
// committed again; `npm run localize:extract` then makes each unit rated OK final, and marks each
// unit rated minor or major for review with the reviewer's proposal in a note.
//
// The reviewer must not be one of the language's translators (locales/review/<tag>.json
// "translators"): the tool refuses to write a request until they are recorded, and a review by
// one of them counts for nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { path, projectStatus, readConfig } from './project.mjs';
import {
  matchingRecord,
  ratedMajorIn,
  readRecords,
  readTranslators,
  recordedFor,
} from './review.mjs';
import { squash } from './xliff.mjs';

/** A paragraph in lines of at most 96 characters; `indent` starts every line but the first. */
function wrap(text, indent = '') {
  const lines = [''];
  for (const word of text.split(' ')) {
    const line = lines.at(-1);
    if (line && line.length + word.length + 1 > 96) lines.push(`${indent}${word}`);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines;
}

/**
 * The request's text.
 * @param {{ tag: string, name: string }} language
 * @param {{ id: string, target: string, english: string, note?: string, ratedMajorIn?: string, earlier?: string }[]} units
 * @param {string} date
 * @param {{ translators?: string[] }} [options]
 */
export function requestText(language, units, date, { translators = [] } = {}) {
  const { name, tag } = language;
  const needSecond = units.filter((unit) => unit.ratedMajorIn);
  const who = translators.length ? ` (${translators.join('; ')})` : '';
  const lines = [
    `# Back-translation: ${name} (${tag}), ${date}`,
    '',
    `- Language: ${tag}`,
    `- Date: ${date}`,
    `- Translators: ${translators.join('; ')}`,
    '- Reviewer:',
    '- Second reviewer:',
    '- Kind: back-translation',
    '',
    ...wrap(
      `Reviewer: write your name or role after "Reviewer:" above. You must not have translated ${name}${who}: a review by one of its translators counts for nothing.`,
    ),
    '',
    ...wrap(
      needSecond.length
        ? `Second reviewer: ${needSecond.length} unit(s) below say "Second reviewer needed": they were once rated major. A second person, who neither translated ${name} nor did the first review, back-translates them blind too; if they agree with the ratings, they write their name or role after "Second reviewer:" above.`
        : 'Second reviewer: no unit here needs one; leave "Second reviewer:" empty.',
    ),
    '',
    'Do the review in two parts, in this order:',
    '',
    ...wrap(
      '1. Part 1, blind: translate each Target back into English and write it after "Back-translation:". Finish every unit before you scroll down: part 2 shows the English.',
      '   ',
    ),
    ...wrap(
      `2. Part 2: compare your back-translations with the English and its note. Does the meaning change, does the urgency soften or harden, is a qualifier lost ("suddenly", "new", "only", "one leg", "both legs", "now", "since the pain started", "within minutes")? Would a frightened reader who speaks ${name} understand every word? Write OK, minor or major after "Rating:"; for minor or major, a better target after "Proposal:" and why after "Comment:".`,
      '   ',
    ),
    '',
    ...wrap(
      "Leave the Target and English lines as they are: they say which text you reviewed. Rate every unit before you commit the file: a file with some units rated and others not fails the project's check. Until a unit is rated, the file is a request waiting for you: it changes nothing.",
    ),
    '',
    `# Part 1: translate back, blind (${units.length} unit${units.length === 1 ? '' : 's'})`,
    '',
  ];
  for (const unit of units) {
    lines.push(`## ${unit.id}`, '', `- Target: ${squash(unit.target)}`, '- Back-translation:', '');
  }
  lines.push('# Part 2: compare and rate (only once part 1 is done)', '');
  for (const unit of units) {
    lines.push(`## ${unit.id}`, '', `- English: ${squash(unit.english)}`);
    if (unit.note) lines.push(`- Note: ${squash(unit.note)}`);
    if (unit.ratedMajorIn) {
      lines.push(`- Second reviewer needed: yes, rated major in ${unit.ratedMajorIn}`);
    }
    if (unit.earlier) lines.push(`- Earlier review: ${squash(unit.earlier)}`);
    lines.push('- Rating:', '- Proposal:', '- Comment:', '');
  }
  return lines.join('\n');
}

/**
 * The units to ask about: translated (a unit marked for review goes back to its translator
 * first), safety-critical unless `all`, with no review of their current text rated OK, and not
 * already waiting in a pending request.
 */
export function unitsToReview(language, records, notes, { all = false } = {}) {
  const pending = records.filter((record) => record.status === 'pending');
  const waiting = [];
  const units = language.units
    .filter((unit) => unit.target && (all || unit.safe))
    .filter((unit) => ['translated', 'final', 'signed-off'].includes(unit.state))
    .filter((unit) => {
      const record = matchingRecord(records, unit.id, unit.english, unit.target);
      return !record || record.rating !== 'ok';
    })
    .filter((unit) => {
      const request = pending.find((record) =>
        record.units.some((r) => r.id === unit.id && recordedFor(r, unit.english, unit.target)),
      );
      if (request) waiting.push({ id: unit.id, file: request.file });
      return !request;
    })
    .map((unit) => {
      const record = matchingRecord(records, unit.id, unit.english, unit.target);
      // The translator kept this text after a review found a problem: the new reviewer sees
      // the point, and the translator's reason is in the style sheet.
      const earlier =
        record && record.rating !== 'ok' && !record.rating.startsWith('needs')
          ? `rated ${record.rating} in ${record.file}${record.comment ? `: ${record.comment}` : ''}${record.proposal ? ` Proposal: ${record.proposal}` : ''} The translator kept this text: their reason is in locales/style/${language.tag}.md.`
          : undefined;
      return {
        ...unit,
        note: notes.get(unit.id),
        ratedMajorIn: ratedMajorIn(records, unit.id),
        earlier,
      };
    });
  return { units, waiting };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tag = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const config = readConfig();
  if (!tag || !config.targetLocales.includes(tag)) {
    console.error(
      `Usage: npm run back-translation <tag> [--all]   (${config.targetLocales.join(', ')})`,
    );
    process.exit(2);
  }
  const translators = readTranslators(tag);
  if (!translators.length) {
    console.error(
      `First write who translated this language in locales/review/${tag}.json, e.g. "translators": ["Anna Nowak"] (a name or a role): the review must be by someone else, and the project checks that it is.`,
    );
    process.exit(1);
  }
  const status = await projectStatus(undefined, [tag]);
  const [language] = status.languages;
  const records = readRecords(tag);
  const notes = new Map(status.messages.map((m) => [m.id, m.desc]));
  const { units, waiting } = unitsToReview(language, records, notes, {
    all: process.argv.includes('--all'),
  });
  for (const file of new Set(waiting.map((w) => w.file))) {
    const count = waiting.filter((w) => w.file === file).length;
    console.log(`${file}: already asks about ${count} unit(s), still waiting for its reviewer.`);
  }
  if (!units.length) {
    console.log(`${language.name}: no other unit needs a back-translation.`);
    process.exit(0);
  }
  const date = new Date().toISOString().slice(0, 10);
  let file = `locales/review/${tag}-${date}.md`;
  for (let n = 2; existsSync(path(file)); n++) file = `locales/review/${tag}-${date}-${n}.md`;
  writeFileSync(path(file), requestText(language, units, date, { translators }));
  const second = units.filter((unit) => unit.ratedMajorIn).length;
  console.log(
    [
      `${file}: ${units.length} unit(s) to back-translate${second ? `, ${second} of them also by a second reviewer (once rated major)` : ''}.`,
      `Commit it now if you like (until a unit is rated it changes nothing), and give it to someone who did not translate ${language.name}.`,
      `When they have rated every unit: commit it, then run npm run localize:extract ${tag}.`,
    ].join('\n'),
  );
}
