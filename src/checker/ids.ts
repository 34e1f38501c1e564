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
  'racing-heart',
  'cold-pale-leg',
  'sudden-numb-weak-leg',
  'tight-calf-severe',
  'tight-cast',
  'sudden-severe-pain',
  'saddle-numbness',
  'bladder-bowel',
  'both-legs-nerve',
  'very-unwell',
] as const;

/**
 * Question 1 in short groups, each under a subheading (checker-text.ts), so a frightened reader
 * finds their sign without reading fourteen boxes. Every emergency finding is in one group.
 */
export const EMERGENCY_GROUPS = {
  'breathing-chest': ['breathless', 'chest-pain', 'coughing-blood', 'fainting', 'racing-heart'],
  'leg-foot': [
    'cold-pale-leg',
    'sudden-numb-weak-leg',
    'tight-calf-severe',
    'tight-cast',
    'sudden-severe-pain',
  ],
  'back-bladder': ['saddle-numbness', 'bladder-bowel', 'both-legs-nerve'],
  'very-unwell': ['very-unwell'],
} as const satisfies Record<string, readonly EmergencyFinding[]>;

/** Age (one choice), asked early as NHS 111 does. Only `when` of rules reads it. */
export const AGE_FINDINGS = ['under-16', 'age-16-to-49', 'over-50'] as const;

/**
 * Pregnant, or gave birth in the last 6 weeks (one choice: yes, or "No" with no finding). Not
 * asked when the reader is 50 or over.
 */
export const PREGNANCY_FINDINGS = ['pregnancy'] as const;

/** Which leg hurts (one choice). */
export const LEG_FINDINGS = ['leg-left', 'leg-right', 'both-legs'] as const;

/**
 * How the pain started (one choice). `onset-cramp` is a brief cramp that passed (fine in
 * between); a cramp after which the calf has ached is `onset-cramp-ache`, with the rules of
 * `ache-between-cramps`.
 */
export const ONSET_FINDINGS = [
  'onset-injury',
  'onset-sudden',
  'onset-after-exercise',
  'onset-cramp',
  'onset-cramp-ache',
  'onset-gradual',
  'onset-unsure',
] as const;

/**
 * When it hurts (one choice, or neither): a pattern, not a start, so its own question. Until
 * December 2026 these two were answers to "How did the pain start?"; they keep their ids.
 */
export const PATTERN_FINDINGS = ['onset-walking', 'onset-standing'] as const;

/** What the reader notices (checklist, in the order of its groups: SIGN_GROUPS). */
export const SIGN_FINDINGS = [
  'pop',
  'cannot-bear-weight',
  'bruising',
  'swelling-one-leg',
  'swelling-both-legs',
  'warm-red-skin',
  'hard-vein',
  'skin-break',
  'lump-behind-knee',
  'tingling-numbness',
  'burning-feet',
  'back-pain',
  'outer-foot-numbness',
  'foot-weakness',
  'rest-pain',
  'foot-sore-dark-toes',
  'long-cramp',
  'night-cramps',
  'ache-between-cramps',
  'fever',
  'dark-urine',
] as const;

/** What the reader notices, in short groups under subheadings. */
export const SIGN_GROUPS = {
  injury: ['pop', 'cannot-bear-weight', 'bruising'],
  'skin-swelling': [
    'swelling-one-leg',
    'swelling-both-legs',
    'warm-red-skin',
    'hard-vein',
    'skin-break',
    'lump-behind-knee',
  ],
  nerves: [
    'tingling-numbness',
    'burning-feet',
    'back-pain',
    'outer-foot-numbness',
    'foot-weakness',
  ],
  'blood-flow': ['rest-pain', 'foot-sore-dark-toes'],
  cramps: ['long-cramp', 'night-cramps', 'ache-between-cramps'],
  'how-you-feel': ['fever', 'dark-urine'],
} as const satisfies Record<string, readonly SignFinding[]>;

/**
 * Risk factors and history (checklist, in groups: RISK_GROUPS). Age and pregnancy, once in this
 * list, are asked early as questions of their own (AGE_FINDINGS, PREGNANCY_FINDINGS); they are
 * still risk factors (RISK_FACTORS), never symptoms.
 */
export const RISK_FINDINGS = [
  'recent-surgery-or-bed-rest',
  'long-journey',
  'previous-clot',
  'cancer',
  'hormones',
  'statin',
  'statin-long-term',
  'blood-thinner',
  'heart-circulation',
  'irregular-heartbeat',
  'diabetes',
  'smoker',
] as const;

