/**
 * The triage engine: pure, synchronous, DOM-free. The clinical content lives in rules.ts.
 */
import {
  ALL_CAUSES,
  ALL_FINDINGS,
  DURATION_FINDINGS,
  LEVELS,
  ONSET_FINDINGS,
  TREND_FINDINGS,
} from './ids.js';
import type { FindingId, Level, TriageResult } from './ids.js';
import {
  anyOf,
  CAUSE_COMBOS,
  CAUSE_POINTERS,
  LEVEL_RULES,
  MAX_CAUSES,
  MIN_CAUSE_SCORE,
} from './rules.js';

const KNOWN: ReadonlySet<unknown> = new Set(ALL_FINDINGS);
const SINGLE_CHOICE_SCREENS = [ONSET_FINDINGS, DURATION_FINDINGS, TREND_FINDINGS];
const rankOf = (level: Level) => LEVELS.indexOf(level);
const ROUTINE = rankOf('routine');

/**
 * Triage a set of finding ids. Unknown ids are ignored; the order of the input does not matter.
 * The level is the highest level of the rules that fire, so adding a finding never lowers it.
 */
export function triage(findings: Iterable<FindingId | string>): TriageResult {
  const present = new Set<FindingId>();
  for (const finding of findings) if (KNOWN.has(finding)) present.add(finding as FindingId);
  const isPresent = (finding: FindingId) => present.has(finding);

  const fired = LEVEL_RULES.filter(
    (rule) =>
      rule.when.every((group) => anyOf(group).some(isPresent)) && !rule.unless?.some(isPresent),
  );
  const rank = Math.max(0, ...fired.map((rule) => rankOf(rule.level)));

  // Flags: what the rules at the final level matched, plus the onset, duration or trend answers
  // their exceptions looked at (e.g. the duration that makes a strain "not improving").
  const flagged = new Set<FindingId>();
  for (const rule of fired) {
    if (rankOf(rule.level) < rank) continue;
    rule.when.flatMap(anyOf).forEach((finding) => flagged.add(finding));
    for (const screen of SINGLE_CHOICE_SCREENS) {
      if (screen.some((finding) => rule.unless?.includes(finding))) {
        screen.forEach((finding) => flagged.add(finding));
      }
    }
  }

  const scored = ALL_CAUSES.map((id, order) => {
    const pointers = CAUSE_POINTERS[id];
    const reasons = ALL_FINDINGS.filter((finding) => isPresent(finding) && pointers[finding]);
    let score = reasons.reduce((sum, finding) => sum + (pointers[finding] ?? 0), 0);
    for (const combo of CAUSE_COMBOS) {
      if (combo.cause === id && combo.when.every(isPresent) && !combo.unless?.some(isPresent)) {
        score += combo.points;
      }
    }
    // The most urgent fired rule naming this cause (-1: none).
    const tier = Math.max(
      -1,
      ...fired.filter((r) => r.causes.includes(id)).map((r) => rankOf(r.level)),
    );
    return { id, reasons, score, tier, order };
  });
  let likely = scored.filter((cause) => cause.tier >= 0 || cause.score >= MIN_CAUSE_SCORE);
  // Only weak pointers (e.g. "it came on slowly"): show those rather than nothing.
  if (!likely.length) likely = scored.filter((cause) => cause.score > 0);
  // Causes of a fired urgent or emergency rule lead (red flags first); below that (a routine rule
  // or none), the score decides.
  const lead = (cause: { tier: number }) => Math.max(cause.tier, ROUTINE);
  likely.sort((a, b) => lead(b) - lead(a) || b.score - a.score || a.order - b.order);

  return {
    level: LEVELS[rank],
    causes: likely.slice(0, MAX_CAUSES).map(({ id, reasons }) => ({ id, reasons })),
    flags: ALL_FINDINGS.filter((finding) => isPresent(finding) && flagged.has(finding)),
  };
}
