/**
 * The guide's sections as a reader opens them: the introduction, "Why these signs matter", the
 * four cause groups and the other causes. Text only, built with `msg()` when called, like
 * guide.ts, which keeps what the closed guide shows (titles, summaries, the emergency signs,
 * labels). Apart from it so the bundler entry loads these when a section first opens (a part of
 * its own, dist/bundler/parts/); the one-file builds hold both.
 */
import { msg, str } from '@lit/localize';
import type { CauseId } from '../checker/ids.js';
import { CAUSE_SECTION_IDS } from './types.js';
import { VTE_RISK } from '../checker/rules.js';
import { causeText } from './cause-text.js';
import type {
  CauseSection,
  CauseSectionId,
  CauseTopic,
  Introduction,
  OtherCause,
  RedFlagCondition,
} from './types.js';
import {
  arteriesSummary,
  arteriesTitle,
  clotSummary,
  clotTitle,
  introTitle,
  muscleSummary,
  muscleTitle,
  nervesSummary,
  nervesTitle,
  type ClotRisk,
} from './guide.js';

/** The checker's name for each cause: the guide uses the same name (one name per cause). */
function causeNames(): Record<CauseId, string> {
  return Object.fromEntries(causeText().map((c) => [c.id, c.name])) as Record<CauseId, string>;
}

/** The introduction ("About pain at the top of the calf"), with the part about children. */
export function introduction(): Introduction {
  return {
    title: introTitle(),
    paragraphs: [
      msg(
        'Your calf is the back of your lower leg. Just below the knee are two muscles: the gastrocnemius, the big one you can see, and the soleus, a flatter one under it.',
        {
          id: 'guide.intro.1',
          desc: 'Introduction, paragraph 1: where the top of the calf is, and its two muscles. Keep the Latin muscle names as doctors in your language say them, each with its plain explanation.',
        },
      ),
      msg('Pain here can come from a muscle, a nerve, or a blood vessel (a vein or an artery).', {
        id: 'guide.intro.3',
        desc: 'Introduction, paragraph 3: the main groups of causes. Veins carry blood back to the heart; arteries carry blood from it.',
      }),
      msg('Most calf pain is not serious, but a few causes need help fast.', {
        id: 'guide.intro.4',
        desc: 'Introduction, paragraph 4: reassure without hiding that some causes are urgent.',
      }),
      msg('See a doctor if any calf pain is not getting better after 3 days.', {
        id: 'guide.intro.three-days',
        desc: 'Introduction: the general rule for calf pain that lasts, whatever its cause. 3 days is a deliberately careful limit: keep the number.',
      }),
      msg('If you are worried or not sure what to do, get medical advice.', {
        id: 'guide.intro.7',
        desc: 'Introduction, paragraph 7: a general safety net.',
      }),
    ],
    children: {
      title: msg('Children and teenagers', {
        id: 'guide.children.title',
        desc: 'Sub-heading in the introduction: leg pain in someone under 16. The guide is written for adults.',
      }),
      paragraphs: [
        msg(
          'Children often get aching legs in the evening or at night. These growing pains affect both legs and are gone by the morning.',
          {
            id: 'guide.children.1',
            desc: 'Introduction, children and teenagers: what harmless growing pains are like, so that a parent can see when the pain is different.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('your child has a high temperature and leg pain', {
              id: 'guide.children.help.urgent.1',
              desc: 'Children, same-day list item (after "Get medical help today if:"). High temperature = fever.',
            }),
            msg('your child cannot put weight on the leg', {
              id: 'guide.children.help.urgent.2',
              desc: 'Children, same-day list item: the child cannot stand or walk on the painful leg.',
            }),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('your child limps, or does not want to walk', {
              id: 'guide.children.help.routine.1',
              desc: 'Children, list item after "See your doctor if:".',
            }),
            msg('the pain is in one leg only, or is still there in the morning', {
              id: 'guide.children.help.routine.2',
              desc: 'Children, list item after "See your doctor if:": unlike growing pains, which are in both legs and gone by the morning.',
            }),
          ],
        },
      ],
      sources: ['nhs-growing-pains', 'healthier-together-limp'],
    },
  };
}

/**
 * The conditions behind the emergency signs ("Why these signs matter"): what each is and why it
 * is urgent. Their signs are in the card just above; only signs the card leaves out are listed.
 */
