/**
 * The triage engine: pure, synchronous, DOM-free. The clinical content lives in rules.ts.
 */
import { ALL_CAUSES, ALL_FINDINGS, LEVELS, RISK_FACTORS, ROUTES, SCREENS } from './ids.js';
import type { FindingId, Level, Route, TriageResult } from './ids.js';
import {
  anyOf,
  CAUSE_AGAINST,
  CAUSE_COMBOS,
  CAUSE_LEVELS,
  CAUSE_POINTERS,
  CAUSE_REQUIRES,
  KEY_SIGN_WEIGHT,
  LEVEL_RULES,
  MAX_CAUSES,
  ROUTE_RULES,
  type AnyOf,
} from './rules.js';

const KNOWN: ReadonlySet<unknown> = new Set(ALL_FINDINGS);
// Age and pregnancy count as risks too: a cause is never named on who the reader is alone.
const RISKS: ReadonlySet<FindingId> = new Set(RISK_FACTORS);
const SINGLE_CHOICE_SCREENS = SCREENS.filter((screen) => screen.kind === 'choice').map(
  (screen) => screen.findings,
);
const rankOf = (level: Level) => LEVELS.indexOf(level);
const ROUTINE = rankOf('routine');

/**
 * Triage a set of finding ids; the order of the input does not matter. The level is the highest
 * level of the rules that fire, so adding a finding never lowers it.
 *
 * @throws TypeError naming every unknown id: a typo must never lower a level silently.
 */
export function triage(findings: Iterable<FindingId>): TriageResult {
  const present = new Set<FindingId>();
  const unknown: unknown[] = [];
  for (const finding of findings) {
    if (KNOWN.has(finding)) present.add(finding);
    else unknown.push(finding);
  }
  if (unknown.length) {
    throw new TypeError(
      `triage(): unknown finding id${unknown.length > 1 ? 's' : ''} ${unknown
        .map((id) => JSON.stringify(String(id)))
        .join(', ')}; see the FindingId list in checker-spec.md`,
    );
  }
  const isPresent = (finding: FindingId) => present.has(finding);
  const holds = (when: readonly AnyOf[]) => when.every((group) => anyOf(group).some(isPresent));

  const fired = LEVEL_RULES.filter((rule) => holds(rule.when) && !rule.unless?.some(isPresent));
  const rank = Math.max(0, ...fired.map((rule) => rankOf(rule.level)));
  const level = LEVELS[rank];

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
    const keySign = reasons.some((finding) => (pointers[finding] ?? 0) >= KEY_SIGN_WEIGHT);
    // The most urgent fired rule naming this cause (-1: none).
    const tier = Math.max(
      -1,
      ...fired.filter((r) => r.causes.includes(id)).map((r) => rankOf(r.level)),
    );
    const against = Boolean(CAUSE_AGAINST[id]?.some(isPresent));
    const required = CAUSE_REQUIRES[id];
    const defined = !required || required.some(isPresent);
    // A cause whose own advice is faster than the level would contradict the result.
    const consistent = rankOf(CAUSE_LEVELS[id]) <= rank;
    return {
      id,
      reasons,
      score,
      tier,
      order,
      keySign,
      listable: consistent && defined && !against,
    };
  });
  const listable = scored.filter((cause) => cause.listable);
  let likely = listable.filter((cause) => cause.tier >= 0 || cause.keySign);
  // Only weak pointers (e.g. "it came on slowly"): show those rather than nothing, but never a
  // cause that only a risk factor (age, smoking) points to.
  if (!likely.length) {
    likely = listable.filter((cause) => cause.reasons.some((finding) => !RISKS.has(finding)));
  }
  // Causes of a fired urgent or emergency rule lead (red flags first); below that (a routine rule
  // or none), the score decides.
  const lead = (cause: { tier: number }) => Math.max(cause.tier, ROUTINE);
  likely.sort((a, b) => lead(b) - lead(a) || b.score - a.score || a.order - b.order);

  const routes = new Set<Route>(
    ROUTE_RULES.filter((rule) => rule.level === level && holds(rule.when)).map((r) => r.route),
  );

  return {
    level,
    causes: likely.slice(0, MAX_CAUSES).map(({ id, reasons }) => ({ id, reasons })),
    flags: ALL_FINDINGS.filter((finding) => isPresent(finding) && flagged.has(finding)),
    routes: ROUTES.filter((route) => routes.has(route)),
  };
}
