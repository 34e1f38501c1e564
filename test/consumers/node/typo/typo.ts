// FINDING 6 (issue 15): triage() takes FindingIds, so a typo is a type error. Checked by the
// todo test in node.test.mjs until the lead's engine change is merged.
import { triage } from 'calf-pain-guide/checker';

// @ts-expect-error: 'breathles' is not a FindingId
triage(['breathles']);
