import { expect } from '@open-wc/testing';
import { ALL_CAUSES } from '../../src/checker/ids.js';
import { causeText, findingText, screenText } from '../../src/content/checker-text.js';
import {
  causeSections,
  getHelpTitle,
  guideLabels,
  guideLocation,
  introduction,
  otherCauses,
  redFlagConditions,
  redFlagSigns,
  sectionTitle,
} from '../../src/content/guide.js';
import { SOURCES } from '../../src/content/sources.js';
import { SECTION_IDS, type CauseSection, type HelpAdvice } from '../../src/content/types.js';
import { countSyllables, fleschKincaidGrade, textStats } from './readability.js';

/** One part of the guide a reader can open on its own, with its strings in reading order. */
interface Unit {
  name: string;
  text: string[];
}

const adviceText = (advice: HelpAdvice[]) => advice.flatMap((a) => a.signs);

function sectionText(s: CauseSection): string[] {
  return [
    s.title,
    s.summary,
    ...s.whatItIs,
    ...s.topics.flatMap((t) => [t.title, ...t.paragraphs]),
    ...s.feels,
    ...s.whoGetsIt,
    ...s.whatHelps,
    ...adviceText(s.getHelp),
  ];
}

function guideUnits(): Unit[] {
  const intro = introduction();
  const labels = guideLabels();
  return [
    { name: 'introduction', text: [intro.title, ...intro.paragraphs] },
    { name: 'red flag signs', text: [getHelpTitle(), ...redFlagSigns()] },
    ...redFlagConditions().map((c) => ({
      name: `condition ${c.id}`,
      text: [c.name, c.explanation, ...c.signs],
    })),
    ...causeSections().map((s) => ({ name: `section ${s.id}`, text: sectionText(s) })),
    ...otherCauses().map((c) => ({
      name: `other cause ${c.id}`,
      text: [c.name, ...c.paragraphs, ...adviceText(c.getHelp)],
    })),
    {
      name: 'labels',
      text: [
        ...SECTION_IDS.map((id) => sectionTitle(id)),
        labels.whatItIs,
        labels.feels,
        labels.whoGetsIt,
        labels.whatHelps,
        labels.getHelp,
        labels.sources,
        labels.reviewed('28 November 2026'),
        labels.notDiagnosis,
        labels.conditionsTitle,
      ],
    },
  ];
}

function checkerStrings(): string[] {
  return [
    ...screenText().flatMap((s) => [s.question, s.hint ?? '']),
    ...findingText().flatMap((f) => [f.label, f.hint ?? '', f.forDoctor]),
    ...causeText().flatMap((c) => [c.name, c.summary]),
  ].filter(Boolean);
}

// --- Plain glosses for medical words ---------------------------------------------------------

