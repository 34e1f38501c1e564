import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai/esm/chai.js';
import { ALL_CAUSES, type CauseId } from '../../src/checker/ids.js';
import { CAUSE_LEVELS, VTE_RISK } from '../../src/checker/rules.js';
import { causeText, findingText, screenText } from '../../src/content/checker-text.js';
import { getHelpTitle, guideLabels, redFlagSigns, sectionTitle } from '../../src/content/guide.js';
import {
  causeSections,
  clotRiskGroups,
  introduction,
  otherCauses,
  redFlagConditions,
} from '../../src/content/guide-sections.js';
import { CONTENT_STATUS, SOURCES } from '../../src/content/sources.js';
import { pictureAltText, pictureLabelText } from '../../src/content/pictures-text.js';
import { type CauseSection, type HelpAdvice } from '../../src/content/types.js';
import { SECTION_IDS, guideLocation } from '../../src/elements/calf-pain-guide/guide-structure.js';
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
    ...(s.whoGetsItNote ? [s.whoGetsItNote] : []),
    ...s.whatHelps,
    ...adviceText(s.getHelp),
  ];
}

function guideUnits(): Unit[] {
  const intro = introduction();
  const labels = guideLabels();
  const children = intro.children;
  return [
    { name: 'introduction', text: [intro.title, ...intro.paragraphs] },
    {
      name: 'children',
      text: [children.title, ...children.paragraphs, ...adviceText(children.getHelp)],
    },
    { name: 'red flag signs', text: [getHelpTitle(), ...redFlagSigns()] },
    ...redFlagConditions().map((c) => ({
      name: `condition ${c.id}`,
      text: [c.name, c.explanation, ...c.signs, ...(c.advice ? [c.advice] : [])],
    })),
    ...causeSections().map((s) => ({ name: `section ${s.id}`, text: sectionText(s) })),
    ...otherCauses().map((c) => ({
      name: `other cause ${c.id}`,
      text: [c.name, ...c.paragraphs, ...adviceText(c.getHelp)],
    })),
    // The pictures' text alternatives (read by screen readers) and labels (issue 19).
    {
      name: 'pictures',
      text: [...Object.values(pictureAltText()), ...Object.values(pictureLabelText())],
    },
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
        labels.checkedNotSigned('6 December 2026'),
        labels.reviewedBy('Dr A Example', '6 December 2026'),
        labels.forAdults,
        labels.notDiagnosis,
        labels.conditionsTitle,
      ],
    },
  ];
}

