// A rollup plugin for the one-language builds: it swaps src/locale-templates.ts, the table of
// every bundled translation, for a module holding a single language (or none, for English
// only). Everything else in the widget is built exactly as in the all-language file.
import { fileURLToPath } from 'node:url';

const TABLE = fileURLToPath(new URL('../src/locale-templates.ts', import.meta.url));
const LOCALES_DIR = fileURLToPath(new URL('../src/generated/locales/', import.meta.url));

/**
 * @param {string} locale a target locale of lit-localize.json, or its source locale (`en`)
 *   for a build with no translation at all
 * @param {{ sourceLocale: string }} options
 */
export function onlyLocale(locale, { sourceLocale }) {
  const virtualId = `\0calf-pain-guide:locale-templates:${locale}`;
  let swapped = false;
  return {
    name: 'only-locale',
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
      if (locale === sourceLocale) return 'export const localizedTemplates = new Map();\n';
      const file = JSON.stringify(`${LOCALES_DIR}${locale}.ts`);
      return (
        `import * as templates from ${file};\n` +
        `export const localizedTemplates = new Map([[${JSON.stringify(locale)}, templates]]);\n`
      );
    },
    buildEnd(error) {
      // If the table moved, the build would silently ship every language: fail instead.
      if (!error && !swapped) this.error(`only-locale: nothing imported ${TABLE}`);
    },
  };
}
