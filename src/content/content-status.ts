/**
 * Who answers for the guide's text, and when it was checked: apart from the list of sources
 * (sources.ts, which exports it too) because the closed guide shows it and the bundler entry
 * loads the list only when a section opens.
 */
import type { ContentStatus } from './types.js';

/**
 * Who answers for the guide's text, and when it was checked. The guide shows this under its
 * sections: "checked against sources" until a named clinician signs it off, then "reviewed by".
 */
export const CONTENT_STATUS: ContentStatus = {
  // Raise the major number when advice changes (a level, a sign, a route), the minor number
  // for wording only. A clinician signs off one version.
  version: '4.0.0',
  checkedOn: '2026-12-06',
  // 12 months after checkedOn (a test keeps it so).
  nextReviewOn: '2027-12-06',
  // Empty until a named clinician has read this version and signed it off.
  reviewedBy: '',
  reviewedOn: '',
};