/** Risk factors in short groups under subheadings. */
export const RISK_GROUPS = {
  clots: ['recent-surgery-or-bed-rest', 'long-journey', 'previous-clot', 'cancer', 'hormones'],
  medicines: ['statin', 'statin-long-term', 'blood-thinner'],
  'heart-vessels': ['heart-circulation', 'irregular-heartbeat', 'diabetes', 'smoker'],
} as const satisfies Record<string, readonly RiskFinding[]>;

/**
 * Everything about the reader rather than their leg: never a symptom. A cause is never named on
 * these alone, and the result says them as risks ("Being pregnant makes clots more likely").
 */
export const RISK_FACTORS: readonly FindingId[] = [
  ...AGE_FINDINGS,
  ...PREGNANCY_FINDINGS,
  ...RISK_FINDINGS,
];

/** How long (one choice). */
export const DURATION_FINDINGS = [
  'duration-under-3-days',
  'duration-3-days-to-2-weeks',
  'duration-over-2-weeks',
] as const;

/** Is it changing (one choice). */
export const TREND_FINDINGS = ['trend-better', 'trend-same', 'trend-worse'] as const;

export type EmergencyFinding = (typeof EMERGENCY_FINDINGS)[number];
export type AgeFinding = (typeof AGE_FINDINGS)[number];
export type PregnancyFinding = (typeof PREGNANCY_FINDINGS)[number];
export type LegFinding = (typeof LEG_FINDINGS)[number];
export type OnsetFinding = (typeof ONSET_FINDINGS)[number];
export type PatternFinding = (typeof PATTERN_FINDINGS)[number];
export type SignFinding = (typeof SIGN_FINDINGS)[number];
export type RiskFinding = (typeof RISK_FINDINGS)[number];
export type DurationFinding = (typeof DURATION_FINDINGS)[number];
export type TrendFinding = (typeof TREND_FINDINGS)[number];
export type FindingId =
  | EmergencyFinding
  | AgeFinding
  | PregnancyFinding
  | LegFinding
  | OnsetFinding
  | PatternFinding
  | SignFinding
  | RiskFinding
  | DurationFinding
  | TrendFinding;

export type ScreenId =
  | 'emergency'
  | 'age'
  | 'pregnancy'
  | 'leg'
  | 'onset'
  | 'pattern'
  | 'signs'
  | 'risks'
  | 'duration'
  | 'trend';

export interface Screen {
  id: ScreenId;
  /** `checklist`: any number, with "None of these"; `choice`: exactly one. */
  kind: 'checklist' | 'choice';
  findings: readonly FindingId[];
  /**
   * Subgroups shown under subheadings (checklists), each a list of this screen's findings in
   * order. Absent: one plain list.
   */
  groups?: Readonly<Record<string, readonly FindingId[]>>;
  /**
   * A one-choice question that also offers an answer with no finding ("No", "Neither, or not
   * sure"): the reader answered, and nothing is added.
   */
  noFinding?: boolean;
  /** Asked only when this holds for the answers so far (pregnancy: not at 50 or over). */
  askIf?: (answered: ReadonlySet<FindingId>) => boolean;
}

/**
 * The screens, in the order the checker asks them: emergency signs first; then age, pregnancy
 * and which leg, early as NHS 111 does; how it started and when it hurts, apart (one idea per
 * question); the signs and risks in groups; how long and whether it is changing.
 */
export const SCREENS: readonly Screen[] = [
  { id: 'emergency', kind: 'checklist', findings: EMERGENCY_FINDINGS, groups: EMERGENCY_GROUPS },
  { id: 'age', kind: 'choice', findings: AGE_FINDINGS },
  {
    id: 'pregnancy',
    kind: 'choice',
    findings: PREGNANCY_FINDINGS,
    noFinding: true,
    askIf: (answered) => !answered.has('over-50'),
  },
  { id: 'leg', kind: 'choice', findings: LEG_FINDINGS },
  { id: 'onset', kind: 'choice', findings: ONSET_FINDINGS },
  { id: 'pattern', kind: 'choice', findings: PATTERN_FINDINGS, noFinding: true },
  { id: 'signs', kind: 'checklist', findings: SIGN_FINDINGS, groups: SIGN_GROUPS },
  { id: 'risks', kind: 'checklist', findings: RISK_FINDINGS, groups: RISK_GROUPS },
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
