// The project's languages and the state of each translation, shared by the commands in
// scripts/i18n/ (extract, build, check, add-language). What is where:
//
//   lit-localize.json            the one list of languages (targetLocales)
//   locales/<tag>.xlf            the translations (XLIFF 1.2, scripts/i18n/xliff.mjs)
//   locales/review/<tag>.json    whether the language ships, who reviewed it and when
//   locales/review/<tag>-*.md    review records: back-translations, ratings (review.mjs)
//   locales/terms/<tag>.json     the term list: words to use and words to avoid
//   locales/style/<tag>.md       the style sheet for translators
//   locales/safety-critical.json which units are safety-critical
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  STATES,
  parseXliff,
  display,
  placeholderIds,
  sameText,
  squash,
  stateOf,
} from './xliff.mjs';
import { matchingRecord, readRecords, recordedFor } from './review.mjs';
import { checkTerms, readTerms } from './terms.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const path = (relative) => `${ROOT}${relative}`;

const readJson = (relative) => JSON.parse(readFileSync(path(relative), 'utf8'));

/** lit-localize.json: the source language and the target languages, in their order. */
export function readConfig() {
  const config = readJson('lit-localize.json');
  return {
    sourceLocale: config.sourceLocale,
    targetLocales: config.targetLocales,
    xliffDir: config.interchange.xliffDir.replace(/^\.\//, '').replace(/\/?$/, '/'),
  };
}

/** A language's names (in English and in itself) and writing direction, from the runtime's ICU. */
export function languageInfo(tag) {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  const locale = new Intl.Locale(tag);
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return {
    tag,
    name,
    nativeName: own.charAt(0).toLocaleUpperCase(tag) + own.slice(1),
    dir: info?.direction === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** locales/review/<tag>.json: `ships`, `reviews`, `clinicalSignOff`. */
export function readMeta(tag) {
  const file = `locales/review/${tag}.json`;
  if (!existsSync(path(file))) return undefined;
  return readJson(file);
}

// ---------------------------------------------------------------------------------------------
// The English, from the code

/**
 * A readable name for a placeholder, from its code: `${clinicName}` → `clinic name`,
 * `${getHelpTitle()}` → `help title`; markup such as `<b>` stays as it is. undefined when the
 * code is an expression a translator could not read.
 */
export function labelFor(code) {
  const expression = code.match(/^\$\{\s*([\w$.]+)(\(\))?\s*\}$/)?.[1];
  if (expression) {
    const words = expression
      .split('.')
      .at(-1)
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase();
    return words.replace(/^get /, '');
  }
  if (!code.includes('${')) return squash(code);
  return undefined;
}

/**
 * Every msg() of the source, in source order (file, then position), with its placeholders
 * labelled. Analyses the TypeScript program with @lit/localize-tools (a few seconds).
 * @param {import('@lit/localize-tools/lib/modes/runtime.js').RuntimeLitLocalizer} [localizer]
 */
export async function sourceMessages(localizer) {
  if (!localizer) {
    const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
    const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
    localizer = new RuntimeLitLocalizer(readConfigFileAndWriteSchema(path('lit-localize.json')));
  }
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) {
    const { printDiagnostics } = await import('@lit/localize-tools/lib/typescript.js');
    printDiagnostics(errors);
    throw new Error('The msg() calls of the source could not be read');
  }
  const problems = [];
  const list = messages
    .map((message) => {
      const labels = new Map();
      const parts = message.contents.map((content) => {
        if (typeof content === 'string') return content;
        const id = String(content.index);
        const label = labelFor(content.untranslatable);
        if (!label) {
          problems.push(
            `${message.name}: placeholder ${content.untranslatable} is code a translator cannot ` +
              `read; give it a name first (const phone = html\`…\`; msg(html\`… \${phone} …\`))`,
          );
        }
        labels.set(id, label ?? `placeholder ${id}`);
        return { id, code: content.untranslatable };
      });
      return {
        id: message.name,
        tag: message.tag,
        parts,
        labels,
        desc: message.desc,
        file: message.file.fileName.slice(ROOT.length),
        position: message.node.getStart(),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.position - b.position);
  return { messages: list, problems };
}

// ---------------------------------------------------------------------------------------------
// Safety-critical units

/** The ids of the checker's first screen, read from src/checker/ids.ts. */
async function screenOneFindings() {
  const { tsImport } = await import('tsx/esm/api');
  const ids = await tsImport(path('src/checker/ids.ts'), import.meta.url);
  return ids.EMERGENCY_FINDINGS;
}

/**
 * locales/safety-critical.json as a function: the group of a unit (with its rank, for the order
 * of the file), or undefined for a unit that is not safety-critical.
 */
export async function readSafety() {
  const spec = readJson('locales/safety-critical.json');
  const screenOne = await screenOneFindings();
  const patterns = [];
  spec.groups.forEach((group, groupIndex) => {
    for (const pattern of group.units) {
      const expanded = pattern.includes('<screen-1>')
        ? screenOne.map((id) => pattern.replace('<screen-1>', id))
        : [pattern];
      for (const each of expanded) patterns.push({ group: group.name, groupIndex, pattern: each });
    }
  });
  const matches = (pattern, id) =>
    pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern;
  const groupOf = (id) => {
    const index = patterns.findIndex(({ pattern }) => matches(pattern, id));
    return index === -1 ? undefined : { name: patterns[index].group, rank: index };
  };
  return { groups: spec.groups.map((g) => g.name), groupOf };
}

// ---------------------------------------------------------------------------------------------
// A language's state

/** Reads locales/<tag>.xlf, or says why it cannot. */
export function readLanguageFile(tag, xliffDir = readConfig().xliffDir) {
  const file = `${xliffDir}${tag}.xlf`;
  if (!existsSync(path(file))) return { file, error: `no file ${file}` };
  try {
    const parsed = parseXliff(readFileSync(path(file), 'utf8'), file);
    if (parsed.targetLanguage !== tag) {
      return {
        file,
        error: `${file} says target-language="${parsed.targetLanguage}", not "${tag}"`,
      };
    }
    return { file, ...parsed };
  } catch (error) {
    return { file, error: error.message };
  }
}

/**
 * The words of the English a translation could leave as they are: the words of its text, not
 * the names of its placeholders (`{list}; {answer}` has none).
 */
const englishWords = (message) =>
  message.parts
    .filter((part) => typeof part === 'string')
    .join(' ')
    .split(/\s+/)
    .filter((word) => /\p{L}{2,}/u.test(word));

/** Problem kinds, in the order a translator should deal with them. */
export const KINDS = {
  file: 'the file',
  untranslated: 'not translated',
  review: 'to review (the English changed, or a review found a problem)',
  placeholders: 'placeholders differ from the English',
  english: 'still the English',
  term: 'term list',
  final: 'safety-critical, not final yet',
  record: 'final, but no back-translation of this text rated OK (locales/review/)',
  reviews: 'review files to correct (locales/review/)',
};

/**
 * Everything about one language: each unit's state and problems, and the verdicts.
 * @param {string} tag
 * @param {{ messages: Awaited<ReturnType<typeof sourceMessages>>['messages'], safety: Awaited<ReturnType<typeof readSafety>> }} context
 */
export function languageStatus(
  tag,
  { messages, safety },
  {
    loaded = readLanguageFile(tag),
    meta = readMeta(tag),
    records = readRecords(tag),
    terms = readTerms(tag),
  } = {},
) {
  const info = languageInfo(tag);
  const problems = [];
  const add = (kind, id, text, safe) => problems.push({ kind, id, text, safetyCritical: safe });
  if (!meta) add('file', undefined, `no locales/review/${tag}.json (run npm run add-language)`);
  if (loaded.error) {
    add('file', undefined, loaded.error);
    return { ...info, ...summary(meta, problems, [], messages) };
  }
  const byId = new Map(loaded.units.map((unit) => [unit.id, unit]));
  const units = [];
  for (const message of messages) {
    const unit = byId.get(message.id);
    const group = safety.groupOf(message.id);
    const safe = Boolean(group);
    const english = display(message.parts, message.labels);
    let state = unit ? stateOf(unit) : 'untranslated';
    const stale = unit && !sameText(unit.source, message.parts);
    if (stale && state !== 'untranslated') state = 'needs-review';
    const entry = { id: message.id, safe, group: group?.name, state, english, usable: false };
    units.push(entry);
    if (!unit) {
      add('untranslated', message.id, 'not in the file yet (run npm run localize:extract)', safe);
      continue;
    }
    if (state === 'untranslated') {
      add('untranslated', message.id, english, safe);
      continue;
    }
    entry.target = display(unit.target, message.labels);
    entry.targetParts = unit.target;
    const placeholdersOk =
      placeholderIds(unit.target).join() === placeholderIds(message.parts).join();
    entry.usable = placeholdersOk;
    if (stale) {
      add('review', message.id, 'the English changed (run npm run localize:extract)', safe);
    } else if (state === 'needs-review') {
      const reason = unit.notes.find(
        (n) =>
          n.from === 'previous-english' || (/^review/.test(n.from) && n.from !== 'review-answered'),
      );
      const draft = STATES[unit.state] === 'untranslated' ? 'a draft, ' : '';
      add(
        'review',
        message.id,
        reason ? squash(reason.text) : `${draft}state="${unit.state}"`,
        safe,
      );
    }
    if (!placeholdersOk) {
      add('placeholders', message.id, `the English has ${placeholderList(message)}`, safe);
    }
    const source = display(message.parts, message.labels);
    if (
      entry.target === source &&
      englishWords(message).length >= 1 &&
      !(terms.sameAsEnglish ?? []).includes(message.id)
    ) {
      add('english', message.id, entry.target, safe);
    }
    for (const text of checkTerms(terms, message, entry.target, tag)) {
      add('term', message.id, text, safe);
    }
    if (safe && state === 'translated') {
      const record = matchingRecord(records, message.id, source, entry.target);
      const kept =
        record && ['minor', 'major'].includes(record.rating)
          ? `; kept after ${record.file} rated it ${record.rating}: a new review decides (npm run back-translation ${tag})`
          : '';
      add('final', message.id, `translated, not yet final${kept}`, safe);
    }
    if (safe && !stale && (state === 'final' || state === 'signed-off')) {
      const record = matchingRecord(records, message.id, source, entry.target);
      if (!record || record.rating !== 'ok') {
        add(
          'record',
          message.id,
          record ? `rated ${record.rating} in ${record.file}` : 'no matching record',
          safe,
        );
      }
    }
  }
  for (const id of byId.keys()) {
    if (!messages.some((m) => m.id === id)) {
      add('file', id, 'no longer in the source (run npm run localize:extract)');
    }
  }
  // Review files: one that is half done or malformed counts for nothing until it is corrected
  // (it does not stop the language shipping: its units are simply not reviewed).
  for (const record of records) {
    for (const text of record.problems) add('reviews', undefined, `${record.file}: ${text}`, false);
  }
  const current = new Map(units.map((unit) => [unit.id, unit]));
  const pendingReviews = records
    .filter((record) => record.status === 'pending')
    .map((record) => ({
      file: record.file,
      units: record.units.length,
      changed: record.units.filter((r) => {
        const unit = current.get(r.id);
        return !unit?.target || !recordedFor(r, unit.english, unit.target);
      }).length,
    }));
  return {
    ...info,
    file: loaded.file,
    units,
    pendingReviews,
    ...summary(meta, problems, units, messages),
  };
}

const placeholderList = (message) =>
  message.parts
    .filter((p) => typeof p !== 'string')
    .map((p) => `{${message.labels.get(p.id)}}`)
    .join(', ') || 'no placeholder';

/** The verdicts: ready (the build may ship it), complete (the check passes), checked by a doctor. */
function summary(meta, problems, units, messages) {
  const safetyProblems = problems.filter((p) => p.safetyCritical || p.kind === 'file');
  const everyUnitUsable = units.length === messages.length && units.every((u) => u.usable);
  const ready = safetyProblems.length === 0 && everyUnitUsable;
  const signOff = meta?.clinicalSignOff ?? null;
  const checkedByDoctor =
    ready && Boolean(signOff) && units.every((unit) => unit.state === 'signed-off');
  return {
    ships: Boolean(meta?.ships),
    meta,
    problems,
    ready,
    complete: problems.length === 0,
    bundled: Boolean(meta?.ships) && ready,
    checkedByDoctor: checkedByDoctor ? { date: signOff.date } : null,
  };
}

/** The English of the source and the safety-critical units: what every command needs. */
export async function loadInputs(localizer) {
  const [{ messages, problems: sourceProblems }, safety] = await Promise.all([
    sourceMessages(localizer),
    readSafety(),
  ]);
  return { messages, sourceProblems, safety };
}

/** Every target language's status, and the source messages, in one pass over the program. */
export async function projectStatus(localizer, tags) {
  const config = readConfig();
  const inputs = await loadInputs(localizer);
  const languages = (tags ?? config.targetLocales).map((tag) => languageStatus(tag, inputs));
  return { config, ...inputs, languages };
}

/** Tags with a metadata file but not in lit-localize.json, and the other way round. */
export function strayFiles(config) {
  const dir = path('locales/review/');
  const metaTags = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /^[^-]+(?:-[A-Za-z0-9]+)*\.json$/.test(name))
        .map((name) => name.replace(/\.json$/, ''))
    : [];
  return metaTags.filter((tag) => !config.targetLocales.includes(tag));
}
