/**
 * The checker's clinical rules as data: the level rules, each cause's own level, the extra
 * routes and the cause scoring. Every rule's source in `shared/clinical-brief.md` ("brief 5.5" =
 * section 5.5, "rule 7" = the reference rule 7 of brief section 4) is in rule-sources.ts;
 * docs/triage-rules.md and docs/clinical-review/ are generated from both.
 */
import type { CauseId, FindingId, Level, Route } from './ids.js';

/** One finding, or a group of alternatives of which any one will do. */
export type AnyOf = FindingId | readonly FindingId[];

export const anyOf = (group: AnyOf): readonly FindingId[] =>
  typeof group === 'string' ? [group] : group;

export interface LevelRule {
  /**
   * Stable name: E = emergency, U = urgent, R = routine, numbered in the order rules were added.
   * docs/clinical-review/ and docs/triage-rules.md cite rules by it; never reuse a retired one.
   */
  id: string;
  level: Level;
  /** Every entry must be met. */
  when: readonly AnyOf[];
  /**
   * None of these may be present. Only single-choice answers (how it started, how long, is it
   * changing) go here, never screen 1, 3 or 4 findings: so ticking one more box can only switch
   * rules on, and the level (the highest rule that fires) can never drop.
   */
  unless?: readonly FindingId[];
  /**
   * The causes this rule is about: they lead the list of causes when it fires. Each cause's own
   * advice (`CAUSE_LEVELS`) is no faster than the rule's level, else it could not be listed.
   */
  causes: readonly CauseId[];
}

/**
 * Clot risk ("VTE risk"), exactly as brief section 4 defines it, and the one list the guide and the
 * engine share (brief 12.11): the guide's same-day advice for clots names these and no others.
 */
export const VTE_RISK = [
  'recent-surgery-or-bed-rest',
  'long-journey',
  'previous-clot',
  'cancer',
  'pregnancy',
  'hormones',
] as const satisfies readonly FindingId[];

/** A start that is not a brief cramp: pain that has lasted 3 days or more and is not better. */
const PERSISTENT: readonly FindingId[] = ['duration-under-3-days', 'trend-better'];

/**
 * All rules fire independently; the level is the highest level among those that fire
 * (self-care when none does). Where sources disagree, the more urgent reading is taken (brief 11).
 * Each rule's source, in the brief's words, is in rule-sources.ts.
 */
