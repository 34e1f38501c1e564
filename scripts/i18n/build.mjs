// npm run localize:build (part of npm run build)
//
// Turns locales/*.xlf into the modules the widget imports, deciding for each language whether
// it ships. A language is bundled only when it is declared to ship (locales/review/<tag>.json)
// AND ready: every unit has a usable translation (so no card mixes two languages) and every
// safety-critical unit is final, current and reviewed. Otherwise its readers get English (or
// the nearest shipped language) with one console line, and the build says so here.
//
// Writes:
//   src/generated/locales/<tag>.ts      lit-localize's modules, one per language (all of them,
//                                       for the tests and the preview of check:language)
//   src/generated/locale-codes.ts       lit-localize's list of languages
//   src/generated/locale-templates.ts   every language's module, by tag
//   src/generated/languages.ts, .json   each language's names, direction and state
//   src/generated/message-files.json    for each source file, the msg ids it calls: the bundler
//                                       entry's build (scripts/rollup-locale-templates.mjs) splits
//                                       each language's chunk by where those files end up
//
// lit-localize reads copies of the XLIFF files (node_modules/.cache/calf-pain-guide/xliff/):
// only usable targets, with the placeholders' code taken from the source by id. What a
// translation tool writes in equiv-text (here, a readable label) is never taken as code.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { XLIFF_NS } from './xliff.mjs';
import { path, projectStatus } from './project.mjs';
import { writeVersionModule } from '../build-version.mjs';

// One folder per checkout: a copy of the project may share node_modules (test/node/translating-docs).
// The transform-mode bundles (scripts/rollup-locale-transform.mjs) read the same copies.
export const CACHE = path(
  `node_modules/.cache/calf-pain-guide/xliff-${createHash('sha256').update(path('')).digest('hex').slice(0, 12)}/`,
);
const GENERATED = path('src/generated/');

/** A target's text for the build: line breaks a tool added inside it become spaces. */
function tidyParts(parts, sourceParts) {
  const out = parts.map((part) =>
    typeof part === 'string' ? part.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ') : part,
  );
  const sourceText = sourceParts.map((p) => (typeof p === 'string' ? p : 'x')).join('');
  if (typeof out[0] === 'string' && !/^[ \t]/.test(sourceText)) out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string' && !/[ \t]$/.test(sourceText)) {
    out[last] = out[last].trimEnd();
  }
  return out;
}

