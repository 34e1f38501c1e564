/**
 * The guide's reviewed patient text. Every statement traces to a source of the clinical brief
 * (shared/clinical-brief.md), cited by id from `sources.ts`.
 *
 * Each function builds its strings with `msg()` when called, so a locale change re-renders them.
 * No phone number or country-specific service is named: the elements add the reader's own
 * emergency number to every "get help" box.
 */
import { msg, str } from '@lit/localize';
import type { CauseId } from '../checker/ids.js';
import type {
  CauseSection,
  CauseTopic,
  Introduction,
  OtherCause,
  RedFlagCondition,
  SectionId,
} from './types.js';

// Titles used in more than one place (the section list and the section itself).

function introTitle(): string {
  return msg('About pain at the top of the calf', {
    id: 'guide.intro.title',
    desc: 'Heading of the guide’s introduction. The calf is the back of the lower leg, below the knee.',
  });
}

function muscleTitle(): string {
  return msg('Calf muscle strain or tear', {
    id: 'guide.muscle.title',
    desc: 'Heading of the guide section on a pulled, torn or bruised calf muscle.',
  });
}

function nervesTitle(): string {
  return msg('Nerve pain', {
    id: 'guide.nerves.title',
    desc: 'Heading of the guide section on calf pain that comes from a nerve (sciatica, spinal narrowing, nerve damage).',
  });
}

function clotTitle(): string {
  return msg('Blood clot in the leg (DVT)', {
    id: 'guide.clot.title',
    desc: 'Heading of the guide section on deep vein thrombosis. DVT = deep vein thrombosis; use the usual local abbreviation.',
  });
}

function arteriesTitle(): string {
  return msg('Narrowed arteries in the legs', {
    id: 'guide.arteries.title',
    desc: 'Heading of the guide section on peripheral arterial disease: arteries (vessels that carry blood from the heart) narrowed, so less blood reaches the leg.',
  });
}

/** The introduction ("About pain at the top of the calf"). */
export function introduction(): Introduction {
  return {
    title: introTitle(),
    paragraphs: [
      msg(
        'Your calf is the back of your lower leg. At the top of the calf, just below the knee, are two main muscles.',
        {
          id: 'guide.intro.1',
          desc: 'Introduction, paragraph 1: where the top of the calf is.',
        },
      ),
      msg(
        'The gastrocnemius is the big muscle you can see and feel. The soleus is a flatter muscle under it.',
        {
          id: 'guide.intro.2',
          desc: 'Introduction, paragraph 2: the two calf muscles. Keep the Latin muscle names as doctors in your language say them.',
        },
      ),
      msg('Pain here can come from a muscle, a nerve, or a blood vessel (a vein or an artery).', {
        id: 'guide.intro.3',
        desc: 'Introduction, paragraph 3: the main groups of causes. Veins carry blood back to the heart; arteries carry blood from it.',
      }),
      msg(
        'Most calf pain is not serious. But a few causes need medical help fast. This guide tells you the signs to look out for.',
        {
          id: 'guide.intro.4',
          desc: 'Introduction, paragraph 4: reassure without hiding that some causes are urgent.',
        },
      ),
      msg('Calf pain with swelling is more likely to need a doctor.', {
        id: 'guide.intro.5',
        desc: 'Introduction, paragraph 5: swelling makes calf pain more worrying (a clot is possible).',
      }),
      msg(
        'This guide can help you understand what might be going on. It is not a diagnosis, and it does not replace a doctor.',
        {
          id: 'guide.intro.6',
          desc: 'Introduction, paragraph 6: what the guide is not.',
        },
      ),
      msg('If you are worried or not sure what to do, get medical advice.', {
        id: 'guide.intro.7',
        desc: 'Introduction, paragraph 7: a general safety net.',
      }),
    ],
  };
}

/**
 * The emergency signs, one idea each. Shown after "Do this if you have calf pain and any of
 * these:" in the emergency card, so each item completes that sentence.
 */
export function redFlagSigns(): string[] {
  return [
    msg('trouble breathing, or pain in your chest or upper back', {
      id: 'guide.signs.breathing',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs of a blood clot in the lung (pulmonary embolism).',
    }),
    msg('coughing up blood, fainting, or a racing heart', {
      id: 'guide.signs.cough-faint',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs of a blood clot in the lung (pulmonary embolism). "Racing heart" = a very fast heartbeat.',
    }),
    msg('your leg or foot suddenly goes cold, pale, blue or numb, or you cannot move your toes', {
      id: 'guide.signs.cold-leg',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs that the blood supply to the leg is suddenly blocked (acute limb ischaemia).',
    }),
    msg(
      'pain far worse than the injury, with a tight, hard calf, or a cast or bandage that feels too tight',
      {
        id: 'guide.signs.tight-calf',
        desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs of pressure building up inside the calf muscles (acute compartment syndrome). "Cast" = a plaster cast.',
      },
    ),
    msg('numbness around your bottom or genitals, or new trouble peeing or pooing', {
      id: 'guide.signs.saddle',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs that the nerves at the bottom of the spine are squeezed (cauda equina syndrome). Use plain, polite everyday words for urinating and passing stools.',
    }),
    msg('new shooting pain, numbness or weakness in both legs', {
      id: 'guide.signs.both-legs',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Nerve signs in both legs (possible cauda equina syndrome).',
    }),
    msg('a hot, painful, swollen calf, and you have a high temperature or feel hot and shivery', {
      id: 'guide.signs.infection-fever',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. A skin infection (cellulitis) that may be spreading. Redness is left out on purpose: it is hard to see on brown or black skin.',
    }),
    msg(
      'you feel very unwell: confused, very sleepy, breathing fast, or with cold, clammy or blotchy skin',
      {
        id: 'guide.signs.very-unwell',
        desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs of a serious body-wide infection (sepsis). "Clammy" = cold and damp with sweat.',
      },
    ),
    msg('sudden pain so bad that it is hard to think or talk', {
      id: 'guide.signs.severe-pain',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Sudden, severe pain.',
    }),
  ];
}

