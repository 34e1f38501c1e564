// A rollup plugin for the bundles: it swaps src/locale-templates.ts, the table of every
// translation with a file in locales/, for a module holding only the languages a bundle ships:
// those declared to ship and ready (src/generated/languages.json, written by
// scripts/i18n/build.mjs), one of them for a one-language build, none for English only.
// `lazy` (the bundler entry): each language is a dynamic import(), so rollup and the bundlers of
// the package's users make it a chunk of its own, loaded only when a widget shows that language.
// And each language is split the way the code is: its first chunk holds the translations of the
// msg() ids that the entry's own modules call (what first paint shows); the ids that only the
// modules of a part loaded on demand call (dist/bundler/parts/: what opened sections and the
// checker show) come in a chunk per language and part, locales/<tag>.<part>.js, which
// src/locale-runtime.ts loads with the part (`localizedPartTemplates`). Ids that several parts
// call, and no entry module, go in a chunk those parts' chunks share, as rollup shares the code.
// Which module calls which id is read from the source (src/generated/message-files.json, written
// by scripts/i18n/build.mjs); where each module ends up, from rollup's own module graph.
// Everything else in the widget is built exactly as in the all-language file.
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TABLE = fileURLToPath(new URL('../src/locale-templates.ts', import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));
const MESSAGE_FILES = fileURLToPath(
  new URL('../src/generated/message-files.json', import.meta.url),
);
/** The ids of the modules holding a language's translations, or a share of them. */
const TRANSLATIONS = '\0calf-pain-guide:translations:';

/**
 * The chunk file name of a language's translations, or undefined for another chunk:
 * locales/<tag>.js (what the entry's modules show), locales/<tag>.<part>.js (what a part shows).
 * @param {{ moduleIds: string[] }} chunk
 */
export function translationChunkName(chunk) {
  const id = chunk.moduleIds.find((moduleId) => moduleId.startsWith(TRANSLATIONS));
  if (!id) return undefined;
  const [locale, , name] = id.slice(TRANSLATIONS.length).split(':');
  return `locales/${locale}${name ? `.${name}` : ''}.js`;
}

/**
 * A generated locale module (lit-localize's runtime output, src/generated/locales/<tag>.ts) read
 * as source text: its imports, and each template's initializer by id (plain JavaScript: tagged
 * template literals), so a share of them can be written as a module of its own.
 * @returns {{ imports: string, entries: Map<string, string> }}
 */
function readTemplates(locale) {
  const file = `${LOCALES_DIR}${locale}.ts`;
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const imports = [];
  const entries = new Map();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) imports.push(statement.getText(source));
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(source) !== 'templates') continue;
      if (!declaration.initializer || !ts.isObjectLiteralExpression(declaration.initializer)) {
        throw new Error(`${file}: templates is not an object literal`);
      }
      for (const property of declaration.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteralLike(property.name)) {
          throw new Error(`${file}: unexpected entry ${property.getText(source).slice(0, 60)}`);
        }
        entries.set(property.name.text, property.initializer.getText(source));
      }
    }
  }
  if (!entries.size) throw new Error(`${file}: no templates found`);
  return { imports: imports.join('\n'), entries };
}

/**
 * @param {string[]} locales target locales of lit-localize.json to bundle (none: English only)
 * @param {{ name?: string, lazy?: boolean }} options  name: for the module id and messages
 */
