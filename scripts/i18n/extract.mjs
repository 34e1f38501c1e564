// npm run localize:extract [tag…]
//
// Brings every locales/<tag>.xlf (or the ones named) up to date with the English of the source:
//   - new messages arrive with <target state="needs-translation"/>; removed ones go;
//   - a message whose English changed keeps its old target, marked
//     state="needs-review-translation", with the old English in a note (from="previous-english"):
//     a stale translation can never pass for a current one;
//   - a review record (locales/review/<tag>-*.md) rating the unit's current English and target
//     OK makes a translated unit final; one rating it minor or major marks it for review, with
//     the reviewer's comment and proposal in a note;
//   - the safety-critical units come first, in their own group, each with a note saying so;
//   - notes from the source (desc), the term list and the style sheet are refreshed; notes a
//     translator or a tool added are kept;
//   - placeholders carry readable labels ({clinic name}, {number}) instead of code.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseXliff, writeXliff, display, sameText, stateOf } from './xliff.mjs';
import { path, loadInputs, readConfig, readMeta, languageInfo } from './project.mjs';
import { matchingRecord, readRecords } from './review.mjs';
import { readTerms, termNotes } from './terms.mjs';

/** Notes this tool writes, and so rewrites each time. */
const OURS = new Set(['lit-localize', 'calf-pain-guide', 'term-list']);
/** Notes that ask a translator to look again, kept while the unit is marked for review. */
const isAttention = (note) =>
  note.from === 'previous-english' || (/^review\b/.test(note.from) && !isAnswer(note));
/** The note that says a translator kept a text a review rated minor or major. */
const isAnswer = (note) => note.from === 'review-answered';

function headerNotes(tag, safetyCount) {
  const { name } = languageInfo(tag);
  return [
    `How to translate: docs/translating.md. Style sheet for ${name}: locales/style/${tag}.md. Term list: locales/terms/${tag}.json. Check your work: npm run check:language ${tag}.`,
    `The first group holds the ${safetyCount} safety-critical units: translate and check them first. ${name} ships only when each of them is final: back-translated by someone who did not translate it, and rated OK in locales/review/.`,
    'States: needs-translation, then translated, then final (reviewed), then signed-off (checked by a doctor who speaks the language). needs-review-translation: the English changed, or a review found a problem; the note says which.',
  ];
}

const safetyNote = (group) =>
  `SAFETY-CRITICAL (${group}): a reader acts on this in an emergency. Translate and check it first; keep every qualifier (now, new, sudden, only, one leg, both legs, since the pain started). It ships only when final: back-translated by someone else and rated OK (locales/review/).`;

/** Links to the style sheet, on the units where its decisions matter. */
function styleNotes(message, tag) {
  const notes = [];
  if ([...message.labels.values()].includes('name')) {
    notes.push(
      `{name} is a name as its owner writes it: keep it in its dictionary form (locales/style/${tag}.md#names-slotted-into-sentences).`,
    );
  }
  if (message.id.endsWith('.doctor')) {
    notes.push(
      `The reader says this about themselves: choose forms that fit every reader (locales/style/${tag}.md#gender).`,
    );
  }
  return notes;
}

/**
 * Updates one language's file. Returns what changed, or throws when the existing file cannot be
 * read (it is never overwritten then).
 */