/** The term as a pattern matching either case of each letter, whole words only. */
function termPattern(term: string): string {
  const letters = [...term].map((ch) =>
    /[a-z]/i.test(ch)
      ? `[${ch.toLowerCase()}${ch.toUpperCase()}]`
      : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return String.raw`\b${letters.join('')}\b`;
}

/**
 * Does the string explain the term in plain words, right where it is used? Accepted forms:
 * "term (plain words)", "term (ABBR), a/an/the/when … ", "term (ABBR) is a … ", "term: plain words",
 * and "plain words (term)". One extra word after the term is allowed ("cauda equina syndrome").
 * A bare abbreviation in brackets, "(DVT)", is not a gloss.
 */
function hasGloss(text: string, term: string): boolean {
  const t = termPattern(term) + String.raw`(?: [a-z]+)?`;
  const abbreviation = String.raw`(?: \([A-Z][A-Z0-9]+\))?`;
  const glossAfter = [
    String.raw` \((?:[a-z’']+[ ,]+){1,}[a-z’']+[^)]*\)`, // (a blood clot in the lung)
    String.raw`, (?:a|an|the|when|where|which|meaning) `, // , a blood clot in the lung
    String.raw` (?:is|means) (?:a|an|the|when|where) `, // is a blood clot in a deep vein
    String.raw` ?[:–—] [a-z]+ [a-z]+`, // : nerve pain from the back
  ];
  const after = new RegExp(`${t}${abbreviation}(?:${glossAfter.join('|')})`);
  const before = new RegExp(String.raw`[A-Za-z]+ [a-z]+[^()]* \((?:[a-z]+ )*${t}\)`);
  return after.test(text) || before.test(text);
}

const GLOSSED_TERMS = [
  'deep vein thrombosis',
  'pulmonary embolism',
  'claudication',
  'neuropathy',
  'sciatica',
  'cellulitis',
  'compartment syndrome',
  'cauda equina',
];

describe('readability measure', () => {
  it('counts syllables of common words', () => {
    const expected: Record<string, number> = {
      cat: 1,
      the: 1,
      make: 1,
      knee: 1,
      calf: 1,
      walked: 1,
      swollen: 2,
      wanted: 2,
      table: 2,
      muscle: 2,
      ankles: 2,
      boxes: 2,
      bruises: 2,
      likely: 2,
      painful: 2,
      numbness: 2,
      being: 2,
      doctor: 2,
      period: 3,
      arteries: 3,
      medicine: 3,
      usually: 4,
      emergency: 4,
      pulmonary: 4,
      gastrocnemius: 5,
    };
    for (const [word, count] of Object.entries(expected)) {
      expect(countSyllables(word), word).to.equal(count);
    }
  });

  it('counts sentences per list item and skips numbers and bracketed abbreviations', () => {
    expect(textStats(['One idea', 'Two ideas. Three ideas!'])).to.deep.equal({
      sentences: 3,
      words: 6,
      syllables: 9,
    });
    expect(textStats(['A clot (DVT) lasts 10 days.'])).to.deep.equal({
      sentences: 1,
      words: 4,
      syllables: 4,
    });
    // An abbreviation outside brackets is read letter by letter.
    expect(textStats(['See DVT.']).syllables).to.equal(4);
  });

  it('matches the syllable counts behind the published Flesch examples', () => {
    // Reading ease 116, 69 and 37.5 in Flesch's own examples.
    expect(textStats(['The cat sat on the mat.']).syllables).to.equal(6);
    expect(
      textStats([
        'This sentence, taken as a reading passage unto itself, is being used to prove a point.',
      ]).syllables,
    ).to.equal(23);
    expect(
      textStats([
        'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
      ]).syllables,
    ).to.equal(24);
  });

  it('grades plain text low and dense academic text high', () => {
    expect(fleschKincaidGrade(['The cat sat on the mat.'])).to.be.below(1);
    expect(
      fleschKincaidGrade([
        'Pharmacological thromboprophylaxis substantially reduces the incidence of postoperative venous thromboembolism in hospitalised surgical patients undergoing major orthopaedic procedures.',
      ]),
    ).to.be.above(12);
    expect(fleschKincaidGrade([])).to.equal(0);
  });
});

describe('guide text', () => {
  it('reads at grade 7 or below as a whole, with the checker’s text', () => {
    const all = [...guideUnits().flatMap((u) => u.text), ...checkerStrings()];
    expect(fleschKincaidGrade(all)).to.be.at.most(7);
  });

  it('reads at grade 9 or below in each cause section on its own', () => {
    for (const section of causeSections()) {
      expect(fleschKincaidGrade(sectionText(section)), section.id).to.be.at.most(9);
    }
  });

  it('recognises a plain gloss, and its absence', () => {
    expect(
      hasGloss(
        'Deep vein thrombosis (DVT) is a blood clot in a deep vein.',
        'deep vein thrombosis',
      ),
    ).to.be.true;
    expect(
      hasGloss('This is a pulmonary embolism, a blood clot in the lung.', 'pulmonary embolism'),
    ).to.be.true;
    expect(hasGloss('Nerve damage (neuropathy)', 'neuropathy')).to.be.true;
    expect(
      hasGloss(
        'Cauda equina syndrome (nerves at the bottom of the spine squeezed)',
        'cauda equina',
      ),
    ).to.be.true;
    expect(hasGloss('Deep vein thrombosis (DVT) can be serious.', 'deep vein thrombosis')).to.be
      .false;
    expect(hasGloss('You may have sciatica.', 'sciatica')).to.be.false;
    expect(hasGloss('If you have cellulitis, get help today.', 'cellulitis')).to.be.false;
    expect(hasGloss('(claudication)', 'claudication')).to.be.false;
  });

  it('explains each medical word where a reader first meets it in each part', () => {
    const units = guideUnits();
    for (const term of GLOSSED_TERMS) {
      const uses = new RegExp(termPattern(term));
      let found = false;
      for (const unit of units) {
        const first = unit.text.find((s) => uses.test(s));
        if (first === undefined) continue;
        found = true;
        expect(hasGloss(first, term), `${unit.name}: "${term}" in "${first}"`).to.be.true;
      }
      expect(found, `"${term}" is used somewhere`).to.be.true;
    }
  });

  it('names no country’s phone number or service', () => {
    const banned = /\b(?:999|111|911|000|112)\b|A&E|\bGPs?\b|\bNHS\b/;
    for (const unit of guideUnits()) {
      for (const s of unit.text) expect(s, unit.name).to.not.match(banned);
    }
  });

  it('mentions redness only with a note about brown or black skin', () => {
    for (const unit of guideUnits()) {
      for (const s of unit.text) {
        if (/\bred(?:ness)?\b/i.test(s)) {
          const explained = unit.text.some((t) => /harder to see on brown or black skin/.test(t));
          expect(explained, `${unit.name}: "${s}"`).to.be.true;
        }
      }
    }
  });
});

describe('guide structure', () => {
  it('cites at least one known https source for every part', () => {
    const parts = [
      ...causeSections().map((s) => ({ id: s.id, sources: s.sources })),
      ...redFlagConditions().map((c) => ({ id: c.id, sources: c.sources })),
      ...otherCauses().map((c) => ({ id: c.id, sources: c.sources })),
    ];
    const cited = new Set<string>();
    for (const part of parts) {
      expect(part.sources, part.id).to.not.be.empty;
      for (const id of part.sources) {
        expect(SOURCES[id], `${part.id} cites ${id}`).to.exist;
        expect(SOURCES[id].url, id).to.match(/^https:\/\/[^\s]+$/);
        cited.add(id);
      }
    }
    for (const [key, source] of Object.entries(SOURCES)) {
      expect(source.id).to.equal(key);
      expect(source.url).to.match(/^https:\/\//);
      expect(cited.has(key), `${key} is cited somewhere`).to.be.true;
    }
  });

  it('lists help from the most urgent level down, without repeats', () => {
    const rank = { emergency: 0, urgent: 1, routine: 2 };
    const all = [...causeSections(), ...otherCauses()];
    for (const part of all) {
      expect(part.getHelp, part.id).to.not.be.empty;
      const levels = part.getHelp.map((a) => rank[a.level]);
      expect(levels, part.id).to.deep.equal([...new Set(levels)].sort());
      for (const advice of part.getHelp)
        expect(advice.signs, `${part.id} ${advice.level}`).to.not.be.empty;
    }
  });

  it('has 7 to 9 emergency signs', () => {
    expect(redFlagSigns().length).to.be.within(7, 9);
  });

  it('places every cause the checker names at an anchor that exists', () => {
    const sections = causeSections();
    const anchorsIn = (section: string): string[] => {
      if (section === 'get-help') return redFlagConditions().map((c) => c.id);
      if (section === 'other-causes') return otherCauses().map((c) => c.id);
      return sections.find((s) => s.id === section)?.topics.map((t) => t.id) ?? [];
    };
    for (const cause of ALL_CAUSES) {
      const { section, anchor } = guideLocation(cause);
      expect(anchor, cause).to.equal(cause);
      expect(anchorsIn(section), `${cause} in ${section}`).to.include(anchor);
    }
    const anchors = [
      ...sections.flatMap((s) => s.topics.map((t) => t.id)),
      ...redFlagConditions().map((c) => c.id),
      ...otherCauses().map((c) => c.id),
    ];
    expect(new Set(anchors).size, 'anchors are unique').to.equal(anchors.length);
    expect(sections.map((s) => s.id)).to.deep.equal(['muscle', 'nerves', 'clot', 'arteries']);
    for (const s of sections) expect(sectionTitle(s.id)).to.equal(s.title);
  });
});
