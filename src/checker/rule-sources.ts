/**
 * Where each level rule comes from, in `shared/clinical-brief.md` ("5.5" = section 5.5,
 * "rule 7" = reference rule 7 of section 4, "12.3" = the December 2026 additions), with the
 * sources' own words. Kept apart from rules.ts so the engine's file does not ship them; the
 * generated docs (docs/triage-rules.md, docs/clinical-review/) and a test read them.
 */
export interface RuleSource {
  /** Sections of the brief. */
  brief: string;
  /** What the source says, quoted, naming the source. */
  says: string;
  /** Where sources disagree: the reading we took (always the more urgent one). */
  choice?: string;
}

export const RULE_SOURCES: Readonly<Record<string, RuleSource>> = {
  E1: {
    brief: 'rule 1; 5.5; 6.1; 11.1; 11.2; 12.1',
    says: 'NHS DVT: "Call 999 or go to A&E if: You have symptoms of DVT, such as pain and swelling and: breathlessness; chest pain"; healthdirect DVT: call an ambulance if you "feel dizzy or faint; cough up blood".',
    choice:
      'NHS PE sends coughing up blood and sudden breathlessness to an urgent GP or 111; with calf symptoms we take the emergency reading (11.1, 11.2). Signs since the pain started count, even if they stopped (12.1). Rule 1\'s "fainting or racing heart" is two answers since December 2026 (`fainting`, `racing-heart`), one idea each.',
  },
  E2: {
    brief: 'rule 2; 6.2',
    says: 'AccessEmergencyMedicine: acute limb ischaemia presents with "pain, pallor, poikilothermia (coldness), pulselessness, paresthesias, and paralysis".',
  },
  E3: {
    brief: 'rule 3; 6.3',
    says: 'StatPearls: acute compartment syndrome "is considered a surgical emergency"; "pain that is out of proportion to injury"; NHS: symptoms can start "if a bandage or plaster cast is too tight".',
    choice:
      'A cast or bandage that feels too tight is its own answer (`tight-cast`) since December 2026; it was part of `tight-calf-severe`.',
  },
  E4: {
    brief: 'rule 4; 5.2; 6.4; 11.5',
    says: 'NHS sciatica: "Go to A&E or call 999 if you: have sciatica on both sides; ... have numbness around or under your genitals, or around your bottom (anus); find it hard to start peeing, cannot pee or cannot control when you pee".',
    choice:
      'New trouble peeing or pooing is its own answer (`bladder-bowel`) since December 2026; it was part of `saddle-numbness`.',
  },
  E5: {
    brief: 'rule 5; 6.5',
    says: 'NHS cellulitis: "Call 999 or go to A&E now if you have cellulitis with: ... a fast heartbeat or fast breathing; ... confusion or disorientation"; older NHS: "cold, clammy, pale skin".',
  },
  E6: {
    brief: 'rule 5; 6.5; 11.4',
    says: 'NHS cellulitis: "Call 999 or go to A&E now if you have cellulitis with: a very high temperature, or you feel hot and shivery".',
    choice: 'Red hot calf without fever is urgent (U5); with fever it is an emergency.',
  },
  E7: {
    brief: 'rule 6; 6.2; 6.3',
    says: 'NHS compartment syndrome: "Call 999 or go to A&E if: you have sudden, severe pain in any part of your body"; NHS severity scale: severe pain is "so bad it\'s hard to think or talk".',
  },
  E8: {
    brief: '12.2',
    says: 'NICE CG151: "Treat suspected neutropenic sepsis as an acute medical emergency"; NHS trusts (UHB acute oncology): with "a temperature of 37.5C or above ... immediately contact the 24-hour emergency help line"; Cancer Research UK: "Contact your 24 hour advice line immediately if you\'ve had cancer treatment recently".',
    choice:
      'Helplines cover chemotherapy or radiotherapy in the last 6 weeks (immunotherapy 12 months); the cancer finding covers treatment in the last 6 months (the Wells definition), so more readers get the emergency advice than strictly need it.',
  },

  E9: {
    brief: '6.2; 5.6',
    says: 'NHS Devon vascular: "Atrial fibrillation – commonest cause of embolism"; embolus: "Sudden onset of severe limb pain, numbness and paralysis"; NHS PAD: "a sudden loss of normal sensation" → see a doctor urgently. Pain and paraesthesia are two of the 6 Ps.',
    choice:
      'Without a cold or pale foot this may be early; with an embolic source we take the emergency reading (independent review case C-76). A weak foot is paralysis, a later sign of the same blocked artery than pins and needles, so it counts too (independent review, round 4, P4).',
  },
  E10: {
    brief: '6.5; 11.4',
    says: 'NHS cellulitis: "a painful, hot, swollen area of skin. It usually looks red, but this may be less obvious on brown or black skin"; "Call 999 or go to A&E now if you have cellulitis with: a very high temperature, or you feel hot and shivery".',
    choice:
      'A swollen calf, a break in the skin or a sore vein with a fever is treated as cellulitis with fever even when no redness is ticked (independent review, cases D-33, D-96).',
  },
  E11: {
    brief: '5.2; 6.4; 11.9',
    says: 'NHS sciatica: "Go to A&E or call 999 if you: have sciatica on both sides; have weakness or numbness in both legs that\'s severe or getting worse".',
    choice:
      'Long-standing pain in both legs from a narrowed spine stays routine (11.9); pain from the back into both legs with numbness or weakness that is new (under 3 days) or getting worse is an emergency, even when question 1 was answered "none" (independent review, cases D-45, D-102).',
  },
  E13: {
    brief: '5.2; 6.4; 11.9; rule 4',
    says: 'NHS sciatica: "Go to A&E or call 999 if you: have sciatica on both sides"; healthify NZ: "symptoms of sciatica in both your legs" → ambulance; brief section 4 rule 4: `sciatica_both_legs` → cauda equina (emergency).',
    choice:
      'Pain from the back or buttock down the leg (`back-pain`) with both legs hurting is read as sciatica on both sides, an emergency, even when question 1 was answered "none": a reader may not call an ache "shooting" (independent review, round 3, cases C24, D08). Pain that comes with walking, or with standing and eases when sitting or bending forward, stays routine (spinal stenosis, 11.9: "a naive both legs = 999 rule over-triages it"); numbness or weakness there that is new or worse is an emergency too (E11).',
  },
  E12: {
    brief: '6.3',
    says: 'NHS compartment syndrome: "numbness, weakness or pins and needles"; "The symptoms can start suddenly, such as after an injury or if a bandage or plaster cast is too tight"; emergency text: symptoms "can also present up to 6 days later".',
    choice:
      'Pins and needles or numbness after an injury, with pain that is not getting better, is treated as acute compartment syndrome even when nothing feels tight (independent review, cases D-44, D-50). A bruised or stretched nerve (5.3, routine) is the other reading; the sprains red list ("The injury is numb, discoloured, or cold to touch" → 999, 5.1) is the more urgent one, and we take it (independent review, round 4, P2). Getting better, or an injury over 2 weeks ago (past the 6 days in which it can start, 6.3): same day (U30; blind review, round 5, case I6).',
  },
  E15: {
    brief: '5.2; 6.4; rule 4',
    says: 'NHS sciatica: "Go to A&E or call 999 if you: … have weakness or numbness in both legs that\'s severe or getting worse"; brief section 4 rule 4: weakness/numbness in both legs → cauda equina (emergency).',
    choice:
      '"Both legs" answers which leg hurts and the numbness answer says "a numb patch", so the pair does not prove the numbness is in both legs; when it is getting worse we take the more urgent reading, with or without back pain (E11 with back pain). Two independent reviews asked for it (round 4, P3; round 5, blind, B10, B11). Numbness in both legs that is not getting worse stays with the other rules.',
  },
  E14: {
    brief: '5.2; 11.9; rule 4',
    says: 'NHS sciatica: "Go to A&E or call 999 if you: have sciatica on both sides"; brief 11.9: "Chronic posture-dependent bilateral leg pain (spinal stenosis) is not acute bilateral sciatica".',
    choice:
      'E13 leaves pain in both legs that comes with walking or standing to the other rules, for a narrowed spine; 11.9 exempts only chronic pain, so pain from the back into both legs for less than 2 weeks is an emergency whatever its pattern (independent review, round 4, P1). Over 2 weeks with such a pattern stays below emergency, also when slowly getting worse (a narrowed spine, case C-57; the reviewer asked for emergency when worse); numbness or weakness that is new or worse is E11.',
  },
  U1: {
    brief: 'rule 7; 5.5',
    says: 'NHS DVT: "Ask for an urgent GP appointment or call 111 if: You think you have DVT"; swelling "in 1 leg (rarely both legs)".',
    choice:
      'Healthdirect: "See your doctor immediately"; some US leaflets: emergency department. NICE wants a scan within 4 hours: same day (11.3).',
  },
  U2: {
    brief: 'rule 7; 5.1',
    says: 'Rule 7: swelling in one leg after an injury is urgent "if VTE risk or worsening"; Duke: compartment syndrome and DVT "should be ruled out" beside a calf tear.',
  },
  U3: {
    brief: 'rule 7; 5.1',
    says: 'Portsmouth NHS "choose well" amber: "Pain or swelling is getting worse" → 111 or an urgent treatment centre.',
  },
  U4: {
    brief: '6.7',
    says: 'NHS Baker\'s cyst: urgent GP or 111 for "pain or swelling in your leg that suddenly gets worse ... These could be symptoms of a burst cyst (rupture) or blood clot in the leg called DVT".',
  },
  U5: {
    brief: 'rule 8; 5.5; 6.5; 6.8; 11.4',
    says: 'NHS DVT and phlebitis urgent lists: "warm skin around the painful area; red or darkened skin around the painful area".',
  },
  U6: {
    brief: 'rule 8; 6.8',
    says: 'NHS phlebitis: urgent GP or 111 for "swollen veins that are hard or sore when you touch them ... in case it\'s something more serious like deep vein thrombosis".',
  },
  U7: {
    brief: 'rule 9; 5.1; 7',
    says: 'Rule 9: "VTE risk + persistent calf pain (not a brief cramp or post-exercise soreness)" → urgent; NICE NG158: several Wells items need an examiner, so a patient cannot score it (section 7).',
  },
  U8: {
    brief: 'rule 10; 5.1; 6.6',
    says: 'BJGP: "A sudden pain in the back of the leg, with an audible snap, is the classic story"; a delay of more than 24 hours matters; Lincolnshire NHS physio: "if in doubt, go to your local urgent care centre or emergency department".',
  },
  U9: {
    brief: '5.1; 6.3',
    says: 'Portsmouth NHS amber: "Pain or swelling is getting worse" → 111 or an urgent treatment centre; compartment syndrome can "present up to 6 days later".',
  },
  U10: {
    brief: 'rule 11; 5.6; 11.8',
    says: 'NHS PAD: "constant leg pain, even when resting" and non-healing ulcers: "you may need to see a doctor urgently".',
    choice:
      'A vascular surgeon: referral within 2 weeks; NICE summaries: same day. We take same day.',
  },
  U11: {
    brief: 'rule 12; 5.2',
    says: 'NHS Lothian RefHelp: progressive motor deficit, "Deteriorating lumbar radiculopathy", is a red flag.',
  },
  U12: {
    brief: 'rule 13; 6.9; 11.10; 12.5',
    says: 'NHS statin pages (2025 reprints): call a doctor or 111 straight away for "unexplained muscle pain, tenderness, weakness or cramps – as these can be signs of muscle breakdown and kidney damage".',
  },

  U13: {
    brief: 'rule 13; 6.9; 11.6',
    says: 'NHS inform (older NHS): "Speak to your GP urgently if leg cramps last longer than 10 minutes and don\'t get better when you start to move"; a long cramp may be a DVT or compartment syndrome.',
    choice: 'Current NHS: see a GP (routine). We take the urgent reading.',
  },
  U14: {
    brief: 'rule 13; 5.4; 6.5',
    says: 'Diabetes UK: with a foot wound "contact your GP or foot protection team immediately"; NHS cellulitis: "111 now" with a weakened immune system such as diabetes.',
  },
  U15: {
    brief: '5.1; 6.5',
    says: 'Portsmouth NHS amber: "High temperature, hot and shivery" → 111 or an urgent treatment centre; redness "may be less obvious on brown or black skin".',
  },
  U16: {
    brief: '6.2',
    says: 'NHS Devon vascular: "Atrial fibrillation – commonest cause of embolism"; embolus: "Sudden onset of severe limb pain". Pain is the first of the 6 Ps.',
    choice:
      'Sudden pain with an irregular heartbeat but no cold, pale or numb foot is same day; the foot signs are asked first and mean 999 (E2).',
  },
  U17: {
    brief: '5.6; 6.7',
    says: 'NHS Baker\'s cyst: "pain ... in your leg that suddenly gets worse" → urgent; NHS PAD: "your symptoms getting suddenly worse".',
  },
  U18: {
    brief: 'rule 9; 5.5; 12.3',
    says: 'NHS DVT: "throbbing or cramping pain in 1 leg"; NICE NG158: a scan "with the result available within 4 hours if possible" (same-day assessment); rule 9 excepts only a brief cramp.',
    choice:
      'NHS leg cramps: the muscle "might feel sore for up to 24 hours" after a cramp; with clot risk, an ache that stays is same day from the first day. The start answer "a cramp, and the calf has ached since" (`onset-cramp-ache`, December 2026) is the same finding.',
  },

  U19: {
    brief: 'rule 9; 12.3; 12.7',
    says: 'Brief 12.3: "a calf that still aches ... ≥ 3 days after exercise, and is not better, with any VTE risk, is urgent"; the checker spec\'s safety net: pain for 3 days or more that is not better, with any VTE risk, is at least urgent.',
  },
  U20: {
    brief: 'rule 9; 5.1; 12.3',
    says: 'Portsmouth NHS amber: "Pain or swelling is getting worse"; with clot risk, worsening pain of any start is a possible DVT (rule 9; NICE NG158 same-day assessment).',
  },
  U21: {
    brief: '12.4; 6.3',
    says: 'NHS anticoagulant advice (warfarin copies, NHS trust leaflets): after a fall or accident get "urgent medical attention"; "unexplained or severe bruising" → seek advice immediately; new pain or swelling → contact a doctor "right away". Bleeding into the muscle can cause compartment syndrome.',
    choice:
      'The current NHS warfarin page calls easy bruising "harmless"; with calf pain we treat any bruise, knock or swelling on a blood thinner as same day.',
  },

  U22: {
    brief: '12.5',
    says: 'Mayo Clinic, rhabdomyolysis from statins: "Dark or cola-colored urine" — "seek medical treatment right away"; CDC/NIOSH: "Abnormally dark (tea or cola colored) urine ... Seek immediate care"; Krames: strenuous exercise or a long lie on the floor can cause it.',
    choice:
      'Some sources say emergency department; we take same day at least (MHRA and NHS statin advice: urgently).',
  },

  U23: {
    brief: '6.9; 12.5',
    says: 'NHS simvastatin page (2025 reprints): call a doctor or 111 straight away if "You get unexplained muscle pain, tenderness, weakness or cramps ... it can happen a few weeks or months after you first start taking this medicine" — for anyone taking a statin, not only new users.',
    choice:
      'Pain explained by an injury, or by a pattern tied to walking or standing (narrowed arteries or spine, common in people on statins), is left to the other rules.',
  },

  U24: {
    brief: '5.6; 12.6',
    says: 'NHS PAD: "you may need to see a doctor urgently. These include: your symptoms getting suddenly worse"; nidirect: "If your symptoms develop quickly, or get suddenly worse, it could be a sign of a serious problem requiring immediate treatment."',
  },

  U25: {
    brief: '12.8',
    says: 'NHS pre-eclampsia: "sudden swelling of the face, hands or feet"; "seek medical advice immediately by calling your midwife, GP surgery or NHS 111"; Action on Pre-eclampsia: "when pregnant or after birth seek medical advice immediately".',
    choice:
      'NHS says swelling that comes on gradually in pregnancy is "not harmful"; a reader cannot always tell, so any swelling of both legs in pregnancy or after a birth is same day.',
  },

  U26: {
    brief: '12.4',
    says: 'NHS anticoagulant advice: "unexplained or severe bruising" → seek advice immediately; new pain or swelling → contact a doctor "right away". A bleed into the muscle can start with no knock.',
    choice:
      'Sudden calf pain on a blood thinner is same day even without a bruise yet (independent review, case D-98).',
  },
  U27: {
    brief: '12.4',
    says: 'NHS anticoagulant advice: new pain or swelling → contact a doctor "right away".',
    choice:
      'On a blood thinner, pain that is not explained by a cramp, exercise or a walking or standing pattern, and is not getting better, is same day (independent review, case D-88).',
  },
  U28: {
    brief: '5.5; 6.7',
    says: 'NHS Baker\'s cyst: urgent GP or 111 for "pain or swelling in your leg that suddenly gets worse ... These could be symptoms of a burst cyst (rupture) or blood clot"; brief 6.7: "cannot be told apart from DVT by the patient".',
    choice:
      'Sudden calf pain with no injury that is not getting better is same day (independent review, cases D-26, D-100, D-101); it was routine (R14).',
  },
  U30: {
    brief: '5.1; 5.3',
    says: 'Sprains red list (Portsmouth NHS): "The injury is numb, discoloured, or cold to touch" → call 999; sural nerve injury: numbness on the outer edge of the foot after an ankle sprain, sensory only.',
    choice:
      'While the pain gets better, numbness after an injury is likelier a bruised or stretched nerve than pressure in the calf (which does not get better), but it is checked the same day rather than at a routine appointment (independent review, round 4, P2).',
  },
  U31: {
    brief: '6.9; 11.10; 12.5',
    says: 'NHS simvastatin page: call a doctor or 111 straight away if "You get unexplained muscle pain, tenderness, weakness or cramps"; brief 12.5: the guide and the checker must say the same thing about which statin users need help when.',
    choice:
      'U23 leaves pain with a walking or standing pattern to the other rules (narrowed arteries or spine, brief rule 14: routine); when that pain is getting worse, a statin user is seen the same day whatever the pattern, the more urgent reading (independent review, round 4, P5). Pain with such a pattern that is not getting worse stays with the other rules.',
  },
  U29: {
    brief: '12.9',
    says: 'NHS Healthier Together, limp: "if your child has a fever, they should be seen urgently"; "Is unable to put any weight on their leg ... You need to contact a doctor or nurse today."',
  },
  R1: {
    brief: 'rule 14; 5.6; 6.3',
    says: 'NHS PAD: "See your GP if you experience recurring episodes of leg pain after physical activity"; NHS compartment syndrome: "See a GP if: you keep getting pain ... when you exercise".',
  },
  R2: {
    brief: 'rule 14; 5.2',
    says: 'gpreasoning.uk: neurogenic claudication is "brought on by standing and walking and relieved by flexion — sitting".',
  },
  R3: {
    brief: 'rule 15; 5.4',
    says: 'nidirect: "It\'s important to see your GP if you experience the early symptoms of peripheral neuropathy".',
  },
  R4: {
    brief: 'rule 15',
    says: 'Rule 15: "persistent `tingling_numbness` (≥2 weeks)" → book a GP. An unanswered duration counts as persistent.',
  },
  R5: {
    brief: '6.9',
    says: 'NHS leg cramps: "See a GP if: ... you also have numbness or swelling in your legs".',
  },
  R6: {
    brief: 'rule 16; 5.2',
    says: 'NHS sciatica: "See a GP if the pain: has not improved after trying home treatments for a few weeks; is getting worse".',
  },
  R7: { brief: 'rule 16; 5.2', says: 'NHS sciatica: "See a GP if the pain ... is getting worse".' },
  R8: {
    brief: 'rule 17; 5.1; 11.7',
    says: 'Rule 17: strain not improving after 3 days or more → book a GP; Sheffield: "not improving after around 5 days"; Portsmouth NHS amber: "not feeling better after self-care".',
  },
  R9: {
    brief: 'rule 18; 6.9',
    says: 'NHS leg cramps: "See a GP if: leg cramps are disturbing your sleep".',
  },
  R10: {
    brief: 'rule 18; 6.7',
    says: 'NHS Baker\'s cyst: "See a GP if: you have a lump anywhere on your body and you do not know what it is".',
  },
  R11: {
    brief: '5.3',
    says: 'Sural nerve: "no NHS patient page retrieved; treat as routine GP (persistent sensory symptoms)".',
  },
  R12: {
    brief: '5.5; 6.9; 11.9',
    says: 'NHS DVT: swelling "rarely both legs"; NHS leg cramps: "See a GP if ... swelling in your legs"; heart failure is on the NHS DVT risk list.',
  },
  R13: {
    brief: 'rule 18',
    says: 'Rule 18: "anything else worsening without red flags" → book a GP.',
  },
  R14: {
    brief: 'rule 18; 5.5',
    says: 'Rule 18: "SELF-CARE otherwise (mild/improving strain, brief cramp, DOMS, bruise, improving sciatica)": sudden pain with no injury is not on that list; its mimics (a tear, a burst Baker\'s cyst, a DVT) need examining.',
  },
  R15: {
    brief: 'rule 17',
    says: 'Rule 17: "Strain not improving after 3 days or more (a conservative threshold)"; the same threshold for pain with no clear cause.',
  },
  R16: {
    brief: '6.3; 6.9',
    says: 'DOMS settles "over the course of a couple of days up to a week"; still there after 2 weeks → NHS: "See a GP if: you keep getting pain ... when you exercise".',
  },
  R17: {
    brief: '12.7; rule 17',
    says: 'NHS inform, "Pain and injuries after exercise": "Usually your muscles will stop aching in 2 to 5 days"; "If pain persists for more than 5 days or gets worse, contact your GP." Brief 12.7: any calf pain for 3 days or more that is not better is at least routine ("not better in 72 hours").',
    choice:
      'The checker asks duration as under 3 days, 3 days to 2 weeks, over 2 weeks: "5 days" cannot be asked, so 3 days (our own, stricter threshold) is used. A brief cramp that passed, fine in between, is the one exception (NHS leg cramps).',
  },

  R18: {
    brief: '6.9; 12.3; 12.7',
    says: 'NHS leg cramps: "After the cramp has stopped, the muscle might feel sore for up to 24 hours"; an ache that stays for 3 days or more is not a brief cramp.',
    choice:
      'The start answer "a cramp, and the calf has ached since" (`onset-cramp-ache`) counts as `ache-between-cramps`.',
  },
  R19: {
    brief: '12.9',
    says: 'NHS growing pains: "if only one leg is affected or they\'re limping. In these cases, take your child to see a GP"; the checker is written for adults (16 and over).',
    choice: 'A child whose leg pain brings a parent to the checker is always told to see a doctor.',
  },
};
