import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALL_FINDINGS,
  DURATION_FINDINGS,
  EMERGENCY_FINDINGS,
  LEVELS,
  ONSET_FINDINGS,
  RISK_FINDINGS,
  SIGN_FINDINGS,
  TREND_FINDINGS,
} from '../../src/checker/ids.js';
import type { FindingId, Level } from '../../src/checker/ids.js';
import { anyOf, CAUSE_COMBOS, CAUSE_POINTERS, LEVEL_RULES } from '../../src/checker/rules.js';
import { triage } from '../../src/checker/triage.js';
import { CLINICAL_VIGNETTES } from './clinical-vignettes.js';
import { PUBLIC_VIGNETTES } from './public-vignettes.js';
import type { Vignette } from './public-vignettes.js';

const NUM_RUNS = 1000;
const rank = (level: Level) => LEVELS.indexOf(level);
/** Screens 1, 3 and 4: the checklists the safety property covers. */
const CHECKLIST_FINDINGS = [...EMERGENCY_FINDINGS, ...SIGN_FINDINGS, ...RISK_FINDINGS];
const SINGLE_CHOICE_FINDINGS = [...ONSET_FINDINGS, ...DURATION_FINDINGS, ...TREND_FINDINGS];

const oneChoiceOf = (choices: readonly FindingId[]) =>
  fc.option(fc.constantFrom(...choices), { nil: undefined });

/** A set of answers a reader could give: any ticked boxes, at most one choice per choice screen. */
const answers = fc
  .tuple(
    fc.subarray([...SIGN_FINDINGS, ...RISK_FINDINGS]),
    // Screen 1 only now and then, so most runs exercise the levels below emergency.
    fc.oneof(
      { arbitrary: fc.constant<FindingId[]>([]), weight: 4 },
      { arbitrary: fc.subarray<FindingId>([...EMERGENCY_FINDINGS], { minLength: 1 }), weight: 1 },
    ),
    oneChoiceOf(ONSET_FINDINGS),
    oneChoiceOf(DURATION_FINDINGS),
    oneChoiceOf(TREND_FINDINGS),
  )
  .map(([ticked, emergency, ...choices]) => [
    ...ticked,
    ...emergency,
    ...choices.filter((choice): choice is FindingId => choice !== undefined),
  ]);

function checkVignette(vignette: Vignette) {
  const result = triage(vignette.findings);
  expect(result.level, 'level').to.equal(vignette.expected_level);
  const top3 = result.causes.slice(0, 3).map((cause) => cause.id);
  expect(top3, 'top 3 causes').to.include(vignette.primary_cause);
}

describe('triage: public vignettes', () => {
  for (const vignette of PUBLIC_VIGNETTES) {
    it(`${vignette.id}: ${vignette.expected_level}, ${vignette.primary_cause} in the top 3`, () =>
      checkVignette(vignette));
  }
});

describe('triage: clinical vignettes (ours, from the brief)', () => {
  it('has at least 30 cases with unique C- ids and a source', () => {
    expect(CLINICAL_VIGNETTES.length).to.be.at.least(30);
    const ids = CLINICAL_VIGNETTES.map((v) => v.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const vignette of CLINICAL_VIGNETTES) {
      expect(vignette.id).to.match(/^C-[ESRU]\d\d$/);
      expect(vignette.source).to.match(/brief/i);
      for (const finding of vignette.findings) expect(ALL_FINDINGS).to.include(finding);
    }
  });
  for (const vignette of CLINICAL_VIGNETTES) {
    it(`${vignette.id}: ${vignette.expected_level}, ${vignette.primary_cause} in the top 3`, () =>
      checkVignette(vignette));
  }
});