export function redFlagConditions(): RedFlagCondition[] {
  const names = causeNames();
  return [
    {
      id: 'pe',
      name: names.pe,
      explanation: msg(
        'A clot in a leg vein can break off and travel to the lungs. Its signs can come and go: get help even if they have stopped.',
        {
          id: 'guide.cond.pe.explanation',
          desc: 'Why a blood clot in the lung (pulmonary embolism) is an emergency. "Its signs" are those in the emergency card above: they can stop and come back. Keep "even if they have stopped".',
        },
      ),
      signs: [],
      sources: ['nhs-pe'],
    },
    {
      id: 'acute-limb-ischemia',
      name: names['acute-limb-ischemia'],
      explanation: msg(
        'An artery to the leg can suddenly get blocked, often by a clot, more often in people with an irregular heartbeat. The leg needs treatment within hours.',
        {
          id: 'guide.cond.ali.explanation',
          desc: 'Why a suddenly blocked artery in the leg (acute limb ischaemia) is an emergency. An artery carries blood from the heart. Irregular heartbeat: for example atrial fibrillation.',
        },
      ),
      signs: [],
      sources: ['devon-ali', 'rcem-6ps'],
    },
    {
      id: 'compartment-syndrome',
      name: names['compartment-syndrome'],
      explanation: msg(
        'After an injury, or under a tight cast or bandage, pressure can build up in the calf. It often needs an operation at once. Numbness comes late: do not wait for it.',
        {
          id: 'guide.cond.acs.explanation',
          desc: 'Why acute compartment syndrome is an emergency. "Cast" = a plaster cast. Numbness is a late sign: the reader must not wait for it before getting help.',
        },
      ),
      signs: [],
      sources: ['nhs-compartment-syndrome', 'statpearls-acs'],
    },
    {
      id: 'cauda-equina',
      name: names['cauda-equina'],
      explanation: msg(
        'It is rare, but needs hospital care at once. It can start like sciatica (nerve pain that spreads from the back down the leg). Other signs are:',
        {
          id: 'guide.cond.ces.explanation',
          desc: 'Why cauda equina syndrome is an emergency. Sciatica = pain from a nerve in the lower back, felt down the leg. A list of two more signs follows "Other signs are:".',
        },
      ),
      signs: [
        msg('you cannot feel toilet paper when you wipe', {
          id: 'guide.cond.ces.sign.2',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
        msg('less feeling in your genitals during sex, or new problems getting an erection', {
          id: 'guide.cond.ces.sign.6',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
      ],
      sources: ['nhs-sciatica', 'royal-free-ces'],
    },
    {
      id: 'sepsis',
      name: names.sepsis,
      explanation: msg(
        'An infection in the leg, such as cellulitis (a skin infection), can spread. Then your whole body can get very unwell.',
        {
          id: 'guide.cond.sepsis.explanation',
          desc: 'Why a spreading infection (sepsis) is an emergency. Cellulitis = an infection of the skin and the tissue under it.',
        },
      ),
      signs: [],
      advice: msg(
        'Are you having cancer treatment, or had it lately? Then a high temperature, or feeling hot and shivery, can mean a bad infection. Call your chemotherapy helpline at once, or go to an emergency department.',
        {
          id: 'guide.cond.sepsis.cancer',
          desc: 'Fever during cancer treatment can be a dangerous infection (neutropenic sepsis): an emergency. "Chemotherapy helpline" = the 24-hour phone line cancer services give their patients; use the usual words in your country, but name no phone number, service or brand.',
        },
      ),
      sources: ['nhs-cellulitis', 'nice-cg151'],
    },
  ];
}

function muscleSection(): CauseSection {
  const names = causeNames();
  return {
    id: 'muscle',
    title: muscleTitle(),
    summary: muscleSummary(),
    whatItIs: [
      msg('A strain happens at a moment you can point to, often as you push off to run or jump.', {
        id: 'guide.muscle.what.2',
        desc: 'Muscle section, "What it is": a strain (a stretched or torn muscle) starts at a clear moment.',
      }),
    ],
    topics: [
      {
        id: 'muscle-strain',
        title: names['muscle-strain'],
        paragraphs: [
          msg(
            'A small strain feels sore and stiff. A bigger tear hurts suddenly and sharply. You may hear or feel a pop.',
            {
              id: 'guide.muscle.strain.1',
              desc: 'Muscle section: small strain versus bigger tear.',
            },
          ),
          msg(
            'A tear in the big calf muscle is sometimes called “tennis leg”. It is most common in middle age.',
            {
              id: 'guide.muscle.strain.2',
              desc: 'Muscle section: the nickname of a tear of the inner part of the gastrocnemius. Use the local nickname if there is one.',
            },
          ),
          msg('A knock or kick to the calf can bruise the muscle. The same care helps.', {
            id: 'guide.muscle.strain.3',
            desc: 'Muscle section: a bruised calf muscle is cared for like a strain.',
          }),
          msg('A blood clot can feel like a strain, so look out for the warning signs below.', {
            id: 'guide.muscle.strain.4',
            desc: 'Muscle section: a clot can look like a strain, so the reader should check the warning signs.',
          }),
        ],
      },
      {
        id: 'muscle-bleed',
        title: names['muscle-bleed'],
        paragraphs: [
          msg(
            'Blood thinners (anticoagulants), such as warfarin or apixaban, make you bleed more easily.',
            {
              id: 'guide.muscle.bleed.1',
              desc: 'Muscle section, bleeding into the calf, paragraph 1. Blood thinners = anticoagulant medicines. Keep the medicine names as they are known in your country.',
            },
          ),
          msg(
            'After a knock, or for no clear reason, blood can collect in the calf. It may swell, bruise or feel tight.',
            {
              id: 'guide.muscle.bleed.2',
              desc: 'Muscle section, bleeding into the calf, paragraph 2: what happens. The pressure of the blood can harm the muscle, which is why it is urgent.',
            },
          ),
          msg(
            'Get medical help the same day, and do not stop your medicine unless a doctor says so.',
            {
              id: 'guide.muscle.bleed.3',
              desc: 'Muscle section, bleeding into the calf, paragraph 3: same-day help; stopping a blood thinner on one’s own is dangerous.',
            },
          ),
        ],
      },
    ],
    feels: [
      msg('pain, weakness or tenderness (it hurts when you press on it)', {
        id: 'guide.muscle.feels.1',
        desc: 'Muscle section, "How it feels", list item. Tenderness = it hurts when pressed; keep the explanation in brackets.',
      }),
      msg('swelling or bruising', {
        id: 'guide.muscle.feels.2',
        desc: 'Muscle section, "How it feels", list item.',
      }),
      msg('it hurts to walk or put weight on the leg', {
        id: 'guide.muscle.feels.4',
        desc: 'Muscle section, "How it feels", list item.',
      }),
      msg('it feels a little better each day', {
        id: 'guide.muscle.feels.5',
        desc: 'Muscle section, "How it feels", list item: a strain improves day by day.',
      }),
    ],
    whoGetsIt: [],
    whatHelps: [
      msg('For the first 2 to 3 days, rest your leg as much as you can.', {
        id: 'guide.muscle.helps.1',
        desc: 'Muscle section, "What helps", list item (self-care).',
      }),
      msg(
        'Hold an ice pack, wrapped in a towel, on the sore part, and raise your leg when you can.',
        {
          id: 'guide.muscle.helps.2',
          desc: 'Muscle section, "What helps", list item (self-care). The towel stops the ice hurting the skin.',
        },
      ),
      msg('Wrap a bandage around your calf to support it. It should not feel tight.', {
        id: 'guide.muscle.helps.3',
        desc: 'Muscle section, "What helps", list item (self-care). A too-tight bandage is dangerous: keep "not tight".',
      }),
      msg('For the first 3 days, avoid heat, alcohol, running and massage.', {
        id: 'guide.muscle.helps.5',
        desc: 'Muscle section, "What helps", list item (self-care): things that can harm healing in the first 72 hours.',
      }),
      msg('Ask a pharmacist which painkillers are right for you.', {
        id: 'guide.muscle.helps.6',
        desc: 'Muscle section, "What helps", list item (self-care).',
      }),
      msg(
        'Most strains feel better in about 2 weeks. Avoid running and other hard exercise for up to 8 weeks.',
        {
          id: 'guide.muscle.helps.7',
          desc: 'Muscle section, "What helps", list item: how long healing takes.',
        },
      ),
    ],
    getHelp: [
      {
        level: 'urgent',
        signs: [
          msg('you cannot walk, or cannot stand on tiptoe on that leg', {
            id: 'guide.muscle.help.urgent.1',
            desc: 'Muscle section, same-day list item (after "Get medical help today if:").',
          }),
          msg('you heard a pop or snap, or it felt like a kick to the back of the leg', {
            id: 'guide.muscle.help.urgent.2',
            desc: 'Muscle section, same-day list item: possible torn tendon or muscle.',
          }),
          msg('the pain or swelling is getting worse', {
            id: 'guide.muscle.help.urgent.3',
            desc: 'Muscle section, same-day list item.',
          }),
          msg('you have a high temperature or feel hot and shivery', {
            id: 'guide.muscle.help.urgent.4',
            desc: 'Muscle section, same-day list item.',
          }),
          msg('you take a blood thinner and your calf is knocked, swollen or bruised', {
            id: 'guide.muscle.help.urgent.blood-thinner',
            desc: 'Muscle section, same-day list item: possible bleeding into the muscle. Blood thinner = an anticoagulant medicine.',
          }),
        ],
      },
      {
        level: 'routine',
        signs: [
          msg('it is not getting better after 3 days of care at home', {
            id: 'guide.muscle.help.routine.1',
            desc: 'Muscle section, list item after "See your doctor if:". 3 days is a deliberately careful limit.',
          }),
        ],
      },
    ],
    sources: [
      'nhs-sprains',
      'portsmouth-sprains',
      'statpearls-gastrocnemius',
      'nhs-warfarin',
      'healthywa-warfarin',
    ],
  };
}

function nerveTopics(): CauseTopic[] {
  const names = causeNames();
  return [
    {
      id: 'nerve-root',
      title: names['nerve-root'],
      paragraphs: [
        msg(
          'The pain spreads from your bottom down the back of your leg, to the calf, heel or outer edge of the foot.',
          {
            id: 'guide.nerves.root.1',
            desc: 'Nerve section, sciatica paragraph 1: where the pain goes (the S1 nerve root pattern).',
          },
        ),
        msg('It usually gets better in 4 to 6 weeks, but it can last longer.', {
          id: 'guide.nerves.root.4',
          desc: 'Nerve section, sciatica paragraph 4.',
        }),
      ],
    },
    {
      id: 'spinal-stenosis',
      title: names['spinal-stenosis'],
      paragraphs: [
        msg(
          'One or both legs hurt when you stand or walk. The pain eases when you sit or bend forward, as when you lean on a shopping trolley. Standing still does not help much.',
          {
            id: 'guide.nerves.stenosis.1',
            desc: 'Nerve section, spinal stenosis paragraph: how it differs from artery pain, which eases by standing still.',
          },
        ),
      ],
    },
    {
      id: 'sural-nerve',
      title: names['sural-nerve'],
      paragraphs: [
        msg(
          'The sural nerve runs down the outside of the calf to the outer edge of the foot. If it is hurt or pressed on, that edge of the foot can hurt, tingle or go numb.',
          {
            id: 'guide.nerves.sural.1',
            desc: 'Nerve section, sural nerve paragraph 1: where the nerve runs, and what happens when it is hurt.',
          },
        ),
        msg(
          'It can happen after an ankle injury or operation, or from boots or stockings that are too tight.',
          {
            id: 'guide.nerves.sural.3',
            desc: 'Nerve section, sural nerve paragraph 3: causes.',
          },
        ),
      ],
    },
    {
      id: 'neuropathy',
      title: names.neuropathy,
      paragraphs: [
        msg('It usually starts in both feet and can spread up the legs.', {
          id: 'guide.nerves.neuropathy.1',
          desc: 'Nerve section, neuropathy paragraph 1.',
        }),
        msg(
          'It can cause burning pain, pins and needles (tingling) or numbness, and affect your balance.',
          {
            id: 'guide.nerves.neuropathy.2',
            desc: 'Nerve section, neuropathy paragraph 2. "Pins and needles" = tingling; keep the explanation in brackets.',
          },
        ),
        msg('Diabetes is one of the most common causes. Others are alcohol and some medicines.', {
          id: 'guide.nerves.neuropathy.3',
          desc: 'Nerve section, neuropathy paragraph 3: causes.',
        }),
      ],
    },
  ];
}

function nervesSection(): CauseSection {
  return {
    id: 'nerves',
    title: nervesTitle(),
    summary: nervesSummary(),
    whatItIs: [
      msg(
        'A nerve that is pressed on or damaged can cause calf pain, even when the problem is in the back. Nerve pain can burn, stab or shoot.',
        {
          id: 'guide.nerves.what.1',
          desc: 'Nerve section, "What it is", paragraph 1.',
        },
      ),
    ],
    topics: nerveTopics(),
    feels: [],
    whoGetsIt: [],
    whatHelps: [
      msg('Keep up your normal activities as much as you can.', {
        id: 'guide.nerves.helps.1',
        desc: 'Nerve section, "What helps", list item (self-care for sciatica).',
      }),
      msg('Ask a pharmacist which painkillers are right for you.', {
        id: 'guide.nerves.helps.2',
        desc: 'Nerve section, "What helps", list item (self-care).',
      }),
      msg('If you have diabetes, get any cut or sore on your foot checked.', {
        id: 'guide.nerves.helps.4',
        desc: 'Nerve section, "What helps", list item.',
      }),
    ],
    getHelp: [
      {
        level: 'urgent',
        signs: [
          msg('your foot or ankle is getting weaker, or your toes catch when you walk', {
            id: 'guide.nerves.help.urgent.1',
            desc: 'Nerve section, same-day list item (after "Get medical help today if:"): a nerve getting worse.',
          }),
          msg('you have diabetes and a wound, or a hot, swollen area, on your foot or leg', {
            id: 'guide.nerves.help.urgent.2',
            desc: 'Nerve section, same-day list item: a diabetic foot problem.',
          }),
        ],
      },
      {
        level: 'routine',
        signs: [
          msg('the pain is not getting better after 3 days', {
            id: 'guide.nerves.help.routine.1',
            desc: 'Nerve section, list item after "See your doctor if:". 3 days is a deliberately careful limit: keep the number.',
          }),
          msg('the pain is getting worse, or stops you doing your normal things', {
            id: 'guide.nerves.help.routine.2',
            desc: 'Nerve section, list item after "See your doctor if:".',
          }),
          msg('you have burning, tingling or numbness in your feet', {
            id: 'guide.nerves.help.routine.3',
            desc: 'Nerve section, list item after "See your doctor if:": early nerve damage.',
          }),
          msg('your legs hurt when you stand or walk, and it eases when you sit or bend forward', {
            id: 'guide.nerves.help.routine.4',
            desc: 'Nerve section, list item after "See your doctor if:": narrowing in the spine.',
          }),
        ],
      },
    ],
    sources: [
      'nhs-sciatica',
      'lothian-red-flags',
      'podiapaedia-sural',
      'nidirect-neuropathy',
      'diabetes-uk-feet',
    ],
  };
}

function clotSection(): CauseSection {
  const names = causeNames();
  return {
    id: 'clot',
    title: clotTitle(),
    summary: clotSummary(),
    whatItIs: [
      msg(
        'Deep vein thrombosis (DVT) is a blood clot in a deep vein, usually in the calf or thigh.',
        {
          id: 'guide.clot.what.1',
          desc: 'Clot section, "What it is", paragraph 1. DVT = deep vein thrombosis; keep the local abbreviation.',
        },
      ),
      msg(
        'Part of the clot can break off and travel to the lungs. This is a pulmonary embolism, a blood clot in the lung. It is an emergency.',
        {
          id: 'guide.clot.what.2',
          desc: 'Clot section, "What it is", paragraph 2: why a leg clot matters.',
        },
      ),
    ],
    topics: [
      {
        id: 'dvt',
        title: names.dvt,
        paragraphs: [
          msg('A clot usually affects one leg. It is rare in both legs.', {
            id: 'guide.clot.dvt.1',
            desc: 'Clot section paragraph.',
          }),
          msg(
            'A clot can feel like a pulled muscle, a burst lump behind the knee or a skin infection. You cannot tell them apart yourself.',
            {
              id: 'guide.clot.dvt.2',
              desc: 'Clot section paragraph: other causes that look like a clot (muscle tear, burst Baker’s cyst, cellulitis).',
            },
          ),
        ],
      },
    ],
    feels: [
      msg('throbbing or cramping pain in one leg, usually in the calf or thigh', {
        id: 'guide.clot.feels.1',
        desc: 'Clot section, "How it feels", list item.',
      }),
      msg('pain that starts like a cramp but does not go away', {
        id: 'guide.clot.feels.cramp-stays',
        desc: 'Clot section, "How it feels", list item: a clot can feel like a cramp, but the pain stays.',
      }),
      msg('swelling in one leg', {
        id: 'guide.clot.feels.2',
        desc: 'Clot section, "How it feels", list item.',
      }),
      msg(
        'warm, red or darker skin around the sore area (redness is harder to see on brown or black skin)',
        {
          id: 'guide.clot.feels.4',
          desc: 'Clot section, "How it feels", list item. Keep the note about brown or black skin.',
        },
      ),
      msg('swollen veins that feel hard or sore when you touch them', {
        id: 'guide.clot.feels.5',
        desc: 'Clot section, "How it feels", list item.',
      }),
    ],
    whoGetsIt: clotRiskGroups().map((group) => group.text),
    whoGetsItNote: msg(
      'A clot can also happen for no clear reason. It is a bit more likely if you are over 60, overweight or smoke, or have heart failure.',
      {
        id: 'guide.clot.who.also',
        desc: 'Clot section, sentence after the "Who gets it" list: a clot can happen to anyone, and some things raise the chance only a little. These are not among "the groups above" that the same-day advice below refers to.',
      },
    ),
    whatHelps: [
      msg('Do not rub or massage your calf.', {
        id: 'guide.clot.helps.2',
        desc: 'Clot section, "What helps", list item.',
      }),
      msg('A doctor may need to scan your leg, often the same day. Do not wait to be seen.', {
        id: 'guide.clot.helps.4',
        desc: 'Clot section, "What helps", list item: an ultrasound scan within 24 hours, ideally within 4.',
      }),
      msg('If it is a clot, you will usually take medicine to stop it getting bigger.', {
        id: 'guide.clot.helps.5',
        desc: 'Clot section, "What helps", list item: anticoagulant medicine.',
      }),
    ],
    getHelp: [
      {
        level: 'urgent',
        signs: [
          msg('you think you might have a blood clot in your leg', {
            id: 'guide.clot.help.urgent.1',
            desc: 'Clot section, same-day list item (after "Get medical help today if:").',
          }),
          msg('one leg is swollen and you have not hurt it', {
            id: 'guide.clot.help.urgent.2',
            desc: 'Clot section, same-day list item.',
          }),
          msg(
            'you are in one of the groups above and have calf pain. Only a short cramp that has gone, or soreness after exercise that is easing, can wait.',
            {
              id: 'guide.clot.help.urgent.3',
              desc: 'Clot section, same-day list item. "The groups above" = the "Who gets it" list of this section (not the sentence after it). The only pains that can wait: a short cramp that has passed and left the calf fine, or soreness after exercise that is getting better.',
            },
          ),
        ],
      },
    ],
    sources: ['nhs-dvt', 'nhs-blood-clots', 'nice-ng158', 'glos-dvt', 'healthdirect-dvt'],
  };
}

function arteriesSection(): CauseSection {
  const names = causeNames();
  return {
    id: 'arteries',
    title: arteriesTitle(),
    summary: arteriesSummary(),
    whatItIs: [
      msg('Arteries are the tubes that carry blood from your heart to the rest of your body.', {
        id: 'guide.arteries.what.1',
        desc: 'Arteries section, "What it is", paragraph 1.',
      }),
      msg(
        'When the arteries in the legs get narrow, less blood gets to the leg muscles. This is common as people get older.',
        {
          id: 'guide.arteries.what.2',
          desc: 'Arteries section, "What it is", paragraph 2: peripheral arterial disease.',
        },
      ),
    ],
    topics: [
      {
        id: 'pad',
        title: names.pad,
        paragraphs: [
          msg('The main sign is pain in the calf when you walk or climb stairs (claudication).', {
            id: 'guide.arteries.pad.1',
            desc: 'Arteries section, paragraph: the main sign of narrowed leg arteries. Claudication = calf pain on walking from poor blood flow; keep the medical word in brackets.',
          }),
          msg(
            'The pain starts after about the same distance each time. It goes a few minutes after you stop and stand still. You do not need to sit down.',
            {
              id: 'guide.arteries.pad.2',
              desc: 'Arteries section, claudication paragraph 2: how it differs from spinal narrowing, which eases only by sitting or bending forward.',
            },
          ),
          msg('It often affects both legs, but one may be worse.', {
            id: 'guide.arteries.pad.3',
            desc: 'Arteries section, claudication paragraph 3.',
          }),
        ],
      },
      {
        id: 'critical-limb-ischemia',
        title: names['critical-limb-ischemia'],
        paragraphs: [
          msg(
            'If very little blood gets through, your foot or calf can hurt even at rest, often at night in bed. Hanging the leg over the side of the bed may help.',
            {
              id: 'guide.arteries.cli.1',
              desc: 'Arteries section, critical limb ischaemia paragraph 1: pain at rest, eased by hanging the leg down.',
            },
          ),
          msg('Sores that do not heal, or dark toes, are also warning signs.', {
            id: 'guide.arteries.cli.3',
            desc: 'Arteries section, critical limb ischaemia paragraph 2: other signs of very poor blood flow.',
          }),
        ],
      },
    ],
    feels: [
      msg('cold feet, or one foot colder than the other', {
        id: 'guide.arteries.feels.2',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('numb or weak legs', {
        id: 'guide.arteries.feels.3',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('pale, shiny or hairless skin on your legs or feet', {
        id: 'guide.arteries.feels.4',
        desc: 'Arteries section, "How it feels", list item.',
      }),
    ],
    whoGetsIt: [
      msg('people who smoke or have diabetes', {
        id: 'guide.arteries.who.1',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg(
        'people with heart disease, high blood pressure or high cholesterol, or who have had a stroke',
        {
          id: 'guide.arteries.who.3',
          desc: 'Arteries section, "Who gets it", list item.',
        },
      ),
      msg('people with kidney disease', {
        id: 'guide.arteries.who.5',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('older people, men more than women, and people who are not very active', {
        id: 'guide.arteries.who.6',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
    ],
    whatHelps: [
      msg(
        'Your doctor can check the blood flow in your legs with a simple test at your ankles and arms.',
        {
          id: 'guide.arteries.helps.1',
          desc: 'Arteries section, "What helps", list item: the ankle-brachial pressure index test.',
        },
      ),
      msg('If you smoke, get help to stop.', {
        id: 'guide.arteries.helps.2',
        desc: 'Arteries section, "What helps", list item.',
      }),
      msg('Keep walking, within the limits your doctor or nurse gives you.', {
        id: 'guide.arteries.helps.3',
        desc: 'Arteries section, "What helps", list item: supervised walking exercise.',
      }),
    ],
    getHelp: [
      {
        level: 'urgent',
        signs: [
          msg('your foot or calf hurts when you rest, or at night', {
            id: 'guide.arteries.help.urgent.1',
            desc: 'Arteries section, same-day list item (after "Get medical help today if:").',
          }),
          msg('you have a sore on your foot or leg that is not healing, or your toes look dark', {
            id: 'guide.arteries.help.urgent.2',
            desc: 'Arteries section, same-day list item.',
          }),
          msg('your pain when walking gets worse, or starts after a shorter walk than before', {
            id: 'guide.arteries.help.urgent.3',
            desc: 'Arteries section, same-day list item: walking pain (claudication) that gets worse, for example when the distance you can walk suddenly halves.',
          }),
        ],
      },
      {
        level: 'routine',
        signs: [
          msg('your calf aches when you walk, and this keeps happening', {
            id: 'guide.arteries.help.routine.1',
            desc: 'Arteries section, list item after "See your doctor if:".',
          }),
        ],
      },
    ],
    sources: ['nidirect-pad', 'nice-cg147'],
  };
}

/**
 * The groups with a higher chance of a blood clot, in the guide's words: exactly the engine's
 * `VTE_RISK` list, in its order (a `Record` keyed by its ids, so a new id cannot be left out).
 * Same-day advice that says "one of the groups above" means these and nothing else; anything
 * else that raises the chance of a clot only a little is said in a sentence apart.
 */
export function clotRiskGroups(): Array<{ id: ClotRisk; text: string }> {
  const text: Record<ClotRisk, string> = {
    'recent-surgery-or-bed-rest': msg(
      'people who had an operation, a hospital stay, 3 or more days in bed, or a leg in a cast in the last 12 weeks',
      {
        id: 'guide.clot.who.1',
        desc: 'Clot section, "Who gets it" (higher chance of a clot), list item. The same group as the checker’s question on surgery or bed rest: keep "12 weeks" and "3 or more days".',
      },
    ),
    'long-journey': msg('people who sat for more than 3 hours on a journey in the last 4 weeks', {
      id: 'guide.clot.who.3',
      desc: 'Clot section, "Who gets it", list item: by plane, car, bus or train. Keep "more than 3 hours" and "4 weeks".',
    }),
    'previous-clot': msg('people who had a blood clot before', {
      id: 'guide.clot.who.7',
      desc: 'Clot section, "Who gets it", list item.',
    }),
    cancer: msg('people with cancer, or cancer treatment in the last 6 months', {
      id: 'guide.clot.who.6',
      desc: 'Clot section, "Who gets it", list item. Keep "6 months".',
    }),
    pregnancy: msg('people who are pregnant or had a baby in the last 6 weeks', {
      id: 'guide.clot.who.4',
      desc: 'Clot section, "Who gets it", list item.',
    }),
    hormones: msg(
      'people on the combined pill, patch or ring, or hormone replacement therapy (HRT)',
      {
        id: 'guide.clot.who.5',
        desc: 'Clot section, "Who gets it", list item. The combined pill, patch or ring is birth control with two hormones; HRT = hormone replacement therapy for the menopause. Use the names and abbreviation readers know in your country.',
      },
    ),
  };
  return VTE_RISK.map((id) => ({ id, text: text[id] }));
}

const CAUSE_SECTIONS: Record<CauseSectionId, () => CauseSection> = {
  muscle: muscleSection,
  nerves: nervesSection,
  clot: clotSection,
  arteries: arteriesSection,
};

/** The four main cause groups, in the guide's order. */
export function causeSections(): CauseSection[] {
  return CAUSE_SECTION_IDS.map(causeSection);
}

/** One cause group, built alone (a section is about 40 strings: build only the one shown). */
export function causeSection(id: CauseSectionId): CauseSection {
  return CAUSE_SECTIONS[id]();
}

/** Brief entries for the other causes and the conditions that can look like the main ones. */
export function otherCauses(): OtherCause[] {
  const names = causeNames();
  return [
    {
      id: 'cramp',
      name: names.cramp,
      paragraphs: [
        msg(
          'A cramp is a sudden, tight knot in the muscle that lasts up to 10 minutes. The muscle may feel sore for a day after.',
          {
            id: 'guide.other.cramp.1',
            desc: 'Other causes, cramp paragraph 1.',
          },
        ),
        msg('Cramps are more common with age, in pregnancy and after exercise.', {
          id: 'guide.other.cramp.3',
          desc: 'Other causes, cramp paragraph 3.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('a cramp lasts more than 10 minutes and does not ease when you stretch or move', {
              id: 'guide.other.cramp.help.urgent.1',
              desc: 'Cramp, same-day list item (after "Get medical help today if:").',
            }),
            msg(
              str`your calf still aches between cramps, and you are in one of the groups under “${clotTitle()}”`,
              {
                id: 'guide.other.cramp.help.urgent.clot',
                desc: 'Cramp, same-day list item: a calf that still aches after a cramp can be a clot in someone with a higher chance of one. The placeholder is the heading of the guide section on blood clots, which lists those groups.',
              },
            ),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('cramps often wake you at night', {
              id: 'guide.other.cramp.help.routine.1',
              desc: 'Cramp, list item after "See your doctor if:".',
            }),
            msg('you also have numbness in your legs', {
              id: 'guide.other.cramp.help.routine.2',
              desc: 'Cramp, list item after "See your doctor if:".',
            }),
          ],
        },
      ],
      sources: ['nhs-leg-cramps', 'nidirect-leg-cramps'],
    },
    {
      id: 'muscle-soreness',
      name: names['muscle-soreness'],
      paragraphs: [
        msg(
          'After new or harder exercise, both calves can ache a day or two later. This usually eases within 2 to 5 days.',
          {
            id: 'guide.other.soreness.1',
            desc: 'Other causes, muscle soreness paragraph: when it starts and how long it usually lasts.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('one calf is swollen or warm', {
              id: 'guide.other.soreness.help.urgent.1',
              desc: 'Muscle soreness, same-day list item: this could be a clot instead.',
            }),
            msg(
              str`the ache is not easing, and you are in one of the groups under “${clotTitle()}”`,
              {
                id: 'guide.other.soreness.help.urgent.clot',
                desc: 'Muscle soreness, same-day list item: in someone with a higher chance of a clot, an ache that is not getting better may be a clot. The placeholder is the heading of the guide section on blood clots, which lists those groups.',
              },
            ),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('the ache is not better after 3 days, or it gets worse', {
              id: 'guide.other.soreness.help.routine.1',
              desc: 'Muscle soreness, list item after "See your doctor if:". 3 days is a deliberately careful limit: keep the number.',
            }),
          ],
        },
      ],
      sources: ['nhs-inform-exercise'],
    },
    {
      id: 'tendon-rupture',
      name: names['tendon-rupture'],
      paragraphs: [
        msg(
          'The Achilles tendon joins your calf muscle to your heel. It, or the calf muscle, can tear all at once, often during sport.',
          {
            id: 'guide.other.rupture.1',
            desc: 'Other causes, torn tendon paragraph 1.',
          },
        ),
        msg('You may still walk, flat-footed, but you cannot stand on tiptoe on that leg.', {
          id: 'guide.other.rupture.3',
          desc: 'Other causes, torn tendon paragraph 3.',
        }),
        msg(
          'Some antibiotics (such as ciprofloxacin) and steroid tablets make a tear more likely.',
          {
            id: 'guide.other.rupture.medicines',
            desc: 'Other causes, torn tendon: medicines that raise the risk (fluoroquinolone antibiotics, corticosteroid tablets). Use the medicine name as it is known in your country.',
          },
        ),
        msg('Treatment works best when it starts soon, so get it checked the same day.', {
          id: 'guide.other.rupture.5',
          desc: 'Other causes, torn tendon paragraph 5.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg(
              'you heard or felt a snap or pop, or it felt like a kick to the back of the leg, even if you can still walk',
              {
                id: 'guide.other.rupture.help.urgent.1',
                desc: 'Torn tendon, same-day list item (after "Get medical help today if:").',
              },
            ),
            msg('you cannot stand on tiptoe on that leg', {
              id: 'guide.other.rupture.help.urgent.2',
              desc: 'Torn tendon, same-day list item.',
            }),
          ],
        },
      ],
      sources: ['bjgp-achilles', 'nhs-fife-achilles'],
    },
    {
      id: 'bakers-cyst',
      name: names['bakers-cyst'],
      paragraphs: [
        msg(
          'If it bursts, it can cause sharp pain, swelling and redness in the calf. Redness can be harder to see on brown or black skin.',
          {
            id: 'guide.other.bakers.2',
            desc: 'Other causes, Baker’s cyst paragraph 2. Keep the note about brown or black skin.',
          },
        ),
        msg(
          'A burst cyst can look just like a blood clot, so it needs to be checked the same day.',
          {
            id: 'guide.other.bakers.3',
            desc: 'Other causes, Baker’s cyst paragraph 3.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('pain or swelling in your leg suddenly gets worse', {
              id: 'guide.other.bakers.help.urgent.1',
              desc: 'Baker’s cyst, same-day list item (after "Get medical help today if:").',
            }),
            msg('your leg is swollen, bruised or warm', {
              id: 'guide.other.bakers.help.urgent.2',
              desc: 'Baker’s cyst, same-day list item.',
            }),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('you have a lump behind your knee and do not know what it is', {
              id: 'guide.other.bakers.help.routine.1',
              desc: 'Baker’s cyst, list item after "See your doctor if:".',
            }),
          ],
        },
      ],
      sources: ['nhs-bakers-cyst'],
    },
    {
      id: 'phlebitis',
      name: names.phlebitis,
      paragraphs: [
        msg('A vein just under the skin gets swollen, sore and hard, like a cord.', {
          id: 'guide.other.phlebitis.1',
          desc: 'Other causes, phlebitis paragraph 1.',
        }),
        msg(
          'The skin over it may be warm, itchy, and red or darker (redness is harder to see on brown or black skin).',
          {
            id: 'guide.other.phlebitis.2',
            desc: 'Other causes, phlebitis paragraph 2. Keep the note about brown or black skin.',
          },
        ),
        msg(
          'It often gets better in 1 or 2 weeks. But it can look like a clot in a deep vein, or lead to one, so get it checked.',
          {
            id: 'guide.other.phlebitis.4',
            desc: 'Other causes, phlebitis paragraph 4: the clot can spread into a deep vein.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('a vein in your leg is hard, warm and sore', {
              id: 'guide.other.phlebitis.help.urgent.1',
              desc: 'Phlebitis, same-day list item (after "Get medical help today if:").',
            }),
            msg('you have throbbing or cramping pain, or sudden swelling, in your leg', {
              id: 'guide.other.phlebitis.help.urgent.2',
              desc: 'Phlebitis, same-day list item.',
            }),
          ],
        },
      ],
      sources: ['nhs-phlebitis', 'cuh-phlebitis'],
    },
    {
      id: 'cellulitis',
      name: names.cellulitis,
      paragraphs: [
        msg(
          'The skin is painful, hot and swollen. It often looks red, but this can be harder to see on brown or black skin.',
          {
            id: 'guide.other.cellulitis.1',
            desc: 'Other causes, cellulitis paragraph 1. Keep the note about brown or black skin.',
          },
        ),
        msg('It can start from a break in the skin, such as a cut, a bite or cracked, dry skin.', {
          id: 'guide.other.cellulitis.2',
          desc: 'Other causes, cellulitis paragraph 2.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('the skin on your leg is painful, hot and swollen', {
              id: 'guide.other.cellulitis.help.urgent.1',
              desc: 'Cellulitis, same-day list item (after "Get medical help today if:").',
            }),
            msg('it is getting worse quickly', {
              id: 'guide.other.cellulitis.help.urgent.2',
              desc: 'Cellulitis, same-day list item.',
            }),
            msg(
              'you have diabetes, or your body is less able to fight infection, for example because of chemotherapy',
              {
                id: 'guide.other.cellulitis.help.urgent.3',
                desc: 'Cellulitis, same-day list item: a weakened immune system.',
              },
            ),
          ],
        },
      ],
      sources: ['nhs-cellulitis'],
    },
    {
      id: 'statin-myopathy',
      name: names['statin-myopathy'],
      paragraphs: [
        msg(
          'In some people, statins cause muscle pain, weakness or cramps, or muscles that hurt when pressed (tenderness).',
          {
            id: 'guide.other.statin.1',
            desc: 'Other causes, statin paragraph 1. Statins are medicines that lower cholesterol. Tenderness = it hurts when pressed; keep the explanation.',
          },
        ),
        msg(
          'Rarely, this is a sign of muscle damage, which can harm the kidneys. It can start weeks or months after you start a statin.',
          {
            id: 'guide.other.statin.2',
            desc: 'Other causes, statin paragraph 2: muscle damage from a statin is rare, and can start long after the first dose.',
          },
        ),
        msg('Ask the doctor or pharmacist if you should stop the statin.', {
          id: 'guide.other.statin.3',
          desc: 'Other causes, statin paragraph 3: a doctor or pharmacist decides about stopping the statin.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg(
              'you take a statin and have muscle pain, tenderness, weakness or cramps that you cannot explain',
              {
                id: 'guide.other.statin.help.urgent.1',
                desc: 'Statins, same-day list item (after "Get medical help today if:"): anyone taking a statin, however long. Tenderness = it hurts when pressed.',
              },
            ),
            msg(
              'you started a statin, or a higher dose, in the last 3 months and have any new muscle pain',
              {
                id: 'guide.other.statin.help.urgent.recent',
                desc: 'Statins, same-day list item: in the first 3 months of a statin or a higher dose, any new muscle pain counts, even one that seems to have a cause.',
              },
            ),
          ],
        },
      ],
      sources: ['nhs-simvastatin'],
    },
    {
      id: 'muscle-breakdown',
      name: names['muscle-breakdown'],
      paragraphs: [
        msg('Badly damaged muscle can leak into the blood and harm the kidneys.', {
          id: 'guide.other.breakdown.1',
          desc: 'Other causes, muscle breakdown (rhabdomyolysis) paragraph 1.',
        }),
        msg(
          'It can follow very hard or new exercise, a statin, or a long time lying on the floor after a fall.',
          {
            id: 'guide.other.breakdown.2',
            desc: 'Other causes, muscle breakdown paragraph 2: its usual causes.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('your pee is dark brown, like cola, and your muscles hurt or feel weak', {
              id: 'guide.other.breakdown.help.urgent.1',
              desc: 'Muscle breakdown, same-day list item (after "Get medical help today if:").',
            }),
          ],
        },
      ],
      sources: ['mayo-rhabdo', 'cdc-rhabdo'],
    },
    {
      id: 'exertional-compartment',
      name: names['exertional-compartment'],
      paragraphs: [
        msg(
          'Pressure builds up in the calf muscles during exercise, such as running. It causes pain, tightness or numbness that goes when you rest.',
          {
            id: 'guide.other.exertional.1',
            desc: 'Other causes, chronic compartment syndrome paragraph: what happens, and that rest makes it go.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'routine',
          signs: [
            msg(
              'you keep getting pain, numbness, swelling or trouble moving your leg when you exercise',
              {
                id: 'guide.other.exertional.help.routine.1',
                desc: 'Chronic compartment syndrome, list item after "See your doctor if:".',
              },
            ),
          ],
        },
      ],
      sources: ['nhs-compartment-syndrome'],
    },
    {
      id: 'heart-failure',
      name: names['heart-failure'],
      paragraphs: [
        msg(
          'Swelling in both legs can come from a heart that does not pump as well as it should.',
          {
            id: 'guide.other.heart.2',
            desc: 'Other causes, swelling in both legs paragraph 2. Heart failure = the heart does not pump as well as it should; it does not mean the heart has stopped.',
          },
        ),
        msg('It can also come from other organs, such as the kidneys.', {
          id: 'guide.other.heart.3',
          desc: 'Other causes, swelling in both legs paragraph 3.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('one leg is much more swollen than the other', {
              id: 'guide.other.heart.help.urgent.1',
              desc: 'Swelling in both legs, same-day list item: this could be a clot.',
            }),
            msg('both legs are swollen, and you are pregnant or had a baby in the last 6 weeks', {
              id: 'guide.other.heart.help.urgent.pregnancy',
              desc: 'Swelling in both legs, same-day list item: in pregnancy or soon after a birth, this can be pre-eclampsia (see the next part of the guide). "Had a baby" means gave birth.',
            }),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('both your legs are swollen', {
              id: 'guide.other.heart.help.routine.1',
              desc: 'Swelling in both legs, list item after "See your doctor if:".',
            }),
          ],
        },
      ],
      sources: ['nhs-heart-failure', 'nhs-dvt'],
    },
    {
      id: 'pre-eclampsia',
      name: names['pre-eclampsia'],
      paragraphs: [
        msg('It can start in the second half of pregnancy, or in the weeks after the birth.', {
          id: 'guide.other.pre-eclampsia.1',
          desc: 'Other causes, pre-eclampsia paragraph 1: when it happens.',
        }),
        msg('Contact your midwife or maternity unit the same day.', {
          id: 'guide.other.pre-eclampsia.3',
          desc: 'Other causes, pre-eclampsia paragraph 3: where to get help. Use the usual names of these services in your country.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg(
              'you are pregnant, or had a baby in the last 6 weeks, and have new swelling of both legs, or your feet, hands or face',
              {
                id: 'guide.other.pre-eclampsia.help.urgent.1',
                desc: 'Pre-eclampsia, same-day list item (after "Get medical help today if:"). "Had a baby" means gave birth.',
              },
            ),
            msg(
              'you are pregnant, or had a baby in the last 6 weeks, and have a bad headache, blurred sight or flashing lights, or pain just below the ribs',
              {
                id: 'guide.other.pre-eclampsia.help.urgent.2',
                desc: 'Pre-eclampsia, same-day list item. "Had a baby" means gave birth.',
              },
            ),
          ],
        },
      ],
      sources: ['nhs-pre-eclampsia'],
    },
  ];
}
