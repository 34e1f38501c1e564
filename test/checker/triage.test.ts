// The triage engine in Node: its safety invariants on random answer sets, the public, review and
// independent cases, and the rules data. `npm run test:engine` (also part of `npm test`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  AGE_FINDINGS,
  ALL_CAUSES,
  ALL_FINDINGS,
  DURATION_FINDINGS,
  EMERGENCY_FINDINGS,
  LEG_FINDINGS,
  LEVELS,
  ONSET_FINDINGS,
  PATTERN_FINDINGS,
  PREGNANCY_FINDINGS,
  RISK_FINDINGS,
  SCREENS,
  SIGN_FINDINGS,
  TREND_FINDINGS,
  type FindingId,
  type Level,
} from '../../src/checker/ids.js';
import {
  anyOf,
  CAUSE_COMBOS,
  CAUSE_LEVELS,
  CAUSE_POINTERS,
  LEVEL_RULES,
  ROUTE_RULES,
  VTE_RISK,
} from '../../src/checker/rules.js';
import { RULE_SOURCES } from '../../src/checker/rule-sources.js';
import { triage } from '../../src/checker/triage.js';
import { CLINICAL_VIGNETTES } from './clinical-vignettes.js';
import { INDEPENDENT_CASES } from './independent-cases.js';
import { PUBLIC_VIGNETTES, type Vignette } from './public-vignettes.js';
import { REVIEW_CASES } from './review-cases.js';

/** 10,000 random answer sets per property (issue "Clinical safety, round 2"). */
const NUM_RUNS = 10_000;
const rank = (level: Level) => LEVELS.indexOf(level);
/** Screens 1, 3 and 4: the checklists the monotonicity property covers. */
const CHECKLIST_FINDINGS = [...EMERGENCY_FINDINGS, ...SIGN_FINDINGS, ...RISK_FINDINGS];
/**
 * The one-choice questions about the reader (age, pregnancy, which leg): rules read them only in
 * `when`, so answering one can only switch rules on. The monotonicity property covers them too.
 */
const ABOUT_YOU_FINDINGS = [...AGE_FINDINGS, ...PREGNANCY_FINDINGS, ...LEG_FINDINGS];
const MONOTONE_FINDINGS = [...CHECKLIST_FINDINGS, ...ABOUT_YOU_FINDINGS];
const SINGLE_CHOICE = new Set<FindingId>(
  SCREENS.filter((s) => s.kind === 'choice').flatMap((s) => s.findings),
);

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
    oneChoiceOf(AGE_FINDINGS),
    oneChoiceOf(PREGNANCY_FINDINGS),
    oneChoiceOf(LEG_FINDINGS),
    oneChoiceOf(ONSET_FINDINGS),
    oneChoiceOf(PATTERN_FINDINGS),
    oneChoiceOf(DURATION_FINDINGS),
    oneChoiceOf(TREND_FINDINGS),
  )
  .map(([ticked, emergency, ...choices]) => [
    ...ticked,
    ...emergency,
    ...choices.filter((choice): choice is FindingId => choice !== undefined),
  ]);

/** Pain for 3 days or more (or unanswered) that is not better (or unanswered). */
const persistent = (set: ReadonlySet<FindingId>) =>
  !set.has('duration-under-3-days') && !set.has('trend-better');
/** The one exception to the safety net: a brief cramp that passed, fine in between. */
const briefCramp = (set: ReadonlySet<FindingId>) =>
  set.has('onset-cramp') && !set.has('ache-between-cramps');
const hasClotRisk = (set: ReadonlySet<FindingId>) => VTE_RISK.some((f) => set.has(f));

const property = (check: (findings: FindingId[]) => void) =>
  fc.assert(fc.property(answers, check), { numRuns: NUM_RUNS });

