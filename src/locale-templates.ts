/**
 * The translations bundled with the widget. This module holds every language that has a file in
 * locales/ (scripts/i18n/build.mjs generates the table from lit-localize.json), which is what
 * the tests and the translators' preview run with.
 *
 * The bundles in dist/ replace this module with one that holds only the languages that ship and
 * are ready (every one for dist/calf-pain-guide.js, one or none for the one-language builds):
 * see scripts/rollup-locale-templates.mjs. Keep its one export, `localizedTemplates`, as it is.
 */
export { allLocaleTemplates as localizedTemplates } from './generated/locale-templates.js';
