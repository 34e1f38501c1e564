/**
 * The checker's clinical rules as data: the level rules and the cause scoring.
 * Every rule names its source in `shared/clinical-brief.md` ("brief 5.5" = section 5.5,
 * "rule 7" = the reference rule 7 of brief section 4). docs/triage-rules.md shows them as a table.
 */
import type { CauseId, FindingId, Level } from './ids.js';

/** One finding, or a group of alternatives of which any one will do. */
export type AnyOf = FindingId | readonly FindingId[];

export const anyOf = (group: AnyOf): readonly FindingId[] =>
  typeof group === 'string' ? [group] : group;

export interface LevelRule {
  level: Level;
  /** Every entry must be met. */
  when: readonly AnyOf[];
  /**
   * None of these may be present. Only onset, duration and trend answers (single choices) go
   * here, never screen 1, 3 or 4 findings: so ticking one more box can only switch rules on,
   * and the level (the highest rule that fires) can never drop.
   */
  unless?: readonly FindingId[];
  /** The causes this rule is about: they lead the list of causes when it fires. */
  causes: readonly CauseId[];
}

/** "VTE risk" exactly as brief section 4 defines it. */
export const VTE_RISK: readonly FindingId[] = [
  'recent-surgery-or-bed-rest',
  'long-journey',
  'previous-clot',
  'cancer',
  'pregnancy',
  'hormones',
];

/**
 * All rules fire independently; the level is the highest level among those that fire
 * (self-care when none does). Where sources disagree, the more urgent reading is taken (brief 11).
 */
