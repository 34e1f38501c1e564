// A rollup plugin for the bundles: it swaps src/locale-templates.ts, the table of every
// translation with a file in locales/, for a module holding only the languages a bundle ships:
// those declared to ship and ready (src/generated/languages.json, written by
// scripts/i18n/build.mjs), one of them for a one-language build, none for English only.
// `lazy`: each language is a dynamic import(), so rollup and the bundlers of the package's users
// make it a chunk of its own, loaded only when a widget shows that language.
// Everything else in the widget is built exactly as in the all-language file.
import { fileURLToPath } from 'node:url';

const TABLE = fileURLToPath(new URL('../src/locale-templates.ts', import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));

/**
 * @param {string[]} locales target locales of lit-localize.json to bundle (none: English only)
 * @param {{ name?: string, lazy?: boolean }} options  name: for the module id and messages
 */
export function onlyLocales(locales, { name = locales.join('+') || 'en', lazy = false } = {}) {
  const virtualId = `\0calf-pain-guide:locale-templates:${name}${lazy ? ':lazy' : ''}`;
  let swapped = false;
  const file = (locale) => JSON.stringify(`${LOCALES_DIR}${locale}.ts`);
  return {
    name: 'only-locales',
    buildStart() {
      swapped = false;
    },
    async resolveId(source, importer, options) {
      if (!importer || !/(^|\/)locale-templates(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== TABLE) return null;
      swapped = true;
      return virtualId;
    },
    load(id) {
      if (id !== virtualId) return null;
      if (lazy) {
        const entries = locales.map(
          (locale) => `[${JSON.stringify(locale)}, () => import(${file(locale)})]`,
        );
        return `export const localizedTemplates = new Map([${entries.join(', ')}]);\n`;
      }
      const imports = locales.map((locale, i) => `import * as templates${i} from ${file(locale)};`);
      const entries = locales.map(
        (locale, i) => `[${JSON.stringify(locale)}, () => Promise.resolve(templates${i})]`,
      );
      return `${imports.join('\n')}\nexport const localizedTemplates = new Map([${entries.join(', ')}]);\n`;
    },
    buildEnd(error) {
      // If the table moved, the build would silently ship every language, finished or not.
      if (!error && !swapped) this.error(`only-locales: nothing imported ${TABLE}`);
    },
  };
}
