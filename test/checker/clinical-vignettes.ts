// Our own worked cases, one or more for each rule of brief section 4 and for the hard cases
// where a mimic hides a serious cause. Written from shared/clinical-brief.md, not from the engine.
import type { Vignette } from './public-vignettes.js';

export const CLINICAL_VIGNETTES: Vignette[] = [
  // ---- Emergency ----
  {
    id: 'C-E01',
    story:
      'I flew back from Australia last week and my calf has been swollen since. Today I coughed up some blood.',
    findings: [
      'coughing-blood',
      'onset-gradual',
      'swelling-one-leg',
      'long-journey',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'pe',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 1 and 11.1: coughing up blood with calf symptoms is an emergency (healthdirect DVT: "cough up blood" → 000).',
  },
  {
    id: 'C-E02',
    story:
      'I had a baby three weeks ago. My calf has ached for two days and just now I nearly fainted and my heart is racing.',
    findings: ['fainting', 'onset-gradual', 'pregnancy', 'duration-under-3-days', 'trend-worse'],
    expected_level: 'emergency',
    primary_cause: 'pe',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 1, 6.1: NHS PE "your heart is beating very fast; someone has passed out" → 999; pregnancy and the 6 weeks after birth are a VTE risk (5.5).',
  },
  {
    id: 'C-E03',
    story:
      'I am on the pill. My calf has been swollen and sore for 3 days and now I get out of breath walking to the kitchen.',
    findings: [
      'breathless',
      'onset-gradual',
      'swelling-one-leg',
      'hormones',
      'duration-3-days-to-2-weeks',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'pe',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 1, 5.5: NHS DVT "Call 999 or go to A&E if: You have symptoms of DVT ... and: breathlessness"; 11.2.',
  },
  {
    id: 'C-E04',
    story:
      'Half an hour ago my lower leg suddenly went cold and white. I have atrial fibrillation.',
    findings: [
      'cold-pale-leg',
      'onset-sudden',
      'irregular-heartbeat',
      'over-50',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'acute-limb-ischemia',
    acceptable_causes: [],
    source:
      'Brief rule 2, 6.2: the 6 Ps (pallor, cold); AF is the commonest cause of embolism (NHS Devon).',
  },
  {
    id: 'C-E05',
    story:
      'My leg was put in a cast yesterday after a broken ankle. The calf is now agonising, tight and hard, far worse than the break, and the cast feels too tight.',
    findings: [
      'tight-calf-severe',
      'onset-injury',
      'swelling-one-leg',
      'recent-surgery-or-bed-rest',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'compartment-syndrome',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 3, 6.3: acute compartment syndrome, "a bandage or plaster cast is too tight"; "a surgical emergency" (StatPearls).',
  },
  {
    id: 'C-E06',
    story:
      'I felt something tear in my calf playing tennis. Hours later the calf is rock hard and the pain is far worse than I expected, even when I keep still.',
    findings: [
      'tight-calf-severe',
      'onset-injury',
      'pop',
      'swelling-one-leg',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'compartment-syndrome',
    acceptable_causes: ['tendon-rupture', 'muscle-strain'],
    source:
      'Brief 6.3: "pain that is out of proportion to injury"; concomitant compartment syndrome with tennis leg is reported (5.1, 6.3).',
  },
  {
    id: 'C-E07',
    story:
      'I have had sciatica down my right calf for a month. Since this morning it feels numb around my bottom and I cannot tell when I need to pee.',
    findings: [
      'saddle-numbness',
      'onset-gradual',
      'back-pain',
      'tingling-numbness',
      'duration-over-2-weeks',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'cauda-equina',
    acceptable_causes: ['nerve-root'],
    source:
      'Brief rule 4, 6.4: saddle numbness and bladder change = cauda equina; "CES can start from one-sided sciatica".',
  },
  {
    id: 'C-E08',
    story:
      'Lifting a wardrobe I hurt my back. Now both legs are shooting with pain down to the calves and feel weak.',
    findings: [
      'both-legs-nerve',
      'onset-sudden',
      'back-pain',
      'both-legs',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'cauda-equina',
    acceptable_causes: ['nerve-root'],
    source:
      'Brief rule 4, 5.2: NHS sciatica "Go to A&E or call 999 if you: have sciatica on both sides; have weakness or numbness in both legs".',
  },
  {
    id: 'C-E09',
    story:
      'A scratch from gardening on my calf has gone red, hot and swollen over two days, and tonight I am shivery with a temperature of 38.5.',
    findings: [
      'onset-gradual',
      'warm-red-skin',
      'skin-break',
      'fever',
      'swelling-one-leg',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'sepsis',
    acceptable_causes: ['cellulitis'],
    source:
      'Brief rule 5, 6.5, 11.4: NHS cellulitis with "a very high temperature, or you feel hot and shivery" → 999.',
  },
  {
    id: 'C-E10',
    story:
      'My diabetic father has a red, hot calf and today he is confused, very sleepy and breathing fast.',
    findings: [
      'very-unwell',
      'onset-gradual',
      'warm-red-skin',
      'diabetes',
      'over-50',
      'duration-3-days-to-2-weeks',
      'trend-worse',
    ],
    expected_level: 'emergency',
    primary_cause: 'sepsis',
    acceptable_causes: ['cellulitis', 'dvt'],
    source: 'Brief rule 5, 6.5: cellulitis with "fast breathing ... confusion" → 999.',
  },
  {
    id: 'C-E11',
    story:
      'Sitting watching TV I got a sudden, terrible pain in my calf. It is so bad I can hardly speak. I am 74 and smoke.',
    findings: [
      'sudden-severe-pain',
      'onset-sudden',
      'smoker',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'acute-limb-ischemia',
    acceptable_causes: ['compartment-syndrome'],
    source:
      'Brief rule 6: NHS "sudden, severe pain in any part of your body" → 999; embolus: "Sudden onset of severe limb pain" (6.2).',
  },

  // ---- Urgent ----
  {
    id: 'C-U01',
    story:
      'Two weeks after my knee operation I felt a twinge in my calf stepping off a kerb. It is sore but I can walk.',
    findings: ['onset-injury', 'recent-surgery-or-bed-rest', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['muscle-strain'],
    source:
      'Brief rule 9 and 5.1: a strain-looking story with a VTE risk; tennis leg and DVT "should be ruled out" together (Duke).',
  },
  {
    id: 'C-U02',
    story:
      'I think I pulled my calf jogging the day after a long-haul flight. It has swollen up a bit.',
    findings: [
      'onset-injury',
      'swelling-one-leg',
      'long-journey',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['muscle-strain'],
    source: 'Brief rule 7: swelling after an injury with a VTE risk → urgent (NHS DVT).',
  },
  {
    id: 'C-U03',
    story:
      'I am 30 weeks pregnant. My left calf has been aching for a day and it looks bigger than the right.',
    findings: [
      'onset-gradual',
      'swelling-one-leg',
      'pregnancy',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['cramp'],
    source:
      'Brief rule 7, 5.5: swelling in one leg, pregnancy a VTE risk; NHS "Ask for an urgent GP appointment or call 111".',
  },
  {
    id: 'C-U04',
    story:
      'I am 32 weeks pregnant and had a cramp in the night, but my calf is still swollen and sore this morning.',
    findings: [
      'onset-cramp',
      'swelling-one-leg',
      'pregnancy',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['cramp'],
    source:
      'Brief rule 7: a cramp does not explain one swollen leg; pregnancy is a VTE risk (5.5); NHS leg cramps "See a GP if ... swelling".',
  },
  {
    id: 'C-U05',
    story:
      'I have a soft lump behind my knee. Getting out of the car I felt a sudden pain in the calf and now it is swollen.',
    findings: [
      'onset-sudden',
      'lump-behind-knee',
      'swelling-one-leg',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'bakers-cyst',
    acceptable_causes: ['dvt'],
    source:
      "Brief 6.7: a burst Baker's cyst cannot be told apart from DVT by the patient → urgent GP or 111.",
  },
  {
    id: 'C-U06',
    story:
      'An insect bite on my calf has turned into a warm, red, swollen patch that is spreading. I feel well otherwise.',
    findings: [
      'onset-gradual',
      'warm-red-skin',
      'skin-break',
      'swelling-one-leg',
      'duration-under-3-days',
      'trend-worse',
    ],
    expected_level: 'urgent',
    primary_cause: 'cellulitis',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 8, 6.5, 11.4: red hot calf without fever → urgent; a skin break favours cellulitis over DVT.',
  },
  {
    id: 'C-U07',
    story:
      'I have diabetes and knocked my shin on a step two days ago. The skin broke and my calf aches.',
    findings: ['onset-injury', 'skin-break', 'diabetes', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'cellulitis',
    acceptable_causes: ['muscle-strain', 'neuropathy'],
    source:
      'Brief rule 13, 5.4: diabetes + leg wound (Diabetes UK "contact your GP or foot protection team immediately").',
  },
  {
    id: 'C-U08',
    story:
      'Playing squash I heard a loud snap at the back of my leg. There is a bruise but I can still limp around.',
    findings: ['onset-injury', 'pop', 'bruising', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'tendon-rupture',
    acceptable_causes: ['muscle-strain'],
    source:
      'Brief rule 10, 6.6: BJGP "sudden pain in the back of the leg, with an audible snap, is the classic story"; being able to walk does not exclude it.',
  },
  {
    id: 'C-U09',
    story: 'I slipped on the stairs and now I cannot put any weight on my leg.',
    findings: [
      'onset-injury',
      'cannot-bear-weight',
      'swelling-one-leg',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'tendon-rupture',
    acceptable_causes: ['muscle-strain'],
    source:
      'Brief rule 10, 5.1: Sheffield "If you cannot walk at all" → minor injuries unit / A&E.',
  },
  {
    id: 'C-U10',
    story:
      'I am 68, diabetic and smoke. For a month my foot and calf have hurt in bed, better if I hang my leg out of bed.',
    findings: [
      'onset-gradual',
      'rest-pain',
      'diabetes',
      'smoker',
      'over-50',
      'duration-over-2-weeks',
      'trend-worse',
    ],
    expected_level: 'urgent',
    primary_cause: 'critical-limb-ischemia',
    acceptable_causes: ['pad'],
    source:
      'Brief rule 11, 5.6, 11.8: "constant leg pain, even when resting ... see a doctor urgently".',
  },
  {
    id: 'C-U11',
    story:
      'Two of my toes have turned dark and there is a sore on my heel that will not heal. My feet burn at night.',
    findings: [
      'onset-gradual',
      'foot-sore-dark-toes',
      'burning-feet',
      'diabetes',
      'over-50',
      'duration-over-2-weeks',
      'trend-worse',
    ],
    expected_level: 'urgent',
    primary_cause: 'critical-limb-ischemia',
    acceptable_causes: ['neuropathy', 'pad'],
    source:
      'Brief rule 11, 5.6: non-healing ulcer, dark toes = chronic limb-threatening ischaemia.',
  },
  {
    id: 'C-U12',
    story:
      'My sciatica down the back of the calf is a week old. Now my foot slaps when I walk and it is getting weaker.',
    findings: [
      'onset-gradual',
      'back-pain',
      'tingling-numbness',
      'foot-weakness',
      'duration-3-days-to-2-weeks',
      'trend-worse',
    ],
    expected_level: 'urgent',
    primary_cause: 'nerve-root',
    acceptable_causes: [],
    source: 'Brief rule 12, 5.2: progressive motor deficit, "Deteriorating lumbar radiculopathy".',
  },
  {
    id: 'C-U13',
    story:
      'My doctor raised my statin dose last month. Both calves now ache all the time and feel weak.',
    findings: ['onset-gradual', 'statin', 'both-legs', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'statin-myopathy',
    acceptable_causes: [],
    source:
      'Brief rule 13, 6.9, 11.10: statin with unexplained muscle pain → "call 111 or a doctor straight away".',
  },
  {
    id: 'C-U14',
    story:
      'My calf cramped up this morning and stayed locked for 20 minutes. Stretching did not help and it still aches.',
    findings: ['onset-cramp', 'long-cramp', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'cramp',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 13, 11.6: NHS inform "Speak to your GP urgently if leg cramps last longer than 10 minutes".',
  },
  {
    id: 'C-U15',
    story: 'A varicose vein on my calf has become a hard, lumpy, tender cord over the past week.',
    findings: ['onset-gradual', 'hard-vein', 'over-50', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'phlebitis',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 8, 6.8: NHS phlebitis "swollen veins that are hard or sore" → urgent GP or 111.',
  },
  {
    id: 'C-U16',
    story: 'I had DVT three years ago. For four days my calf has ached like it did then.',
    findings: ['onset-gradual', 'previous-clot', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: [],
    source: 'Brief rule 9: VTE risk + persistent calf pain that is not a cramp or DOMS.',
  },
  {
    id: 'C-U17',
    story: 'I am having chemotherapy. My calf started hurting yesterday, I am not sure how.',
    findings: ['onset-unsure', 'cancer', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['muscle-strain'],
    source: 'Brief rule 9, 7 (Wells: active cancer): VTE risk + calf pain.',
  },
  {
    id: 'C-U18',
    story:
      'I strained my calf at football 5 days ago. It was getting better but now it is more painful and more swollen each day.',
    findings: ['onset-injury', 'swelling-one-leg', 'duration-3-days-to-2-weeks', 'trend-worse'],
    expected_level: 'urgent',
    primary_cause: 'muscle-strain',
    acceptable_causes: ['dvt', 'compartment-syndrome'],
    source:
      'Brief rule 7 ("after an injury if ... worsening"), 5.1: Portsmouth NHS amber "Pain or swelling is getting worse" → 111.',
  },
  {
    id: 'C-U19',
    story: 'My calf is warm and darker than usual on the back. I take HRT. No injury.',
    findings: ['onset-gradual', 'warm-red-skin', 'hormones', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['cellulitis'],
    source:
      'Brief rule 8 and 9, 5.5: "warm skin", "red or darkened skin" are DVT signs; risk factors favour DVT over cellulitis.',
  },
  {
    id: 'C-U20',
    story:
      'My calf aches and I have been hot and shivery since yesterday. I cannot see any redness.',
    findings: ['onset-gradual', 'fever', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: [],
    source:
      'Brief 5.1 (Portsmouth amber "High temperature, hot and shivery" → 111), 6.5: redness is harder to see on brown or black skin. Cellulitis is named only with a skin sign (independent review, December 2026); with a swollen calf or a skin break the fever makes it an emergency (E10).',
  },

  // ---- Routine ----
  {
    id: 'C-R01',
    story:
      'I am 66 and have high blood pressure. After 300 m of walking my calf aches and I must stop; standing still for a minute or two eases it.',
    findings: [
      'onset-walking',
      'heart-circulation',
      'over-50',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'pad',
    acceptable_causes: ['spinal-stenosis'],
    source:
      'Brief rule 14, 5.6: vascular claudication is "relieved by simply stopping"; NHS PAD "See your GP".',
  },
  {
    id: 'C-R02',
    story:
      'I am 71. Standing in queues or walking, both my legs ache down to the calves; I have to sit down or lean on the trolley to ease it. My back is stiff.',
    findings: [
      'onset-standing',
      'back-pain',
      'both-legs',
      'over-50',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'spinal-stenosis',
    acceptable_causes: ['nerve-root', 'pad'],
    source:
      'Brief rule 14, 5.2, 11.9: neurogenic claudication "relieved by flexion — sitting, leaning on a trolley"; chronic bilateral pain is not acute sciatica.',
  },
  {
    id: 'C-R03',
    story:
      'I am 24 and play football. My right calf gets tight and painful 15 minutes into a run and settles within minutes of stopping.',
    findings: ['onset-walking', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'exertional-compartment',
    acceptable_causes: ['pad'],
    source:
      'Brief 6.3: chronic compartment syndrome "come on gradually after exercising and go away when you rest" → see a GP; no PAD risk factors (5.6).',
  },
  {
    id: 'C-R04',
    story:
      'I have type 2 diabetes. For months both feet burn and tingle, worse at night, and my calves ache.',
    findings: [
      'onset-gradual',
      'burning-feet',
      'tingling-numbness',
      'both-legs',
      'diabetes',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'neuropathy',
    acceptable_causes: ['nerve-root'],
    source:
      'Brief rule 15, 5.4: nidirect "important to see your GP if you experience the early symptoms of peripheral neuropathy".',
  },
  {
    id: 'C-R05',
    story:
      'Since new tight boots the outer edge of my foot has been numb and tingling for a week, with an ache up the side of the calf. No back pain.',
    findings: [
      'onset-gradual',
      'outer-foot-numbness',
      'tingling-numbness',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'sural-nerve',
    acceptable_causes: ['nerve-root'],
    source:
      'Brief 5.3: sural nerve, "tight boots", sensory only, no back pain; "treat as routine GP".',
  },
  {
    id: 'C-R06',
    story:
      'Pain has run from my buttock to my calf for 6 weeks. It is no better despite painkillers and keeping active.',
    findings: ['onset-gradual', 'back-pain', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'nerve-root',
    acceptable_causes: [],
    source:
      'Brief rule 16, 5.2: NHS sciatica "See a GP if the pain: has not improved after trying home treatments for a few weeks".',
  },
  {
    id: 'C-R07',
    story: 'My sciatica started 5 days ago and is getting worse each day. No numbness or weakness.',
    findings: ['onset-gradual', 'back-pain', 'duration-3-days-to-2-weeks', 'trend-worse'],
    expected_level: 'routine',
    primary_cause: 'nerve-root',
    acceptable_causes: [],
    source: 'Brief rule 16, 5.2: NHS sciatica "See a GP if the pain ... is getting worse".',
  },
  {
    id: 'C-R08',
    story: 'I strained my calf 4 days ago on a run. I can walk but it is no better yet.',
    findings: ['onset-injury', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'muscle-strain',
    acceptable_causes: [],
    source:
      'Brief rule 17, 11.7: strain not improving after 3 days or more → GP or physiotherapist.',
  },
  {
    id: 'C-R09',
    story: 'Nearly every night for a month a cramp in my calf wakes me up.',
    findings: ['onset-cramp', 'night-cramps', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'cramp',
    acceptable_causes: [],
    source: 'Brief rule 18, 6.9: NHS "See a GP if: leg cramps are disturbing your sleep".',
  },
  {
    id: 'C-R10',
    story:
      'My calf cramps for a minute or two at a time, and since last week my foot feels numb in patches.',
    findings: ['onset-cramp', 'tingling-numbness', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'cramp',
    acceptable_causes: ['nerve-root'],
    source: 'Brief 6.9: NHS leg cramps "See a GP if: ... you also have numbness or swelling".',
  },
  {
    id: 'C-R11',
    story:
      'There is a soft lump behind my knee that aches when I bend it. It has been there a while.',
    findings: ['onset-gradual', 'lump-behind-knee', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'bakers-cyst',
    acceptable_causes: [],
    source:
      'Brief rule 18, 6.7: NHS "See a GP if: you have a lump anywhere on your body and you do not know what it is".',
  },
  {
    id: 'C-R12',
    story:
      'I am 78 with heart trouble. Both my ankles and calves have been puffy and achy for a few weeks.',
    findings: [
      'onset-gradual',
      'swelling-both-legs',
      'both-legs',
      'heart-circulation',
      'over-50',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'heart-failure',
    acceptable_causes: [],
    source:
      'Brief 5.5, 6.9, 11.9: swelling in both legs is rarely DVT; NHS leg cramps "See a GP if ... swelling in your legs".',
  },
  {
    id: 'C-R13',
    story: 'My calves have ached since a long hike yesterday, and today they are worse.',
    findings: ['onset-after-exercise', 'both-legs', 'duration-under-3-days', 'trend-worse'],
    expected_level: 'routine',
    primary_cause: 'muscle-soreness',
    acceptable_causes: [],
    source: 'Brief rule 18: anything else worsening without red flags → see a GP.',
  },
  {
    id: 'C-U21',
    story:
      'Out of nowhere my calf started hurting this morning while I was sitting at my desk. No injury, no swelling.',
    findings: ['onset-sudden', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'bakers-cyst',
    acceptable_causes: ['dvt'],
    source:
      'Brief 6.7: a burst Baker\'s cyst "cannot be told apart from DVT by the patient" (NHS: "pain ... that suddenly gets worse" → urgent GP or 111); 5.5 mimics. Was C-R14 (routine) until the independent review of December 2026 (case D-26) showed the sources give same day.',
  },
  {
    id: 'C-R15',
    story: 'For over two weeks I have had pins and needles on the back of my calf.',
    findings: ['onset-gradual', 'tingling-numbness', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'nerve-root',
    acceptable_causes: ['neuropathy'],
    source: 'Brief rule 15: persistent tingling or numbness (≥2 weeks) → GP.',
  },

  // ---- Self-care ----
  {
    id: 'C-S01',
    story:
      'I ran my first 10 km yesterday and today both calves are stiff and sore, mostly on stairs.',
    findings: ['onset-after-exercise', 'both-legs', 'duration-under-3-days', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'muscle-soreness',
    acceptable_causes: [],
    source: 'Brief 6.9: DOMS after unaccustomed exercise settles within days to a week.',
  },
  {
    id: 'C-S02',
    story:
      'I take the pill. After a new spin class both calves ache, two days later. No swelling or redness.',
    findings: [
      'onset-after-exercise',
      'both-legs',
      'hormones',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'self-care',
    primary_cause: 'muscle-soreness',
    acceptable_causes: ['dvt'],
    source:
      'Brief rule 9 excludes post-exercise soreness from "persistent calf pain"; safety-net one-leg swelling or redness.',
  },
  {
    id: 'C-S03',
    story:
      'I had a calf cramp this morning that went after a minute of stretching. It feels fine now.',
    findings: ['onset-cramp', 'duration-under-3-days', 'trend-better'],
    expected_level: 'self-care',
    primary_cause: 'cramp',
    acceptable_causes: [],
    source:
      'Brief 6.9: cramps "can last from a few seconds to 10 minutes"; brief cramp → self-care.',
  },
  {
    id: 'C-S04',
    story:
      'I am 20 weeks pregnant and get a calf cramp now and then that passes in a minute. My legs look normal.',
    findings: ['onset-cramp', 'pregnancy', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'cramp',
    acceptable_causes: ['dvt'],
    source:
      'Brief 6.9 (pregnancy is a cause of cramps), rule 9 (not a brief cramp); safety-net for one-leg swelling.',
  },
  {
    id: 'C-S05',
    story: 'I strained my calf 5 days ago. It gets better every day and I can walk normally.',
    findings: ['onset-injury', 'duration-3-days-to-2-weeks', 'trend-better'],
    expected_level: 'self-care',
    primary_cause: 'muscle-strain',
    acceptable_causes: [],
    source: 'Brief 5.1: "self-care if able to walk and improving"; NHS PRICE.',
  },
  {
    id: 'C-S06',
    story: 'I walked into a coffee table yesterday and have a bruise on my calf. It is tender.',
    findings: ['onset-injury', 'bruising', 'duration-under-3-days', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'muscle-strain',
    acceptable_causes: [],
    source: 'Brief section 4 self-care list: "bruise".',
  },
  {
    id: 'C-S07',
    story:
      'My sciatica has been going on for 3 weeks but it is clearly easing each week. No numbness or weakness.',
    findings: ['onset-gradual', 'back-pain', 'duration-over-2-weeks', 'trend-better'],
    expected_level: 'self-care',
    primary_cause: 'nerve-root',
    acceptable_causes: [],
    source: 'Brief 5.2: NHS "usually gets better in 4 to 6 weeks"; improving sciatica → self-care.',
  },
  {
    id: 'C-S08',
    story:
      'I tweaked my calf playing tennis this morning. It is a bit swollen and bruised, but I can walk and it already feels easier.',
    findings: [
      'onset-injury',
      'swelling-one-leg',
      'bruising',
      'duration-under-3-days',
      'trend-better',
    ],
    expected_level: 'self-care',
    primary_cause: 'muscle-strain',
    acceptable_causes: [],
    source:
      'Brief rule 7 (after an injury, swelling is urgent only with VTE risk or worsening), 5.1 (NHS: swelling and bruising are strain symptoms; self-care if able to walk and improving).',
  },
];
