// Reads and writes the translators' XLIFF 1.2 files (locales/<tag>.xlf) with a real XML parser
// (@xmldom/xmldom), so a file saved by a translation tool reads the same as one we wrote:
// namespace prefixes, attributes in any order, CRLF, a byte-order mark, <group>s, segments
// (<mrk mtype="seg">), <ph> or <x> placeholders with or without equiv-text, states and notes.
//
// A unit's text is a list of parts: a string, or a placeholder `{ id }` (the `id` of its <x/>).
// Placeholders are matched by id alone: what a tool writes in equiv-text is never used as code
// (the build takes the code from the source, see scripts/i18n/build.mjs).
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** The target states of XLIFF 1.2, and what each means here (docs/translating.md). */
export const STATES = {
  new: 'untranslated',
  'needs-translation': 'untranslated',
  'needs-l10n': 'needs-review',
  'needs-adaptation': 'needs-review',
  translated: 'translated',
  'needs-review-translation': 'needs-review',
  'needs-review-l10n': 'needs-review',
  'needs-review-adaptation': 'needs-review',
  final: 'final',
  'signed-off': 'signed-off',
};

export class XliffError extends Error {}

/** @typedef {string | { id: string, label?: string }} Part */
/**
 * @typedef {{
 *   id: string,
 *   source: Part[],
 *   target: Part[] | undefined,
 *   state: string | undefined,
 *   approved: boolean,
 *   notes: { from: string, text: string, priority?: string }[],
 * }} Unit
 */

const isXliff = (node) => !node.namespaceURI || node.namespaceURI === XLIFF_NS;
const elementChildren = (node, name) =>
  [...node.childNodes].filter(
    (child) => child.nodeType === 1 && isXliff(child) && (!name || child.localName === name),
  );

/** Text and placeholders of a <source> or <target>, segments and <g> flattened. */
function partsOf(element, where) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += child.nodeValue;
        else parts.push(child.nodeValue);
      } else if (child.nodeType === 1) {
        const name = child.localName;
        if (name === 'x' || name === 'ph') {
          const id = child.getAttribute('id');
          if (!id) throw new XliffError(`${where}: a <${name}> placeholder without an id`);
          parts.push({ id });
        } else if (name === 'mrk' || name === 'g') {
          walk(child);
        } else {
          throw new XliffError(`${where}: <${name}> is not expected inside the text`);
        }
      }
    }
  };
  walk(element);
  return parts;
}

/**
 * Parses an XLIFF 1.2 file.
 * @param {string} text
 * @param {string} [name] for messages
 * @returns {{ targetLanguage: string | undefined, sourceLanguage: string | undefined, units: Unit[] }}
 */