/** The XLIFF lit-localize reads for one language: usable targets, code from the source. */
export function buildCopy(tag, status, messages, sourceLocale) {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  doc.documentElement.setAttribute('version', '1.2');
  const file = doc.createElementNS(XLIFF_NS, 'file');
  file.setAttribute('target-language', tag);
  file.setAttribute('source-language', sourceLocale);
  file.setAttribute('original', 'lit-localize-inputs');
  file.setAttribute('datatype', 'plaintext');
  const body = doc.createElementNS(XLIFF_NS, 'body');
  file.appendChild(body);
  doc.documentElement.appendChild(file);
  const usable = new Map(status.units?.filter((u) => u.usable).map((u) => [u.id, u]));
  for (const message of messages) {
    if (!usable.has(message.id)) continue;
    const code = new Map(
      message.parts.filter((p) => typeof p !== 'string').map((p) => [p.id, p.code]),
    );
    const unit = doc.createElementNS(XLIFF_NS, 'trans-unit');
    unit.setAttribute('id', message.id);
    for (const [name, parts] of [
      ['source', message.parts],
      ['target', tidyParts(usable.get(message.id).targetParts, message.parts)],
    ]) {
      const element = doc.createElementNS(XLIFF_NS, name);
      for (const part of parts) {
        if (typeof part === 'string') {
          element.appendChild(doc.createTextNode(part));
        } else {
          const x = doc.createElementNS(XLIFF_NS, 'x');
          x.setAttribute('id', part.id);
          x.setAttribute('equiv-text', code.get(part.id));
          element.appendChild(x);
        }
      }
      unit.appendChild(element);
    }
    body.appendChild(unit);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/** One line per language for the build log. */
export function describeLanguage(language) {
  const count = (kind) => language.problems.filter((p) => p.kind === kind).length;
  const safety = language.problems.filter((p) => p.safetyCritical).length;
  const head = `${language.tag.padEnd(8)} ${language.name.padEnd(22)}`;
  if (!language.ships) {
    return `${head} in progress, not shipped (${language.problems.length} to do: npm run check:language ${language.tag})`;
  }
  if (language.bundled) {
    const left = language.problems.length;
    return `${head} ships${left ? ` (${left} non-safety point(s) to fix: npm run check:language ${language.tag})` : ''}`;
  }
  const parts = [
    count('file') && 'its file cannot be read',
    count('untranslated') && `${count('untranslated')} not translated`,
    count('review') && `${count('review')} to review`,
    safety && `${safety} safety-critical problem(s)`,
  ].filter(Boolean);
  return `${head} NOT SHIPPED in this build: ${parts.join(', ')}; its readers get English (npm run check:language ${language.tag})`;
}

function writeGenerated(status, config) {
  const languages = status.languages.map((language) => ({
    tag: language.tag,
    name: language.name,
    nativeName: language.nativeName,
    dir: language.dir,
    ships: language.ships,
    ready: language.ready,
    complete: language.complete,
    bundled: language.bundled,
    checkedByDoctor: language.checkedByDoctor,
  }));
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(
    `${GENERATED}languages.json`,
    `${JSON.stringify({ sourceLocale: config.sourceLocale, languages }, null, 2)}\n`,
  );
  writeFileSync(
    `${GENERATED}languages.ts`,
    [
      '// Generated by scripts/i18n/build.mjs from lit-localize.json and locales/: do not edit.',
      '',
      '/** A target language and the state of its translation when the widget was built. */',
      'export interface LanguageState {',
      '  tag: string;',
      '  /** Its name in English. */',
      '  name: string;',
      '  /** Its name in itself. */',
      '  nativeName: string;',
      "  dir: 'ltr' | 'rtl';",
      '  /** Declared to ship (locales/review/<tag>.json). */',
      '  ships: boolean;',
      '  /** Every unit usable, every safety-critical unit final and reviewed. */',
      '  ready: boolean;',
      '  /** No problem at all (npm run check:language). */',
      '  complete: boolean;',
      '  /** In the bundles: it ships and is ready. */',
      '  bundled: boolean;',
      '  /** Signed off by a doctor who speaks it, unit by unit, and when. */',
      '  checkedByDoctor: { date: string } | null;',
      '}',
      '',
      `export const LANGUAGES: readonly LanguageState[] = ${JSON.stringify(languages, null, 2)};`,
      '',
    ].join('\n'),
  );
  const imports = config.targetLocales.map(
    (tag, i) => `import * as templates${i} from './locales/${tag}.js';`,
  );
  writeFileSync(
    `${GENERATED}locale-templates.ts`,
    [
      '// Generated by scripts/i18n/build.mjs from lit-localize.json: do not edit.',
      "import type { LocaleModule } from '@lit/localize';",
      ...imports,
      '',
      "/** Every target language's translations, finished or not, by tag. */",
      'export const allLocaleTemplates: ReadonlyMap<string, LocaleModule> = new Map<string, LocaleModule>([',
      ...config.targetLocales.map((tag, i) => `  [${JSON.stringify(tag)}, templates${i}],`),
      ']);',
      '',
    ].join('\n'),
  );
}

/**
 * For each source file (path from the project's root), the ids of the msg() calls in it, sorted.
 * lit-localize's extraction keeps one file per id (it merges equal messages), so every msg()
 * call with an `id` option is read here too: an id two modules use is listed under both.
 * @param {{ program: ts.Program }} localizer
 * @param {{ id: string, file: string }[]} messages
 */
export function messageFiles(localizer, messages) {
  const files = new Map();
  const add = (file, id) => {
    if (!files.has(file)) files.set(file, new Set());
    files.get(file).add(id);
  };
  for (const message of messages) add(message.file, message.id);
  const known = new Set(messages.map((message) => message.id));
  const root = path('');
  for (const sourceFile of localizer.program.getSourceFiles()) {
    if (!sourceFile.fileName.startsWith(`${root}src/`) || sourceFile.isDeclarationFile) continue;
    const file = sourceFile.fileName.slice(root.length);
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'msg' &&
        node.arguments[1] &&
        ts.isObjectLiteralExpression(node.arguments[1])
      ) {
        for (const property of node.arguments[1].properties) {
          if (
            ts.isPropertyAssignment(property) &&
            ts.isIdentifier(property.name) &&
            property.name.text === 'id' &&
            ts.isStringLiteralLike(property.initializer) &&
            known.has(property.initializer.text)
          ) {
            add(file, property.initializer.text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return Object.fromEntries(
    [...files].sort(([a], [b]) => a.localeCompare(b)).map(([file, ids]) => [file, [...ids].sort()]),
  );
}

export async function build({ quiet = false } = {}) {
  const config = readConfigFileAndWriteSchema(path('lit-localize.json'));
  config.interchange = { ...config.interchange, xliffDir: CACHE };
  const localizer = new RuntimeLitLocalizer(config);
  const status = await projectStatus(localizer);
  if (status.sourceProblems.length) {
    throw new Error(
      `The English cannot be built as it is:\n  ${status.sourceProblems.join('\n  ')}`,
    );
  }
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  for (const language of status.languages) {
    writeFileSync(
      `${CACHE}${language.tag}.xlf`,
      buildCopy(language.tag, language, status.messages, status.config.sourceLocale),
    );
  }
  const { errors } = localizer.validateTranslations();
  if (errors.length) throw new Error(errors.join('\n'));
  // lit-localize prints a line for each message a language lacks; the summary below says it once.
  const warn = console.warn;
  console.warn = (...args) => {
    if (!/ message .* is missing, using canonical text as fallback/.test(String(args[0]))) {
      warn(...args);
    }
  };
  try {
    await localizer.build();
  } finally {
    console.warn = warn;
  }
  writeGenerated(status, status.config);
  writeFileSync(
    `${GENERATED}message-files.json`,
    `${JSON.stringify(messageFiles(localizer, status.messages), null, 2)}\n`,
  );
  // The rest of src/generated/: the version, from package.json.
  writeVersionModule(new URL('../../', import.meta.url));
  if (!quiet) {
    console.log(`Languages (${status.messages.length} messages in English):`);
    for (const language of status.languages) console.log(`  ${describeLanguage(language)}`);
  }
  return status;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build();
}
