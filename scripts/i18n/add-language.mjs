// npm run add-language <tag>
//
// Adds a language, in progress (it ships only when its safety-critical units are final and
// locales/review/<tag>.json says "ships": true):
//   lit-localize.json           the tag, at the end of targetLocales
//   locales/<tag>.xlf           every unit, safety-critical ones first, with notes
//   locales/review/<tag>.json   "ships": false, no translator named yet, no review yet
//   locales/terms/<tag>.json    the ideas to fix words for, to fill in
//   locales/style/<tag>.md      the style sheet, from locales/style/template.md
// and prints what to translate first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { updateLanguage } from './extract.mjs';
import { languageInfo, loadInputs, path, readConfig } from './project.mjs';

/** The ideas every term list covers; each language fills in its words. */
export const TERM_TEMPLATE = [
  {
    concept: 'emergency level (call now)',
    units: ['checker.level.emergency', 'checker.action.emergency', 'banner.heading.emergency'],
    note: 'The emergency level: help now, not later today.',
  },
  {
    concept: 'same-day level',
    units: [
      'checker.level.urgent',
      'checker.action.urgent',
      'banner.heading.urgent',
      'banner.urgent.action',
      'guide.advice.urgent',
    ],
    english: '\\btoday\\b|same day',
    note: 'The urgent level means a doctor the same day, not an emergency: never the emergency word here.',
  },
  {
    concept: 'routine level (book a normal appointment)',
    units: [
      'checker.level.routine',
      'checker.action.routine',
      'banner.heading.non-urgent',
      'banner.non-urgent.action',
      'guide.advice.routine',
    ],
    note: 'Not urgent: a normal appointment in the next days or weeks.',
  },
  { concept: 'DVT', english: '\\bDVT\\b' },
  { concept: 'cellulitis', english: '\\bcellulitis\\b' },
  { concept: 'sepsis', english: '\\bsepsis\\b' },
  { concept: 'confusion (a sign of sepsis)', english: '\\bconfus(ed|ion)\\b' },
  { concept: 'your doctor', english: '\\byour doctor\\b' },
  { concept: 'urgent care centre', english: 'urgent care cent' },
  { concept: 'one leg', english: '\\bone leg\\b' },
  { concept: 'both legs', english: '\\bboth legs\\b' },
  { concept: 'pee', english: '\\bpee(ing)?\\b' },
  { concept: 'poo', english: '\\bpoo(ing)?\\b' },
].map((term) => ({ ...term, required: [], banned: [] }));

async function writeFormatted(file, text) {
  const options = (await prettier.resolveConfig(path(file))) ?? {};
  writeFileSync(path(file), await prettier.format(text, { ...options, filepath: path(file) }));
}

/** Adds the language; throws with a sentence a translator can act on. */
export async function addLanguage(asked) {
  let tag;
  try {
    [tag] = Intl.getCanonicalLocales(asked);
  } catch {
    throw new Error(`"${asked}" is not a language tag (BCP 47), such as pl, pt-PT or zh-Hant.`);
  }
  if (tag !== asked) throw new Error(`Write it as ${tag} (the canonical form of "${asked}").`);
  const config = readConfig();
  if (tag === config.sourceLocale || config.targetLocales.includes(tag)) {
    throw new Error(`${tag} is already a language of lit-localize.json.`);
  }
  const info = languageInfo(tag);
  if (info.name === tag) {
    console.warn(`Note: this machine's ICU has no name for ${tag}; check the tag.`);
  }

  const raw = JSON.parse(readFileSync(path('lit-localize.json'), 'utf8'));
  raw.targetLocales = [...raw.targetLocales, tag];
  await writeFormatted('lit-localize.json', JSON.stringify(raw));

  const meta = {
    $comment: `Review state of the ${info.name} translation: whether it ships, who translated it ("translators": names or roles; a review by one of them counts for nothing), who reviewed it and when, and the clinical sign-off (docs/translating.md#review-state).`,
    ships: false,
    translators: [],
    reviews: [],
    clinicalSignOff: null,
  };
  writeFileSync(path(`locales/review/${tag}.json`), `${JSON.stringify(meta, null, 2)}\n`);
  if (!existsSync(path(`locales/terms/${tag}.json`))) {
    const terms = {
      $comment: `Term list for ${info.name} (${tag}): fill in "required" (the words to use) and "banned" (the words never to use) for each idea. Format: docs/translating.md#the-term-list.`,
      terms: TERM_TEMPLATE,
    };
    writeFileSync(path(`locales/terms/${tag}.json`), `${JSON.stringify(terms, null, 2)}\n`);
  }
  if (!existsSync(path(`locales/style/${tag}.md`))) {
    const template = readFileSync(path('locales/style/template.md'), 'utf8');
    writeFileSync(
      path(`locales/style/${tag}.md`),
      template.replaceAll('{{name}}', info.name).replaceAll('{{tag}}', tag),
    );
  }

  const inputs = await loadInputs();
  const result = updateLanguage(tag, { ...inputs, config: readConfig() });
  const safety = inputs.messages.filter((m) => inputs.safety.groupOf(m.id)).length;
  return { tag, info, file: result.file, total: inputs.messages.length, safety };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asked = process.argv[2];
  if (!asked) {
    console.error('Usage: npm run add-language <tag>   (for example: npm run add-language pl)');
    process.exit(2);
  }
  try {
    const { tag, info, file, total, safety } = await addLanguage(asked);
    console.log(
      [
        `Added ${info.name} (${tag}), written ${info.dir === 'rtl' ? 'right to left' : 'left to right'}, in progress: it ships only when its safety-critical units are final.`,
        '',
        `Translate ${file} in your translation tool (OmegaT, Poedit, Weblate, Crowdin …):`,
        `  1. first the group "Safety-critical" at the top: ${safety} units, what a reader acts on in an emergency;`,
        `  2. then everything else: ${total - safety} units.`,
        `Before you start, write your name (or a role) in "translators" in locales/review/${tag}.json, read locales/style/${tag}.md, and fill in locales/terms/${tag}.json with the words ${info.name} uses.`,
        `Check your work at any time, with screenshots: npm run check:language ${tag}`,
      ].join('\n'),
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
