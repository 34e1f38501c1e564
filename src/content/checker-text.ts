/**
 * The English text of the mini symptom checker: its questions, its answers (with the sentence
 * each answer becomes in "What to tell your doctor") and the causes its result names.
 *
 * Every finding and cause keeps exactly the meaning `checker-spec.md` gives its id. Text is built
 * with `msg()` at call time, so a locale change re-renders it. No DOM, no templates.
 *
 * Never name a phone number or a country's service here: the element adds those for the
 * reader's region.
 */
import { msg, str } from '@lit/localize';
import { ALL_FINDINGS, SCREENS } from '../checker/ids.js';
import type { FindingId, Route, ScreenId } from '../checker/ids.js';
import type { FindingText, ScreenText } from './types.js';

/** One text per screen, in the order the checker asks them. */
export function screenText(): ScreenText[] {
  const text: Record<ScreenId, Omit<ScreenText, 'id'>> = {
    emergency: {
      question: msg('Since the pain started, have you had any of these, even if they stopped?', {
        id: 'screen.emergency.question',
        desc: 'Checker, question 1 (emergency signs), heading. It asks about signs at ANY time since the calf pain started, including signs that have gone away: keep both "since the pain started" and "even if they stopped" (clot signs in the lung often come and go).',
      }),
      hint: msg('Tick all that apply.', {
        id: 'screen.emergency.hint',
        desc: 'Checker, question 1, hint under the heading. The reader may tick several boxes.',
      }),
      groups: {
        'breathing-chest': msg('Breathing and chest', {
          id: 'screen.emergency.group.breathing-chest',
          desc: 'Checker, question 1: short subheading over the emergency signs about breathing, chest pain, coughing up blood, fainting and a racing heart.',
        }),
        'leg-foot': msg('Your leg or foot', {
          id: 'screen.emergency.group.leg-foot',
          desc: 'Checker, question 1: short subheading over the emergency signs in the leg or foot (cold, numb, very bad pain, a tight cast).',
        }),
        'back-bladder': msg('Back, bottom and bladder', {
          id: 'screen.emergency.group.back-bladder',
          desc: 'Checker, question 1: short subheading over the emergency signs of squeezed nerves at the base of the spine (numb bottom, trouble peeing or pooing, both legs). "Bottom" means the buttocks.',
        }),
        'very-unwell': msg('Very unwell', {
          id: 'screen.emergency.group.very-unwell',
          desc: 'Checker, question 1: short subheading over the sign "You feel very unwell" (possible sepsis).',
        }),
      },
    },
    age: {
      question: msg('How old are you?', {
        id: 'screen.age.question',
        desc: 'Checker, question 2, heading. The reader picks an age group. Asked early because some causes and advice depend on age.',
      }),
      hint: msg('If you are answering for someone else, choose their age.', {
        id: 'screen.age.hint',
        desc: 'Checker, age question, hint under the heading: a parent or carer may be answering.',
      }),
    },
    pregnancy: {
      question: msg('Are you pregnant, or have you had a baby in the last 6 weeks?', {
        id: 'screen.pregnancy.question',
        desc: 'Checker, pregnancy question (not asked of readers aged 50 or over). "Had a baby" means gave birth. Pregnancy and the 6 weeks after a birth make blood clots more likely.',
      }),
      hint: msg('This changes who can help you best.', {
        id: 'screen.pregnancy.hint',
        desc: 'Checker, pregnancy question, hint under the heading: why we ask (a midwife or maternity unit may be the right place). Keep it calm.',
      }),
      noFinding: msg('No', {
        id: 'screen.pregnancy.no',
        desc: 'Checker, pregnancy question, radio button: not pregnant and no baby in the last 6 weeks (also for readers it does not apply to).',
      }),
    },
    leg: {
      question: msg('Which leg hurts?', {
        id: 'screen.leg.question',
        desc: 'Checker, question about which leg has the calf pain: left, right or both.',
      }),
    },
    onset: {
      question: msg('How did the pain start?', {
        id: 'screen.onset.question',
        desc: 'Checker, question 2, heading. The reader picks one answer about how the calf pain began.',
      }),
      hint: msg('Choose the one that fits best.', {
        id: 'screen.onset.hint',
        desc: 'Checker, question 2, hint under the heading. Only one answer can be chosen.',
      }),
    },
    pattern: {
      question: msg('When does it hurt?', {
        id: 'screen.pattern.question',
        desc: 'Checker, question after "How did the pain start?": is the pain brought on by walking or standing (a pattern, not how it started)?',
      }),
      hint: msg('Think about what brings the pain on.', {
        id: 'screen.pattern.hint',
        desc: 'Checker, "When does it hurt?" question, hint under the heading. Only one answer can be chosen.',
      }),
      noFinding: msg("Neither of these, or I'm not sure", {
        id: 'screen.pattern.neither',
        desc: 'Checker, "When does it hurt?" radio button: the pain is not brought on by walking or standing, or the reader does not know.',
      }),
    },
    signs: {
      question: msg('What do you notice?', {
        id: 'screen.signs.question',
        desc: 'Checker, question 3, heading: the signs and symptoms the reader has.',
      }),
      hint: msg('Tick all that apply. Look at both legs.', {
        id: 'screen.signs.hint',
        desc: 'Checker, question 3, hint under the heading. The reader may tick several boxes, and should compare both legs.',
      }),
      groups: {
        injury: msg('Injury', {
          id: 'screen.signs.group.injury',
          desc: 'Checker, "What do you notice?": short subheading over the signs of an injury (a pop, cannot walk, bruising).',
        }),
        'skin-swelling': msg('Skin and swelling', {
          id: 'screen.signs.group.skin-swelling',
          desc: 'Checker, "What do you notice?": short subheading over swelling, red or warm skin, a sore vein, broken skin, a lump.',
        }),
        nerves: msg('Numbness and nerve pain', {
          id: 'screen.signs.group.nerves',
          desc: 'Checker, "What do you notice?": short subheading over pins and needles, numbness, burning feet, pain from the back, a weak foot.',
        }),
        'blood-flow': msg('Blood flow', {
          id: 'screen.signs.group.blood-flow',
          desc: 'Checker, "What do you notice?": short subheading over pain at rest and sores or dark toes (poor blood flow to the leg).',
        }),
        cramps: msg('Cramps', {
          id: 'screen.signs.group.cramps',
          desc: 'Checker, "What do you notice?": short subheading over the answers about muscle cramps.',
        }),
        'how-you-feel': msg('How you feel', {
          id: 'screen.signs.group.how-you-feel',
          desc: 'Checker, "What do you notice?": short subheading over fever and dark pee.',
        }),
      },
    },
    risks: {
      question: msg('Does any of this apply to you?', {
        id: 'screen.risks.question',
        desc: 'Checker, question 4, heading: health history and things that raise the risk of some causes.',
      }),
      hint: msg('Tick all that apply. Some of these make a blood clot more likely.', {
        id: 'screen.risks.hint',
        desc: 'Checker, question 4, hint under the heading. Explains why we ask; keep it calm, not alarming.',
      }),
      groups: {
        clots: msg('Clot risks', {
          id: 'screen.risks.group.clots',
          desc: 'Checker, "Does any of this apply to you?": short subheading over the things that make a blood clot more likely (surgery, a long journey, a clot before, cancer, hormones).',
        }),
        medicines: msg('Medicines', {
          id: 'screen.risks.group.medicines',
          desc: 'Checker, "Does any of this apply to you?": short subheading over statins and blood thinners.',
        }),
        'heart-vessels': msg('Heart and blood vessels', {
          id: 'screen.risks.group.heart-vessels',
          desc: 'Checker, "Does any of this apply to you?": short subheading over heart disease, an irregular heartbeat, diabetes and smoking (things that harm blood vessels).',
        }),
      },
    },
    duration: {
      question: msg('How long have you had this pain?', {
        id: 'screen.duration.question',
        desc: 'Checker, question 5, heading. The reader picks one length of time.',
      }),
      hint: msg('Count from the day it started.', {
        id: 'screen.duration.hint',
        desc: 'Checker, question 5, hint under the heading.',
      }),
    },
    trend: {
      question: msg('Is it changing?', {
        id: 'screen.trend.question',
        desc: 'Checker, question 6, heading: is the calf pain getting better, staying the same or getting worse.',
      }),
      hint: msg('Compare how it is now with how it was at the start.', {
        id: 'screen.trend.hint',
        desc: 'Checker, question 6, hint under the heading.',
      }),
    },
  };
  return SCREENS.map(({ id }) => ({ id, ...text[id] }));
}

