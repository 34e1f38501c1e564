/**
 * What the checker draws, with its text: the questions, "Check your answers", the result and
 * "What to tell your doctor". The element (calf-pain-checker.component.ts) loads this module
 * with import() the first time it is drawn, so the bundler entry (dist/bundler/) keeps it in a
 * chunk of its own: a page pays for it only when a checker shows (the guide's checker lives in
 * its closed "check" section, and the guide fetches this when the page is idle). The one-file
 * builds hold it inside.
 */
export { findingText } from '../../content/checker-text.js';
export { CHECK_HEADING_ID, checkView } from './check-view.js';
export { DoctorSummary, doctorSummaryLines } from './doctor-summary.js';
export { ERROR_SUMMARY_ID, questionHeadingId, questionView } from './question-view.js';
export { RESULT_HEADING_ID, levelAction, levelHeading, resultView } from './result-view.js';
