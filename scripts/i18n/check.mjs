// npm run check:translations (part of npm test)
//
// Every language of lit-localize.json, one verdict each. It fails (exit 1) when:
//   - a language that ships (locales/review/<tag>.json: "ships": true) has any problem: a unit
//     not translated, a translation marked for review (the English changed, or a reviewer found a
//     problem), placeholders that differ from the English, a target that is still the English, a
//     word the term list rules out or lacks, a safety-critical unit not final, or final without
//     a back-translation of its current text rated OK, or a review file of it that is half
//     done or malformed (a request still waiting for its reviewer is fine);
//   - the English itself cannot go to translators (a placeholder with unreadable code);
//   - locales/ has a language file that lit-localize.json does not list.
// A language still in progress ("ships": false) never fails it: it is listed with what is left
// to do, and it is in no bundle (scripts/i18n/build.mjs), so no reader sees half of it.
import { printProblems, verdict } from './report.mjs';
import { projectStatus, strayFiles } from './project.mjs';

const status = await projectStatus();
let failed = false;

if (status.sourceProblems.length) {
  failed = true;
  console.error('The English cannot go to translators as it is:');
  for (const problem of status.sourceProblems) console.error(`  ${problem}`);
}
const stray = strayFiles(status.config);
if (stray.length) {
  failed = true;
  console.error(
    `locales/review/ has languages lit-localize.json does not list: ${stray.join(', ')}`,
  );
}

console.log(`Translation check: ${status.messages.length} messages in English.`);
for (const language of status.languages) {
  const failing = language.ships && !language.complete;
  if (failing) failed = true;
  console.log(`${failing ? '✗' : language.complete ? '✓' : '·'} ${verdict(language)}`);
  if (failing) printProblems(language, { limit: 6 });
}
if (failed) {
  console.error(
    '\nTranslation check failed. A translator: npm run check:language <tag> lists every point. ' +
      'Until a language is back to complete, its readers get English (the build says which).',
  );
  process.exit(1);
}
