// TypeScript with `module: nodenext`, a CommonJS file: require() of the engine, typed.
import checker = require('calf-pain-guide/checker');

const findings: checker.FindingId[] = ['breathless'];
export const level: checker.Level = checker.triage(findings).level;
