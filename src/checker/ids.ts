/**
 * The checker's public ids, exactly as `checker-spec.md` names them. They are API: they
 * appear in `triage()` input, in the `calf-checker-result` event and as translation keys.
 * Add ids where the clinical brief needs them; never rename or remove one.
 */

export const LEVELS = ['self-care', 'routine', 'urgent', 'emergency'] as const;
/** Triage levels, least urgent first (their index is their rank). */
export type Level = (typeof LEVELS)[number];

/** Screen 1: any one of these gives `emergency`. */
export const EMERGENCY_FINDINGS = [
  'breathless',
  'chest-pain',
  'coughing-blood',
  'fainting',
  'cold-pale-leg',
  'sudden-numb-weak-leg',
  'tight-calf-severe',
  'sudden-severe-pain',
  'saddle-numbness',
  'both-legs-nerve',
  'very-unwell',
] as const;

/** Screen 2: how the pain started (one choice). */
export const ONSET_FINDINGS = [
  'onset-injury',
  'onset-sudden',
  'onset-walking',
  'onset-standing',
  'onset-after-exercise',
  'onset-cramp',
  'onset-gradual',
  'onset-unsure',
] as const;

/** Screen 3: what the reader notices (checklist). */
export const SIGN_FINDINGS = [
  'pop',
  'cannot-bear-weight',
  'bruising',
  'swelling-one-leg',
  'swelling-both-legs',
  'warm-red-skin',
  'hard-vein',
  'skin-break',
  'fever',
  'tingling-numbness',
  'burning-feet',
  'back-pain',
  'outer-foot-numbness',
  'foot-weakness',
  'rest-pain',
  'foot-sore-dark-toes',
  'lump-behind-knee',
  'both-legs',
  'long-cramp',
  'night-cramps',
  'ache-between-cramps',
  'dark-urine',
] as const;

/** Screen 4: risk factors and history (checklist). */
export const RISK_FINDINGS = [
  'recent-surgery-or-bed-rest',
  'long-journey',
  'previous-clot',
  'cancer',
  'pregnancy',
  'hormones',
  'diabetes',
  'smoker',
  'over-50',
  'heart-circulation',
  'irregular-heartbeat',
  'statin',
  'blood-thinner',
  'statin-long-term',
  'under-16',
] as const;

/** Screen 5: how long (one choice). */
export const DURATION_FINDINGS = [
  'duration-under-3-days',
  'duration-3-days-to-2-weeks',
  'duration-over-2-weeks',
] as const;

/** Screen 6: is it changing (one choice). */
export const TREND_FINDINGS = ['trend-better', 'trend-same', 'trend-worse'] as const;

export type EmergencyFinding = (typeof EMERGENCY_FINDINGS)[number];
export type OnsetFinding = (typeof ONSET_FINDINGS)[number];
export type SignFinding = (typeof SIGN_FINDINGS)[number];
export type RiskFinding = (typeof RISK_FINDINGS)[number];
export type DurationFinding = (typeof DURATION_FINDINGS)[number];
export type TrendFinding = (typeof TREND_FINDINGS)[number];
export type FindingId =
  EmergencyFinding | OnsetFinding | SignFinding | RiskFinding | DurationFinding | TrendFinding;

export type ScreenId = 'emergency' | 'onset' | 'signs' | 'risks' | 'duration' | 'trend';

export interface Screen {
  id: ScreenId;
  /** `checklist`: any number, with "None of these"; `choice`: exactly one. */
  kind: 'checklist' | 'choice';
  findings: readonly FindingId[];
}

/** The six screens, in the order the checker asks them. */
export const SCREENS: readonly Screen[] = [
  { id: 'emergency', kind: 'checklist', findings: EMERGENCY_FINDINGS },
  { id: 'onset', kind: 'choice', findings: ONSET_FINDINGS },
  { id: 'signs', kind: 'checklist', findings: SIGN_FINDINGS },
  { id: 'risks', kind: 'checklist', findings: RISK_FINDINGS },
  { id: 'duration', kind: 'choice', findings: DURATION_FINDINGS },
  { id: 'trend', kind: 'choice', findings: TREND_FINDINGS },
];

export const ALL_FINDINGS: readonly FindingId[] = SCREENS.flatMap((s) => s.findings);

/** The guide's own causes, each with a section of the guide. */
export const GUIDE_CAUSES = [
  'muscle-strain',
  'nerve-root',
  'spinal-stenosis',
  'sural-nerve',
  'neuropathy',
  'dvt',
  'pad',
] as const;

/** Conditions behind the red flags, and the mimics. */
export const OTHER_CAUSES = [
  'pe',
  'acute-limb-ischemia',
  'critical-limb-ischemia',
  'compartment-syndrome',
  'exertional-compartment',
  'cauda-equina',
  'cellulitis',
  'sepsis',
  'tendon-rupture',
  'bakers-cyst',
  'phlebitis',
  'cramp',
  'muscle-soreness',
  'statin-myopathy',
  'heart-failure',
  'muscle-bleed',
  'muscle-breakdown',
  'pre-eclampsia',
] as const;

export type CauseId = (typeof GUIDE_CAUSES)[number] | (typeof OTHER_CAUSES)[number];
export const ALL_CAUSES: readonly CauseId[] = [...GUIDE_CAUSES, ...OTHER_CAUSES];

export interface RankedCause {
  id: CauseId;
  /** The reader's findings that point to this cause. */
  reasons: FindingId[];
}

/**
 * Where the result sends the reader, beyond the level's usual route: a maternity unit for a
 * pregnant reader, a chemotherapy helpline for fever during cancer treatment, an urgent
 * treatment centre or emergency department for an injury.
 */
export const ROUTES = ['maternity', 'chemotherapy-helpline', 'injury-care'] as const;
export type Route = (typeof ROUTES)[number];

export interface TriageResult {
  level: Level;
  /**
   * Most likely first, at most 5. Never a cause whose own advice is faster than `level`
   * (see `CAUSE_LEVELS`).
   */
  causes: RankedCause[];
  /** The findings that set the level. */
  flags: FindingId[];
  /** Extra routes for this reader, in `ROUTES` order (usually none). */
  routes: Route[];
}
