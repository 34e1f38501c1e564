/**
 * The translations bundled with the widget: every language, statically imported so they all
 * end up inside the one bundle file (no chunks to host).
 *
 * The per-language builds (`dist/calf-pain-guide.<locale>.js`) replace this module with one
 * that holds a single language, or none for the English-only build; see
 * scripts/rollup-locale-templates.mjs. Keep its one export, `localizedTemplates`, as it is.
 */
import type { LocaleModule } from '@lit/localize';
import * as templatesAr from './generated/locales/ar.js';
import * as templatesDe from './generated/locales/de.js';
import * as templatesEs from './generated/locales/es.js';
import * as templatesFr from './generated/locales/fr.js';
import * as templatesPtBr from './generated/locales/pt-BR.js';
import * as templatesZhHans from './generated/locales/zh-Hans.js';

/** Translations by locale code. English, the source language, needs none. */
export const localizedTemplates: ReadonlyMap<string, LocaleModule> = new Map<string, LocaleModule>([
  ['ar', templatesAr],
  ['de', templatesDe],
  ['es', templatesEs],
  ['fr', templatesFr],
  ['pt-BR', templatesPtBr],
  ['zh-Hans', templatesZhHans],
]);