export const LEVEL_RULES: readonly LevelRule[] = [
  // ---- EMERGENCY: call the emergency number or go to A&E now ----
  // NHS DVT: "Call 999 or go to A&E if: You have symptoms of DVT ... and: breathlessness; chest
  // pain"; healthdirect DVT: ambulance if you "feel dizzy or faint; cough up blood" (brief 5.5,
  // 6.1, rule 1; 11.1 and 11.2: any of these with calf symptoms is an emergency).
  {
    level: 'emergency',
    when: [['breathless', 'chest-pain', 'coughing-blood', 'fainting']],
    causes: ['pe'],
  },
  // The 6 Ps: "pallor, poikilothermia (coldness) ... paresthesias, and paralysis"
  // (AccessEmergencyMedicine; brief 6.2, rule 2).
  {
    level: 'emergency',
    when: [['cold-pale-leg', 'sudden-numb-weak-leg']],
    causes: ['acute-limb-ischemia'],
  },
  // NHS compartment syndrome; StatPearls: "considered a surgical emergency"; "pain that is out of
  // proportion to injury" (brief 6.3, rule 3).
  { level: 'emergency', when: ['tight-calf-severe'], causes: ['compartment-syndrome'] },
  // NHS sciatica: "Go to A&E or call 999 if you: have sciatica on both sides; ... numbness around
  // or under your genitals" (brief 5.2, 6.4, rule 4, 11.5).
  {
    level: 'emergency',
    when: [['saddle-numbness', 'both-legs-nerve']],
    causes: ['cauda-equina'],
  },
  // NHS cellulitis: "Call 999 or go to A&E now if you have cellulitis with: ... a fast heartbeat or
  // fast breathing; ... confusion or disorientation" (brief 6.5, rule 5).
  { level: 'emergency', when: ['very-unwell'], causes: ['sepsis'] },
  // NHS cellulitis: "a very high temperature, or you feel hot and shivery" → 999; the older page
  // calls fever ≥38 °C a sign of spread (brief 6.5, rule 5; 11.4: red hot calf + fever = emergency).
  { level: 'emergency', when: ['fever', 'warm-red-skin'], causes: ['sepsis'] },
  // NHS compartment syndrome: "Call 999 or go to A&E if: you have sudden, severe pain in any part
  // of your body" (brief 6.3, rule 6); pain is the first of the 6 Ps (brief 6.2).
  {
    level: 'emergency',
    when: ['sudden-severe-pain'],
    causes: ['acute-limb-ischemia', 'compartment-syndrome'],
  },

  // ---- URGENT: same day (urgent GP appointment, 111, urgent treatment centre) ----
  // NHS DVT: "Ask for an urgent GP appointment or call 111 if: You think you have DVT"; swelling
  // in one leg without an injury (brief 5.5, rule 7).
  { level: 'urgent', when: ['swelling-one-leg'], unless: ['onset-injury'], causes: ['dvt'] },
  // After an injury, swelling is urgent "if VTE risk or worsening" (rule 7); brief 5.1: urgent if
  // "swelling worsening with VTE risk"; Portsmouth NHS amber: "Pain or swelling is getting worse".
  { level: 'urgent', when: ['swelling-one-leg', VTE_RISK], causes: ['dvt'] },
  { level: 'urgent', when: ['swelling-one-leg', 'trend-worse'], causes: ['dvt'] },
  // NHS Baker's cyst: urgent GP or 111 for "pain or swelling in your leg that suddenly gets worse
  // ... These could be symptoms of a burst cyst (rupture) or blood clot" (brief 6.7, rule 7).
  {
    level: 'urgent',
    when: ['lump-behind-knee', 'swelling-one-leg'],
    causes: ['bakers-cyst', 'dvt'],
  },
  // NHS DVT and phlebitis urgent lists: "warm skin around the painful area; red or darkened skin";
  // NHS cellulitis: red hot calf without fever → urgent (brief 5.5, 6.5, 6.8, rule 8, 11.4).
  { level: 'urgent', when: ['warm-red-skin'], causes: ['dvt', 'cellulitis'] },
  // NHS phlebitis: urgent for "swollen veins that are hard or sore when you touch them ... in case
  // it's something more serious like deep vein thrombosis" (brief 6.8, rule 8).
  { level: 'urgent', when: ['hard-vein'], causes: ['phlebitis', 'dvt'] },
  // Rule 9: VTE risk + persistent calf pain, "not a brief cramp or post-exercise soreness". This
  // includes pain after a strain: tennis leg and DVT "should be ruled out" together (Duke, brief
  // 5.1), and a patient cannot score Wells for themselves (brief 7).
  {
    level: 'urgent',
    when: [VTE_RISK],
    unless: ['onset-cramp', 'onset-after-exercise'],
    causes: ['dvt'],
  },
  // BJGP: "A sudden pain in the back of the leg, with an audible snap, is the classic story";
  // delay over 24 h matters; "if in doubt, go to your local urgent care centre or emergency
  // department" (Lincolnshire NHS); Sheffield: "If you cannot walk at all" (brief 5.1, 6.6, rule 10).
  { level: 'urgent', when: [['pop', 'cannot-bear-weight']], causes: ['tendon-rupture'] },
  // Portsmouth NHS amber: "Pain or swelling is getting worse" → 111 / urgent treatment centre
  // (brief 5.1); compartment syndrome can "present up to 6 days later" (brief 6.3).
  { level: 'urgent', when: ['onset-injury', 'trend-worse'], causes: ['muscle-strain'] },
  // NHS PAD: "constant leg pain, even when resting ... you may need to see a doctor urgently";
  // non-healing ulcer (brief 5.6, rule 11, 11.8).
  {
    level: 'urgent',
    when: [['rest-pain', 'foot-sore-dark-toes']],
    causes: ['critical-limb-ischemia'],
  },
  // NHS Lothian RefHelp: progressive motor deficit, "Deteriorating lumbar radiculopathy", is a red
  // flag (brief 5.2, rule 12).
  { level: 'urgent', when: ['foot-weakness'], causes: ['nerve-root'] },
  // NHS medicine pages: "call 111 or a doctor straight away" for "unexplained muscle pain,
  // tenderness, weakness or cramps" on a statin (brief 6.9, rule 13; 11.10: urgent if new).
  { level: 'urgent', when: ['statin'], causes: ['statin-myopathy'] },
  // NHS inform: "Speak to your GP urgently if leg cramps last longer than 10 minutes"; may be DVT
  // (brief 6.9, rule 13, 11.6).
  { level: 'urgent', when: ['long-cramp'], causes: ['cramp', 'dvt'] },
  // Diabetes UK: wound → "contact your GP or foot protection team immediately"; NHS cellulitis:
  // "111 now" with diabetes (brief 5.4, 6.5, rule 13).
  {
    level: 'urgent',
    when: ['diabetes', 'skin-break'],
    causes: ['cellulitis', 'neuropathy'],
  },
  // Portsmouth NHS amber: "High temperature, hot and shivery" → 111 / urgent treatment centre
  // (brief 5.1); redness can be hard to see on brown or black skin (brief 6.5).
  { level: 'urgent', when: ['fever'], causes: ['cellulitis'] },
  // NHS Devon: "Atrial fibrillation – commonest cause of embolism"; embolus: "Sudden onset of
  // severe limb pain"; pain is the earliest of the 6 Ps (brief 6.2).
  {
    level: 'urgent',
    when: ['onset-sudden', 'irregular-heartbeat'],
    causes: ['acute-limb-ischemia'],
  },
  // NHS Baker's cyst: "pain ... in your leg that suddenly gets worse" → urgent; NHS PAD: "your
  // symptoms getting suddenly worse" (brief 6.7, 5.6).
  // Sets the level only: the scores say which cause is likelier.
  { level: 'urgent', when: ['onset-sudden', 'trend-worse'], causes: [] },

  // ---- ROUTINE: book a GP appointment ----
  // NHS PAD: "See your GP if you experience recurring episodes of leg pain after physical
  // activity" (brief 5.6, rule 14); NHS: "See a GP if: you keep getting pain ... when you
  // exercise" (chronic compartment syndrome, brief 6.3).
  { level: 'routine', when: ['onset-walking'], causes: ['pad', 'exertional-compartment'] },
  // Neurogenic claudication, "relieved by flexion — sitting" (gpreasoning; brief 5.2, rule 14).
  { level: 'routine', when: ['onset-standing'], causes: ['spinal-stenosis'] },
  // nidirect: "see your GP if you experience the early symptoms of peripheral neuropathy"
  // (brief 5.4, rule 15).
  { level: 'routine', when: ['burning-feet'], causes: ['neuropathy'] },
  // Persistent tingling or numbness (≥2 weeks; an unanswered duration counts as persistent) (rule 15).
  {
    level: 'routine',
    when: ['tingling-numbness'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks'],
    causes: ['nerve-root', 'neuropathy'],
  },
  // NHS leg cramps: "See a GP if: ... you also have numbness or swelling in your legs" (brief 6.9).
  { level: 'routine', when: ['onset-cramp', 'tingling-numbness'], causes: ['cramp'] },
  // NHS sciatica: "See a GP if the pain: has not improved after trying home treatments for a few
  // weeks; is getting worse" (brief 5.2, rule 16).
  {
    level: 'routine',
    when: ['back-pain'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks', 'trend-better'],
    causes: ['nerve-root'],
  },
  { level: 'routine', when: ['back-pain', 'trend-worse'], causes: ['nerve-root'] },
  // Strain not improving after 3 days or more (rule 17, brief 5.1, 11.7).
  {
    level: 'routine',
    when: ['onset-injury'],
    unless: ['duration-under-3-days', 'trend-better'],
    causes: ['muscle-strain'],
  },
  // NHS leg cramps: "See a GP if: leg cramps are disturbing your sleep" (brief 6.9, rule 18).
  { level: 'routine', when: ['night-cramps'], causes: ['cramp'] },
  // NHS Baker's cyst: "See a GP if: you have a lump anywhere on your body and you do not know what
  // it is" (brief 6.7, rule 18).
  { level: 'routine', when: ['lump-behind-knee'], causes: ['bakers-cyst'] },
  // Sural nerve: "no NHS patient page retrieved; treat as routine GP (persistent sensory
  // symptoms)" (brief 5.3).
  { level: 'routine', when: ['outer-foot-numbness'], causes: ['sural-nerve', 'nerve-root'] },
  // Swelling of both legs is "rarely" DVT (NHS DVT) but needs a doctor: NHS leg cramps "See a GP
  // if ... swelling in your legs"; heart failure is on the NHS DVT risk list (brief 5.5, 6.9, 11.9).
  { level: 'routine', when: ['swelling-both-legs'], causes: ['heart-failure'] },
  // "Anything else worsening without red flags" (rule 18).
  { level: 'routine', when: ['trend-worse'], causes: [] },
  // Sudden pain with no injury is on no self-care list (rule 18 "self-care otherwise" names mild
  // strain, cramp, DOMS, bruise, sciatica); its mimics, a tear, a burst Baker's cyst or a DVT
  // (brief 5.5 "Mimics"), need examining.
  { level: 'routine', when: ['onset-sudden'], causes: [] },
  // Pain with no clear cause lasting 3 days or more and not improving: rule 17's threshold.
  {
    level: 'routine',
    when: [['onset-gradual', 'onset-unsure']],
    unless: ['duration-under-3-days', 'trend-better'],
    causes: [],
  },
  // DOMS settles "over the course of a couple of days up to a week" (brief 6.9); still there after
  // 2 weeks → "See a GP if: you keep getting pain ... when you exercise" (brief 6.3).
  {
    level: 'routine',
    when: ['onset-after-exercise'],
    unless: ['duration-under-3-days', 'duration-3-days-to-2-weeks'],
    causes: ['exertional-compartment'],
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
    'onset-walking': 1,
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
  pe: { breathless: 5, 'chest-pain': 5, 'coughing-blood': 5, fainting: 3 },
  // The 6 Ps; AF is the commonest cause of embolism (brief 6.2).
  'acute-limb-ischemia': {
    'cold-pale-leg': 5,
    'sudden-numb-weak-leg': 5,
    'sudden-severe-pain': 2,
    'irregular-heartbeat': 1,
    'onset-sudden': 1,
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
  'compartment-syndrome': { 'tight-calf-severe': 6, 'sudden-severe-pain': 2, 'onset-injury': 1 },
  // Pain that comes with exercise and goes with rest (NHS chronic compartment syndrome; brief 6.3).
  'exertional-compartment': {
    'onset-walking': 2,
    'onset-after-exercise': 1,
    'tingling-numbness': 1,
  },
  // Saddle numbness, bladder or bowel change, sciatica in both legs (brief 6.4).
  'cauda-equina': { 'saddle-numbness': 6, 'both-legs-nerve': 4, 'back-pain': 1 },
  // Red, hot, swollen skin; skin breaks; fever; diabetes (NHS cellulitis; brief 6.5).
  cellulitis: {
    'warm-red-skin': 2,
    'skin-break': 2,
    fever: 2,
    'swelling-one-leg': 1,
    diabetes: 1,
  },
  // Cellulitis with fever or a systemically unwell patient (NHS cellulitis; brief 6.5).
  sepsis: { 'very-unwell': 5, fever: 2, 'warm-red-skin': 1, fainting: 1 },
  // "Kicked" feeling, snap, cannot tiptoe (BJGP, NHS Fife; brief 6.6).
  'tendon-rupture': { pop: 4, 'cannot-bear-weight': 3, 'onset-injury': 1 },
  // Lump behind the knee; a burst cyst gives "sharp pain, swelling and redness in your calf"
  // (brief 6.7).
  'bakers-cyst': { 'lump-behind-knee': 4, 'swelling-one-leg': 1, 'onset-sudden': 1 },
  // A hard, sore surface vein is the defining sign (NHS phlebitis; brief 6.8).
  phlebitis: { 'hard-vein': 5, 'warm-red-skin': 1 },
  // Cramps at night; causes include ageing and pregnancy (NHS leg cramps; brief 6.9).
  cramp: { 'onset-cramp': 4, 'night-cramps': 3, 'long-cramp': 3, pregnancy: 1, 'over-50': 1 },
  // Both calves ache 1–2 days after unaccustomed exercise (brief 6.9).
  'muscle-soreness': { 'onset-after-exercise': 4, 'both-legs': 1 },
  // New or raised statin with muscle pain (brief 6.9).
  'statin-myopathy': { statin: 4, 'both-legs': 1 },
  // Swelling of both legs; heart disease; breathlessness (NHS DVT lists heart failure; brief 5.5).
  'heart-failure': { 'swelling-both-legs': 4, 'heart-circulation': 1, breathless: 1 },
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
];

/** A cause with no level rule behind it needs this score to be listed. */
export const MIN_CAUSE_SCORE = 2;
export const MAX_CAUSES = 5;