function checkerStrings(): string[] {
  return [
    ...screenText().flatMap((s) => [s.question, s.hint ?? '']),
    ...findingText('en').flatMap((f) => [f.label, f.hint ?? '', f.forDoctor]),
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
  'gastrocnemius',
  'soleus',
  'clammy',
  'tenderness',
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
  it('reads at grade 6 or below as a whole, with the checker’s text', () => {
    const all = [...guideUnits().flatMap((u) => u.text), ...checkerStrings()];
    expect(fleschKincaidGrade(all)).to.be.at.most(6);
  });

  it('reads at grade 8 or below in each part a reader can open on its own', () => {
    // A short part scores high on a few medical words it cannot do without ("chemotherapy",
    // "emergency department"), so the bar per part is above the bar for the whole.
    for (const unit of guideUnits()) {
      expect(fleschKincaidGrade(unit.text), unit.name).to.be.at.most(8);
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
      { id: 'children', sources: introduction().children.sources },
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

describe('guide and checker agree', () => {
  /** The name the guide gives each cause, at its anchor. */
  function guideNames(): Map<CauseId, string> {
    return new Map<CauseId, string>([
      ...causeSections().flatMap((s) => s.topics.map((t): [CauseId, string] => [t.id, t.title])),
      ...redFlagConditions().map((c): [CauseId, string] => [c.id, c.name]),
      ...otherCauses().map((c): [CauseId, string] => [c.id, c.name]),
    ]);
  }

  it('calls every cause by the name the checker’s result uses', () => {
    const names = guideNames();
    for (const { id, name } of causeText()) expect(names.get(id), id).to.equal(name);
    expect([...names.keys()].sort()).to.deep.equal([...ALL_CAUSES].sort());
  });

  it('lists exactly the engine’s clot risks as the groups the same-day advice means', () => {
    expect(clotRiskGroups().map((g) => g.id)).to.deep.equal([...VTE_RISK]);
    const clot = causeSections().find((s) => s.id === 'clot')!;
    expect(clot.whoGetsIt).to.deep.equal(clotRiskGroups().map((g) => g.text));
    expect(new Set(clot.whoGetsIt).size, 'one text per risk').to.equal(VTE_RISK.length);
    // Other things that raise the chance a little are said apart, as "a bit more likely".
    expect(clot.whoGetsItNote).to.match(/a bit more likely/);
    expect(clot.whoGetsItNote).to.match(/over 60/);
  });

  it('never makes age, weight or smoking a reason for same-day help', () => {
    const advice = [
      ...causeSections().flatMap((s) => s.getHelp),
      ...otherCauses().flatMap((c) => c.getHelp),
    ];
    for (const box of advice.filter((a) => a.level !== 'routine')) {
      for (const sign of box.signs) expect(sign).to.not.match(/over 60|overweight|smok|\bage\b/i);
    }
    // "The groups" in same-day advice are only ever the clot groups.
    const mentions = advice.flatMap((a) => a.signs).filter((s) => /groups/.test(s));
    expect(mentions.length).to.be.at.least(3);
    for (const sign of mentions) {
      expect(
        /groups above/.test(sign) || sign.includes(sectionTitle('clot')),
        `"${sign}" names the clot groups`,
      ).to.be.true;
    }
  });

  it('gives same-day advice wherever the checker counts a cause as same-day', () => {
    const parts = [
      ...causeSections().flatMap((s) => s.topics.map((t) => ({ id: t.id, help: s.getHelp }))),
      ...otherCauses().map((c) => ({ id: c.id, help: c.getHelp })),
    ];
    for (const { id, help } of parts) {
      const levels = help.map((a) => a.level);
      if (CAUSE_LEVELS[id] === 'urgent') expect(levels, id).to.include('urgent');
      if (CAUSE_LEVELS[id] === 'routine') expect(levels, id).to.include('routine');
    }
    // The emergency causes are explained under the card, which says what to do.
    for (const c of redFlagConditions()) expect(CAUSE_LEVELS[c.id], c.id).to.equal('emergency');
  });

  it('sends every statin user with unexplained muscle pain, and any new pain on a new statin, today', () => {
    const statin = otherCauses().find((c) => c.id === 'statin-myopathy')!;
    const today = statin.getHelp.find((a) => a.level === 'urgent')!.signs;
    expect(today.some((s) => /take a statin/.test(s) && /cannot explain/.test(s))).to.be.true;
    expect(today.some((s) => /last 3 months/.test(s) && /any new muscle pain/.test(s))).to.be.true;
  });
});

describe('guide safety lines', () => {
  it('points to the emergency card instead of repeating its signs', () => {
    for (const part of [...causeSections(), ...otherCauses()]) {
      expect(
        part.getHelp.map((a) => a.level),
        part.id,
      ).to.not.include('emergency');
    }
    const signs = new Set(redFlagSigns());
    for (const unit of guideUnits().filter((u) => u.name !== 'red flag signs')) {
      for (const s of unit.text) expect(signs.has(s), `${unit.name}: "${s}"`).to.be.false;
    }
    // "Why these signs matter" adds only what the card leaves out.
    for (const c of redFlagConditions()) expect(c.signs.length, c.id).to.be.at.most(2);
  });

  it('says who the guide is for, and what to watch for in a child', () => {
    expect(guideLabels().forAdults).to.contain('16');
    const { getHelp } = introduction().children;
    const today = getHelp.find((a) => a.level === 'urgent')!.signs.join(' ');
    const soon = getHelp.find((a) => a.level === 'routine')!.signs.join(' ');
    expect(today)
      .to.match(/temperature/)
      .and.match(/weight/);
    expect(soon)
      .to.match(/limp/)
      .and.match(/one leg/)
      .and.match(/morning/);
  });

  it('sends fever during cancer treatment to the chemotherapy helpline or an emergency department', () => {
    const sepsis = redFlagConditions().find((c) => c.id === 'sepsis')!;
    expect(sepsis.advice).to.match(/cancer treatment/);
    expect(sepsis.advice).to.match(/chemotherapy helpline at once/);
    expect(sepsis.advice).to.match(/emergency department/);
  });

  it('sends swelling in pregnancy or after a birth to maternity care the same day', () => {
    const cause = otherCauses().find((c) => c.id === 'pre-eclampsia')!;
    expect(cause.paragraphs.join(' ')).to.match(/midwife or maternity unit the same day/);
    const today = cause.getHelp.find((a) => a.level === 'urgent')!.signs.join(' ');
    expect(today)
      .to.match(/both legs/)
      .and.match(/6 weeks/);
  });

  it('never promises care at home past 3 days without getting better', () => {
    const intro = introduction().paragraphs.join(' ');
    expect(intro).to.contain('not getting better after 3 days');
    for (const part of [...causeSections(), ...otherCauses()]) {
      for (const sign of part.getHelp.flatMap((a) => a.signs)) {
        expect(sign, part.id).to.not.match(/a week|weeks of|2 weeks/);
      }
    }
  });
});

describe('content status', () => {
  it('has a version, the date it was checked, and a review date 12 months later', () => {
    const { version, checkedOn, nextReviewOn, reviewedBy, reviewedOn } = CONTENT_STATUS;
    expect(version).to.match(/^\d+\.\d+\.\d+$/);
    expect(checkedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const next = new Date(`${checkedOn}T00:00:00Z`);
    next.setUTCFullYear(next.getUTCFullYear() + 1);
    expect(nextReviewOn).to.equal(next.toISOString().slice(0, 10));
    // Signed off means a name and a date, never one without the other.
    expect(reviewedBy.trim() === '', 'reviewedBy and reviewedOn go together').to.equal(
      reviewedOn === '',
    );
  });

  it('says honestly whether a clinician has signed the content off', () => {
    const labels = guideLabels();
    expect(labels.checkedNotSigned('6 December 2026')).to.equal(
      'Content last checked against sources on 6 December 2026; not yet signed off by a clinician.',
    );
    expect(labels.reviewedBy('Dr A Example', '1 March 2027')).to.equal(
      'Reviewed by Dr A Example on 1 March 2027.',
    );
  });
});
