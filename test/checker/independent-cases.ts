// Cases written by an independent reviewer who had only shared/clinical-brief.md and
// shared/checker-spec.md, never the rules (docs/validation.md: method and results). Kept as the
// reviewer wrote them, in independent-cases.json; a failing case is fixed in the rules, not here.
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
}

export const INDEPENDENT_CASES: IndependentCase[] = JSON.parse(
  readFileSync(new URL('./independent-cases.json', import.meta.url), 'utf8'),
);
