/**
 * A small Flesch-Kincaid grade measure for English text, used to keep the guide plain.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables are counted by rule, not from a dictionary: vowel groups, less a silent final e, with
 * the usual English exceptions (-le, -ed, -es, -ly, -ment, vowels that split such as "ia", "io").
 * It is close to, not identical with, the counts of published tools; it is meant to be a steady
 * measuring stick for our own text.
 */

/** Suffixes that add one syllable to their stem: like-ly, use-ful, move-ment, numb-ness. */
const SYLLABLE_SUFFIXES = ['ness', 'less', 'ment', 'ful', 'ly'];

/** Syllables in one English word (letters only; apostrophes and hyphens are allowed). */
export function countSyllables(word: string): number {
  const parts = word.split('-').filter(Boolean);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;

  for (const suffix of SYLLABLE_SUFFIXES) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      return countSyllables(w.slice(0, -suffix.length)) + 1;
    }
  }

  // Endings that do not add a syllable of their own.
  if (/[^aeiouy]les$/.test(w) || /[^aeiouy]led$/.test(w)) {
    w = w.slice(0, -1); // tables, tingled -> table, tingle (the -le is counted below)
  }
  if (w.length > 2) {
    if (/[^aeiouy]le$/.test(w) || /[^aeiouyr]re$/.test(w)) {
      // ta-ble, cen-tre: the final e belongs to a sounded syllable.
    } else if (w.endsWith('e')) {
      w = w.slice(0, -1); // make, knee, the
    } else if (/ed$/.test(w) && !/(?:[td]|[^aeiouy]r)ed$/.test(w)) {
      w = w.slice(0, -2); // walked, used, tried (but want-ed, need-ed, hund-red)
    } else if (/es$/.test(w) && !/(?:[sxzgc]|ch|sh)es$/.test(w)) {
      w = w.slice(0, -2); // makes, toes, arteries (but box-es, chang-es, bruis-es)
    }
  }

  // A leading y is a consonant (yes, you, your).
  const groups = w.replace(/^y/, 'x').match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs that are said as two syllables: di-a-be-tes, pe-ri-od, me-di-um, u-su-al, go-ing.
  const splits =
    (w.match(/[^tscglnx]i[ao]/g)?.length ?? 0) +
    (w.match(/iu/g)?.length ?? 0) +
    (w.match(/[^qg]ua/g)?.length ?? 0) +
    (/[aeiouy]ing$/.test(w) ? 1 : 0);
  return Math.max(1, groups + splits);
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

/** Letters of an abbreviation said one by one: DVT is three syllables. */
const ABBREVIATION = /^[A-Z][A-Z0-9]+s?$/;

/**
 * Counts sentences, words and syllables. Each array item ends a sentence even without a full
 * stop (list items, headings); inside an item, sentences end at . ! ? ; or :. Numbers are not
 * words, and an abbreviation in brackets after the words it shortens, "(DVT)", is skipped.
 */
export function textStats(text: readonly string[]): TextStats {
  const stats: TextStats = { sentences: 0, words: 0, syllables: 0 };
  for (const item of text) {
    const cleaned = item
      .replace(/\s*\(\s*[A-Z][A-Z0-9]+s?\s*\)/g, '')
      .replace(/\d[\d.,:°%]*[A-Za-z]?\b/g, ' ');
    for (const sentence of cleaned.split(/[.!?;:…]+(?=\s|$|["'”’)])/)) {
      const words = sentence.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? [];
      if (!words.length) continue;
      stats.sentences += 1;
      stats.words += words.length;
      for (const word of words) {
        const bare = word.replace(/['’](?:s|t|ll|re|ve|d|m)$/i, '');
        stats.syllables += ABBREVIATION.test(bare)
          ? bare.replace(/s$/, '').length
          : countSyllables(bare);
      }
    }
  }
  return stats;
}

/** Flesch-Kincaid grade level of the text (US school grade; lower is easier). */
export function fleschKincaidGrade(text: readonly string[]): number {
  const { sentences, words, syllables } = textStats(text);
  if (!words) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