export function updateLanguage(tag, { messages, safety, config }) {
  const file = `${config.xliffDir}${tag}.xlf`;
  const before = existsSync(path(file)) ? readFileSync(path(file), 'utf8') : undefined;
  const existing = before ? parseXliff(before, file) : { units: [] };
  const byId = new Map(existing.units.map((unit) => [unit.id, unit]));
  const records = readRecords(tag);
  const terms = readTerms(tag);
  const counts = { added: 0, stale: 0, final: 0, flagged: 0, kept: 0, removed: 0 };

  const units = messages.map((message) => {
    const old = byId.get(message.id);
    const group = safety.groupOf(message.id);
    let target = old?.target && display(old.target) !== '' ? old.target : undefined;
    let state = old?.state;
    let approved = old?.approved ?? false;
    let attention = (old?.notes ?? []).filter(isAttention);
    let answered = (old?.notes ?? []).filter(isAnswer);
    const foreign = (old?.notes ?? []).filter(
      (note) => !OURS.has(note.from) && !isAttention(note) && !isAnswer(note),
    );
    if (!old) counts.added++;

    if (target && old && !sameText(old.source, message.parts)) {
      counts.stale++;
      state = 'needs-review-translation';
      approved = false;
      if (!attention.some((note) => note.from === 'previous-english')) {
        attention = [
          {
            from: 'previous-english',
            text: `The English changed. This translation was made for: «${display(old.source, message.labels)}». Check it against the new English, then set the state to translated.`,
          },
          ...attention.filter((note) => note.from !== 'previous-english'),
        ];
      }
    }
    if (!target) {
      state = 'needs-translation';
      approved = false;
    } else if (!state || state === 'new') {
      state = 'translated';
    }

    const record = target
      ? matchingRecord(
          records,
          message.id,
          display(message.parts, message.labels),
          display(target, message.labels),
        )
      : undefined;
    const problem = record?.rating === 'minor' || record?.rating === 'major';
    // Whether the translator has read this review's point: its note is on the unit.
    const seen = (notes) => problem && notes.some((note) => note.text.includes(record.file));
    if (target) {
      const effective = stateOf({ target, state, approved });
      if (record?.rating === 'ok' && effective === 'translated') {
        state = 'final';
        approved = false;
        counts.final++;
      } else if (problem && effective === 'translated' && seen([...attention, ...answered])) {
        // The translator read the point and kept the text (they set the unit to translated):
        // it stays translated, and needs a new review by someone else to become final.
        if (!seen(answered)) counts.kept++;
        answered = [
          {
            from: 'review-answered',
            text: `The translator kept this text after ${record.file} rated it ${record.rating}. It needs a new review by someone who did not translate it (npm run back-translation ${tag}).`,
          },
        ];
      } else if (problem && (effective === 'translated' || effective === 'final')) {
        state = 'needs-review-translation';
        approved = false;
        counts.flagged++;
        attention = [
          ...attention.filter((note) => !/^review\b/.test(note.from)),
          {
            from: `review ${record.date}`,
            text: [
              `Rated ${record.rating} in ${record.file}.`,
              record.comment,
              record.proposal ? `Proposal: ${record.proposal}` : '',
            ]
              .filter(Boolean)
              .join(' '),
          },
        ];
      }
    }
    if (stateOf({ target, state, approved }) !== 'needs-review') attention = [];
    // A translator's answer holds only while the review it answers is the unit's latest.
    if (!seen(answered)) answered = [];

    const notes = [
      ...(message.desc ? [{ from: 'lit-localize', text: message.desc }] : []),
      ...(group ? [{ from: 'calf-pain-guide', text: safetyNote(group.name), priority: '1' }] : []),
      ...styleNotes(message, tag).map((text) => ({ from: 'calf-pain-guide', text })),
      ...termNotes(terms, message, tag).map((text) => ({ from: 'term-list', text })),
      ...attention,
      ...answered,
      ...foreign,
    ];
    return {
      id: message.id,
      source: message.parts,
      target,
      state,
      approved,
      notes,
      labels: message.labels,
      rank: group?.rank,
    };
  });
  counts.removed = existing.units.filter((u) => !messages.some((m) => m.id === u.id)).length;

  const safe = units.filter((u) => u.rank !== undefined).sort((a, b) => a.rank - b.rank);
  const rest = units.filter((u) => u.rank === undefined);
  const text = writeXliff({
    targetLanguage: tag,
    sourceLanguage: config.sourceLocale,
    headerNotes: headerNotes(tag, safe.length),
    groups: [
      {
        id: 'safety-critical',
        name: 'Safety-critical: translate and check these first',
        note: `The units a reader acts on in an emergency: ${safety.groups.join('; ')}.`,
        units: safe,
      },
      {
        id: 'other',
        name: 'Everything else, in the order of the source',
        note: 'The rest of the guide and the checker.',
        units: rest,
      },
    ],
  });
  const changed = text !== before;
  if (changed) writeFileSync(path(file), text);
  return { tag, file, changed, counts };
}

const describe = ({ tag, file, changed, counts }) => {
  const parts = [
    counts.added && `${counts.added} new`,
    counts.removed && `${counts.removed} removed`,
    counts.stale && `${counts.stale} marked for review (the English changed)`,
    counts.flagged && `${counts.flagged} marked for review (a review found a problem)`,
    counts.final && `${counts.final} made final (reviewed OK)`,
    counts.kept &&
      `${counts.kept} kept by the translator after a review (each needs a new review: npm run back-translation ${tag})`,
  ].filter(Boolean);
  return `${tag.padEnd(8)} ${file}: ${changed ? parts.join(', ') || 'updated' : 'up to date'}`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = readConfig();
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((tag) => !config.targetLocales.includes(tag));
  if (unknown.length) {
    console.error(`Not a language of lit-localize.json: ${unknown.join(', ')}`);
    process.exit(1);
  }
  const inputs = await loadInputs();
  if (inputs.sourceProblems.length) {
    console.error('The English cannot be given to translators as it is:');
    for (const problem of inputs.sourceProblems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`Extracted ${inputs.messages.length} messages from the source.`);
  for (const tag of asked.length ? asked : config.targetLocales) {
    if (!readMeta(tag)) console.warn(`${tag}: no locales/review/${tag}.json`);
    console.log(describe(updateLanguage(tag, { ...inputs, config })));
  }
}