export const LEVEL_RULES: readonly LevelRule[] = [
  // ---- EMERGENCY: call the emergency number or go to A&E now ----
  {
    id: 'E1',
    level: 'emergency',
    // `racing-heart` was part of `fainting` until December 2026 (one idea per answer).
    when: [['breathless', 'chest-pain', 'coughing-blood', 'fainting', 'racing-heart']],
    causes: ['pe'],
  },
  {
    id: 'E2',
    level: 'emergency',
    when: [['cold-pale-leg', 'sudden-numb-weak-leg']],
    causes: ['acute-limb-ischemia'],
  },
  // A cast or bandage that feels too tight (`tight-cast`) was part of `tight-calf-severe`.
  {
    id: 'E3',
    level: 'emergency',
    when: [['tight-calf-severe', 'tight-cast']],
    causes: ['compartment-syndrome'],
  },
  {
    id: 'E4',
    level: 'emergency',
    // New trouble peeing or pooing (`bladder-bowel`) was part of `saddle-numbness`.
    when: [['saddle-numbness', 'bladder-bowel', 'both-legs-nerve']],
    causes: ['cauda-equina'],
  },
  { id: 'E5', level: 'emergency', when: ['very-unwell'], causes: ['sepsis'] },
  { id: 'E6', level: 'emergency', when: ['fever', 'warm-red-skin'], causes: ['sepsis'] },
  {
    id: 'E7',
    level: 'emergency',
    when: ['sudden-severe-pain'],
    causes: ['acute-limb-ischemia', 'compartment-syndrome'],
  },
  // Fever during cancer treatment may be neutropenic sepsis.
  { id: 'E8', level: 'emergency', when: ['cancer', 'fever'], causes: ['sepsis'] },
  // Sudden pain with pins and needles or numbness, and a heart rhythm that throws clots: an early
  // blocked artery, before the foot turns pale (found by the independent review, case C-76).
  {
    id: 'E9',
    level: 'emergency',
    // A weak foot is the later sign (paralysis) of the same blocked artery (round 4, P4).
    when: ['onset-sudden', 'irregular-heartbeat', ['tingling-numbness', 'foot-weakness']],
    causes: ['acute-limb-ischemia'],
  },

  // Fever with a swollen calf, a break in the skin or a sore vein: cellulitis with fever, where
  // redness can be hard to see on brown or black skin (independent review, cases D-33, D-96).
  {
    id: 'E10',
    level: 'emergency',
    when: ['fever', ['swelling-one-leg', 'skin-break', 'hard-vein']],
    causes: ['sepsis'],
  },
  // New or worsening pain from the back into both legs with numbness or weakness: sciatica on
  // both sides (independent review, cases D-45, D-102).
  {
    id: 'E11',
    level: 'emergency',
    when: [
      'back-pain',
      'both-legs',
      ['tingling-numbness', 'foot-weakness'],
      ['trend-worse', 'duration-under-3-days'],
    ],
    causes: ['cauda-equina'],
  },

  // Pain from the back down the leg, and both legs hurt: sciatica on both sides, whatever the
  // words the reader picked on question 1, unless the pain comes with walking or standing (a
  // narrowed spine or the arteries: 11.9). Independent review, round 3, cases C24, D08.
  {
    id: 'E13',
    level: 'emergency',
    when: ['back-pain', 'both-legs'],
    unless: ['onset-walking', 'onset-standing'],
    causes: ['cauda-equina'],
  },
  // Numbness or weakness with both legs hurting, getting worse, even without back pain: NHS
  // "weakness or numbness in both legs that's severe or getting worse" is 999 (rule 4; rounds 4
  // and 5, P3, B10, B11).
  {
    id: 'E15',
    level: 'emergency',
    when: ['both-legs', ['tingling-numbness', 'foot-weakness'], 'trend-worse'],
    causes: ['cauda-equina'],
  },
  // The walking or standing exception of E13 is for long-standing pain (11.9: "chronic"): pain
  // from the back into both legs for less than 2 weeks is an emergency whatever its pattern
  // (independent review, round 4, P1). Slowly worse over months stays below (case C-57).
  {
    id: 'E14',
    level: 'emergency',
    when: ['back-pain', 'both-legs', ['duration-under-3-days', 'duration-3-days-to-2-weeks']],
    causes: ['cauda-equina'],
  },

  // After an injury, pins and needles or numbness with pain that is not getting better: pressure
  // building in the calf, which can start up to 6 days later, also under a cast that does not
  // feel tight (independent review, cases D-44, D-50), and "the injury is numb" of the sprains
  // red list (round 4, P2). Getting better, or an injury over 2 weeks ago: same day (U30).
  {
    id: 'E12',
    level: 'emergency',
    when: ['onset-injury', 'tingling-numbness'],
    unless: ['trend-better', 'duration-over-2-weeks'],
    causes: ['compartment-syndrome'],
  },

  // ---- URGENT: same day (urgent GP appointment, 111, urgent treatment centre) ----
  {
    id: 'U1',
    level: 'urgent',
    when: ['swelling-one-leg'],
    unless: ['onset-injury'],
    causes: ['dvt'],
  },
  { id: 'U2', level: 'urgent', when: ['swelling-one-leg', VTE_RISK], causes: ['dvt'] },
  { id: 'U3', level: 'urgent', when: ['swelling-one-leg', 'trend-worse'], causes: ['dvt'] },
  {
    id: 'U4',
    level: 'urgent',
    when: ['lump-behind-knee', 'swelling-one-leg'],
    causes: ['bakers-cyst', 'dvt'],
  },
  { id: 'U5', level: 'urgent', when: ['warm-red-skin'], causes: ['dvt', 'cellulitis'] },
  { id: 'U6', level: 'urgent', when: ['hard-vein'], causes: ['phlebitis', 'dvt'] },
  // Section 4 rule 9 excepts only a brief cramp and post-exercise soreness; U18–U20 close the
  // gaps those exceptions left (brief 12.3).
  {
    id: 'U7',
    level: 'urgent',
    when: [VTE_RISK],
    unless: ['onset-cramp', 'onset-after-exercise'],
    causes: ['dvt'],
  },
  { id: 'U8', level: 'urgent', when: [['pop', 'cannot-bear-weight']], causes: ['tendon-rupture'] },
  { id: 'U9', level: 'urgent', when: ['onset-injury', 'trend-worse'], causes: ['muscle-strain'] },
  {
    id: 'U10',
    level: 'urgent',
    when: [['rest-pain', 'foot-sore-dark-toes']],
    causes: ['critical-limb-ischemia'],
  },
  { id: 'U11', level: 'urgent', when: ['foot-weakness'], causes: ['nerve-root'] },
  { id: 'U12', level: 'urgent', when: ['statin'], causes: ['statin-myopathy'] },
  { id: 'U13', level: 'urgent', when: ['long-cramp'], causes: ['cramp', 'dvt'] },
  {
    id: 'U14',
    level: 'urgent',
    when: ['diabetes', 'skin-break'],
    causes: ['cellulitis', 'neuropathy'],
  },
  { id: 'U15', level: 'urgent', when: ['fever'], causes: ['cellulitis'] },
  // An embolus is the worry, but without a cold, pale or numb foot (E2) this is same day, and a
  // cause whose own advice is an emergency cannot be listed under it: the scores name the causes.
  { id: 'U16', level: 'urgent', when: ['onset-sudden', 'irregular-heartbeat'], causes: [] },
  { id: 'U17', level: 'urgent', when: ['onset-sudden', 'trend-worse'], causes: [] },
  // A cramp after which the calf has ached (`onset-cramp-ache`, the start answer) is the same
  // finding as `ache-between-cramps` (the sign): the same rules.
  {
    id: 'U18',
    level: 'urgent',
    when: [VTE_RISK, ['ache-between-cramps', 'onset-cramp-ache']],
    causes: ['dvt'],
  },
  {
    id: 'U19',
    level: 'urgent',
    when: [VTE_RISK],
    unless: [...PERSISTENT, 'onset-cramp'],
    causes: ['dvt'],
  },
  { id: 'U20', level: 'urgent', when: [VTE_RISK, 'trend-worse'], causes: ['dvt'] },
  {
    id: 'U21',
    level: 'urgent',
    when: ['blood-thinner', ['onset-injury', 'bruising', 'swelling-one-leg', 'swelling-both-legs']],
    causes: ['muscle-bleed'],
  },
  { id: 'U22', level: 'urgent', when: ['dark-urine'], causes: ['muscle-breakdown'] },
  {
    id: 'U23',
    level: 'urgent',
    when: ['statin-long-term'],
    unless: ['onset-injury', 'onset-walking', 'onset-standing'],
    causes: ['statin-myopathy'],
  },
  // A statin with pain that is getting worse: same day whatever the pattern, as the guide says
  // for pain a statin user cannot explain (12.5; independent review, round 4, P5).
  {
    id: 'U31',
    level: 'urgent',
    when: ['statin-long-term', 'trend-worse'],
    causes: ['statin-myopathy'],
  },
  {
    id: 'U24',
    level: 'urgent',
    when: ['onset-walking', 'trend-worse'],
    causes: ['pad', 'critical-limb-ischemia'],
  },
  {
    id: 'U25',
    level: 'urgent',
    when: ['pregnancy', 'swelling-both-legs'],
    causes: ['pre-eclampsia'],
  },

  // On a blood thinner, a bleed into the muscle can start with no knock (independent review,
  // cases D-88, D-98).
  { id: 'U26', level: 'urgent', when: ['blood-thinner', 'onset-sudden'], causes: ['muscle-bleed'] },
  // After an injury, pins and needles or numbness while the pain gets better: a bruised or
  // stretched nerve is likelier than pressure in the calf, but it is checked the same day
  // (sprains red list: "the injury is numb"; round 4, P2).
  {
    id: 'U30',
    level: 'urgent',
    when: ['onset-injury', 'tingling-numbness'],
    causes: ['sural-nerve'],
  },
  {
    id: 'U27',
    level: 'urgent',
    when: ['blood-thinner'],
    unless: [
      'onset-cramp',
      'onset-after-exercise',
      'onset-walking',
      'onset-standing',
      'trend-better',
    ],
    causes: ['muscle-bleed'],
  },
  // Sudden pain with no injury that is not getting better: a burst Baker's cyst or a clot cannot
  // be told apart by the patient (independent review, cases D-26, D-100, D-101).
  {
    id: 'U28',
    level: 'urgent',
    when: ['onset-sudden'],
    unless: ['trend-better'],
    causes: ['bakers-cyst', 'dvt'],
  },
  // A child with leg pain and a fever, or who cannot put weight on the leg (brief 12.9).
  { id: 'U29', level: 'urgent', when: ['under-16', ['fever', 'cannot-bear-weight']], causes: [] },

  // ---- ROUTINE: book a GP appointment ----
  {
    id: 'R1',
    level: 'routine',
    when: ['onset-walking'],
    causes: ['pad', 'exertional-compartment'],
  },
  { id: 'R2', level: 'routine', when: ['onset-standing'], causes: ['spinal-stenosis'] },
  { id: 'R3', level: 'routine', when: ['burning-feet'], causes: ['neuropathy'] },
  // An unanswered duration counts as persistent.
  {
    id: 'R4',
    level: 'routine',
    when: ['tingling-numbness'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks'],
    causes: ['nerve-root', 'neuropathy'],
  },
  { id: 'R5', level: 'routine', when: ['onset-cramp', 'tingling-numbness'], causes: ['cramp'] },
  {
    id: 'R6',
    level: 'routine',
    when: ['back-pain'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks', 'trend-better'],
    causes: ['nerve-root'],
  },
  { id: 'R7', level: 'routine', when: ['back-pain', 'trend-worse'], causes: ['nerve-root'] },
  {
    id: 'R8',
    level: 'routine',
    when: ['onset-injury'],
    unless: PERSISTENT,
    causes: ['muscle-strain'],
  },
  { id: 'R9', level: 'routine', when: ['night-cramps'], causes: ['cramp'] },
  { id: 'R10', level: 'routine', when: ['lump-behind-knee'], causes: ['bakers-cyst'] },
  {
    id: 'R11',
    level: 'routine',
    when: ['outer-foot-numbness'],
    causes: ['sural-nerve', 'nerve-root'],
  },
  { id: 'R12', level: 'routine', when: ['swelling-both-legs'], causes: ['heart-failure'] },
  { id: 'R13', level: 'routine', when: ['trend-worse'], causes: [] },
  { id: 'R14', level: 'routine', when: ['onset-sudden'], causes: [] },
  {
    id: 'R15',
    level: 'routine',
    when: [['onset-gradual', 'onset-unsure']],
    unless: PERSISTENT,
    causes: [],
  },
  {
    id: 'R16',
    level: 'routine',
    when: ['onset-after-exercise'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks'],
    causes: ['exertional-compartment'],
  },
  // The safety net: any pain of 3 days or more that is not better, except a brief cramp that
  // passed (fine in between; an ache that stays is `ache-between-cramps`, R18).
  { id: 'R17', level: 'routine', when: [], unless: [...PERSISTENT, 'onset-cramp'], causes: [] },
  {
    id: 'R18',
    level: 'routine',
    when: [['ache-between-cramps', 'onset-cramp-ache']],
    unless: PERSISTENT,
    causes: ['cramp'],
  },
  // The checker is for adults; a child's leg pain that brings a parent here needs a doctor (brief
  // 12.9; independent review, case D-36).
  { id: 'R19', level: 'routine', when: ['under-16'], causes: [] },
];

/**
 * How fast each cause needs help on its own, as the guide and the result say it. A result never
 * lists a cause whose own level is above the result's level (brief 12, "Decision consistency"):
 * if a same-day cause were plausible enough to list, a rule would have made the level same-day.
 */
export const CAUSE_LEVELS: Readonly<Record<CauseId, Level>> = {
  'muscle-strain': 'self-care',
  'nerve-root': 'self-care',
  'spinal-stenosis': 'routine',
  'sural-nerve': 'routine',
  neuropathy: 'routine',
  dvt: 'urgent',
  pad: 'routine',
  pe: 'emergency',
  'acute-limb-ischemia': 'emergency',
  'critical-limb-ischemia': 'urgent',
  'compartment-syndrome': 'emergency',
  'exertional-compartment': 'routine',
  'cauda-equina': 'emergency',
  cellulitis: 'urgent',
  sepsis: 'emergency',
  'tendon-rupture': 'urgent',
  'bakers-cyst': 'routine',
  phlebitis: 'urgent',
  cramp: 'self-care',
  'muscle-soreness': 'self-care',
  'statin-myopathy': 'urgent',
  'heart-failure': 'routine',
  'muscle-bleed': 'urgent',
  'muscle-breakdown': 'urgent',
  'pre-eclampsia': 'urgent',
};

export interface RouteRule {
  route: Route;
  /** The route is given only at this level. */
  level: Level;
  when: readonly AnyOf[];
}

/** Extra routes: who can help this reader best, at the level the rules gave. */
export const ROUTE_RULES: readonly RouteRule[] = [
  // NHS chemotherapy advice: call the 24-hour chemotherapy helpline at once (brief 12.2).
  { route: 'chemotherapy-helpline', level: 'emergency', when: ['cancer', 'fever'] },
  // Pre-eclampsia and clots in pregnancy or after a birth: midwife or maternity unit (brief 12.8).
  { route: 'maternity', level: 'urgent', when: ['pregnancy'] },
  // A possible tendon rupture or a worsening injury: an urgent treatment centre or emergency
  // department today, not an appointment (brief 6.6, 12.10; Lincolnshire NHS physio).
  {
    route: 'injury-care',
    level: 'urgent',
    when: [['onset-injury', 'pop', 'cannot-bear-weight']],
  },
];

/**
 * Cause scoring: the findings that point to each cause, with weights. 4–6 = a defining feature
 * of the cause, 2–3 = a typical feature or a named risk factor, 1 = a supporting feature.
 * A cause is listed when a level rule naming it fires, or when it scores MIN_CAUSE_SCORE.
 */
export const CAUSE_POINTERS: Readonly<Record<CauseId, Partial<Record<FindingId, number>>>> = {
  // Sudden pain at push-off, "snapping/popping", swelling, bruising (Duke, NHS; brief 5.1).
  'muscle-strain': {
    'onset-injury': 4,
    'onset-sudden': 2,
    pop: 2,
    bruising: 2,
    'swelling-one-leg': 1,
    'cannot-bear-weight': 1,
    'onset-unsure': 1,
  },
  // Pain from back or buttock; tingling, numb outer foot, weak push-off (NHS sciatica; brief 5.2).
  'nerve-root': {
    'back-pain': 4,
    'outer-foot-numbness': 2,
    'tingling-numbness': 2,
    'foot-weakness': 2,
    'both-legs-nerve': 1,
    'onset-standing': 1,
    'onset-gradual': 1,
  },
  // Brought on by standing and walking, relieved by sitting or bending (gpreasoning; brief 5.2).
  'spinal-stenosis': {
    'onset-standing': 4,
    'back-pain': 1,
    'both-legs': 1,
    'over-50': 1,
  },
  // Outer edge of the foot, sensory only, no back pain (Radiopaedia, Podiapaedia; brief 5.3).
  'sural-nerve': { 'outer-foot-numbness': 4, 'tingling-numbness': 1 },
  // Burning, tingling in both feet; diabetes (nidirect; brief 5.4).
  neuropathy: { 'burning-feet': 4, 'tingling-numbness': 1, 'both-legs': 1, diabetes: 1 },
  // One swollen, warm, red leg; VTE risk factors; "over 60" (NHS DVT; brief 5.5).
  dvt: {
    'swelling-one-leg': 3,
    'warm-red-skin': 2,
    'recent-surgery-or-bed-rest': 2,
    'long-journey': 2,
    'previous-clot': 2,
    cancer: 2,
    pregnancy: 2,
    hormones: 2,
    'hard-vein': 1,
    'long-cramp': 1,
    // NHS DVT: "throbbing or cramping pain" (brief 5.5, 12.3).
    'ache-between-cramps': 2,
    'onset-cramp-ache': 2,
    'onset-gradual': 1,
    'onset-sudden': 1,
    'onset-unsure': 1,
    'over-50': 1,
  },
  // Pain on walking that eases on standing still; smoking, diabetes, heart disease, age, "Both legs
  // are often affected" (NHS PAD, NICE TA223; brief 5.6).
  pad: {
    'onset-walking': 3,
    smoker: 1,
    diabetes: 1,
    'heart-circulation': 1,
    'over-50': 1,
    'both-legs': 1,
    'rest-pain': 1,
    'foot-sore-dark-toes': 1,
  },
  // Chest symptoms with calf symptoms (NHS PE; brief 6.1).
  pe: { breathless: 5, 'chest-pain': 5, 'coughing-blood': 5, fainting: 3, 'racing-heart': 3 },
  // The 6 Ps; AF is the commonest cause of embolism (brief 6.2).
  'acute-limb-ischemia': {
    'cold-pale-leg': 5,
    'sudden-numb-weak-leg': 5,
    'sudden-severe-pain': 2,
    'irregular-heartbeat': 1,
    'onset-sudden': 1,
    'tingling-numbness': 1,
  },
  // Rest pain eased by hanging the leg down, non-healing sore, dark toes (brief 5.6).
  'critical-limb-ischemia': {
    'rest-pain': 4,
    'foot-sore-dark-toes': 4,
    'onset-walking': 1,
    smoker: 1,
    diabetes: 1,
  },
  // Pain out of proportion, tight calf, after an injury or a tight cast (brief 6.3).
  'compartment-syndrome': {
    'tight-calf-severe': 6,
    'tight-cast': 6,
    'sudden-severe-pain': 2,
    'onset-injury': 1,
    'tingling-numbness': 1,
  },
  // Pain that comes with exercise and goes with rest (NHS chronic compartment syndrome; brief 6.3).
  'exertional-compartment': {
    'onset-walking': 2,
    'onset-after-exercise': 1,
    'tingling-numbness': 1,
  },
  // Saddle numbness, bladder or bowel change, sciatica in both legs (brief 6.4).
  'cauda-equina': {
    'saddle-numbness': 6,
    'bladder-bowel': 6,
    'both-legs-nerve': 4,
    'back-pain': 1,
    // Both legs hurting, with numbness or weakness getting worse (E15).
    'both-legs': 1,
  },
  // Red, hot, swollen skin; skin breaks; fever; diabetes (NHS cellulitis; brief 6.5).
  cellulitis: {
    'warm-red-skin': 2,
    'skin-break': 2,
    fever: 2,
    'swelling-one-leg': 1,
    diabetes: 1,
  },
  // Cellulitis with fever or a systemically unwell patient (NHS cellulitis; brief 6.5).
  // NHS cellulitis: "a fast heartbeat" is a sign of sepsis.
  sepsis: { 'very-unwell': 5, fever: 2, 'warm-red-skin': 1, fainting: 1, 'racing-heart': 1 },
  // "Kicked" feeling, snap, cannot tiptoe (BJGP, NHS Fife; brief 6.6).
  'tendon-rupture': { pop: 4, 'cannot-bear-weight': 3, 'onset-injury': 1 },
  // Lump behind the knee; a burst cyst gives "sharp pain, swelling and redness in your calf"
  // (brief 6.7).
  'bakers-cyst': { 'lump-behind-knee': 4, 'swelling-one-leg': 1, 'onset-sudden': 1 },
  // A hard, sore surface vein is the defining sign (NHS phlebitis; brief 6.8).
  phlebitis: { 'hard-vein': 5, 'warm-red-skin': 1 },
  // Cramps at night; causes include ageing and pregnancy (NHS leg cramps; brief 6.9).
  cramp: {
    'onset-cramp': 4,
    'night-cramps': 3,
    'long-cramp': 3,
    'ache-between-cramps': 3,
    'onset-cramp-ache': 3,
    pregnancy: 1,
    'over-50': 1,
  },
  // Both calves ache 1–2 days after unaccustomed exercise (brief 6.9).
  'muscle-soreness': { 'onset-after-exercise': 4, 'both-legs': 1 },
  // Muscle pain on a statin, most often new or after a higher dose (brief 6.9, 12.5).
  'statin-myopathy': { statin: 4, 'statin-long-term': 3, 'dark-urine': 2, 'both-legs': 1 },
  // Swelling of both legs; heart disease; breathlessness (NHS DVT lists heart failure; brief 5.5).
  'heart-failure': { 'swelling-both-legs': 4, 'heart-circulation': 1, breathless: 1 },
  // Injury, bruising or swelling on a blood thinner: bleeding into the muscle (brief 12.4).
  'muscle-bleed': {
    'blood-thinner': 4,
    bruising: 2,
    'swelling-one-leg': 1,
    'swelling-both-legs': 1,
    'onset-injury': 1,
  },
  // Dark, cola-coloured pee with muscle pain: statins, hard exercise, a long lie (brief 12.5).
  'muscle-breakdown': {
    'dark-urine': 5,
    statin: 1,
    'statin-long-term': 1,
    'onset-after-exercise': 1,
    'both-legs': 1,
  },
  // New swelling of both legs (feet, hands, face) in pregnancy (brief 12.8).
  'pre-eclampsia': { 'swelling-both-legs': 3, pregnancy: 2 },
};

/**
 * Findings that argue against a cause: with any of them present, the cause is not listed, even
 * when a rule that names it sets the level. Pain eased by standing still is the mark of narrowed arteries, not of a
 * narrowed spine (brief 5.2); swelling of both legs in pregnancy points to pre-eclampsia (12.8).
 */
export const CAUSE_AGAINST: Readonly<Partial<Record<CauseId, readonly FindingId[]>>> = {
  'spinal-stenosis': ['onset-walking'],
  'heart-failure': ['pregnancy', 'under-16'],
  // Exercise pressure is a young athlete's problem: with age, an irregular heartbeat, rest pain
  // or a clot risk, walking pain is the arteries' or a clot's (independent review, D-81, D-103).
  'exertional-compartment': [
    'over-50',
    'irregular-heartbeat',
    'rest-pain',
    'foot-sore-dark-toes',
    ...VTE_RISK,
  ],
};

/**
 * Findings a cause cannot be named without, even when a rule that names it sets the level: a
 * cause is named only with the sign that defines it (independent review, December 2026: no
 * pre-eclampsia without pregnancy, no cellulitis on a fever alone, no torn tendon without an
 * injury or a snap, no sciatica without a nerve sign, no "save the leg" without rest pain or a
 * sore).
 */
export const CAUSE_REQUIRES: Readonly<Partial<Record<CauseId, readonly FindingId[]>>> = {
  'pre-eclampsia': ['pregnancy'],
  'muscle-bleed': ['blood-thinner'],
  'statin-myopathy': ['statin', 'statin-long-term'],
  cellulitis: ['warm-red-skin', 'skin-break'],
  'tendon-rupture': ['pop', 'onset-injury', 'onset-sudden'],
  'nerve-root': [
    'back-pain',
    'tingling-numbness',
    'outer-foot-numbness',
    'foot-weakness',
    'both-legs-nerve',
  ],
  'critical-limb-ischemia': ['rest-pain', 'foot-sore-dark-toes'],
  'muscle-strain': ['onset-injury', 'pop', 'bruising', 'cannot-bear-weight'],
  // Both legs alone (its pointer for E15) never names it: a nerve sign or back pain must be there.
  'cauda-equina': [
    'saddle-numbness',
    'bladder-bowel',
    'both-legs-nerve',
    'back-pain',
    'tingling-numbness',
    'foot-weakness',
  ],
};

export interface CauseCombo {
  cause: CauseId;
  points: number;
  /** All of these present (each also a pointer of the cause, so it shows as a reason). */
  when: readonly FindingId[];
  unless?: readonly FindingId[];
}

/** Extra points for combinations the brief names as telling one cause from its mimics. */
export const CAUSE_COMBOS: readonly CauseCombo[] = [
  // "breaks in skin (bites, cuts, cracked dry skin)" + red hot skin: cellulitis rather than DVT
  // (brief 6.5).
  { cause: 'cellulitis', points: 2, when: ['warm-red-skin', 'skin-break'] },
  // Red hot calf + fever: possible sepsis (NHS cellulitis; brief 6.5, 11.4).
  { cause: 'sepsis', points: 2, when: ['fever', 'warm-red-skin'] },
  // Lump behind the knee + a swollen calf: a burst Baker's cyst (NHS; brief 6.7).
  { cause: 'bakers-cyst', points: 2, when: ['lump-behind-knee', 'swelling-one-leg'] },
  // Numb outer foot with no back pain and no weakness: the sural nerve, "sensory only, no back
  // pain, no weakness" (Podiapaedia; brief 5.3), rather than S1 sciatica.
  {
    cause: 'sural-nerve',
    points: 2,
    when: ['outer-foot-numbness'],
    unless: ['back-pain', 'foot-weakness'],
  },
  // Exercise pain that eases with rest, with none of the PAD risk factors "smoking, diabetes
  // mellitus and pre-existing cardiovascular disease ... increasing age" (NICE TA223; brief 5.6,
  // 6.3): chronic exertional compartment syndrome rather than PAD.
  {
    cause: 'exertional-compartment',
    points: 2,
    when: ['onset-walking'],
    unless: ['over-50', 'smoker', 'diabetes', 'heart-circulation'],
  },
  // Swelling of both legs in pregnancy: pre-eclampsia first (brief 12.8).
  { cause: 'pre-eclampsia', points: 3, when: ['pregnancy', 'swelling-both-legs'] },
];

/**
 * A pointer this strong is a key sign of its cause. A cause with no fired rule naming it is
 * listed only with a key sign, so a risk factor alone (age, smoking) never names a cause.
 */
export const KEY_SIGN_WEIGHT = 3;
export const MAX_CAUSES = 5;