describe('safety invariants, on 10,000 random answer sets each', () => {
  it('more findings never lower the level (any checklist finding, age, pregnancy or leg added)', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...MONOTONE_FINDINGS), (findings, added) => {
        const before = rank(triage(findings).level);
        const after = rank(triage([...findings, added]).level);
        assert.ok(after >= before, `${findings.join(' ')} + ${added}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('more findings never lower the level (every single answer, exhaustively)', () => {
    const bases: FindingId[][] = [[], ...ALL_FINDINGS.map((f) => [f])];
    for (const base of bases) {
      for (const added of MONOTONE_FINDINGS) {
        assert.ok(
          rank(triage([...base, added]).level) >= rank(triage(base).level),
          `${base.join(' ')} + ${added}`,
        );
      }
    }
  });

  it('a walking or standing pattern, given instead of "neither", lowers the level only through its named exceptions (a statin, a blood thinner, long-standing sciatica on both sides)', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...PATTERN_FINDINGS), (findings, pattern) => {
        const neither = findings.filter(
          (f) => !(PATTERN_FINDINGS as readonly FindingId[]).includes(f),
        );
        const before = rank(triage(neither).level);
        const after = rank(triage([...neither, pattern]).level);
        if (after >= before) return;
        const set = new Set(neither);
        const exception =
          set.has('statin-long-term') ||
          set.has('blood-thinner') ||
          (set.has('back-pain') &&
            set.has('both-legs') &&
            !set.has('duration-under-3-days') &&
            !set.has('duration-3-days-to-2-weeks'));
        assert.ok(exception, `${neither.join(' ')} + ${pattern}`);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('no cause is listed whose own advice is faster than the level (no same-day cause under routine or self-care)', () => {
    property((findings) => {
      const result = triage(findings);
      for (const cause of result.causes) {
        assert.ok(
          rank(CAUSE_LEVELS[cause.id]) <= rank(result.level),
          `${cause.id} (${CAUSE_LEVELS[cause.id]}) under ${result.level}: ${findings.join(' ')}`,
        );
      }
    });
  });

  it('pain for 3 days or more that is not better is never self-care, unless a brief cramp that passed', () => {
    property((findings) => {
      const set = new Set(findings);
      if (!persistent(set) || briefCramp(set)) return;
      assert.notEqual(triage(findings).level, 'self-care', findings.join(' '));
    });
  });

  it('with clot risk, pain for 3 days or more that is not better is at least urgent', () => {
    property((findings) => {
      const set = new Set(findings);
      if (!persistent(set) || briefCramp(set) || !hasClotRisk(set)) return;
      assert.ok(rank(triage(findings).level) >= rank('urgent'), findings.join(' '));
    });
  });

  it('with clot risk, any pain that is not a brief cramp or soreness after exercise is at least urgent', () => {
    property((findings) => {
      const set = new Set(findings);
      if (!hasClotRisk(set) || set.has('onset-cramp') || set.has('onset-after-exercise')) return;
      assert.ok(rank(triage(findings).level) >= rank('urgent'), findings.join(' '));
    });
  });

  it('any screen-1 finding gives emergency', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...EMERGENCY_FINDINGS), (findings, emergency) => {
        assert.equal(triage([...findings, emergency]).level, 'emergency');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('emergency needs a screen-1 finding or one of the emergency combinations (E6, E8–E15)', () => {
    const all =
      (...ids: FindingId[]) =>
      (set: Set<FindingId>) =>
        ids.every((f) => set.has(f));
    const some =
      (...ids: FindingId[]) =>
      (set: Set<FindingId>) =>
        ids.some((f) => set.has(f));
    property((findings) => {
      if (triage(findings).level !== 'emergency') return;
      const set = new Set(findings);
      const screen1 = EMERGENCY_FINDINGS.some((f) => set.has(f));
      const infection =
        set.has('fever') &&
        some('warm-red-skin', 'cancer', 'swelling-one-leg', 'skin-break', 'hard-vein')(set);
      const embolus =
        all('onset-sudden', 'irregular-heartbeat')(set) &&
        some('tingling-numbness', 'foot-weakness')(set);
      const pressure =
        all('onset-injury', 'tingling-numbness')(set) &&
        !some('trend-better', 'duration-over-2-weeks')(set);
      // Numbness or weakness, both legs hurting, getting worse (E15).
      const bothLegsWorse =
        all('both-legs', 'trend-worse')(set) && some('tingling-numbness', 'foot-weakness')(set);
      const bothSides =
        all('back-pain', 'both-legs')(set) &&
        some('tingling-numbness', 'foot-weakness')(set) &&
        some('trend-worse', 'duration-under-3-days')(set);
      // Sciatica on both sides (E13): back pain down the leg, both legs, not a walking or
      // standing pattern.
      // Whatever the pattern when the pain is less than 2 weeks old (E14).
      const bilateralSciatica =
        all('back-pain', 'both-legs')(set) &&
        (!some('onset-walking', 'onset-standing')(set) ||
          some('duration-under-3-days', 'duration-3-days-to-2-weeks')(set));
      assert.ok(
        screen1 ||
          infection ||
          embolus ||
          pressure ||
          bothSides ||
          bilateralSciatica ||
          bothLegsWorse,
        findings.join(' '),
      );
    });
  });

  it('routes only where they belong: maternity with pregnancy at urgent, the helpline with cancer and fever', () => {
    property((findings) => {
      const set = new Set(findings);
      const { level, routes } = triage(findings);
      assert.equal(routes.includes('maternity'), level === 'urgent' && set.has('pregnancy'));
      assert.equal(
        routes.includes('chemotherapy-helpline'),
        level === 'emergency' && set.has('cancer') && set.has('fever'),
      );
    });
  });
});

describe('input handling and determinism', () => {
  it('throws a TypeError naming each unknown id, so a typo never lowers a level', () => {
    assert.throws(() => triage(['breathles' as FindingId]), {
      name: 'TypeError',
      message: /"breathles"/,
    });
    assert.throws(() => triage(['pop', 'DVT', 'Breathless'] as FindingId[]), /"DVT", "Breathless"/);
    fc.assert(
      fc.property(
        answers,
        fc.string().filter((s) => !(ALL_FINDINGS as readonly string[]).includes(s)),
        (findings, junk) => {
          assert.throws(() => triage([...findings, junk as FindingId]), TypeError);
        },
      ),
      { numRuns: 1000 },
    );
    // Nothing answered: an unanswered duration counts as persistent, so not self-care.
    assert.deepEqual(triage([]), { level: 'routine', causes: [], flags: [], routes: [] });
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
          assert.deepEqual(triage(shuffled), result);
          assert.deepEqual(triage([...shuffled, ...findings]), result);
          assert.deepEqual(triage(new Set(shuffled)), result);
          assert.deepEqual(triage(shuffled.values()), result);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives at most 5 causes, no duplicates, reasons and flags from the input, in canonical order', () => {
    const canonical = (list: FindingId[]) =>
      [...list].sort((a, b) => ALL_FINDINGS.indexOf(a) - ALL_FINDINGS.indexOf(b));
    property((findings) => {
      const result = triage(findings);
      assert.ok(result.causes.length <= 5);
      const ids = result.causes.map((cause) => cause.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const cause of result.causes) {
        assert.ok(cause.reasons.length > 0, cause.id);
        for (const reason of cause.reasons) assert.ok(findings.includes(reason));
        assert.deepEqual(cause.reasons, canonical(cause.reasons));
      }
      for (const flag of result.flags) assert.ok(findings.includes(flag));
      assert.deepEqual(result.flags, canonical(result.flags));
      const answeredDuration = DURATION_FINDINGS.some((f) => findings.includes(f));
      if (result.level !== 'self-care' && answeredDuration) assert.ok(result.flags.length > 0);
    });
  });

  it('lists at least one cause whenever the start points somewhere (not "sudden", "slowly" or "not sure")', () => {
    // "When does it hurt?" (walking, standing) was part of "How did it start?" until December 2026.
    const group = [...ONSET_FINDINGS, ...PATTERN_FINDINGS] as readonly FindingId[];
    const telling = group.filter(
      (onset) => !['onset-sudden', 'onset-gradual', 'onset-unsure'].includes(onset),
    );
    fc.assert(
      fc.property(answers, fc.constantFrom(...telling), (findings, onset) => {
        const withOnset = [...findings.filter((f) => !group.includes(f)), onset];
        assert.ok(triage(withOnset).causes.length > 0, withOnset.join(' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('never lists a cause on a risk factor alone (a key sign or a rule must point to it)', () => {
    // A 70-year-old smoker with walking pain is not told "save the leg" (routine, no rest pain).
    const result = triage([
      'onset-walking',
      'smoker',
      'over-50',
      'diabetes',
      'duration-over-2-weeks',
      'trend-same',
    ]);
    assert.equal(result.level, 'routine');
    assert.ok(!result.causes.some((c) => c.id === 'critical-limb-ischemia'));
    assert.ok(
      !result.causes.some((c) => c.id === 'spinal-stenosis'),
      'eases standing still argues against the spine',
    );
  });
});

function checkVignette(vignette: Vignette) {
  const result = triage(vignette.findings);
  assert.equal(result.level, vignette.expected_level, `${vignette.id} level`);
  const top3 = result.causes.slice(0, 3).map((cause) => cause.id);
  assert.ok(
    top3.includes(vignette.primary_cause),
    `${vignette.id}: ${vignette.primary_cause} in ${top3}`,
  );
}

describe('public vignettes (shared/vignettes/public.json)', () => {
  for (const vignette of PUBLIC_VIGNETTES) {
    it(`${vignette.id}: ${vignette.expected_level}, ${vignette.primary_cause} in the top 3`, () =>
      checkVignette(vignette));
  }
});

describe('our clinical vignettes (from the brief)', () => {
  for (const vignette of CLINICAL_VIGNETTES) {
    it(`${vignette.id}: ${vignette.expected_level}, ${vignette.primary_cause} in the top 3`, () =>
      checkVignette(vignette));
  }
});

describe('the December 2026 review cases: at least the level named', () => {
  for (const c of REVIEW_CASES) {
    it(`${c.id}: at least ${c.minLevel}`, () => {
      const result = triage(c.findings);
      assert.ok(rank(result.level) >= rank(c.minLevel), `${c.id}: ${result.level}`);
      const listed = result.causes.map((cause) => cause.id);
      for (const cause of c.mustList ?? [])
        assert.ok(listed.includes(cause), `${cause} in ${listed}`);
      for (const cause of c.mustNotList ?? [])
        assert.ok(!listed.includes(cause), `${cause} not in ${listed}`);
      for (const route of c.routes ?? []) assert.ok(result.routes.includes(route), route);
    });
  }
});

describe('independent cases (written from the brief and spec only, by a reviewer who never saw the rules)', () => {
  for (const c of INDEPENDENT_CASES) {
    it(`${c.id}: between ${c.min_level} and ${c.max_level}`, () => {
      const result = triage(c.findings);
      assert.ok(rank(result.level) >= rank(c.min_level), `${c.id} under-triaged: ${result.level}`);
      assert.ok(rank(result.level) <= rank(c.max_level), `${c.id} over-triaged: ${result.level}`);
      const listed = result.causes.map((cause) => cause.id);
      for (const cause of c.must_list_causes)
        assert.ok(listed.includes(cause), `${c.id}: ${cause} in ${listed}`);
      for (const cause of c.must_not_list_causes)
        assert.ok(!listed.includes(cause), `${c.id}: ${cause} not in ${listed}`);
    });
  }
});

describe('rules data', () => {
  it('age, pregnancy and which leg are read only in `when`, never in `unless`', () => {
    for (const rule of LEVEL_RULES) {
      for (const finding of rule.unless ?? [])
        assert.ok(!ABOUT_YOU_FINDINGS.includes(finding as never), `${rule.id} ${finding}`);
    }
  });

  it('every screen is one group: no finding on two screens, every finding on one', () => {
    const onScreens = SCREENS.flatMap((screen) => screen.findings);
    assert.equal(new Set(onScreens).size, onScreens.length);
    assert.deepEqual([...onScreens].sort(), [...ALL_FINDINGS].sort());
    for (const screen of SCREENS) {
      if (!screen.groups) continue;
      assert.deepEqual(Object.values(screen.groups).flat(), [...screen.findings], screen.id);
    }
  });

  it('each answer split in two since December 2026 keeps the rule of the answer it came from', () => {
    const pairs: [FindingId, FindingId][] = [
      ['fainting', 'racing-heart'],
      ['tight-calf-severe', 'tight-cast'],
      ['saddle-numbness', 'bladder-bowel'],
      ['ache-between-cramps', 'onset-cramp-ache'],
    ];
    for (const [old, added] of pairs) {
      const bases: FindingId[][] = [[], ...ALL_FINDINGS.filter((f) => f !== old).map((f) => [f])];
      for (const base of bases) {
        if (base.includes(added)) continue;
        assert.equal(
          triage([...base, added]).level,
          triage([...base, old]).level,
          `${added} as ${old} with ${base.join(' ')}`,
        );
      }
    }
  });

  it('exceptions only look at single-choice answers (keeps the level monotone)', () => {
    for (const rule of LEVEL_RULES) {
      for (const finding of rule.unless ?? [])
        assert.ok(SINGLE_CHOICE.has(finding), `${rule.id} ${finding}`);
    }
  });

  it('every rule has a unique id and a source in the brief', () => {
    const ids = LEVEL_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(RULE_SOURCES[id]?.brief ?? '', /\d/, `${id} cites the brief`);
      assert.match(RULE_SOURCES[id]?.says ?? '', /"/, `${id} quotes its source`);
    }
    assert.deepEqual(Object.keys(RULE_SOURCES).sort(), [...ids].sort());
  });

  it("a rule names only causes whose own advice is no faster than the rule's level", () => {
    for (const rule of LEVEL_RULES) {
      for (const cause of rule.causes) {
        assert.ok(rank(CAUSE_LEVELS[cause]) <= rank(rule.level), `${rule.id} names ${cause}`);
      }
    }
  });

  it('every cause a rule names has a pointer among the findings that fire the rule', () => {
    for (const rule of LEVEL_RULES) {
      for (const cause of rule.causes) {
        const pointed = rule.when.some((group) =>
          anyOf(group).every((finding) => (CAUSE_POINTERS[cause][finding] ?? 0) > 0),
        );
        assert.ok(pointed, `${cause} in ${rule.id}`);
      }
    }
  });

  it('every combo finding is also a pointer of its cause (so it shows as a reason)', () => {
    for (const combo of CAUSE_COMBOS) {
      for (const finding of combo.when) {
        assert.ok((CAUSE_POINTERS[combo.cause][finding] ?? 0) > 0, `${combo.cause} ${finding}`);
      }
    }
  });

  it('every finding is used by some rule or pointer, and every cause has a level', () => {
    const used = new Set<FindingId>();
    for (const rule of [...LEVEL_RULES, ...ROUTE_RULES])
      for (const group of rule.when) anyOf(group).forEach((f) => used.add(f));
    for (const pointers of Object.values(CAUSE_POINTERS)) {
      for (const finding of Object.keys(pointers)) used.add(finding as FindingId);
    }
    for (const finding of ALL_FINDINGS) {
      const start = [...ONSET_FINDINGS, ...PATTERN_FINDINGS] as readonly FindingId[];
      if (SINGLE_CHOICE.has(finding) && !start.includes(finding)) continue;
      assert.ok(used.has(finding), finding);
    }
    for (const cause of ALL_CAUSES) assert.ok(LEVELS.includes(CAUSE_LEVELS[cause]), cause);
  });
});

describe('sciatica on both sides (E13, independent review round 3)', () => {
  it('back pain down the leg with both legs hurting is an emergency naming cauda equina, with question 1 answered "none"', () => {
    for (const extra of [
      ['duration-under-3-days', 'trend-worse'],
      ['duration-over-2-weeks', 'trend-same'],
      ['onset-gradual'],
      [],
    ] as FindingId[][]) {
      const result = triage(['back-pain', 'both-legs', ...extra]);
      assert.equal(result.level, 'emergency', extra.join(' '));
      assert.ok(
        result.causes.some((c) => c.id === 'cauda-equina'),
        extra.join(' '),
      );
    }
  });

  it('pain in both legs that comes with walking or standing stays below emergency (a narrowed spine, brief 11.9)', () => {
    for (const pattern of ['onset-walking', 'onset-standing'] as FindingId[]) {
      const result = triage([
        'back-pain',
        'both-legs',
        pattern,
        'duration-over-2-weeks',
        'trend-same',
      ]);
      assert.notEqual(result.level, 'emergency', pattern);
    }
    // One leg: sciatica, not sciatica on both sides.
    assert.notEqual(triage(['back-pain', 'leg-left', 'duration-under-3-days']).level, 'emergency');
  });
});

describe('independent review, round 4: answers that change the level only together', () => {
  it('pain from the back into both legs for less than 2 weeks is an emergency, whatever its pattern (E14, P1)', () => {
    for (const pattern of ['onset-walking', 'onset-standing'] as FindingId[]) {
      for (const duration of [
        'duration-under-3-days',
        'duration-3-days-to-2-weeks',
      ] as FindingId[]) {
        for (const trend of TREND_FINDINGS) {
          const result = triage([
            'onset-gradual',
            duration,
            trend,
            'back-pain',
            'both-legs',
            pattern,
          ]);
          assert.equal(result.level, 'emergency', `${pattern} ${duration} ${trend}`);
          assert.ok(result.causes.some((c) => c.id === 'cauda-equina'));
        }
      }
      // Long-standing, with the pattern of a narrowed spine, even slowly worse: not an emergency
      // (11.9; case C-57).
      for (const trend of TREND_FINDINGS) {
        assert.notEqual(
          triage([
            'onset-gradual',
            'duration-over-2-weeks',
            trend,
            'back-pain',
            'both-legs',
            pattern,
          ]).level,
          'emergency',
          `${pattern} ${trend}`,
        );
      }
    }
  });

  it('numbness after an injury in the last 2 weeks is an emergency unless the pain is getting better; otherwise same day (E12, U30, P2, I6)', () => {
    for (const duration of DURATION_FINDINGS) {
      for (const trend of TREND_FINDINGS) {
        const result = triage(['onset-injury', duration, trend, 'tingling-numbness']);
        // Pressure in the calf starts within about 6 days of the injury (6.3) and does not get better.
        const pressure = duration !== 'duration-over-2-weeks' && trend !== 'trend-better';
        assert.equal(result.level, pressure ? 'emergency' : 'urgent', `${duration} ${trend}`);
        assert.equal(
          result.causes.some((c) => c.id === 'compartment-syndrome'),
          pressure,
          `${duration} ${trend}`,
        );
      }
    }
  });

  it('numbness or weakness with both legs hurting, getting worse, is an emergency without back pain too (E15, P3, B10, B11)', () => {
    for (const sign of ['tingling-numbness', 'foot-weakness'] as FindingId[]) {
      for (const duration of DURATION_FINDINGS) {
        const result = triage(['onset-gradual', duration, 'trend-worse', 'both-legs', sign]);
        assert.equal(result.level, 'emergency', `${sign} ${duration}`);
        assert.ok(result.causes.some((c) => c.id === 'cauda-equina'));
      }
      // Not getting worse, one leg, or no nerve sign: not this rule.
      assert.notEqual(
        triage(['onset-gradual', 'duration-over-2-weeks', 'trend-same', 'both-legs', sign]).level,
        'emergency',
      );
      assert.notEqual(
        triage(['onset-gradual', 'duration-over-2-weeks', 'trend-worse', 'leg-left', sign]).level,
        'emergency',
      );
    }
    assert.notEqual(
      triage(['onset-gradual', 'duration-over-2-weeks', 'trend-worse', 'both-legs']).level,
      'emergency',
    );
  });

  it('a weak foot with sudden pain and an irregular heartbeat is an emergency, as pins and needles is (E9, P4)', () => {
    const result = triage([
      'onset-sudden',
      'duration-under-3-days',
      'trend-same',
      'irregular-heartbeat',
      'foot-weakness',
    ]);
    assert.equal(result.level, 'emergency');
    assert.ok(result.causes.some((c) => c.id === 'acute-limb-ischemia'));
  });

  it('a long-term statin with pain that is getting worse is same day, whatever the pattern (U31, P5)', () => {
    for (const pattern of ['onset-walking', 'onset-standing'] as FindingId[]) {
      for (const onset of [
        'onset-gradual',
        'onset-after-exercise',
        'onset-unsure',
      ] as FindingId[]) {
        const result = triage([
          onset,
          'duration-over-2-weeks',
          'trend-worse',
          'statin-long-term',
          pattern,
        ]);
        assert.equal(result.level, 'urgent', `${onset} ${pattern}`);
      }
    }
  });
});
