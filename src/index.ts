/**
 * The whole widget in one script: defines <red-flag-banner>, <calf-pain-checker> and
 * <calf-pain-guide> (each module defines its element and the ones it draws), and shows them in
 * the page's language.
 */
export { RedFlagBanner } from './elements/red-flag-banner/red-flag-banner.js';
export {
  CalfPainChecker,
  type CheckerResultDetail,
  type ShowCauseDetail,
} from './elements/calf-pain-checker/calf-pain-checker.js';
export { CalfPainGuide } from './elements/calf-pain-guide/calf-pain-guide.js';
export { VERSION } from './define.js';
export { getLocale, setLocale } from './localization.js';
export { triage } from './checker/triage.js';
export { emergencyNumberFor } from './emergency-numbers.js';
export type { CauseId, FindingId, Level, Route, TriageResult } from './checker/ids.js';