describe('triage: safety properties', () => {
  it('adding any finding of screens 1, 3 or 4 never lowers the level', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...CHECKLIST_FINDINGS), (findings, added) => {
        const before = rank(triage(findings).level);
        const after = rank(triage([...findings, added]).level);
        expect(after, `${findings.join(' ')} + ${added}`).to.be.at.least(before);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding any finding of screens 1, 3 or 4 never lowers the level (every single answer)', () => {
    const bases: FindingId[][] = [[], ...ALL_FINDINGS.map((f) => [f])];
    for (const base of bases) {
      for (const added of CHECKLIST_FINDINGS) {
        expect(rank(triage([...base, added]).level)).to.be.at.least(rank(triage(base).level));
      }
    }
  });

  it('any screen-1 finding gives emergency', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...EMERGENCY_FINDINGS), (findings, emergency) => {
        expect(triage([...findings, emergency]).level).to.equal('emergency');
      }),
      { numRuns: NUM_RUNS },
    );
    for (const emergency of EMERGENCY_FINDINGS) {
      expect(triage([emergency]).level, emergency).to.equal('emergency');
    }
  });

  it('only screen-1 findings, or rules 1–6 combinations, give emergency', () => {
    fc.assert(
      fc.property(answers, (findings) => {
        const result = triage(findings);
        if (result.level !== 'emergency') return;
        const set = new Set(findings);
        const screen1 = EMERGENCY_FINDINGS.some((f) => set.has(f));
        expect(screen1 || (set.has('fever') && set.has('warm-red-skin'))).to.equal(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('triage: input handling and determinism', () => {
  const junk = fc.array(
    fc.oneof(
      fc.string().filter((s) => !(ALL_FINDINGS as readonly string[]).includes(s)),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'DVT', 'Breathless', ' pop'),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.object(),
      fc.array(fc.constantFrom(...ALL_FINDINGS), { maxLength: 2 }),
    ),
    { maxLength: 8 },
  );

  it('ignores unknown ids and junk values', () => {
    fc.assert(
      fc.property(answers, junk, (findings, extra) => {
        const mixed = [...extra, ...findings, ...extra] as never as FindingId[];
        expect(triage(mixed)).to.deep.equal(triage(findings));
      }),
      { numRuns: NUM_RUNS },
    );
    expect(triage([])).to.deep.equal({ level: 'self-care', causes: [], flags: [] });
    expect(() => triage(['not-a-finding', 42, {}] as never)).not.to.throw();
  });

  it('gives the same result for the same input, in any order, with duplicates, from any iterable', () => {
    fc.assert(
      fc.property(
        answers.chain((findings) =>
          fc.tuple(
            fc.constant(findings),
            fc.shuffledSubarray(findings, {
              minLength: findings.length,
              maxLength: findings.length,
            }),
          ),
        ),
        ([findings, shuffled]) => {
          const result = triage(findings);
          expect(triage(findings)).to.deep.equal(result);
          expect(triage(shuffled)).to.deep.equal(result);
          expect(triage([...shuffled, ...findings])).to.deep.equal(result);
          expect(triage(new Set(shuffled))).to.deep.equal(result);
          expect(triage(shuffled.values())).to.deep.equal(result);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives at most 5 causes, no duplicates, reasons and flags from the input, in canonical order', () => {
    const canonical = (list: FindingId[]) =>
      [...list].sort((a, b) => ALL_FINDINGS.indexOf(a) - ALL_FINDINGS.indexOf(b));
    fc.assert(
      fc.property(answers, (findings) => {
        const result = triage(findings);
        expect(LEVELS).to.include(result.level);
        expect(result.causes.length).to.be.at.most(5);
        const ids = result.causes.map((cause) => cause.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const cause of result.causes) {
          expect(cause.reasons.length, cause.id).to.be.above(0);
          for (const reason of cause.reasons) expect(findings).to.include(reason);
          expect(cause.reasons).to.deep.equal(canonical(cause.reasons));
        }
        for (const flag of result.flags) expect(findings).to.include(flag);
        expect(result.flags).to.deep.equal(canonical(result.flags));
        if (result.level !== 'self-care') expect(result.flags.length).to.be.above(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('lists at least one cause whenever an onset is given', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...ONSET_FINDINGS), (findings, onset) => {
        const withOnset = [...findings.filter((f) => !ONSET_FINDINGS.includes(f as never)), onset];
        expect(triage(withOnset).causes.length).to.be.above(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('triage: the red-flag condition leads', () => {
  const leads: [FindingId[], string][] = [
    [['breathless'], 'pe'],
    [['chest-pain', 'swelling-one-leg', 'long-journey'], 'pe'],
    [['coughing-blood'], 'pe'],
    [['fainting', 'swelling-one-leg'], 'pe'],
    [['cold-pale-leg'], 'acute-limb-ischemia'],
    [['sudden-numb-weak-leg', 'onset-sudden'], 'acute-limb-ischemia'],
    [['saddle-numbness', 'back-pain'], 'cauda-equina'],
    [['both-legs-nerve', 'back-pain', 'both-legs'], 'cauda-equina'],
    [['very-unwell', 'warm-red-skin'], 'sepsis'],
    [['fever', 'warm-red-skin', 'skin-break'], 'sepsis'],
    [['tight-calf-severe', 'onset-injury', 'pop'], 'compartment-syndrome'],
    [['rest-pain', 'onset-walking', 'smoker'], 'critical-limb-ischemia'],
    [['foot-sore-dark-toes', 'diabetes', 'burning-feet'], 'critical-limb-ischemia'],
  ];
  for (const [findings, cause] of leads) {
    it(`${findings.join(' + ')} → ${cause} first`, () => {
      expect(triage(findings).causes[0]?.id).to.equal(cause);
    });
  }
});

describe('rules data', () => {
  const singleChoice = new Set<FindingId>(SINGLE_CHOICE_FINDINGS);

  it('rule and combo exceptions only look at onset, duration and trend (keeps the level monotone)', () => {
    for (const rule of LEVEL_RULES) {
      for (const finding of rule.unless ?? [])
        expect(singleChoice.has(finding), finding).to.equal(true);
    }
  });

  it('every cause a rule names has a pointer among the findings that fire the rule', () => {
    for (const rule of LEVEL_RULES) {
      for (const cause of rule.causes) {
        const pointed = rule.when.some((group) =>
          anyOf(group).every((finding) => (CAUSE_POINTERS[cause][finding] ?? 0) > 0),
        );
        expect(pointed, `${cause} in ${JSON.stringify(rule.when)}`).to.equal(true);
      }
    }
  });

  it('every combo finding is also a pointer of its cause (so it shows as a reason)', () => {
    for (const combo of CAUSE_COMBOS) {
      for (const finding of combo.when) {
        expect(CAUSE_POINTERS[combo.cause][finding], `${combo.cause} ${finding}`).to.be.above(0);
      }
    }
  });

  it('every finding is used by some rule or pointer', () => {
    const used = new Set<FindingId>();
    for (const rule of LEVEL_RULES)
      for (const group of rule.when) anyOf(group).forEach((f) => used.add(f));
    for (const pointers of Object.values(CAUSE_POINTERS)) {
      for (const finding of Object.keys(pointers)) used.add(finding as FindingId);
    }
    for (const finding of ALL_FINDINGS) {
      if (DURATION_FINDINGS.includes(finding as never) || TREND_FINDINGS.includes(finding as never))
        continue;
      expect(used.has(finding), finding).to.equal(true);
    }
  });
});
