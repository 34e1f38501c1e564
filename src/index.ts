/**
 * The whole widget in one script: defines <calf-pain-guide>, <calf-pain-checker> and
 * <red-flag-banner>, and shows them in the page's language.
 */
import { defineElement } from './define.js';
import { CalfPainChecker } from './elements/calf-pain-checker.js';
import { CalfPainGuide } from './elements/calf-pain-guide.js';
import { RedFlagBanner } from './elements/red-flag-banner.js';

export { CalfPainChecker, CalfPainGuide, RedFlagBanner };
export { VERSION } from './define.js';
export { getLocale, setLocale } from './localization.js';
export { triage } from './checker/triage.js';
export { emergencyNumberFor } from './emergency-numbers.js';
export type { CheckerResultDetail, ShowCauseDetail } from './elements/calf-pain-checker.js';
export type { CauseId, FindingId, Level, Route, TriageResult } from './checker/ids.js';

defineElement('red-flag-banner', RedFlagBanner);
defineElement('calf-pain-checker', CalfPainChecker);
defineElement('calf-pain-guide', CalfPainGuide);
