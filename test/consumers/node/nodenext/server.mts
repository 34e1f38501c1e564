// TypeScript with `module: nodenext`, an ES module: the elements' types on a server.
import { triage, type CalfPainGuide, type CheckerResultDetail } from 'calf-pain-guide';

export const detail: CheckerResultDetail = { level: 'urgent', causes: ['dvt'], findings: [] };
export const level = triage(['breathless']).level;
export type Guide = CalfPainGuide['region'];