export function onlyLocales(locales, { name = locales.join('+') || 'en', lazy = false } = {}) {
  const virtualId = `\0calf-pain-guide:locale-templates:${name}${lazy ? ':lazy' : ''}`;
  let swapped = false;
  /** @type {string[]} */
  let inputs = [];
  /** @type {Promise<ReturnType<typeof splitOf>> | undefined} */
  let split;
  const file = (locale) => JSON.stringify(`${LOCALES_DIR}${locale}.ts`);
  const load = (id) => `() => import(${JSON.stringify(id)})`;

  /**
   * Where each msg id goes: the ids the entry's modules call (with everything they import
   * statically), those each part (a module the entry imports with import(), with what it imports
   * and the entry does not) calls, and those several parts call.
   * @param {import('rollup').PluginContext} context
   */
  async function splitOf(context) {
    const idsByFile = JSON.parse(readFileSync(MESSAGE_FILES, 'utf8'));
    const idsOf = (moduleId) => idsByFile[relative(ROOT, moduleId)] ?? [];
    /** The modules reached from `start` by static imports, minus `known`; and its import()s. */
    const reach = async (start, known) => {
      const modules = new Set();
      const dynamic = new Set();
      const queue = [start];
      while (queue.length) {
        const id = queue.pop();
        // The table itself is being loaded: it is in the entry and calls no msg().
        if (modules.has(id) || known.has(id) || id === virtualId) continue;
        if (context.getModuleInfo(id)?.isExternal) continue;
        const info = await context.load({ id, resolveDependencies: true });
        modules.add(id);
        queue.push(...info.importedIds);
        for (const target of info.dynamicallyImportedIds) dynamic.add(target);
      }
      return { modules, dynamic };
    };
    const entries = await Promise.all(
      inputs.map(async (input) => (await context.resolve(input))?.id),
    );
    const entryModules = new Set();
    const partTargets = new Set();
    for (const entry of entries) {
      if (!entry) continue;
      const { modules, dynamic } = await reach(entry, entryModules);
      for (const id of modules) entryModules.add(id);
      for (const id of dynamic) partTargets.add(id);
    }
    const entryIds = new Set([...entryModules].flatMap(idsOf));
    /** @type {Map<string, Set<string>>} module → the parts that hold it */
    const partsOfModule = new Map();
    const partNames = [];
    for (const target of partTargets) {
      if (entryModules.has(target)) continue;
      const part = basename(target).replace(/\.[^.]+$/, '');
      if (partNames.includes(part)) context.error(`only-locales: two parts named ${part}`);
      partNames.push(part);
      // A part's own import()s load after it: their text comes with it.
      const queue = [target];
      const seen = new Set();
      while (queue.length) {
        const start = queue.pop();
        if (seen.has(start)) continue;
        seen.add(start);
        const { modules, dynamic } = await reach(start, entryModules);
        for (const id of modules) {
          if (!partsOfModule.has(id)) partsOfModule.set(id, new Set());
          partsOfModule.get(id).add(part);
        }
        queue.push(...[...dynamic].filter((id) => !entryModules.has(id)));
      }
    }
    // Each id the entry does not call goes with the parts whose modules call it.
    /** @type {Map<string, Set<string>>} */
    const partsOfId = new Map();
    /** @type {Map<string, string>} */
    const firstModuleOfId = new Map();
    for (const [moduleId, parts] of [...partsOfModule].sort(([a], [b]) => a.localeCompare(b))) {
      for (const id of idsOf(moduleId)) {
        if (entryIds.has(id)) continue;
        if (!partsOfId.has(id)) partsOfId.set(id, new Set());
        for (const part of parts) partsOfId.get(id).add(part);
        if (!firstModuleOfId.has(id)) firstModuleOfId.set(id, moduleId);
      }
    }
    /** @type {Map<string, { name: string, parts: string[], ids: Set<string> }>} */
    const groups = new Map();
    for (const [id, partSet] of partsOfId) {
      const parts = [...partSet].sort();
      const key = parts.join('+');
      if (!groups.has(key)) {
        groups.set(key, {
          // A share of one part is named by it; one that several parts share, by its first
          // module (as rollup names the code they share: cause-text).
          name:
            parts.length === 1
              ? parts[0]
              : basename(firstModuleOfId.get(id)).replace(/\.[^.]+$/, ''),
          parts,
          ids: new Set(),
        });
      }
      groups.get(key).ids.add(id);
    }
    return { entryIds, partNames: partNames.sort(), groups: [...groups.values()] };
  }

  return {
    name: 'only-locales',
    buildStart(options) {
      swapped = false;
      split = undefined;
      inputs = Array.isArray(options.input) ? options.input : Object.values(options.input);
    },
    async resolveId(source, importer, options) {
      if (source.startsWith(TRANSLATIONS)) return source;
      // The imports of a share of a language's templates (lit, @lit/localize) resolve as those
      // of the generated module they are taken from.
      if (importer?.startsWith(TRANSLATIONS)) {
        const locale = importer.slice(TRANSLATIONS.length).split(':')[0];
        return this.resolve(source, `${LOCALES_DIR}${locale}.ts`, { ...options, skipSelf: true });
      }
      if (!importer || !/(^|\/)locale-templates(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== TABLE) return null;
      swapped = true;
      return virtualId;
    },
    async load(id) {
      if (id.startsWith(TRANSLATIONS)) {
        const [locale, kind, name] = id.slice(TRANSLATIONS.length).split(':');
        const { entryIds, groups } = await (split ??= splitOf(this));
        const { imports, entries } = readTemplates(locale);
        const take = (ids) =>
          [...entries]
            .filter(([key]) => ids.has(key))
            .map(([key, value]) => `  ${JSON.stringify(key)}: ${value},`);
        if (!kind) {
          return `${imports}\nexport const templates = {\n${take(entryIds).join('\n')}\n};\n`;
        }
        const own = groups.find((group) => group.parts.length === 1 && group.parts[0] === name);
        const shared = groups.filter(
          (group) => group.parts.length > 1 && group.parts.includes(name),
        );
        if (kind === 'shared') {
          const group = groups.find((candidate) => candidate.name === name);
          return `${imports}\nexport const templates = {\n${take(group.ids).join('\n')}\n};\n`;
        }
        const sharedImports = shared.map(
          (group, i) =>
            `import { templates as shared${i} } from ${JSON.stringify(`${TRANSLATIONS}${locale}:shared:${group.name}`)};`,
        );
        return [
          imports,
          ...sharedImports,
          'export const templates = {',
          ...shared.map((_, i) => `  ...shared${i},`),
          ...(own ? take(own.ids) : []),
          '};',
          '',
        ].join('\n');
      }
      if (id !== virtualId) return null;
      if (lazy) {
        const { partNames } = await (split ??= splitOf(this));
        const entries = locales.map(
          (locale) => `[${JSON.stringify(locale)}, ${load(`${TRANSLATIONS}${locale}`)}]`,
        );
        const partEntries = partNames.map(
          (part) =>
            `[${JSON.stringify(part)}, new Map([${locales
              .map(
                (locale) =>
                  `[${JSON.stringify(locale)}, ${load(`${TRANSLATIONS}${locale}:part:${part}`)}]`,
              )
              .join(', ')}])]`,
        );
        return [
          `export const localizedTemplates = new Map([${entries.join(', ')}]);`,
          `export const localizedPartTemplates = new Map([${partEntries.join(', ')}]);`,
          '',
        ].join('\n');
      }
      const imports = locales.map((locale, i) => `import * as templates${i} from ${file(locale)};`);
      const entries = locales.map(
        (locale, i) => `[${JSON.stringify(locale)}, () => Promise.resolve(templates${i})]`,
      );
      return [
        ...imports,
        `export const localizedTemplates = new Map([${entries.join(', ')}]);`,
        // Every language is whole here: no part brings translations of its own.
        'export const localizedPartTemplates = new Map();',
        '',
      ].join('\n');
    },
    buildEnd(error) {
      // If the table moved, the build would silently ship every language, finished or not.
      if (!error && !swapped) this.error(`only-locales: nothing imported ${TABLE}`);
    },
  };
}