export function parseXliff(text, name = 'XLIFF') {
  const problems = [];
  const doc = new DOMParser({
    onError(level, message) {
      if (level !== 'warning') problems.push(String(message).split('\n')[0]);
    },
  }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  if (problems.length) throw new XliffError(`${name}: not well-formed XML: ${problems[0]}`);
  const root = doc.documentElement;
  if (!root || root.localName !== 'xliff' || !isXliff(root)) {
    throw new XliffError(`${name}: not an XLIFF file (no <xliff> element)`);
  }
  if (root.getAttribute('version') && root.getAttribute('version') !== '1.2') {
    throw new XliffError(`${name}: XLIFF ${root.getAttribute('version')}; save it as XLIFF 1.2`);
  }
  const files = elementChildren(root, 'file');
  if (files.length !== 1)
    throw new XliffError(`${name}: expected one <file>, found ${files.length}`);
  const [file] = files;
  const units = [];
  const seen = new Set();
  const collect = (node) => {
    for (const child of elementChildren(node)) {
      if (child.localName === 'group' || child.localName === 'body') collect(child);
      else if (child.localName === 'trans-unit') units.push(readUnit(child));
    }
  };
  const readUnit = (element) => {
    const id = element.getAttribute('id');
    if (!id) throw new XliffError(`${name}: a <trans-unit> without an id`);
    if (seen.has(id)) throw new XliffError(`${name}: unit ${id} appears twice`);
    seen.add(id);
    const where = `${name} ${id}`;
    const [source] = elementChildren(element, 'source');
    if (!source) throw new XliffError(`${where}: no <source>`);
    const targets = elementChildren(element, 'target');
    if (targets.length > 1) throw new XliffError(`${where}: more than one <target>`);
    const [target] = targets;
    const state = target?.getAttribute('state') || undefined;
    if (state !== undefined && !(state in STATES) && !state.startsWith('x-')) {
      throw new XliffError(`${where}: unknown state="${state}"`);
    }
    return {
      id,
      source: partsOf(source, where),
      target: target ? partsOf(target, where) : undefined,
      state,
      approved: element.getAttribute('approved') === 'yes',
      notes: elementChildren(element, 'note').map((note) => ({
        from: note.getAttribute('from') ?? '',
        text: note.textContent ?? '',
        ...(note.getAttribute('priority') ? { priority: note.getAttribute('priority') } : {}),
      })),
    };
  };
  collect(file);
  return {
    targetLanguage: file.getAttribute('target-language') || undefined,
    sourceLanguage: file.getAttribute('source-language') || undefined,
    units,
  };
}

/** Whitespace as a reader sees it: runs of ASCII whitespace as one space, ends trimmed. */
export const squash = (text) => text.replace(/[ \t\r\n]+/g, ' ').trim();

/** A unit's text with its placeholders as `{label}` (or `{id}`), for people and comparisons. */
export function display(parts, labels = new Map()) {
  return squash(
    parts
      .map((part) =>
        typeof part === 'string' ? part : `{${part.label ?? labels.get(part.id) ?? part.id}}`,
      )
      .join(''),
  );
}

/** Equal text (whitespace aside) and the same placeholders in the same places. */
export function sameText(a, b) {
  return display(a, new Map()) === display(b, new Map());
}

/** The placeholder ids of a text, sorted (a multiset). */
export const placeholderIds = (parts) =>
  parts
    .filter((part) => typeof part !== 'string')
    .map((part) => part.id)
    .sort();

/**
 * The effective state of a unit: untranslated (no text), needs-review (marked so, or a draft),
 * translated, final or signed-off.
 */
export function stateOf(unit) {
  const hasText = unit.target && display(unit.target) !== '';
  if (!hasText) return 'untranslated';
  if (unit.state === undefined || unit.state.startsWith('x-')) {
    return unit.approved ? 'final' : 'translated';
  }
  const state = STATES[unit.state];
  // Text under "needs-translation" is a draft (a tool's "fuzzy"): kept, to look at again.
  if (state === 'untranslated') return 'needs-review';
  if (state === 'translated' && unit.approved) return 'final';
  return state;
}

/**
 * Writes an XLIFF 1.2 file in this project's layout: one unit per block, two-space indents,
 * groups of units with a note each, `<x id equiv-text/>` placeholders with readable labels.
 * @param {{
 *   targetLanguage: string, sourceLanguage: string, headerNotes: string[],
 *   groups: { id: string, name: string, note: string, units: (Unit & { labels: Map<string,string> })[] }[],
 * }} file
 */
export function writeXliff({ targetLanguage, sourceLanguage, headerNotes, groups }) {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const el = (name, attributes = {}) => {
    const element = doc.createElementNS(XLIFF_NS, name);
    for (const [key, value] of Object.entries(attributes)) {
      if (value !== undefined) element.setAttribute(key, value);
    }
    return element;
  };
  const text = (value) => doc.createTextNode(value);
  const line = (parent, child, indent = '') => {
    parent.appendChild(text(`\n${indent}`));
    parent.appendChild(child);
  };
  const fill = (element, parts, labels) => {
    for (const part of parts) {
      if (typeof part === 'string') element.appendChild(text(part));
      else element.appendChild(el('x', { id: part.id, 'equiv-text': `{${labels.get(part.id)}}` }));
    }
    return element;
  };
  const note = (from, value, priority) => {
    const element = el('note', { from, priority });
    element.appendChild(text(value));
    return element;
  };

  const root = doc.documentElement;
  root.setAttribute('version', '1.2');
  const file = el('file', {
    'target-language': targetLanguage,
    'source-language': sourceLanguage,
    original: 'lit-localize-inputs',
    datatype: 'plaintext',
  });
  line(root, file);
  const header = el('header');
  line(file, header);
  for (const value of headerNotes) line(header, note('calf-pain-guide', value), '  ');
  header.appendChild(text('\n'));
  const body = el('body');
  line(file, body);
  for (const group of groups) {
    const element = el('group', { id: group.id, resname: group.name });
    line(body, element);
    line(element, note('calf-pain-guide', group.note), '  ');
    for (const unit of group.units) {
      const unitElement = el('trans-unit', {
        id: unit.id,
        ...(unit.approved ? { approved: 'yes' } : {}),
      });
      line(element, unitElement);
      line(unitElement, fill(el('source'), unit.source, unit.labels), '  ');
      const target = el('target', { state: unit.state });
      if (unit.target) fill(target, unit.target, unit.labels);
      line(unitElement, target, '  ');
      for (const { from, text: value, priority } of unit.notes) {
        line(unitElement, note(from, value, priority), '  ');
      }
      unitElement.appendChild(text('\n'));
    }
    element.appendChild(text('\n'));
  }
  body.appendChild(text('\n'));
  file.appendChild(text('\n'));
  root.appendChild(text('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
