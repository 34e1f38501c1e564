// npm run back-translation <tag> [--all]
//
// Writes the request for an independent back-translation: locales/review/<tag>-<today>.md, with
// every safety-critical unit of the language that is translated but has no review of its
// current text rated OK (--all: every translated unit without one). Give the file to someone
// who did not translate the language; they fill in "Back-translation", "Rating" and, for a
// minor or major problem, "Proposal", and the file is committed as it is. Then
// `npm run localize:extract` makes each unit rated OK final, and marks each unit rated minor or
// major for review with the reviewer's proposal in a note for the translator.
import { existsSync, writeFileSync } from 'node:fs';
import { path, projectStatus, readConfig } from './project.mjs';
import { matchingRecord, readRecords } from './review.mjs';

export function requestText(language, units, date) {
  const lines = [
    `# Back-translation: ${language.name} (${language.tag}), ${date}`,
    '',
    `- Language: ${language.tag}`,
    `- Date: ${date}`,
    `- Reviewer: (your name or role: someone who did not translate ${language.name})`,
    '- Second reviewer: (needed where a unit was once rated major: name or role, or leave empty)',
    '- Kind: back-translation',
    '',
    'For each unit below:',
    '',
    '1. Translate the Target back into English before you read the English, and write it after',
    '   "Back-translation:".',
    '2. Compare with the English: does the meaning change, does the urgency soften or harden, is a',
    '   qualifier lost ("suddenly", "new", "only", "one leg", "both legs", "now", "since the pain',
    '   started", "within minutes")? Would a frightened reader who speaks this language understand',
    '   every word?',
    '3. Rate it OK, minor or major after "Rating:". For minor or major, write a better target after',
    '   "Proposal:" and why after "Comment:".',
    '',
    'Leave the Target and English lines as they are: they say which text you reviewed.',
    '',
  ];
  for (const unit of units) {
    lines.push(`## ${unit.id}`, '');
    lines.push(`- Target: ${unit.target}`);
    lines.push('- Back-translation:');
    lines.push(`- English: ${unit.english}`);
    if (unit.note) lines.push(`- Note: ${unit.note.replace(/\s+/g, ' ')}`);
    lines.push('- Rating:', '- Proposal:', '- Comment:', '');
  }
  return lines.join('\n');
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
  const all = process.argv.includes('--all');
  const status = await projectStatus(undefined, [tag]);
  const [language] = status.languages;
  const records = readRecords(tag);
  const notes = new Map(status.messages.map((m) => [m.id, m.desc]));
  const units = language.units
    .filter((unit) => unit.target && (all || unit.safe))
    // A unit marked for review goes back to its translator first.
    .filter((unit) => ['translated', 'final', 'signed-off'].includes(unit.state))
    .filter((unit) => {
      const record = matchingRecord(records, unit.id, unit.english, unit.target);
      return !record || record.rating.startsWith('needs');
    })
    .map((unit) => ({ ...unit, note: notes.get(unit.id) }));
  if (!units.length) {
    console.log(`${language.name}: no unit needs a back-translation.`);
    process.exit(0);
  }
  const date = new Date().toISOString().slice(0, 10);
  let file = `locales/review/${tag}-${date}.md`;
  for (let n = 2; existsSync(path(file)); n++) file = `locales/review/${tag}-${date}-${n}.md`;
  writeFileSync(path(file), requestText(language, units, date));
  console.log(
    `${file}: ${units.length} unit(s) to back-translate. Give it to someone who did not translate ${language.name}; commit it when filled in, then run npm run localize:extract.`,
  );
}
