// Term lists: locales/terms/<tag>.json, the words a language uses for the ideas that must never
// drift (the urgency levels, DVT, cellulitis, sepsis, confusion, "your doctor", one leg or both,
// the toilet words) and the words it must not use. Each term:
//
//   {
//     "concept": "confusion (a sign of sepsis)",
//     "english": "\\bconfus(ed|ion)\\b",   the units whose English has the idea (a regular
//                                          expression, case-insensitive)
//     "units": ["checker.level.urgent"],   the units that have it (a * matches the rest of an id)
//     "exclude": ["guide.sources.*"],      units left out, whatever english and units say
//     "required": ["تشوش ذهني"],          one of these must be in the translation of such a unit
//     "banned": ["ارتباك"],                none of these may be (with neither english nor units:
//                                          in no unit at all)
//     "whole": true,                       match whole words only, or false: anywhere, even
//                                          inside a word (the default depends on the script)
//     "note": "…",                         shown to translators on each such unit
//     "why": "…"                           where the rule comes from
//   }
//
// With both `english` and `units`, a unit must match both: `units` names where to look, and
// `english` narrows it to the units whose English has the idea.
//
// Whole words or not: by default, a word written in Latin, Cyrillic, Greek and other scripts
// with spaces between words matches whole words only ("caca" is not in "cacao"). Chinese,
// Japanese and Thai have no spaces between words, and Arabic and Hebrew join particles to the
// word that follows (و "and", ب "with", ل "for", ال "the": "والتبول" holds "التبول"), so in those
// scripts a word matches anywhere in the text. `whole` overrides either default for one term
// (German compounds: false).
//
// Matching ignores case, Arabic vowel marks and tatweel, and the forms of alef.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../locales/terms/', import.meta.url));

/** A language's term list (empty when it has none). */
export function readTerms(tag, dir = DIR) {
  const file = `${dir}${tag}.json`;
  if (!existsSync(file)) return { terms: [], file: undefined };
  const list = JSON.parse(readFileSync(file, 'utf8'));
  return { ...list, terms: list.terms ?? [], file: `locales/terms/${tag}.json` };
}

/** Text as compared: NFC, lower case, no Arabic vowel marks or tatweel, one alef. */
export function fold(text, tag) {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(tag)
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\s+/g, ' ');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces between words, or with particles joined to their words.
const NO_WORD_BOUNDARIES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}]/u;

function contains(text, term, tag, whole) {
  const needle = fold(term, tag);
  const wholeWords = whole ?? !NO_WORD_BOUNDARIES.test(needle);
  if (!wholeWords) return text.includes(needle);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const unitMatches = (patterns, id) =>
  patterns.some((pattern) =>
    pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id,
  );

/**
 * Whether a term's idea is in a unit: its id is not excluded, and it matches `units` and
 * `english` (each one given).
 */
export function termApplies(term, message, english) {
  if (term.exclude && unitMatches(term.exclude, message.id)) return false;
  if (term.units && !unitMatches(term.units, message.id)) return false;
  if (term.english && !new RegExp(term.english, 'iu').test(english)) return false;
  return true;
}

/**
 * What the term list finds wrong with one translation: a banned word, or no required word
 * where the English has the idea.
 * @returns {string[]}
 */
export function checkTerms(list, message, target, tag) {
  const english = message.parts.map((p) => (typeof p === 'string' ? p : ' ')).join('');
  const text = fold(target, tag);
  const found = [];
  for (const term of list.terms) {
    if (!termApplies(term, message, english)) continue;
    const banned = (term.banned ?? []).filter((word) => contains(text, word, tag, term.whole));
    const required = term.required ?? [];
    const isGlobalBan = !term.english && !term.units;
    const missing =
      !isGlobalBan && required.length && !required.some((w) => contains(text, w, tag, term.whole));
    if (!banned.length && !missing) continue;
    const use = required.map((w) => `"${w}"`).join(' or ');
    found.push(
      [
        `${term.concept}:`,
        banned.length ? `not ${banned.map((w) => `"${w}"`).join(', ')}` : '',
        banned.length && missing ? ';' : '',
        missing ? `use ${use}` : '',
        '(term list)',
      ]
        .filter(Boolean)
        .join(' ')
        .replace(' ;', ';'),
    );
  }
  return found;
}

/** The term notes for a unit, for the XLIFF file. */
export function termNotes(list, message, tag) {
  const english = message.parts.map((p) => (typeof p === 'string' ? p : ' ')).join('');
  return list.terms
    .filter((term) => (term.english || term.units) && termApplies(term, message, english))
    .map((term) => {
      const words = [
        term.required?.length ? `use ${term.required.map((w) => `"${w}"`).join(' or ')}` : '',
        term.banned?.length ? `never ${term.banned.map((w) => `"${w}"`).join(' or ')}` : '',
      ].filter(Boolean);
      const style = term.style ? ` See locales/style/${tag}.md#${term.style}.` : '';
      return `Term list (${term.concept}): ${[words.join('; '), term.note]
        .filter(Boolean)
        .join('. ')}.${style}`.replace(/\.\./g, '.');
    });
}
