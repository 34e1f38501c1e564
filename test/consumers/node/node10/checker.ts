// TypeScript with `moduleResolution: node10` (CommonJS): the engine's types are found.
import { triage, type FindingId, type Level } from 'calf-pain-guide/checker';

const findings: FindingId[] = ['breathless'];
export const level: Level = triage(findings).level;