/**
 * One text per finding, in contract order. `label` is the checkbox or radio text (no full stop:
 * the result also lists labels as "Your answers that point to it"); `forDoctor` is a first-person
 * sentence for the "What to tell your doctor" list.
 *
 * @param locale the language shown, whose number style writes the fever threshold
 */
export function findingText(locale: string): FindingText[] {
  // The fever threshold in the reader's number style (38 °C, 38°C …), with Western digits.
  const fever = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'celsius',
    numberingSystem: 'latn',
  }).format(38);
  const text: Record<FindingId, Omit<FindingText, 'id'>> = {
    // Question 1: any one of these gives "emergency". Never soften them.
    breathless: {
      label: msg('New or sudden shortness of breath', {
        id: 'finding.breathless.label',
        desc: 'Checker, question 1 checkbox. Must stay an emergency sign: new breathlessness with calf pain may mean a clot in the lung. Do not soften (not "a bit out of breath").',
      }),
      forDoctor: msg(
        'Since the pain started, I have been short of breath, and this was new or sudden.',
        {
          id: 'finding.breathless.doctor',
          desc: 'Result, "What to tell your doctor" list: the reader ticked new or sudden shortness of breath on question 1. Question 1 asks about signs since the pain started, even if they stopped: keep "since the pain started" in every question-1 sentence. First person, one sentence.',
        },
      ),
    },
    'chest-pain': {
      label: msg('Pain in your chest or upper back', {
        id: 'finding.chest-pain.label',
        desc: 'Checker, question 1 checkbox. Emergency sign (possible clot in the lung). Keep both "chest" and "upper back".',
      }),
      hint: msg('It is often worse when you breathe in.', {
        id: 'finding.chest-pain.hint',
        desc: 'Checker, question 1, small text under the chest pain checkbox. Keep "often": the pain need not be worse on breathing in.',
      }),
      forDoctor: msg(
        'Since the pain started, I have had pain in my chest or upper back, often worse when I breathe in.',
        {
          id: 'finding.chest-pain.doctor',
          desc: 'Result, "What to tell your doctor" list: chest or upper back pain. First person, one sentence.',
        },
      ),
    },
    'coughing-blood': {
      label: msg('Coughing up blood', {
        id: 'finding.coughing-blood.label',
        desc: 'Checker, question 1 checkbox. Emergency sign (possible clot in the lung).',
      }),
      hint: msg('Even a small amount.', {
        id: 'finding.coughing-blood.hint',
        desc: 'Checker, question 1, small text under "Coughing up blood": any amount counts.',
      }),
      forDoctor: msg('Since the pain started, I have coughed up blood.', {
        id: 'finding.coughing-blood.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    fainting: {
      label: msg('You fainted or nearly fainted', {
        id: 'finding.fainting.label',
        desc: 'Checker, question 1 checkbox. Emergency sign. Either is enough: fainting or nearly fainting. A racing heart has its own checkbox.',
      }),
      forDoctor: msg('Since the pain started, I have fainted or nearly fainted.', {
        id: 'finding.fainting.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'racing-heart': {
      label: msg('Your heart is racing', {
        id: 'finding.racing-heart.label',
        desc: 'Checker, question 1 checkbox. Emergency sign (possible clot in the lung): the heart beats very fast. Until December 2026 part of the fainting checkbox.',
      }),
      forDoctor: msg('Since the pain started, my heart has been racing.', {
        id: 'finding.racing-heart.doctor',
        desc: 'Result, "What to tell your doctor" list: a racing (very fast) heartbeat. First person, one sentence.',
      }),
    },
    'cold-pale-leg': {
      label: msg('Your leg or foot suddenly went cold or pale', {
        id: 'finding.cold-pale-leg.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: the blood supply to the leg may be blocked. Keep "suddenly". The hint adds blue or blotchy skin; any one is enough.',
      }),
      hint: msg('Or blue or blotchy. Compare both legs.', {
        id: 'finding.cold-pale-leg.hint',
        desc: 'Checker, question 1, small text under the cold or pale leg checkbox. Blue or blotchy skin counts too.',
      }),
      forDoctor: msg(
        'Since the pain started, my leg or foot suddenly went cold, pale, blue or blotchy.',
        {
          id: 'finding.cold-pale-leg.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'sudden-numb-weak-leg': {
      label: msg('Your leg or foot suddenly went numb or weak', {
        id: 'finding.sudden-numb-weak-leg.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: the blood supply or nerves of the leg may be in danger. Keep "suddenly". The hint adds toes that will not move.',
      }),
      hint: msg("Or you can't move your toes.", {
        id: 'finding.sudden-numb-weak-leg.hint',
        desc: 'Checker, question 1, small text under the numb or weak leg checkbox: toes that will not move count too.',
      }),
      forDoctor: msg(
        'Since the pain started, my leg or foot suddenly went numb or weak, or I could not move my toes.',
        {
          id: 'finding.sudden-numb-weak-leg.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'tight-calf-severe': {
      label: msg('Very bad pain with a tight, hard calf', {
        id: 'finding.tight-calf-severe.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: pressure building up inside the calf muscle (compartment syndrome). A cast or bandage that feels too tight has its own checkbox. Do not soften.',
      }),
      hint: msg('Far worse than any injury would explain.', {
        id: 'finding.tight-calf-severe.hint',
        desc: 'Checker, question 1, small text under the tight, hard calf checkbox: the pain is out of proportion to any injury.',
      }),
      forDoctor: msg(
        'Since the pain started, I have had pain far worse than any injury would explain, with a tight, hard calf.',
        {
          id: 'finding.tight-calf-severe.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'tight-cast': {
      label: msg('A plaster cast or bandage that feels too tight', {
        id: 'finding.tight-cast.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: pressure building up inside the calf under a cast or bandage (compartment syndrome). Until December 2026 part of the tight calf checkbox.',
      }),
      forDoctor: msg('Since the pain started, my plaster cast or bandage has felt too tight.', {
        id: 'finding.tight-cast.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'sudden-severe-pain': {
      label: msg('Sudden pain so bad it is hard to think or talk', {
        id: 'finding.sudden-severe-pain.label',
        desc: 'Checker, question 1 checkbox. Emergency sign. "So bad it is hard to think or talk" defines severe pain: keep that test, do not weaken to "strong pain".',
      }),
      forDoctor: msg(
        'Since the pain started, I have had sudden pain so bad it was hard to think or talk.',
        {
          id: 'finding.sudden-severe-pain.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'saddle-numbness': {
      label: msg('Numbness around your bottom or genitals', {
        id: 'finding.saddle-numbness.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: the nerves at the base of the spine may be squeezed (cauda equina). "Bottom" means the buttocks and anus. Trouble peeing or pooing has its own checkbox. Do not soften.',
      }),
      hint: msg('Wiping may feel different.', {
        id: 'finding.saddle-numbness.hint',
        desc: 'Checker, question 1, small text under the numbness checkbox. "Wiping" means with toilet paper after using the toilet.',
      }),
      forDoctor: msg('Since the pain started, I have had numbness around my bottom or genitals.', {
        id: 'finding.saddle-numbness.doctor',
        desc: 'Result, "What to tell your doctor" list. "Bottom" means the buttocks and anus. First person, one sentence.',
      }),
    },
    'bladder-bowel': {
      label: msg('New trouble peeing or pooing', {
        id: 'finding.bladder-bowel.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: the nerves at the base of the spine may be squeezed (cauda equina). Use plain everyday words for urinating and passing stools, not medical ones. Until December 2026 part of the numbness checkbox.',
      }),
      hint: msg("You can't pee, or can't hold it in.", {
        id: 'finding.bladder-bowel.hint',
        desc: 'Checker, question 1, small text under the trouble peeing or pooing checkbox.',
      }),
      forDoctor: msg('Since the pain started, I have had new trouble peeing or pooing.', {
        id: 'finding.bladder-bowel.doctor',
        desc: 'Result, "What to tell your doctor" list. Plain everyday words for urinating and passing stools. First person, one sentence.',
      }),
    },
    'both-legs-nerve': {
      label: msg('New shooting pain, numbness or weakness in both legs', {
        id: 'finding.both-legs-nerve.label',
        desc: 'Checker, question 1 checkbox. Emergency sign (nerves at the base of the spine). "New" and "both legs" both matter.',
      }),
      forDoctor: msg(
        'Since the pain started, I have had new shooting pain, numbness or weakness in both legs.',
        {
          id: 'finding.both-legs-nerve.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'very-unwell': {
      label: msg('You feel very unwell', {
        id: 'finding.very-unwell.label',
        desc: 'Checker, question 1 checkbox. Emergency sign: possible sepsis (a serious reaction to infection). The hint says what "very unwell" means.',
      }),
      hint: msg(
        'Confused, very sleepy, breathing fast, or cold, clammy or blotchy skin. Others may notice it first.',
        {
          id: 'finding.very-unwell.hint',
          desc: 'Checker, question 1, small text under "You feel very unwell". "Very sleepy" means very drowsy, hard to keep awake. "Clammy" means damp and sweaty. Any one sign is enough.',
        },
      ),
      forDoctor: msg(
        'Since the pain started, I have been very unwell: confused, very sleepy, breathing fast, or with cold and clammy or blotchy skin.',
        {
          id: 'finding.very-unwell.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },

    // About you (one choice each): age, pregnancy, which leg.
    'age-16-to-49': {
      label: msg('16 to 49', {
        id: 'finding.age-16-to-49.label',
        desc: 'Checker, "How old are you?" radio button: aged 16 to 49 years.',
      }),
      forDoctor: msg('I am between 16 and 49 years old.', {
        id: 'finding.age-16-to-49.doctor',
        desc: 'Result, "What to tell your doctor" list: the reader\'s age group. First person, one sentence.',
      }),
    },
    'leg-left': {
      label: msg('Left leg', {
        id: 'finding.leg-left.label',
        desc: 'Checker, "Which leg hurts?" radio button.',
      }),
      forDoctor: msg('The pain is in my left leg.', {
        id: 'finding.leg-left.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'leg-right': {
      label: msg('Right leg', {
        id: 'finding.leg-right.label',
        desc: 'Checker, "Which leg hurts?" radio button.',
      }),
      forDoctor: msg('The pain is in my right leg.', {
        id: 'finding.leg-right.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },

    // How the pain started (one choice).
    'onset-injury': {
      label: msg('Suddenly, with an injury', {
        id: 'finding.onset-injury.label',
        desc: 'Checker, "How did the pain start?" radio button: it started suddenly, with an injury (the hint says which).',
      }),
      hint: msg('During sport or exercise, or after a slip, trip, knock or wrong step.', {
        id: 'finding.onset-injury.hint',
        desc: 'Checker, small text under "Suddenly, with an injury". "Wrong step" means a misstep (putting the foot down badly).',
      }),
      forDoctor: msg(
        'The pain started suddenly during sport or exercise, or after I slipped, tripped, got knocked or stepped wrongly.',
        {
          id: 'finding.onset-injury.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'onset-sudden': {
      label: msg('Suddenly, with no injury', {
        id: 'finding.onset-sudden.label',
        desc: 'Checker, question 2 radio button: it started suddenly, but the reader did not hurt the leg.',
      }),
      forDoctor: msg('The pain started suddenly, and I did not hurt my leg.', {
        id: 'finding.onset-sudden.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'onset-walking': {
      label: msg('When you walk, and it eases when you stand still', {
        id: 'finding.onset-walking.label',
        desc: 'Checker, "When does it hurt?" radio button. Pain from narrowed leg arteries: standing still is enough to ease it (no need to sit). Keep "stand still".',
      }),
      hint: msg('It eases within minutes, without sitting down.', {
        id: 'finding.onset-walking.hint',
        desc: 'Checker, small text under the walking pain answer. Keep "within minutes".',
      }),
      forDoctor: msg('The pain comes on when I walk and eases within minutes when I stand still.', {
        id: 'finding.onset-walking.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'onset-standing': {
      label: msg('When you stand or walk, and it eases only when you sit or bend forward', {
        id: 'finding.onset-standing.label',
        desc: 'Checker, "When does it hurt?" radio button. Pain from a narrowed spine: standing still does not help, only sitting or bending forward. Keep "only" so it differs from the answer before it.',
      }),
      forDoctor: msg(
        'The pain comes on when I stand or walk and eases only when I sit or bend forward.',
        {
          id: 'finding.onset-standing.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'onset-after-exercise': {
      label: msg('An ache in both calves a day or two after hard or new exercise', {
        id: 'finding.onset-after-exercise.label',
        desc: 'Checker, question 2 radio button: ordinary muscle soreness after exercise. "Both calves" and "a day or two after" matter.',
      }),
      forDoctor: msg(
        'Both my calves started to ache a day or two after exercise that was hard or new for me.',
        {
          id: 'finding.onset-after-exercise.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'onset-cramp': {
      label: msg('With a cramp that passed within minutes', {
        id: 'finding.onset-cramp.label',
        desc: 'Checker, "How did the pain start?" radio button: a muscle cramp that passed, and the calf was fine after it. Keep "passed within minutes": a cramp after which the calf still aches is the next answer.',
      }),
      hint: msg('A cramp is a sudden tight knot in the muscle. The calf felt fine after it.', {
        id: 'finding.onset-cramp.hint',
        desc: 'Checker, small text under the brief cramp answer: explains "cramp" and that the calf was fine afterwards.',
      }),
      forDoctor: msg(
        'It started with a sudden tight knot (cramp) that I had for only a few minutes.',
        {
          id: 'finding.onset-cramp.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'onset-cramp-ache': {
      label: msg('With a cramp, and the calf has ached ever since', {
        id: 'finding.onset-cramp-ache.label',
        desc: 'Checker, "How did the pain start?" radio button: it began like a cramp, but the calf did not go back to normal. With a clot risk this can be a blood clot. Keep "ever since".',
      }),
      forDoctor: msg('It started with a cramp, and my calf has ached ever since.', {
        id: 'finding.onset-cramp-ache.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'onset-gradual': {
      label: msg('Slowly, for no clear reason', {
        id: 'finding.onset-gradual.label',
        desc: 'Checker, question 2 radio button: the pain came on gradually.',
      }),
      forDoctor: msg('The pain came on slowly, for no reason I know of.', {
        id: 'finding.onset-gradual.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'onset-unsure': {
      label: msg("I'm not sure", {
        id: 'finding.onset-unsure.label',
        desc: 'Checker, question 2 radio button: the reader does not know how the pain started.',
      }),
      forDoctor: msg('I am not sure how the pain started.', {
        id: 'finding.onset-unsure.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },

    // Question 3: what the reader notices (checklist).
    pop: {
      label: msg('A pop or snap, or a feeling like being kicked in the back of the leg', {
        id: 'finding.pop.label',
        desc: 'Checker, question 3 checkbox: a sign of a torn tendon or muscle. "Kicked" means hit hard from behind; the reader may have heard or felt it.',
      }),
      hint: msg('You may have heard it or felt it.', {
        id: 'finding.pop.hint',
        desc: 'Checker, question 3, small text under the "pop or snap" checkbox.',
      }),
      forDoctor: msg('I felt a pop or snap, or it felt like I was kicked in the back of the leg.', {
        id: 'finding.pop.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'cannot-bear-weight': {
      label: msg("You can't walk, put weight on the leg, or stand on tiptoe on that side", {
        id: 'finding.cannot-bear-weight.label',
        desc: 'Checker, question 3 checkbox. Any one of the three is enough.',
      }),
      forDoctor: msg("I can't walk, put weight on the leg, or stand on tiptoe on that side.", {
        id: 'finding.cannot-bear-weight.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    bruising: {
      label: msg('Bruising', {
        id: 'finding.bruising.label',
        desc: 'Checker, question 3 checkbox: a bruise on the leg.',
      }),
      hint: msg('A bruise may show up lower down, near the ankle.', {
        id: 'finding.bruising.hint',
        desc: 'Checker, question 3, small text under "Bruising": blood from a calf injury can show as a bruise further down the leg.',
      }),
      forDoctor: msg('My leg is bruised.', {
        id: 'finding.bruising.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'swelling-one-leg': {
      label: msg('Swelling in one leg', {
        id: 'finding.swelling-one-leg.label',
        desc: 'Checker, question 3 checkbox. "One" matters: a different checkbox is for both legs.',
      }),
      hint: msg('Compare it with the other leg.', {
        id: 'finding.swelling-one-leg.hint',
        desc: 'Checker, question 3, small text under "Swelling in one leg".',
      }),
      forDoctor: msg('I have swelling in one leg.', {
        id: 'finding.swelling-one-leg.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'swelling-both-legs': {
      label: msg('Swelling in both legs', {
        id: 'finding.swelling-both-legs.label',
        desc: 'Checker, question 3 checkbox. "Both" matters: a different checkbox is for one leg.',
      }),
      forDoctor: msg('I have swelling in both legs.', {
        id: 'finding.swelling-both-legs.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'warm-red-skin': {
      label: msg('Skin that is warm, red or darker than usual, or a red patch that is spreading', {
        id: 'finding.warm-red-skin.label',
        desc: 'Checker, question 3 checkbox. Any one is enough: warm skin; red or darker skin; a red area that is growing.',
      }),
      hint: msg('Redness can be harder to see on brown or black skin.', {
        id: 'finding.warm-red-skin.hint',
        desc: 'Checker, question 3, small text under the warm or red skin checkbox. Keep this: it helps readers with darker skin notice the sign.',
      }),
      forDoctor: msg('My skin is warm, red or darker than usual, or a red patch is spreading.', {
        id: 'finding.warm-red-skin.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'hard-vein': {
      label: msg('A vein near the surface that is hard, lumpy and sore', {
        id: 'finding.hard-vein.label',
        desc: 'Checker, question 3 checkbox: an inflamed vein just under the skin (phlebitis).',
      }),
      hint: msg('You can see or feel it under the skin.', {
        id: 'finding.hard-vein.hint',
        desc: 'Checker, question 3, small text under the hard vein checkbox.',
      }),
      forDoctor: msg('I have a vein near the surface that is hard, lumpy and sore.', {
        id: 'finding.hard-vein.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'skin-break': {
      label: msg('A cut, bite, sore or cracked skin near where it hurts', {
        id: 'finding.skin-break.label',
        desc: 'Checker, question 3 checkbox: a break in the skin that could let in an infection. "Sore" here is a noun (an open wound).',
      }),
      forDoctor: msg('I have a cut, bite, sore or cracked skin near where it hurts.', {
        id: 'finding.skin-break.doctor',
        desc: 'Result, "What to tell your doctor" list. "Sore" is a noun (an open wound). First person, one sentence.',
      }),
    },
    fever: {
      label: msg(str`A temperature of ${fever} or more, or feeling hot and shivery`, {
        id: 'finding.fever.label',
        desc: 'Checker, question 3 checkbox: fever. The placeholder is 38 °C written for the locale (38 °C is 100.4 °F). Either part is enough: feeling hot and shivery counts without a thermometer.',
      }),
      hint: msg('No thermometer? Go by how you feel.', {
        id: 'finding.fever.hint',
        desc: 'Checker, question 3, small text under the temperature checkbox.',
      }),
      forDoctor: msg(str`I have a temperature of ${fever} or more, or I feel hot and shivery.`, {
        id: 'finding.fever.doctor',
        desc: 'Result, "What to tell your doctor" list. The placeholder is 38 °C written for the locale. First person, one sentence.',
      }),
    },
    'tingling-numbness': {
      label: msg('Pins and needles or a numb patch', {
        id: 'finding.tingling-numbness.label',
        desc: 'Checker, question 3 checkbox. "Pins and needles" is a prickling, tingling feeling: use the everyday phrase for it.',
      }),
      forDoctor: msg('I have pins and needles or a numb patch.', {
        id: 'finding.tingling-numbness.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'burning-feet': {
      label: msg('Burning or tingling in both feet', {
        id: 'finding.burning-feet.label',
        desc: 'Checker, question 3 checkbox: a sign of nerve damage, for example from diabetes. "Both feet" matters.',
      }),
      forDoctor: msg('I have burning or tingling in both feet.', {
        id: 'finding.burning-feet.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'back-pain': {
      label: msg('Pain that starts in the lower back or buttock and spreads down the leg', {
        id: 'finding.back-pain.label',
        desc: 'Checker, question 3 checkbox: sciatica (a trapped nerve in the back). Back pain alone does not count: the pain must spread down the leg.',
      }),
      hint: msg('It may get worse when you cough or sneeze.', {
        id: 'finding.back-pain.hint',
        desc: 'Checker, question 3, small text under the back pain checkbox.',
      }),
      forDoctor: msg('My pain starts in my lower back or buttock and spreads down my leg.', {
        id: 'finding.back-pain.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'outer-foot-numbness': {
      label: msg('Numbness or pain along the outer edge of the foot', {
        id: 'finding.outer-foot-numbness.label',
        desc: 'Checker, question 3 checkbox. "Outer edge" is the little-toe side of the foot.',
      }),
      hint: msg('The side with the little toe.', {
        id: 'finding.outer-foot-numbness.hint',
        desc: 'Checker, question 3, small text under the outer foot checkbox.',
      }),
      forDoctor: msg('I have numbness or pain along the outer edge of my foot.', {
        id: 'finding.outer-foot-numbness.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'foot-weakness': {
      label: msg('A weak ankle or foot that is getting worse, or toes that catch when you walk', {
        id: 'finding.foot-weakness.label',
        desc: 'Checker, question 3 checkbox: a nerve in the back may be getting more squeezed. "Getting worse" matters. "Toes that catch" means the toes drag or snag on the ground when walking.',
      }),
      hint: msg('For example, you trip because your foot drags.', {
        id: 'finding.foot-weakness.hint',
        desc: 'Checker, question 3, small text under the weak foot checkbox.',
      }),
      forDoctor: msg('My ankle or foot is weak and getting worse, or my toes catch when I walk.', {
        id: 'finding.foot-weakness.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'rest-pain': {
      label: msg(
        'Pain in the foot or calf at rest or in bed that eases when you hang the leg down',
        {
          id: 'finding.rest-pain.label',
          desc: 'Checker, question 3 checkbox: a sign of very poor blood flow to the leg. "Hang the leg down" means letting it dangle, for example over the side of the bed.',
        },
      ),
      hint: msg('For example, over the side of the bed.', {
        id: 'finding.rest-pain.hint',
        desc: 'Checker, question 3, small text under the rest pain checkbox: where the leg hangs down.',
      }),
      forDoctor: msg(
        'I have pain in my foot or calf at rest or in bed that eases when I hang my leg down.',
        {
          id: 'finding.rest-pain.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'foot-sore-dark-toes': {
      label: msg("A sore on the foot or leg that won't heal, or dark toes", {
        id: 'finding.foot-sore-dark-toes.label',
        desc: 'Checker, question 3 checkbox: a sign of very poor blood flow. "Sore" is a noun (an open wound). "Dark" means toes turning black, blue or purple.',
      }),
      hint: msg('Dark means black, blue or purple.', {
        id: 'finding.foot-sore-dark-toes.hint',
        desc: 'Checker, question 3, small text under the sore or dark toes checkbox.',
      }),
      forDoctor: msg(
        "I have a sore on my foot or leg that won't heal, or some of my toes are dark.",
        {
          id: 'finding.foot-sore-dark-toes.doctor',
          desc: 'Result, "What to tell your doctor" list. "Sore" is a noun (an open wound). First person, one sentence.',
        },
      ),
    },
    'lump-behind-knee': {
      label: msg('A lump behind the knee', {
        id: 'finding.lump-behind-knee.label',
        desc: 'Checker, question 3 checkbox: for example a fluid-filled lump (Baker’s cyst).',
      }),
      forDoctor: msg('I have a lump behind my knee.', {
        id: 'finding.lump-behind-knee.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'both-legs': {
      label: msg('Both legs', {
        id: 'finding.both-legs.label',
        desc: 'Checker, "Which leg hurts?" radio button: the pain is in both legs, not just one.',
      }),
      forDoctor: msg('Both of my legs hurt.', {
        id: 'finding.both-legs.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'long-cramp': {
      label: msg(
        'A cramp that lasted more than 10 minutes and did not ease when you stretched or moved',
        {
          id: 'finding.long-cramp.label',
          desc: 'Checker, question 3 checkbox. Keep "more than 10 minutes": a long cramp may be something more serious.',
        },
      ),
      forDoctor: msg(
        'I had a cramp that lasted more than 10 minutes and did not ease when I stretched or moved.',
        {
          id: 'finding.long-cramp.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'night-cramps': {
      label: msg('Cramps at night, often enough to wake you', {
        id: 'finding.night-cramps.label',
        desc: 'Checker, question 3 checkbox: night cramps that disturb sleep.',
      }),
      forDoctor: msg('I get cramps at night, often enough to wake me.', {
        id: 'finding.night-cramps.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'ache-between-cramps': {
      label: msg('Your calf still aches between cramps, or has ached ever since a cramp', {
        id: 'finding.ache-between-cramps.label',
        desc: 'Checker, question 3 checkbox: the pain did not go away after a cramp. This differs from a cramp that passed and left the calf fine: with a clot risk it can be a blood clot. Keep "still" and "ever since".',
      }),
      forDoctor: msg('My calf still aches between cramps, or has ached ever since a cramp.', {
        id: 'finding.ache-between-cramps.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'dark-urine': {
      label: msg('Dark brown pee, like cola, since the pain started', {
        id: 'finding.dark-urine.label',
        desc: 'Checker, question 3 checkbox: urine the colour of cola or tea, a sign of muscle damage. Use the everyday word for urine, as on question 1. Keep "since the pain started".',
      }),
      hint: msg('This can be a sign of damaged muscle.', {
        id: 'finding.dark-urine.hint',
        desc: 'Checker, question 3, small text under the dark pee checkbox.',
      }),
      forDoctor: msg('Since the pain started, my pee has been dark brown, like cola.', {
        id: 'finding.dark-urine.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },

    // Question 4: risks and history (checklist).
    'recent-surgery-or-bed-rest': {
      risk: msg('An operation, a hospital stay or days in bed make clots more likely.', {
        id: 'finding.recent-surgery-or-bed-rest.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg(
        'Surgery, a hospital stay, 3 or more days in bed, or a leg in a cast, in the last 12 weeks',
        {
          id: 'finding.recent-surgery-or-bed-rest.label',
          desc: 'Checker, question 4 checkbox: raises the risk of a blood clot. Any one is enough. Keep "12 weeks" and "3 or more days".',
        },
      ),
      hint: msg('12 weeks is about 3 months.', {
        id: 'finding.recent-surgery-or-bed-rest.hint',
        desc: 'Checker, question 4, small text under the surgery or bed rest checkbox.',
      }),
      forDoctor: msg(
        'In the last 12 weeks I have had surgery, a hospital stay, 3 or more days in bed, or a leg in a cast.',
        {
          id: 'finding.recent-surgery-or-bed-rest.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'long-journey': {
      risk: msg('Sitting still on a long journey makes clots more likely.', {
        id: 'finding.long-journey.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('A journey of more than 3 hours sitting down, in the last 4 weeks', {
        id: 'finding.long-journey.label',
        desc: 'Checker, question 4 checkbox: long travel raises the risk of a blood clot. Keep "more than 3 hours" and "4 weeks".',
      }),
      hint: msg('By plane, car, bus or train.', {
        id: 'finding.long-journey.hint',
        desc: 'Checker, question 4, small text under the long journey checkbox.',
      }),
      forDoctor: msg('In the last 4 weeks I sat for more than 3 hours on a journey.', {
        id: 'finding.long-journey.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'previous-clot': {
      risk: msg('Having had a clot before makes another one more likely.', {
        id: 'finding.previous-clot.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('A blood clot before, in a leg vein or the lung (DVT or pulmonary embolism)', {
        id: 'finding.previous-clot.label',
        desc: 'Checker, question 4 checkbox: the reader has had a blood clot in the past. Keep the medical names in brackets; readers may know them from a diagnosis.',
      }),
      forDoctor: msg(
        'I have had a blood clot before, in a leg vein or the lung (DVT or pulmonary embolism).',
        {
          id: 'finding.previous-clot.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    cancer: {
      risk: msg('Cancer and its treatment make clots more likely.', {
        id: 'finding.cancer.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('Cancer now, or treatment for cancer in the last 6 months', {
        id: 'finding.cancer.label',
        desc: 'Checker, question 4 checkbox: raises the risk of a blood clot.',
      }),
      forDoctor: msg('I have cancer, or I have had treatment for cancer in the last 6 months.', {
        id: 'finding.cancer.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    pregnancy: {
      risk: msg('Being pregnant, or having just had a baby, makes clots more likely.', {
        id: 'finding.pregnancy.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence. "Having just had a baby" means giving birth in the last 6 weeks.',
      }),
      label: msg('Yes', {
        id: 'finding.pregnancy.label',
        desc: 'Checker, answer to "Are you pregnant, or have you had a baby in the last 6 weeks?": yes.',
      }),
      forDoctor: msg('I am pregnant, or I had a baby in the last 6 weeks.', {
        id: 'finding.pregnancy.doctor',
        desc: 'Result, "What to tell your doctor" list. "Had a baby" means gave birth. First person, one sentence.',
      }),
    },
    hormones: {
      risk: msg('The combined pill, patch or ring, and HRT, make clots more likely.', {
        id: 'finding.hormones.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence. The combined birth control pill, patch or ring; HRT is hormone replacement therapy.',
      }),
      label: msg('The combined pill, patch or ring, or HRT', {
        id: 'finding.hormones.label',
        desc: 'Checker, question 4 checkbox: hormone medicines that raise the risk of a blood clot. "The combined pill, patch or ring" is birth control with two hormones (estrogen and progestogen); HRT is hormone replacement therapy for the menopause. Use the names readers know in your country.',
      }),
      hint: msg(
        'The combined pill is a birth control pill. HRT is hormone treatment for the menopause.',
        {
          id: 'finding.hormones.hint',
          desc: 'Checker, question 4, small text under the hormones checkbox: explains the two terms in the label.',
        },
      ),
      forDoctor: msg('I use the combined pill, patch or ring, or HRT.', {
        id: 'finding.hormones.doctor',
        desc: 'Result, "What to tell your doctor" list. The combined birth control pill, patch or ring, or hormone replacement therapy. First person, one sentence.',
      }),
    },
    diabetes: {
      risk: msg('Diabetes can harm nerves, blood vessels and skin.', {
        id: 'finding.diabetes.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('Diabetes', {
        id: 'finding.diabetes.label',
        desc: 'Checker, question 4 checkbox: the reader has diabetes (any type).',
      }),
      forDoctor: msg('I have diabetes.', {
        id: 'finding.diabetes.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    smoker: {
      risk: msg('Smoking, now or in the past, harms blood vessels.', {
        id: 'finding.smoker.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('You smoke now or used to', {
        id: 'finding.smoker.label',
        desc: 'Checker, question 4 checkbox: current or past smoker.',
      }),
      forDoctor: msg('I smoke now or used to smoke.', {
        id: 'finding.smoker.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'over-50': {
      risk: msg('Some causes of calf pain are more common from the age of 50.', {
        id: 'finding.over-50.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence. Said to readers aged 50 or over.',
      }),
      label: msg('50 or over', {
        id: 'finding.over-50.label',
        desc: 'Checker, "How old are you?" radio button: 50 years old or older.',
      }),
      forDoctor: msg('I am 50 or older.', {
        id: 'finding.over-50.doctor',
        desc: 'Result, "What to tell your doctor" list: age 50 or over. First person, one sentence.',
      }),
    },
    'heart-circulation': {
      risk: msg('Heart and blood vessel problems often go together.', {
        id: 'finding.heart-circulation.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('Heart disease, a stroke, high blood pressure or high cholesterol', {
        id: 'finding.heart-circulation.label',
        desc: 'Checker, question 4 checkbox: raises the risk of narrowed arteries. Any one is enough.',
      }),
      forDoctor: msg(
        'I have heart disease, high blood pressure or high cholesterol, or I have had a stroke.',
        {
          id: 'finding.heart-circulation.doctor',
          desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
        },
      ),
    },
    'irregular-heartbeat': {
      risk: msg('An irregular heartbeat can make a clot that blocks a blood vessel in the leg.', {
        id: 'finding.irregular-heartbeat.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('An irregular heartbeat, such as atrial fibrillation (AF)', {
        id: 'finding.irregular-heartbeat.label',
        desc: 'Checker, question 4 checkbox: a heart rhythm problem that can send a clot to the leg. Keep the medical name: readers may know it from a diagnosis.',
      }),
      hint: msg('A doctor or nurse may have told you this.', {
        id: 'finding.irregular-heartbeat.hint',
        desc: 'Checker, question 4, small text under the irregular heartbeat checkbox.',
      }),
      forDoctor: msg('I have an irregular heartbeat, such as atrial fibrillation.', {
        id: 'finding.irregular-heartbeat.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    statin: {
      risk: msg('A new statin, or a higher dose, can cause muscle pain.', {
        id: 'finding.statin.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('Started a statin, or a higher dose of one, in the last 3 months', {
        id: 'finding.statin.label',
        desc: 'Checker, question 4 checkbox: statins are medicines that lower cholesterol and can cause muscle pain. Both starting one and raising the dose count.',
      }),
      hint: msg('Statins lower cholesterol, for example atorvastatin or simvastatin.', {
        id: 'finding.statin.hint',
        desc: 'Checker, question 4, small text under the statin checkbox. Keep the medicine names as they are known in your country.',
      }),
      forDoctor: msg('I started or raised a statin in the last 3 months.', {
        id: 'finding.statin.doctor',
        desc: 'Result, "What to tell your doctor" list: started a statin or a higher dose. First person, one sentence.',
      }),
    },
    'blood-thinner': {
      risk: msg('Blood thinners make bleeding into a muscle more likely.', {
        id: 'finding.blood-thinner.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('You take a blood thinner (anticoagulant)', {
        id: 'finding.blood-thinner.label',
        desc: 'Checker, question 4 checkbox: medicines that stop blood clotting, so injuries bleed more. Use the everyday name readers know, then the medical word in brackets.',
      }),
      hint: msg('For example warfarin, apixaban, rivaroxaban, edoxaban or dabigatran.', {
        id: 'finding.blood-thinner.hint',
        desc: 'Checker, question 4, small text under the blood thinner checkbox. Keep the medicine names as they are known in your country.',
      }),
      forDoctor: msg('I take a blood thinner (anticoagulant).', {
        id: 'finding.blood-thinner.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'statin-long-term': {
      risk: msg('Statins can cause muscle pain, even after years.', {
        id: 'finding.statin-long-term.risk',
        desc: 'Result, under a likely cause: why this risk factor the reader ticked makes the cause more likely. Said as a risk, not a symptom. One plain sentence.',
      }),
      label: msg('You have taken a statin for more than 3 months', {
        id: 'finding.statin-long-term.label',
        desc: 'Checker, question 4 checkbox: a statin (cholesterol medicine) taken for longer than 3 months. The box before it is for a statin started or raised in the last 3 months.',
      }),
      hint: msg('Tick both boxes if both are true.', {
        id: 'finding.statin-long-term.hint',
        desc: 'Checker, question 4, small text under the long-term statin checkbox: a reader who has taken a statin for years and recently raised the dose ticks both statin boxes.',
      }),
      forDoctor: msg('I have taken a statin for more than 3 months.', {
        id: 'finding.statin-long-term.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'under-16': {
      label: msg('Under 16', {
        id: 'finding.under-16.label',
        desc: 'Checker, "How old are you?" radio button: under 16 years old (often a parent or carer answers). The checker is written for adults, so a child is always told to see a doctor.',
      }),
      forDoctor: msg('I am under 16, or I am answering for a child under 16.', {
        id: 'finding.under-16.doctor',
        desc: 'Result, "What to tell your doctor" list: the patient is a child or teenager under 16. One sentence.',
      }),
    },

    // Question 5: how long (one choice).
    'duration-under-3-days': {
      label: msg('Less than 3 days', {
        id: 'finding.duration-under-3-days.label',
        desc: 'Checker, question 5 ("How long have you had this pain?") radio button.',
      }),
      forDoctor: msg('I have had the pain for less than 3 days.', {
        id: 'finding.duration-under-3-days.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'duration-3-days-to-2-weeks': {
      label: msg('3 days to 2 weeks', {
        id: 'finding.duration-3-days-to-2-weeks.label',
        desc: 'Checker, question 5 radio button: from 3 days up to 2 weeks.',
      }),
      forDoctor: msg('I have had the pain for 3 days to 2 weeks.', {
        id: 'finding.duration-3-days-to-2-weeks.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'duration-over-2-weeks': {
      label: msg('More than 2 weeks', {
        id: 'finding.duration-over-2-weeks.label',
        desc: 'Checker, question 5 radio button.',
      }),
      forDoctor: msg('I have had the pain for more than 2 weeks.', {
        id: 'finding.duration-over-2-weeks.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },

    // Question 6: is it changing (one choice).
    'trend-better': {
      label: msg('Getting better', {
        id: 'finding.trend-better.label',
        desc: 'Checker, question 6 ("Is it changing?") radio button: the pain is getting better.',
      }),
      forDoctor: msg('My pain is getting better.', {
        id: 'finding.trend-better.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'trend-same': {
      label: msg('About the same', {
        id: 'finding.trend-same.label',
        desc: 'Checker, question 6 radio button: the pain is not changing.',
      }),
      forDoctor: msg('My pain is about the same.', {
        id: 'finding.trend-same.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
    'trend-worse': {
      label: msg('Getting worse', {
        id: 'finding.trend-worse.label',
        desc: 'Checker, question 6 radio button: the pain is getting worse.',
      }),
      forDoctor: msg('My pain is getting worse.', {
        id: 'finding.trend-worse.doctor',
        desc: 'Result, "What to tell your doctor" list. First person, one sentence.',
      }),
    },
  };
  return ALL_FINDINGS.map((id) => ({ id, ...text[id] }));
}

/**
 * What the result adds for a reader the engine routes somewhere special (`TriageResult.routes`):
 * one or two short sentences, shown in the care card.
 */
export function routeText(route: Route): string {
  switch (route) {
    case 'maternity':
      return msg(
        'You are pregnant or had a baby in the last 6 weeks: call your midwife or maternity unit now. They can check you today.',
        {
          id: 'checker.route.maternity',
          desc: 'Urgent result for a pregnant reader or one who gave birth in the last 6 weeks. Midwife and maternity unit: use the names of these services in your country.',
        },
      );
    case 'chemotherapy-helpline':
      return msg(
        'A fever during cancer treatment can be a serious infection. If you have a 24-hour cancer treatment helpline, call it now as well.',
        {
          id: 'checker.route.chemotherapy-helpline',
          desc: 'Emergency result for a reader with cancer (or cancer treatment in the last 6 months) and a fever. It adds to the emergency advice, never replaces it.',
        },
      );
    case 'injury-care':
      return msg(
        'After an injury like this, go to an urgent care centre or an emergency department today. Do not wait for an appointment.',
        {
          id: 'checker.route.injury-care',
          desc: 'Urgent result after an injury (a possible torn tendon or muscle, or an injury that is getting worse): same-day care at an urgent care or injury centre.',
        },
      );
  }
}

/** Who the checker is for: said before question 1. */
export function audienceText(): string {
  return msg(
    'For people aged 16 and over. A child with leg pain should see a doctor, today if they have a fever, a limp or will not walk.',
    {
      id: 'checker.audience',
      desc: 'Shown above the first checker question. 16 is our own cut-off (not a law): keep it. "Today" means same-day care.',
    },
  );
}

/**
 * The call card and the emergency result's first lines: the reader's number is inserted by the
 * element (`number`); where the region is unknown, the generic sentence says which to call.
 */
export const callText = {
  /** Heading of the card that appears under question 1 as soon as a box is ticked. */
  cardHeading: (number: string | undefined) =>
    number
      ? msg(str`Call ${number} now`, {
          id: 'checker.call-card.heading',
          desc: 'Checker, question 1: heading of the red card that appears as soon as an emergency sign is ticked. The placeholder is the local emergency (ambulance) number.',
        })
      : msg('Call for an ambulance now', {
          id: 'checker.call-card.heading-generic',
          desc: 'Checker, question 1: heading of the red card when the reader’s country (so its emergency number) is not known.',
        }),
  /** Why the card appeared, under its heading. */
  cardReason: () =>
    msg('This can be a sign of an emergency. Call now, even if it has stopped.', {
      id: 'checker.call-card.reason',
      desc: 'Checker, question 1, in the red card that appears when an emergency sign is ticked. Signs that came and went still count.',
    }),
  /** The full-width call button. */
  button: (number: string) =>
    msg(str`Call ${number}`, {
      id: 'checker.call.button',
      desc: 'Full-width button that phones the local emergency (ambulance) number. The placeholder is the number.',
    }),
  /** Where the region is unknown: which number to call, instead of a button. */
  unknownRegion: () =>
    msg(
      'Call your local emergency number for an ambulance. For example: 112 in most of Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia.',
      {
        id: 'checker.call.unknown-region',
        desc: 'Shown instead of a call button when the reader’s country is not known. Keep the numbers and the places they belong to exactly.',
      },
    ),
  /** Emergency result, when a combination of answers (not a question-1 sign) set the level. */
  why: () =>
    msg('Your answers together can be a sign of something serious that needs help now.', {
      id: 'checker.emergency.why',
      desc: 'Emergency result, one line under the call button, when no question-1 sign was ticked but a combination of answers means an emergency (for example fever with red, warm skin).',
    }),
  noDriving: () =>
    msg('Do not drive yourself to hospital.', {
      id: 'checker.emergency.no-driving',
      desc: 'Emergency result, under the call button. The reader may faint or get worse on the way.',
    }),
};

/** The urgent result's first lines, around the same-day call buttons. */
export const urgentText = {
  ask: () =>
    msg('Call your doctor and ask to be seen today.', {
      id: 'checker.urgent.ask',
      desc: 'Urgent result, first line under the heading: the reader should be seen by a doctor the same day.',
    }),
  /** The urgent-advice line's button: its name (with its number where the name lacks it). */
  lineButton: (line: string) =>
    msg(str`Call ${line}`, {
      id: 'checker.urgent.line-button',
      desc: 'Urgent result: full-width button that phones the national urgent medical advice line. The placeholder is the line’s name and number (not translated), e.g. "NHS 111".',
    }),
  fallback: () =>
    msg('If you cannot be seen today, go to an urgent care centre or an emergency department.', {
      id: 'checker.urgent.fallback',
      desc: 'Urgent result: what to do when no same-day appointment is available.',
    }),
};

/** The short safety net under a result that is not an emergency. */
export const safetyNetText = {
  now: () =>
    msg(
      'Get help now if you get trouble breathing or chest pain, or your leg turns cold, pale or numb.',
      {
        id: 'checker.safety-net.now',
        desc: 'Result, safety net under a non-emergency result: the main emergency signs in one line. The link after it lists them all.',
      },
    ),
  worse: () =>
    msg('Get help the same day if the pain or swelling gets worse.', {
      id: 'checker.safety-net.worse',
      desc: 'Result, safety net under a non-emergency result: when to get help sooner than advised.',
    }),
  allSigns: () =>
    msg('See all the signs that need help now', {
      id: 'checker.safety-net.all-signs',
      desc: 'Result, safety net: link (or a fold that opens) to the full list of emergency signs.',
    }),
};

/** What the result says about its list of possible causes. */
export const causesText = {
  cannotTell: () =>
    msg('Your answers cannot tell these apart. Follow the advice at the top of this page.', {
      id: 'checker.causes.cannot-tell',
      desc: 'Result, at the top of the folded list of possible causes: the checker cannot tell which one it is, so the advice at the top is what matters.',
    }),
  symptoms: () =>
    msg('Your answers that point to it:', {
      id: 'checker.causes.symptoms',
      desc: 'Result, under a possible cause: introduces a short list of the reader’s own answers (symptoms) that point to it.',
    }),
  risks: () =>
    msg('What makes it more likely for you:', {
      id: 'checker.causes.risks',
      desc: 'Result, under a possible cause: introduces one sentence per risk factor the reader ticked (for example "Being pregnant makes clots more likely").',
    }),
};

/**
 * Sentences for "What to tell your doctor" about what the reader does NOT have, and the advice
 * the checker gave: a doctor needs both.
 */
export const doctorExtraText = {
  noEmergencySigns: () =>
    msg(
      'Since the pain started, I have had no shortness of breath, chest pain, fainting or other emergency signs.',
      {
        id: 'checker.doctor.none.emergency',
        desc: 'Result, "What to tell your doctor" list: the reader answered "None of these" to question 1 (the emergency signs). First person, one sentence.',
      },
    ),
  noSigns: () =>
    msg('I have no swelling, redness, fever, numbness or other signs the checker asked about.', {
      id: 'checker.doctor.none.signs',
      desc: 'Result, "What to tell your doctor" list: the reader answered "None of these" to "What do you notice?". First person, one sentence.',
    }),
  noRisks: () =>
    msg(
      'None of the clot risks, medicines or heart problems the checker asked about apply to me.',
      {
        id: 'checker.doctor.none.risks',
        desc: 'Result, "What to tell your doctor" list: the reader answered "None of these" to "Does any of this apply to you?". First person, one sentence.',
      },
    ),
  advice: (advice: string) =>
    msg(str`This checker advised: ${advice}.`, {
      id: 'checker.doctor.advice',
      desc: 'Result, last line of "What to tell your doctor": the advice the checker gave. The placeholder is the result heading, e.g. "You need to see a doctor today".',
    }),
};

// Moved beside the guide's own text; still exported from here.
export { causeText } from './cause-text.js';
export { startCardText } from './start-card-text.js';
