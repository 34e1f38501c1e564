/**
 * @lit/localize in runtime mode: English in the script, every other language the script carries
 * loaded through its loader (locale-templates.ts: inside the one-file bundles, a chunk of its own
 * in the bundler entry). The one-language files are built in transform mode instead
 * (rollup.config.mjs swaps in locale-runtime.transform.ts): their text is compiled in, with no
 * message ids, no lookup and no English fallback.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
// Every language by default; the bundles swap this module for the languages that ship.
import { localizedPartTemplates, localizedTemplates } from './locale-templates.js';

/** The languages this script can show: English plus the translations bundled with it. */
export const SUPPORTED_LOCALES: readonly string[] = [
  sourceLocale,
  ...targetLocales.filter((locale) => localizedTemplates.has(locale)),
];

type Templates = LocaleModule['templates'];

/**
 * Each language's translations as @lit/localize looks them up, once its first chunk is in.
 * In the bundler entry a language comes in shares (scripts/rollup-locale-templates.mjs): its first
 * chunk holds what the entry's modules show, and each part loaded on demand (the checker's pages,
 * what opened sections show) has a chunk of its own per language. @lit/localize keeps the object
 * loadLocale gives it and looks every msg() up in it, and has no way to add a module to a locale:
 * so this object is the language's own copy, and a part's share is added into it before that
 * part draws (loadPartTranslations), which is how the part's msg() calls find their text.
 */
const tables = new Map<string, Promise<Templates>>();
/** The parts asked for so far: a language loaded later brings their shares with it. */
const partsAskedFor = new Set<string>();
/** A share being added, by language and part, so each is fetched and added once. */
const shares = new Map<string, Promise<void>>();

function addShare(locale: string, table: Templates, part: string): Promise<void> {
  const key = `${locale} ${part}`;
  let adding = shares.get(key);
  if (!adding) {
    const load = localizedPartTemplates.get(part)?.get(locale);
    adding = load
      ? load().then(
          (share) => void Object.assign(table, share.templates),
          (error: unknown) => {
            // A later call tries again (offline for a moment).
            shares.delete(key);
            throw error;
          },
        )
      : Promise.resolve();
    shares.set(key, adding);
  }
  return adding;
}

function tableOf(locale: string): Promise<Templates> {
  let table = tables.get(locale);
  if (!table) {
    const load = localizedTemplates.get(locale);
    if (!load) throw new Error(`calf-pain-guide: no translations for ${locale}`);
    table = load().then(async (first) => {
      const own: Templates = { ...first.templates };
      await Promise.all([...partsAskedFor].map((part) => addShare(locale, own, part)));
      return own;
    });
    table.catch(() => tables.delete(locale));
    tables.set(locale, table);
  }
  return table;
}

/**
 * Loads a part's translations into every language the page has loaded or is loading (in
 * practice one), and into any it loads later. The part's loader waits for this before the part
 * draws, so it never shows English in another language. Nothing to load in the one-file
 * builds and the tests: their languages are whole.
 * @param part the part's name, its module's (scripts/rollup-locale-templates.mjs checks it)
 */
export function loadPartTranslations(part: string): Promise<void> {
  if (localizedPartTemplates.size && !localizedPartTemplates.has(part)) {
    // A part renamed without its loader: it would draw in English.
    console.warn(`calf-pain-guide: no translations for the part "${part}"`);
  }
  partsAskedFor.add(part);
  return Promise.all(
    [...tables].map(([locale, table]) =>
      table.then(
        (loaded) => addShare(locale, loaded, part),
        // A language that failed to load is not shown: its own loader reported it.
        () => undefined,
      ),
    ),
  ).then(() => undefined);
}

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales: SUPPORTED_LOCALES.slice(1),
  loadLocale: async (locale: string) => ({ templates: await tableOf(locale) }),
});