/** The conditions behind the emergency signs ("Why these signs matter"). */
export function redFlagConditions(): RedFlagCondition[] {
  return [
    {
      id: 'pe',
      name: msg('Pulmonary embolism (a blood clot in the lung)', {
        id: 'guide.cond.pe.name',
        desc: 'Heading: name of a condition, with its plain meaning in brackets. Keep both.',
      }),
      explanation: msg(
        'A blood clot in a leg vein can break off and travel to the lungs. This is serious and needs help straight away.',
        {
          id: 'guide.cond.pe.explanation',
          desc: 'Why a blood clot in the lung (pulmonary embolism) is an emergency.',
        },
      ),
      signs: [
        msg('sudden trouble breathing', {
          id: 'guide.cond.pe.sign.1',
          desc: 'List item: a sign of a blood clot in the lung.',
        }),
        msg('pain in your chest or upper back, often worse when you breathe in', {
          id: 'guide.cond.pe.sign.2',
          desc: 'List item: a sign of a blood clot in the lung.',
        }),
        msg('coughing up blood', {
          id: 'guide.cond.pe.sign.3',
          desc: 'List item: a sign of a blood clot in the lung.',
        }),
        msg('fainting, or a heart that beats very fast', {
          id: 'guide.cond.pe.sign.4',
          desc: 'List item: a sign of a blood clot in the lung.',
        }),
        msg('you may also have pain and swelling in one leg, often in the calf', {
          id: 'guide.cond.pe.sign.5',
          desc: 'List item: the leg signs of the clot that often come first.',
        }),
      ],
      sources: ['nhs-pe', 'nhs-dvt', 'glos-dvt', 'healthdirect-dvt'],
    },
    {
      id: 'acute-limb-ischemia',
      name: msg('Blood supply to the leg suddenly blocked (acute limb ischaemia)', {
        id: 'guide.cond.ali.name',
        desc: 'Heading: plain name of a condition, with the medical name in brackets. Keep both.',
      }),
      explanation: msg(
        'An artery that takes blood to the leg can suddenly get blocked, often by a clot. The leg needs treatment within hours, or it can be badly harmed.',
        {
          id: 'guide.cond.ali.explanation',
          desc: 'Why a suddenly blocked artery in the leg is an emergency. An artery carries blood from the heart.',
        },
      ),
      signs: [
        msg('sudden, severe pain in the leg or foot', {
          id: 'guide.cond.ali.sign.1',
          desc: 'List item: a sign of a blocked artery in the leg.',
        }),
        msg('the foot or leg feels cold and looks pale, white or blue', {
          id: 'guide.cond.ali.sign.2',
          desc: 'List item: a sign of a blocked artery in the leg.',
        }),
        msg('numbness, pins and needles, or weakness', {
          id: 'guide.cond.ali.sign.3',
          desc: 'List item: a sign of a blocked artery in the leg. "Pins and needles" = tingling.',
        }),
        msg('you cannot move your foot or toes', {
          id: 'guide.cond.ali.sign.4',
          desc: 'List item: a late, serious sign of a blocked artery in the leg.',
        }),
        msg('it is more likely if you have an irregular heartbeat', {
          id: 'guide.cond.ali.sign.5',
          desc: 'List item: a risk, not a sign. Irregular heartbeat, for example atrial fibrillation.',
        }),
      ],
      sources: ['devon-ali', 'rcem-6ps', 'nidirect-pad', 'gpreasoning-leg-pain'],
    },
    {
      id: 'compartment-syndrome',
      name: msg('Compartment syndrome (pressure building up inside the calf muscles)', {
        id: 'guide.cond.acs.name',
        desc: 'Heading: name of a condition (acute compartment syndrome), with its plain meaning in brackets. Keep both.',
      }),
      explanation: msg(
        'After an injury, or if a cast or bandage is too tight, pressure can build up inside the calf muscles. This is an emergency and often needs an operation straight away.',
        {
          id: 'guide.cond.acs.explanation',
          desc: 'Why acute compartment syndrome is an emergency. "Cast" = a plaster cast.',
        },
      ),
      signs: [
        msg('pain far worse than you would expect from the injury', {
          id: 'guide.cond.acs.sign.1',
          desc: 'List item: the earliest and main sign of compartment syndrome.',
        }),
        msg('the calf feels tight, hard or swollen', {
          id: 'guide.cond.acs.sign.2',
          desc: 'List item: a sign of compartment syndrome.',
        }),
        msg('the pain gets worse when you move your foot or toes', {
          id: 'guide.cond.acs.sign.3',
          desc: 'List item: a sign of compartment syndrome.',
        }),
        msg('numbness or pins and needles, which can come late, so do not wait for it', {
          id: 'guide.cond.acs.sign.4',
          desc: 'List item: numbness is a late sign of compartment syndrome; the reader must not wait for it before getting help.',
        }),
      ],
      sources: ['nhs-compartment-syndrome', 'statpearls-acs'],
    },
    {
      id: 'cauda-equina',
      name: msg('Cauda equina syndrome (nerves at the bottom of the spine squeezed)', {
        id: 'guide.cond.ces.name',
        desc: 'Heading: name of a condition, with its plain meaning in brackets. Keep both.',
      }),
      explanation: msg(
        'The nerves at the bottom of the spine can get badly squeezed. This is rare, but it needs hospital care straight away. It can start like sciatica (nerve pain from the back that spreads down the leg).',
        {
          id: 'guide.cond.ces.explanation',
          desc: 'Why cauda equina syndrome is an emergency. Sciatica = pain from a nerve in the lower back, felt down the leg.',
        },
      ),
      signs: [
        msg('numbness or tingling around your bottom, genitals or inner thighs', {
          id: 'guide.cond.ces.sign.1',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
        msg('you cannot feel toilet paper when you wipe', {
          id: 'guide.cond.ces.sign.2',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
        msg('new trouble starting to pee, or you cannot control when you pee', {
          id: 'guide.cond.ces.sign.3',
          desc: 'List item: a sign of cauda equina syndrome. Use plain, polite everyday words for urinating.',
        }),
        msg('you do not notice when you need to poo, or cannot control it', {
          id: 'guide.cond.ces.sign.4',
          desc: 'List item: a sign of cauda equina syndrome. Use plain, polite everyday words for passing stools.',
        }),
        msg('shooting pain, numbness or weakness in both legs', {
          id: 'guide.cond.ces.sign.5',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
        msg('less feeling in your genitals during sex, or new problems getting an erection', {
          id: 'guide.cond.ces.sign.6',
          desc: 'List item: a sign of cauda equina syndrome.',
        }),
      ],
      sources: ['nhs-sciatica', 'royal-free-ces', 'healthify-sciatica'],
    },
    {
      id: 'sepsis',
      name: msg('Sepsis (a spreading infection that makes you very unwell)', {
        id: 'guide.cond.sepsis.name',
        desc: 'Heading: name of a condition, with its plain meaning in brackets. Keep both.',
      }),
      explanation: msg(
        'An infection in the leg, such as cellulitis (a skin infection), can spread and make your whole body very unwell. This is an emergency.',
        {
          id: 'guide.cond.sepsis.explanation',
          desc: 'Why a spreading infection is an emergency. Cellulitis = an infection of the skin and the tissue under it.',
        },
      ),
      signs: [
        msg(
          'the skin is hot, swollen and painful, and you have a very high temperature or feel hot and shivery',
          {
            id: 'guide.cond.sepsis.sign.1',
            desc: 'List item: a sign that a skin infection is spreading.',
          },
        ),
        msg('your heart or your breathing is very fast', {
          id: 'guide.cond.sepsis.sign.2',
          desc: 'List item: a sign of sepsis.',
        }),
        msg('you feel dizzy or faint', {
          id: 'guide.cond.sepsis.sign.3',
          desc: 'List item: a sign of sepsis.',
        }),
        msg('you are confused, or very sleepy and hard to wake', {
          id: 'guide.cond.sepsis.sign.4',
          desc: 'List item: a sign of sepsis.',
        }),
        msg('your skin is cold, clammy or blotchy, or has purple patches', {
          id: 'guide.cond.sepsis.sign.5',
          desc: 'List item: a sign of sepsis. "Clammy" = cold and damp with sweat.',
        }),
      ],
      sources: ['nhs-cellulitis'],
    },
  ];
}

function muscleSection(): CauseSection {
  return {
    id: 'muscle',
    title: muscleTitle(),
    summary: msg(
      'A pulled or torn calf muscle, often from sport. Most get better with care at home.',
      {
        id: 'guide.muscle.summary',
        desc: 'One-line summary under the muscle strain heading, visible when the section is closed.',
      },
    ),
    whatItIs: [
      msg('A strain is when a muscle is stretched too far or tears.', {
        id: 'guide.muscle.what.1',
        desc: 'Muscle section, "What it is", paragraph 1.',
      }),
      msg(
        'It happens at a moment you can point to. This is often when you push off to run, jump or lunge.',
        {
          id: 'guide.muscle.what.2',
          desc: 'Muscle section, "What it is", paragraph 2. "Lunge" = a big step forward with a bent front knee.',
        },
      ),
    ],
    topics: [
      {
        id: 'muscle-strain',
        title: msg('Strains, tears and bruises', {
          id: 'guide.muscle.strain.title',
          desc: 'Sub-heading in the muscle section: the kinds of calf muscle injury.',
        }),
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
          msg(
            'A blood clot, or pressure building up in the muscle, can feel like a strain. So look out for the warning signs below.',
            {
              id: 'guide.muscle.strain.4',
              desc: 'Muscle section: serious causes can look like a strain, so the reader should check the warning signs.',
            },
          ),
        ],
      },
    ],
    feels: [
      msg('pain, tenderness or weakness in the calf', {
        id: 'guide.muscle.feels.1',
        desc: 'Muscle section, "How it feels", list item. Tenderness = it hurts when pressed.',
      }),
      msg('swelling or bruising', {
        id: 'guide.muscle.feels.2',
        desc: 'Muscle section, "How it feels", list item.',
      }),
      msg('muscle spasms or cramping', {
        id: 'guide.muscle.feels.3',
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
    whoGetsIt: [
      msg('people who play sports with running and jumping', {
        id: 'guide.muscle.who.1',
        desc: 'Muscle section, "Who gets it", list item.',
      }),
      msg('people in middle age or older', {
        id: 'guide.muscle.who.2',
        desc: 'Muscle section, "Who gets it", list item.',
      }),
      msg('men more often than women', {
        id: 'guide.muscle.who.3',
        desc: 'Muscle section, "Who gets it", list item.',
      }),
    ],
    whatHelps: [
      msg('For the first 2 to 3 days, rest your leg as much as you can.', {
        id: 'guide.muscle.helps.1',
        desc: 'Muscle section, "What helps", list item (self-care).',
      }),
      msg('Hold an ice pack, wrapped in a towel, on the sore part.', {
        id: 'guide.muscle.helps.2',
        desc: 'Muscle section, "What helps", list item (self-care). The towel stops the ice hurting the skin.',
      }),
      msg('Wrap a bandage around your calf to support it. It should not feel tight.', {
        id: 'guide.muscle.helps.3',
        desc: 'Muscle section, "What helps", list item (self-care). A too-tight bandage is dangerous: keep "not tight".',
      }),
      msg('Raise your leg on a pillow when you can.', {
        id: 'guide.muscle.helps.4',
        desc: 'Muscle section, "What helps", list item (self-care).',
      }),
      msg('For the first 3 days, avoid heat, alcohol, running and massage.', {
        id: 'guide.muscle.helps.5',
        desc: 'Muscle section, "What helps", list item (self-care): things that can harm healing in the first 72 hours.',
      }),
      msg('Ask a pharmacist which painkillers are right for you.', {
        id: 'guide.muscle.helps.6',
        desc: 'Muscle section, "What helps", list item (self-care).',
      }),
      msg('Most strains feel better after about 2 weeks.', {
        id: 'guide.muscle.helps.7',
        desc: 'Muscle section, "What helps", list item: how long it takes.',
      }),
      msg('Avoid hard exercise, like running, for up to 8 weeks.', {
        id: 'guide.muscle.helps.8',
        desc: 'Muscle section, "What helps", list item.',
      }),
    ],
    getHelp: [
      {
        level: 'emergency',
        signs: [
          msg('your leg or foot is numb, cold, pale or blue', {
            id: 'guide.muscle.help.emergency.1',
            desc: 'Muscle section, emergency list item (after "Call <number> … now if:").',
          }),
          msg('your calf is tight and hard, and the pain is far worse than the injury', {
            id: 'guide.muscle.help.emergency.2',
            desc: 'Muscle section, emergency list item: possible compartment syndrome.',
          }),
          msg('you have trouble breathing, chest pain, or you cough up blood', {
            id: 'guide.muscle.help.emergency.3',
            desc: 'Muscle section, emergency list item: possible blood clot in the lung.',
          }),
        ],
      },
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
          msg(
            'the pain or swelling is getting worse, especially if you have a higher chance of a blood clot',
            {
              id: 'guide.muscle.help.urgent.3',
              desc: 'Muscle section, same-day list item. The clot section lists what raises the chance of a clot.',
            },
          ),
          msg('you have a high temperature or feel hot and shivery', {
            id: 'guide.muscle.help.urgent.4',
            desc: 'Muscle section, same-day list item.',
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
      'nidirect-sprains',
      'portsmouth-sprains',
      'statpearls-gastrocnemius',
      'duke-tennis-leg',
    ],
  };
}

function nerveTopics(): CauseTopic[] {
  return [
    {
      id: 'nerve-root',
      title: msg('Sciatica (nerve pain from the lower back)', {
        id: 'guide.nerves.root.title',
        desc: 'Sub-heading: sciatica, with its plain meaning in brackets. Here: S1 nerve root pain felt in the calf.',
      }),
      paragraphs: [
        msg(
          'A nerve in your lower back can get pressed on. The pain spreads from your bottom down the back of your leg.',
          {
            id: 'guide.nerves.root.1',
            desc: 'Nerve section, sciatica paragraph 1.',
          },
        ),
        msg(
          'It can reach the calf, the heel and the outer edge of the foot. It may also make it hard to stand on tiptoe.',
          {
            id: 'guide.nerves.root.2',
            desc: 'Nerve section, sciatica paragraph 2 (the S1 nerve root pattern).',
          },
        ),
        msg('It may be worse when you move, sneeze or cough.', {
          id: 'guide.nerves.root.3',
          desc: 'Nerve section, sciatica paragraph 3.',
        }),
        msg('It usually gets better in 4 to 6 weeks, but it can last longer.', {
          id: 'guide.nerves.root.4',
          desc: 'Nerve section, sciatica paragraph 4.',
        }),
      ],
    },
    {
      id: 'spinal-stenosis',
      title: msg('Narrowing in the spine (spinal stenosis)', {
        id: 'guide.nerves.stenosis.title',
        desc: 'Sub-heading: spinal stenosis, with its plain meaning first.',
      }),
      paragraphs: [
        msg(
          'The space for the nerves in the lower back can get narrower. This can cause pain in one or both legs when you stand or walk.',
          {
            id: 'guide.nerves.stenosis.1',
            desc: 'Nerve section, spinal stenosis paragraph 1.',
          },
        ),
        msg(
          'The pain eases when you sit down or bend forward, like leaning on a shopping trolley. Standing still does not help much.',
          {
            id: 'guide.nerves.stenosis.2',
            desc: 'Nerve section, spinal stenosis paragraph 2: how it differs from artery pain, which eases by standing still.',
          },
        ),
      ],
    },
    {
      id: 'sural-nerve',
      title: msg('A nerve on the outside of the calf (sural nerve)', {
        id: 'guide.nerves.sural.title',
        desc: 'Sub-heading: the sural nerve, with its plain meaning first.',
      }),
      paragraphs: [
        msg(
          'The sural nerve runs down the outside of the calf to the outer edge of the foot. It carries feeling only, so it does not make the leg weak.',
          {
            id: 'guide.nerves.sural.1',
            desc: 'Nerve section, sural nerve paragraph 1.',
          },
        ),
        msg(
          'If it is hurt or pressed on, you may get pain, tingling or numbness along the outer edge of the foot, up to the little toe. The calf may also ache when you are active.',
          {
            id: 'guide.nerves.sural.2',
            desc: 'Nerve section, sural nerve paragraph 2.',
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
      title: msg('Nerve damage (neuropathy)', {
        id: 'guide.nerves.neuropathy.title',
        desc: 'Sub-heading: peripheral neuropathy, with its plain meaning first.',
      }),
      paragraphs: [
        msg('It usually starts in both feet. Over time, it can spread up the legs.', {
          id: 'guide.nerves.neuropathy.1',
          desc: 'Nerve section, neuropathy paragraph 1.',
        }),
        msg(
          'It can cause burning, stabbing or shooting pain, pins and needles, or numbness. It can also affect your balance.',
          {
            id: 'guide.nerves.neuropathy.2',
            desc: 'Nerve section, neuropathy paragraph 2. "Pins and needles" = tingling.',
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
    summary: msg('Pain, tingling or numbness from a nerve, often starting in the lower back.', {
      id: 'guide.nerves.summary',
      desc: 'One-line summary under the nerve pain heading, visible when the section is closed.',
    }),
    whatItIs: [
      msg(
        'A nerve that is pressed on or damaged can cause pain in the calf, even when the problem starts in the back.',
        {
          id: 'guide.nerves.what.1',
          desc: 'Nerve section, "What it is", paragraph 1.',
        },
      ),
      msg('Nerve pain often feels different from muscle pain. It can burn, stab or shoot.', {
        id: 'guide.nerves.what.2',
        desc: 'Nerve section, "What it is", paragraph 2.',
      }),
    ],
    topics: nerveTopics(),
    feels: [
      msg('burning, stabbing or shooting pain', {
        id: 'guide.nerves.feels.1',
        desc: 'Nerve section, "How it feels", list item.',
      }),
      msg('pins and needles, or numbness', {
        id: 'guide.nerves.feels.2',
        desc: 'Nerve section, "How it feels", list item. "Pins and needles" = tingling.',
      }),
      msg('weakness in the leg or foot', {
        id: 'guide.nerves.feels.3',
        desc: 'Nerve section, "How it feels", list item.',
      }),
      msg('pain that spreads from your back or bottom down your leg', {
        id: 'guide.nerves.feels.4',
        desc: 'Nerve section, "How it feels", list item.',
      }),
    ],
    whoGetsIt: [
      msg('sciatica is more common in men aged 30 to 50', {
        id: 'guide.nerves.who.1',
        desc: 'Nerve section, "Who gets it", list item: who gets sciatica.',
      }),
      msg('people who sit or drive for more than 2 hours a day, or who carry heavy loads', {
        id: 'guide.nerves.who.2',
        desc: 'Nerve section, "Who gets it", list item: who gets sciatica.',
      }),
      msg('people with diabetes, people who drink a lot of alcohol, and people on some medicines', {
        id: 'guide.nerves.who.3',
        desc: 'Nerve section, "Who gets it", list item: who gets nerve damage (neuropathy).',
      }),
      msg('people who have hurt their ankle or foot, or had an operation there', {
        id: 'guide.nerves.who.4',
        desc: 'Nerve section, "Who gets it", list item: who gets sural nerve pain.',
      }),
    ],
    whatHelps: [
      msg('Try to keep up your normal activities as much as you can.', {
        id: 'guide.nerves.helps.1',
        desc: 'Nerve section, "What helps", list item (self-care for sciatica).',
      }),
      msg('Ask a pharmacist which painkillers are right for you.', {
        id: 'guide.nerves.helps.2',
        desc: 'Nerve section, "What helps", list item (self-care).',
      }),
      msg('See your doctor early about numb or tingling feet, so they can find the cause.', {
        id: 'guide.nerves.helps.3',
        desc: 'Nerve section, "What helps", list item: early signs of nerve damage need a doctor.',
      }),
      msg('If you have diabetes, get any cut or sore on your foot checked.', {
        id: 'guide.nerves.helps.4',
        desc: 'Nerve section, "What helps", list item.',
      }),
    ],
    getHelp: [
      {
        level: 'emergency',
        signs: [
          msg('numbness around your bottom or genitals', {
            id: 'guide.nerves.help.emergency.1',
            desc: 'Nerve section, emergency list item (after "Call <number> … now if:"): cauda equina syndrome.',
          }),
          msg('new trouble peeing or pooing, or you cannot control it', {
            id: 'guide.nerves.help.emergency.2',
            desc: 'Nerve section, emergency list item: cauda equina syndrome. Use plain, polite everyday words.',
          }),
          msg(
            'sciatica in both legs, or numbness or weakness in both legs that is bad or getting worse',
            {
              id: 'guide.nerves.help.emergency.3',
              desc: 'Nerve section, emergency list item: cauda equina syndrome.',
            },
          ),
        ],
      },
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
          msg('the pain has not got better after a few weeks of home care', {
            id: 'guide.nerves.help.routine.1',
            desc: 'Nerve section, list item after "See your doctor if:".',
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
      'healthify-sciatica',
      'lothian-red-flags',
      'gpreasoning-leg-pain',
      'radiopaedia-sural',
      'podiapaedia-sural',
      'nidirect-neuropathy',
      'diabetes-uk-feet',
    ],
  };
}

function clotSection(): CauseSection {
  return {
    id: 'clot',
    title: clotTitle(),
    summary: msg('A clot in a deep vein of the leg. It needs to be checked the same day.', {
      id: 'guide.clot.summary',
      desc: 'One-line summary under the blood clot heading, visible when the section is closed.',
    }),
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
      msg(
        'A clot is more likely after an operation, or when you have not moved much. But it can happen for no clear reason.',
        {
          id: 'guide.clot.what.3',
          desc: 'Clot section, "What it is", paragraph 3.',
        },
      ),
    ],
    topics: [
      {
        id: 'dvt',
        title: msg('Could it be a clot?', {
          id: 'guide.clot.dvt.title',
          desc: 'Sub-heading in the clot section: telling a clot apart from other causes.',
        }),
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
          msg('A doctor may need a scan of your leg to be sure.', {
            id: 'guide.clot.dvt.3',
            desc: 'Clot section paragraph.',
          }),
        ],
      },
    ],
    feels: [
      msg('throbbing or cramping pain in one leg, usually in the calf or thigh', {
        id: 'guide.clot.feels.1',
        desc: 'Clot section, "How it feels", list item.',
      }),
      msg('swelling in one leg', {
        id: 'guide.clot.feels.2',
        desc: 'Clot section, "How it feels", list item.',
      }),
      msg('warm skin around the sore area', {
        id: 'guide.clot.feels.3',
        desc: 'Clot section, "How it feels", list item.',
      }),
      msg(
        'red or darker skin around the sore area, though redness can be harder to see on brown or black skin',
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
    whoGetsIt: [
      msg('people who are in hospital or have just left, especially after an operation', {
        id: 'guide.clot.who.1',
        desc: 'Clot section, "Who gets it" (higher chance of a clot), list item.',
      }),
      msg('people who have to stay in bed, or cannot move around much', {
        id: 'guide.clot.who.2',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people on a long trip of more than 3 hours by plane, car or train', {
        id: 'guide.clot.who.3',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people who are pregnant or had a baby in the last 6 weeks', {
        id: 'guide.clot.who.4',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people who take the contraceptive pill or hormone replacement therapy (HRT)', {
        id: 'guide.clot.who.5',
        desc: 'Clot section, "Who gets it", list item. HRT = hormone replacement therapy; use the local abbreviation.',
      }),
      msg('people with cancer or heart failure', {
        id: 'guide.clot.who.6',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people who have had a clot before', {
        id: 'guide.clot.who.7',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people over 60', {
        id: 'guide.clot.who.8',
        desc: 'Clot section, "Who gets it", list item.',
      }),
      msg('people who are overweight or who smoke', {
        id: 'guide.clot.who.9',
        desc: 'Clot section, "Who gets it", list item.',
      }),
    ],
    whatHelps: [
      msg(
        'If you think you have a clot, get checked the same day. Do not wait to see if it goes away.',
        {
          id: 'guide.clot.helps.1',
          desc: 'Clot section, "What helps", list item: this is not home care; the reader needs a doctor today.',
        },
      ),
      msg('Do not rub or massage your calf.', {
        id: 'guide.clot.helps.2',
        desc: 'Clot section, "What helps", list item.',
      }),
      msg(
        'If you need emergency help, do not drive yourself. Ask someone to take you, or call for an ambulance.',
        {
          id: 'guide.clot.helps.3',
          desc: 'Clot section, "What helps", list item.',
        },
      ),
      msg(
        'If a doctor thinks it may be a clot, you should have a scan within a day, and sooner if possible.',
        {
          id: 'guide.clot.helps.4',
          desc: 'Clot section, "What helps", list item: an ultrasound scan within 24 hours, ideally within 4.',
        },
      ),
      msg('If it is a clot, you will usually take medicine to stop it getting bigger.', {
        id: 'guide.clot.helps.5',
        desc: 'Clot section, "What helps", list item: anticoagulant medicine.',
      }),
    ],
    getHelp: [
      {
        level: 'emergency',
        signs: [
          msg('you have trouble breathing, or pain in your chest or upper back', {
            id: 'guide.clot.help.emergency.1',
            desc: 'Clot section, emergency list item (after "Call <number> … now if:"): a clot in the lung.',
          }),
          msg('you cough up blood', {
            id: 'guide.clot.help.emergency.2',
            desc: 'Clot section, emergency list item.',
          }),
          msg('you faint or feel faint, or your heart is beating very fast', {
            id: 'guide.clot.help.emergency.3',
            desc: 'Clot section, emergency list item.',
          }),
        ],
      },
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
          msg('your calf pain is not going away, and you are in one of the groups above', {
            id: 'guide.clot.help.urgent.3',
            desc: 'Clot section, same-day list item. "The groups above" = the "Who gets it" list of this section.',
          }),
        ],
      },
    ],
    sources: ['nhs-dvt', 'nhs-pe', 'nhs-blood-clots', 'nice-ng158', 'healthdirect-dvt', 'glos-dvt'],
  };
}

function arteriesSection(): CauseSection {
  return {
    id: 'arteries',
    title: arteriesTitle(),
    summary: msg(
      'Narrow arteries can make your calf ache when you walk. See your doctor about it.',
      {
        id: 'guide.arteries.summary',
        desc: 'One-line summary under the arteries heading, visible when the section is closed.',
      },
    ),
    whatItIs: [
      msg('Arteries are the tubes that carry blood from your heart to the rest of your body.', {
        id: 'guide.arteries.what.1',
        desc: 'Arteries section, "What it is", paragraph 1.',
      }),
      msg(
        'In peripheral arterial disease (PAD), the arteries in the legs get narrow. Less blood gets to the leg muscles.',
        {
          id: 'guide.arteries.what.2',
          desc: 'Arteries section, "What it is", paragraph 2. PAD = peripheral arterial disease; keep the local abbreviation.',
        },
      ),
      msg('It is common as people get older. About 1 in 5 people over 60 have some signs of it.', {
        id: 'guide.arteries.what.3',
        desc: 'Arteries section, "What it is", paragraph 3.',
      }),
    ],
    topics: [
      {
        id: 'pad',
        title: msg('Pain when walking (claudication)', {
          id: 'guide.arteries.pad.title',
          desc: 'Sub-heading: intermittent claudication, with its plain meaning first.',
        }),
        paragraphs: [
          msg('The main sign is a calf that aches when you walk or climb stairs.', {
            id: 'guide.arteries.pad.1',
            desc: 'Arteries section, claudication paragraph 1.',
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
        title: msg('Pain at rest, sores or dark toes', {
          id: 'guide.arteries.cli.title',
          desc: 'Sub-heading: signs of critical limb ischaemia, when very little blood reaches the foot.',
        }),
        paragraphs: [
          msg(
            'If very little blood gets through, your foot or calf can hurt even when you rest. The pain is often worse at night in bed.',
            {
              id: 'guide.arteries.cli.1',
              desc: 'Arteries section, critical limb ischaemia paragraph 1.',
            },
          ),
          msg('It may ease when you hang your leg over the side of the bed.', {
            id: 'guide.arteries.cli.2',
            desc: 'Arteries section, critical limb ischaemia paragraph 2.',
          }),
          msg(
            'Sores on the foot or leg that do not heal, or toes that turn dark, are also warning signs. Get medical help the same day.',
            {
              id: 'guide.arteries.cli.3',
              desc: 'Arteries section, critical limb ischaemia paragraph 3.',
            },
          ),
        ],
      },
    ],
    feels: [
      msg('an ache in the calf when you walk, which goes after a few minutes of rest', {
        id: 'guide.arteries.feels.1',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('cold feet, or one foot colder than the other', {
        id: 'guide.arteries.feels.2',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('numb or weak legs', {
        id: 'guide.arteries.feels.3',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('hair loss on your legs and feet, or shiny skin', {
        id: 'guide.arteries.feels.4',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('toenails that grow slowly and break easily', {
        id: 'guide.arteries.feels.5',
        desc: 'Arteries section, "How it feels", list item.',
      }),
      msg('pale or bluish skin on your legs or feet', {
        id: 'guide.arteries.feels.6',
        desc: 'Arteries section, "How it feels", list item.',
      }),
    ],
    whoGetsIt: [
      msg('people who smoke', {
        id: 'guide.arteries.who.1',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('people with diabetes', {
        id: 'guide.arteries.who.2',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('people with heart disease, or who have had a stroke', {
        id: 'guide.arteries.who.3',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('people with high blood pressure or high cholesterol', {
        id: 'guide.arteries.who.4',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('people with kidney disease', {
        id: 'guide.arteries.who.5',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('older people, and men more than women', {
        id: 'guide.arteries.who.6',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
      msg('people who are not very active', {
        id: 'guide.arteries.who.7',
        desc: 'Arteries section, "Who gets it", list item.',
      }),
    ],
    whatHelps: [
      msg(
        'See your doctor. They can check the blood flow in your legs with a simple test at your ankles and arms.',
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
      msg(
        'Your doctor may also offer medicines, or a treatment to widen or go around a narrow artery.',
        {
          id: 'guide.arteries.helps.4',
          desc: 'Arteries section, "What helps", list item: medicines, angioplasty or bypass.',
        },
      ),
    ],
    getHelp: [
      {
        level: 'emergency',
        signs: [
          msg('your leg or foot suddenly turns cold, pale or blue', {
            id: 'guide.arteries.help.emergency.1',
            desc: 'Arteries section, emergency list item (after "Call <number> … now if:"): a blocked artery.',
          }),
          msg('your leg suddenly goes numb or weak, or you cannot move it', {
            id: 'guide.arteries.help.emergency.2',
            desc: 'Arteries section, emergency list item: a blocked artery.',
          }),
        ],
      },
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
          msg('your symptoms suddenly get worse', {
            id: 'guide.arteries.help.urgent.3',
            desc: 'Arteries section, same-day list item.',
          }),
        ],
      },
      {
        level: 'routine',
        signs: [
          msg(
            'your calf aches when you walk and this keeps coming back, especially if you smoke or have diabetes, high blood pressure or high cholesterol',
            {
              id: 'guide.arteries.help.routine.1',
              desc: 'Arteries section, list item after "See your doctor if:".',
            },
          ),
        ],
      },
    ],
    sources: [
      'nidirect-pad',
      'nice-cg147',
      'nice-cg147-context',
      'nice-ta223',
      'nhlbi-pad',
      'gpreasoning-leg-pain',
    ],
  };
}

/** The four main cause groups, in the guide's order. */
export function causeSections(): CauseSection[] {
  return [muscleSection(), nervesSection(), clotSection(), arteriesSection()];
}

/** Brief entries for the other causes and the conditions that can look like the main ones. */
export function otherCauses(): OtherCause[] {
  return [
    {
      id: 'cramp',
      name: msg('Cramp', {
        id: 'guide.other.cramp.name',
        desc: 'Heading: a muscle cramp in the calf.',
      }),
      paragraphs: [
        msg(
          'A cramp is a sudden, tight knot in the muscle. It lasts from a few seconds up to 10 minutes.',
          {
            id: 'guide.other.cramp.1',
            desc: 'Other causes, cramp paragraph 1.',
          },
        ),
        msg('The muscle may feel sore for up to a day after.', {
          id: 'guide.other.cramp.2',
          desc: 'Other causes, cramp paragraph 2.',
        }),
        msg(
          'Cramps are more common with age, after exercise and in pregnancy. Some medicines can cause them too.',
          {
            id: 'guide.other.cramp.3',
            desc: 'Other causes, cramp paragraph 3.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('a cramp lasts more than 10 minutes and does not ease when you move', {
              id: 'guide.other.cramp.help.urgent.1',
              desc: 'Cramp, same-day list item (after "Get medical help today if:").',
            }),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('cramps often wake you at night', {
              id: 'guide.other.cramp.help.routine.1',
              desc: 'Cramp, list item after "See your doctor if:".',
            }),
            msg('you also have numbness or swelling in your legs', {
              id: 'guide.other.cramp.help.routine.2',
              desc: 'Cramp, list item after "See your doctor if:".',
            }),
          ],
        },
      ],
      sources: ['nhs-leg-cramps', 'nhs-inform-leg-cramps'],
    },
    {
      id: 'muscle-soreness',
      name: msg('Sore muscles after exercise', {
        id: 'guide.other.soreness.name',
        desc: 'Heading: delayed muscle soreness after exercise.',
      }),
      paragraphs: [
        msg(
          'After new or harder exercise than usual, both calves can ache. The ache starts a day or two later.',
          {
            id: 'guide.other.soreness.1',
            desc: 'Other causes, muscle soreness paragraph 1.',
          },
        ),
        msg('This is common. It settles by itself within a few days to a week.', {
          id: 'guide.other.soreness.2',
          desc: 'Other causes, muscle soreness paragraph 2.',
        }),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg('one calf is swollen or warm', {
              id: 'guide.other.soreness.help.urgent.1',
              desc: 'Muscle soreness, same-day list item: this could be a clot instead.',
            }),
          ],
        },
        {
          level: 'routine',
          signs: [
            msg('the ache gets worse, or has not gone after a week', {
              id: 'guide.other.soreness.help.routine.1',
              desc: 'Muscle soreness, list item after "See your doctor if:".',
            }),
          ],
        },
      ],
      sources: ['healthwords-doms', 'murtagh-calf'],
    },
    {
      id: 'tendon-rupture',
      name: msg('Torn Achilles tendon or calf muscle', {
        id: 'guide.other.rupture.name',
        desc: 'Heading: a ruptured Achilles tendon or a major calf muscle tear. The Achilles tendon joins the calf muscle to the heel.',
      }),
      paragraphs: [
        msg(
          'The Achilles tendon joins your calf muscle to your heel. It, or the calf muscle, can tear all at once, often during sport.',
          {
            id: 'guide.other.rupture.1',
            desc: 'Other causes, torn tendon paragraph 1.',
          },
        ),
        msg(
          'You may hear a snap or pop. It can feel as if someone kicked or hit the back of your leg.',
          {
            id: 'guide.other.rupture.2',
            desc: 'Other causes, torn tendon paragraph 2.',
          },
        ),
        msg(
          'You may still be able to walk, but only flat-footed. You cannot stand on tiptoe on that leg.',
          {
            id: 'guide.other.rupture.3',
            desc: 'Other causes, torn tendon paragraph 3.',
          },
        ),
        msg(
          'Some people think they have only sprained their ankle. It is most common in men aged 30 to 40.',
          {
            id: 'guide.other.rupture.4',
            desc: 'Other causes, torn tendon paragraph 4.',
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
      sources: ['bjgp-achilles', 'nhs-fife-achilles', 'lincs-achilles'],
    },
    {
      id: 'bakers-cyst',
      name: msg('Baker’s cyst (a lump behind the knee)', {
        id: 'guide.other.bakers.name',
        desc: 'Heading: a Baker’s (popliteal) cyst, with its plain meaning in brackets.',
      }),
      paragraphs: [
        msg('A Baker’s cyst is a soft lump at the back of the knee.', {
          id: 'guide.other.bakers.1',
          desc: 'Other causes, Baker’s cyst paragraph 1.',
        }),
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
          level: 'emergency',
          signs: [
            msg('you have pain or swelling in your leg, and trouble breathing or chest pain', {
              id: 'guide.other.bakers.help.emergency.1',
              desc: 'Baker’s cyst, emergency list item (after "Call <number> … now if:").',
            }),
          ],
        },
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
            msg(
              'the skin on your leg looks red or darker (redness can be harder to see on brown or black skin)',
              {
                id: 'guide.other.bakers.help.urgent.3',
                desc: 'Baker’s cyst, same-day list item. Keep the note about brown or black skin.',
              },
            ),
            msg('swelling in your leg gets harder or softer', {
              id: 'guide.other.bakers.help.urgent.4',
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
      name: msg('Phlebitis (a sore, swollen vein near the skin)', {
        id: 'guide.other.phlebitis.name',
        desc: 'Heading: superficial thrombophlebitis, with its plain meaning in brackets.',
      }),
      paragraphs: [
        msg('A vein just under the skin can get swollen and sore. It can feel hard, like a cord.', {
          id: 'guide.other.phlebitis.1',
          desc: 'Other causes, phlebitis paragraph 1.',
        }),
        msg(
          'The skin over it may be warm and itchy. It may look red or darker. Redness can be harder to see on brown or black skin.',
          {
            id: 'guide.other.phlebitis.2',
            desc: 'Other causes, phlebitis paragraph 2. Keep the note about brown or black skin.',
          },
        ),
        msg('It is common in people with varicose veins, which are swollen, twisted veins.', {
          id: 'guide.other.phlebitis.3',
          desc: 'Other causes, phlebitis paragraph 3.',
        }),
        msg(
          'It is not usually serious and often gets better in 1 or 2 weeks. But it can look like a clot in a deep vein, and sometimes leads to one. So get it checked.',
          {
            id: 'guide.other.phlebitis.4',
            desc: 'Other causes, phlebitis paragraph 4: the clot can spread into a deep vein.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'emergency',
          signs: [
            msg('you have trouble breathing, chest pain, or you cough up blood', {
              id: 'guide.other.phlebitis.help.emergency.1',
              desc: 'Phlebitis, emergency list item (after "Call <number> … now if:"): a clot in the lung.',
            }),
          ],
        },
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
      name: msg('Cellulitis (a skin infection)', {
        id: 'guide.other.cellulitis.name',
        desc: 'Heading: cellulitis, with its plain meaning in brackets.',
      }),
      paragraphs: [
        msg(
          'The skin is painful, hot and swollen. It usually looks red, but this can be harder to see on brown or black skin.',
          {
            id: 'guide.other.cellulitis.1',
            desc: 'Other causes, cellulitis paragraph 1. Keep the note about brown or black skin.',
          },
        ),
        msg('It can start from a break in the skin, such as a cut, a bite or cracked, dry skin.', {
          id: 'guide.other.cellulitis.2',
          desc: 'Other causes, cellulitis paragraph 2.',
        }),
        msg('It needs treatment from a doctor. Without it, the infection can spread.', {
          id: 'guide.other.cellulitis.3',
          desc: 'Other causes, cellulitis paragraph 3.',
        }),
      ],
      getHelp: [
        {
          level: 'emergency',
          signs: [
            msg('you have a very high temperature, or you feel hot and shivery', {
              id: 'guide.other.cellulitis.help.emergency.1',
              desc: 'Cellulitis, emergency list item (after "Call <number> … now if:"): signs of spread.',
            }),
            msg('your heart or breathing is very fast', {
              id: 'guide.other.cellulitis.help.emergency.2',
              desc: 'Cellulitis, emergency list item.',
            }),
            msg('you feel dizzy, faint or confused', {
              id: 'guide.other.cellulitis.help.emergency.3',
              desc: 'Cellulitis, emergency list item.',
            }),
            msg('your skin is cold, clammy, pale or blotchy', {
              id: 'guide.other.cellulitis.help.emergency.4',
              desc: 'Cellulitis, emergency list item. "Clammy" = cold and damp with sweat.',
            }),
          ],
        },
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
      name: msg('Muscle pain from statins (cholesterol medicines)', {
        id: 'guide.other.statin.name',
        desc: 'Heading: statin-related muscle symptoms. Statins are medicines that lower cholesterol.',
      }),
      paragraphs: [
        msg(
          'Statins are medicines that lower cholesterol. In some people, they cause muscle pain, weakness or cramps.',
          {
            id: 'guide.other.statin.1',
            desc: 'Other causes, statin paragraph 1.',
          },
        ),
        msg('This can be a sign of muscle damage, which can also harm the kidneys.', {
          id: 'guide.other.statin.2',
          desc: 'Other causes, statin paragraph 2.',
        }),
        msg(
          'Get medical advice the same day. Ask the doctor or pharmacist if you should stop taking it.',
          {
            id: 'guide.other.statin.3',
            desc: 'Other causes, statin paragraph 3: contact a doctor or pharmacist today, and ask them about stopping the statin.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'urgent',
          signs: [
            msg(
              'you take a statin and have new muscle pain, tenderness, weakness or cramps that you cannot explain',
              {
                id: 'guide.other.statin.help.urgent.1',
                desc: 'Statins, same-day list item (after "Get medical help today if:"). Tenderness = it hurts when pressed.',
              },
            ),
          ],
        },
      ],
      sources: ['statin-symptoms-news', 'nhs-leg-cramps'],
    },
    {
      id: 'exertional-compartment',
      name: msg('Pain that builds up with exercise (chronic compartment syndrome)', {
        id: 'guide.other.exertional.name',
        desc: 'Heading: chronic exertional compartment syndrome, with its plain meaning first.',
      }),
      paragraphs: [
        msg(
          'In some people, pressure builds up in the calf muscles during exercise, such as running.',
          {
            id: 'guide.other.exertional.1',
            desc: 'Other causes, chronic compartment syndrome paragraph 1.',
          },
        ),
        msg(
          'It causes pain, tightness, numbness or swelling that gets worse as you go on. It goes away when you rest.',
          {
            id: 'guide.other.exertional.2',
            desc: 'Other causes, chronic compartment syndrome paragraph 2.',
          },
        ),
        msg('It is not an emergency, but see your doctor if it keeps happening.', {
          id: 'guide.other.exertional.3',
          desc: 'Other causes, chronic compartment syndrome paragraph 3.',
        }),
      ],
      getHelp: [
        {
          level: 'emergency',
          signs: [
            msg('you have sudden, severe pain in your calf', {
              id: 'guide.other.exertional.help.emergency.1',
              desc: 'Chronic compartment syndrome, emergency list item (after "Call <number> … now if:").',
            }),
          ],
        },
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
      name: msg('Swelling in both legs', {
        id: 'guide.other.heart.name',
        desc: 'Heading: swelling of both legs, which can come from the heart (heart failure) or other organs.',
      }),
      paragraphs: [
        msg('A blood clot usually causes swelling in one leg, and only rarely in both.', {
          id: 'guide.other.heart.1',
          desc: 'Other causes, swelling in both legs paragraph 1.',
        }),
        msg(
          'Swelling in both legs can have other causes. It can come from the heart, when it does not pump as well as it should. This is called heart failure.',
          {
            id: 'guide.other.heart.2',
            desc: 'Other causes, swelling in both legs paragraph 2. Heart failure = the heart does not pump as well as it should; it does not mean the heart has stopped.',
          },
        ),
        msg(
          'It can also come from other organs, such as the kidneys. See your doctor to find the cause.',
          {
            id: 'guide.other.heart.3',
            desc: 'Other causes, swelling in both legs paragraph 3.',
          },
        ),
      ],
      getHelp: [
        {
          level: 'emergency',
          signs: [
            msg('you have trouble breathing, chest pain, or you cough up blood', {
              id: 'guide.other.heart.help.emergency.1',
              desc: 'Swelling in both legs, emergency list item (after "Call <number> … now if:").',
            }),
          ],
        },
        {
          level: 'urgent',
          signs: [
            msg('one leg is much more swollen than the other', {
              id: 'guide.other.heart.help.urgent.1',
              desc: 'Swelling in both legs, same-day list item: this could be a clot.',
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
      sources: ['nhs-dvt'],
    },
  ];
}

/** Where each cause is explained: its section and the id of its heading there. */
const LOCATIONS: Record<CauseId, SectionId | 'get-help'> = {
  'muscle-strain': 'muscle',
  'nerve-root': 'nerves',
  'spinal-stenosis': 'nerves',
  'sural-nerve': 'nerves',
  neuropathy: 'nerves',
  dvt: 'clot',
  pad: 'arteries',
  'critical-limb-ischemia': 'arteries',
  pe: 'get-help',
  'acute-limb-ischemia': 'get-help',
  'compartment-syndrome': 'get-help',
  'cauda-equina': 'get-help',
  sepsis: 'get-help',
  cellulitis: 'other-causes',
  'exertional-compartment': 'other-causes',
  'tendon-rupture': 'other-causes',
  'bakers-cyst': 'other-causes',
  phlebitis: 'other-causes',
  cramp: 'other-causes',
  'muscle-soreness': 'other-causes',
  'statin-myopathy': 'other-causes',
  'heart-failure': 'other-causes',
  'muscle-bleed': 'muscle',
  'muscle-breakdown': 'other-causes',
  'pre-eclampsia': 'other-causes',
};

/** The part of the guide that explains a cause; the anchor is the cause id. */
export function guideLocation(cause: CauseId): { section: SectionId | 'get-help'; anchor: string } {
  return { section: LOCATIONS[cause], anchor: cause };
}

/** The heading of each section of the guide. */
export function sectionTitle(id: SectionId): string {
  switch (id) {
    case 'about':
      return introTitle();
    case 'check':
      return msg('Check your symptoms', {
        id: 'guide.check.title',
        desc: 'Heading of the section with the symptom checker.',
      });
    case 'muscle':
      return muscleTitle();
    case 'nerves':
      return nervesTitle();
    case 'clot':
      return clotTitle();
    case 'arteries':
      return arteriesTitle();
    case 'other-causes':
      return msg('Other causes', {
        id: 'guide.other.title',
        desc: 'Heading of the section with other, less common causes of calf pain.',
      });
    case 'sources':
      return msg('Sources', {
        id: 'guide.sources.title',
        desc: 'Heading of the section listing the documents the guide is based on.',
      });
  }
}

/** Heading of the emergency card that is always shown. */
export function getHelpTitle(): string {
  return msg('Get help now', {
    id: 'guide.get-help.title',
    desc: 'Heading of the emergency card that lists the signs that need emergency help.',
  });
}

/** The fixed sub-headings and short lines of the guide. */
export function guideLabels() {
  return {
    whatItIs: msg('What it is', {
      id: 'guide.label.what-it-is',
      desc: 'Sub-heading in each cause section.',
    }),
    feels: msg('How it feels', {
      id: 'guide.label.feels',
      desc: 'Sub-heading in each cause section: the symptoms.',
    }),
    whoGetsIt: msg('Who gets it', {
      id: 'guide.label.who-gets-it',
      desc: 'Sub-heading in each cause section: who is more likely to get it.',
    }),
    whatHelps: msg('What helps', {
      id: 'guide.label.what-helps',
      desc: 'Sub-heading in each cause section: self-care and usual treatment.',
    }),
    getHelp: msg('When to get help', {
      id: 'guide.label.get-help',
      desc: 'Sub-heading in each cause section: the signs that need a doctor, and how fast.',
    }),
    sources: msg('Sources', {
      id: 'guide.label.sources',
      desc: 'Label before the list of source links under each part of the guide.',
    }),
    reviewed: (date: string) =>
      msg(str`Last reviewed: ${date}`, {
        id: 'guide.reviewed',
        desc: 'When clinicians last checked the guide. The placeholder is a date already written in the reader’s language.',
      }),
    notDiagnosis: msg('This guide is not a diagnosis and does not replace seeing a doctor.', {
      id: 'guide.not-diagnosis',
      desc: 'One sentence under the guide’s main heading.',
    }),
    conditionsTitle: msg('Why these signs matter', {
      id: 'guide.conditions.title',
      desc: 'Heading of the part that explains the conditions behind the emergency signs.',
    }),
  };
}
