// Cases written by independent reviewers who had only shared/clinical-brief.md and
// shared/checker-spec.md, never the rules (docs/validation.md: method and results): round 1
// wrote cases without running the engine; rounds 2 and 3 wrote cases, then ran the built engine
// to try to break it. Kept as the reviewers wrote them; a failing case is fixed in the rules, not here.
import { readFileSync } from 'node:fs';
import type { CauseId, FindingId, Level } from '../../src/checker/ids.js';

export interface IndependentCase {
  id: string;
  story: string;
  findings: FindingId[];
  /** The lowest level the sources allow, the level the reviewer would give, the highest that is still reasonable. */
  min_level: Level;
  ideal_level: Level;
  max_level: Level;
  must_list_causes: CauseId[];
  must_not_list_causes: CauseId[];
  quote: string;
  source: string;
  beyond_letter: boolean;
  category: string;
  /** Set where the rules' authors changed a case, and why. */
  note?: string;
}

const round = (file: string): IndependentCase[] =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));

/**
 * Round 1 (C-…, 93 cases), round 2 (D-…, 115 cases), round 3 (R3-…, 70 cases) and round 4
 * (R4-…, 12 cases: the decision table's pairs of answers) and round 5 (R5-…, 36 cases, blind: the
 * brief and the spec only, after round 4).
 */
export const INDEPENDENT_CASES: IndependentCase[] = [
  ...round('./independent-cases-round-1.json'),
  ...round('./independent-cases-round-2.json'),
  ...round('./independent-cases-round-3.json'),
  ...round('./independent-cases-round-4.json'),
  ...round('./independent-cases-round-5.json'),
];
