/**
 * The guide's reviewed patient text. Every statement traces to a source of the clinical brief
 * (shared/clinical-brief.md, with its December 2026 source check), cited by id from `sources.ts`.
 *
 * Each function builds its strings with `msg()` when called, so a locale change re-renders them.
 * No phone number or country-specific service is named: the elements add the reader's own
 * emergency number to every "get help" box.
 *
 * Two things are shared with the checker rather than written twice, so the two cannot drift
 * apart: each cause's name is the one the checker's result uses (`causeText()`), and the groups
 * with a higher chance of a clot are the engine's own `VTE_RISK` list.
 *
 * The emergency signs are written once, in the card (`redFlagSigns()`); the sections point to the
 * card instead of repeating them.
 *
 * This file holds what the closed guide shows (titles, summaries, the emergency signs, labels);
 * what its sections show once opened is in guide-sections.ts (loaded later by the bundler entry).
 */
import { msg, str } from '@lit/localize';
import { VTE_RISK } from '../checker/rules.js';
import type { CauseSectionId, PartId } from './types.js';

/** One of the engine's clot risks (brief section 4, "VTE risk"). */
export type ClotRisk = (typeof VTE_RISK)[number];

// Titles used in more than one place (the section list and the section itself).

export function introTitle(): string {
  return msg('About pain at the top of the calf', {
    id: 'guide.intro.title',
    desc: 'Heading of the guide’s introduction. The calf is the back of the lower leg, below the knee.',
  });
}

export function muscleTitle(): string {
  return msg('Calf muscle injuries', {
    id: 'guide.muscle.title',
    desc: 'Heading of the guide section on calf muscle injuries: a pulled, torn or bruised muscle, and bleeding into the muscle in people on blood thinners.',
  });
}

export function nervesTitle(): string {
  return msg('Nerve pain', {
    id: 'guide.nerves.title',
    desc: 'Heading of the guide section on calf pain that comes from a nerve (sciatica, spinal narrowing, nerve damage).',
  });
}

export function clotTitle(): string {
  return msg('Blood clots', {
    id: 'guide.clot.title',
    desc: 'Heading of the guide section on blood clots in the deep veins of the leg (deep vein thrombosis), which can travel to the lung. Other parts of the guide refer to this section by this heading.',
  });
}

export function arteriesTitle(): string {
  return msg('Poor blood flow in the legs', {
    id: 'guide.arteries.title',
    desc: 'Heading of the guide section on narrowed arteries in the legs (peripheral arterial disease): arteries carry blood from the heart, and less blood reaches the leg.',
  });
}

export function muscleSummary(): string {
  return msg('A pulled, torn or bruised calf muscle. Most get better with care at home.', {
    id: 'guide.muscle.summary',
    desc: 'One-line summary under the calf muscle injuries heading, visible when the section is closed.',
  });
}

export function nervesSummary(): string {
  return msg('Pain, tingling or numbness from a nerve, often starting in the lower back.', {
    id: 'guide.nerves.summary',
    desc: 'One-line summary under the nerve pain heading, visible when the section is closed.',
  });
}

export function clotSummary(): string {
  return msg('A clot in a deep vein of the leg. It needs to be checked the same day.', {
    id: 'guide.clot.summary',
    desc: 'One-line summary under the blood clot heading, visible when the section is closed.',
  });
}

export function arteriesSummary(): string {
  return msg('Narrow arteries can make your calf ache when you walk. See your doctor about it.', {
    id: 'guide.arteries.summary',
    desc: 'One-line summary under the arteries heading, visible when the section is closed.',
  });
}

/**
 * The emergency signs, one idea each. Shown after "Do this if you have calf pain and any of
 * these:" in the emergency card, so each item completes that sentence. The guide's sections point
 * to the card instead of repeating these.
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
      'you feel very unwell: confused, very sleepy, breathing fast, or with cold, clammy (damp and sweaty) or blotchy skin',
      {
        id: 'guide.signs.very-unwell',
        desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Signs of a serious body-wide infection (sepsis). "Clammy" = cold and damp with sweat; keep the explanation in brackets.',
      },
    ),
    msg('sudden pain so bad that it is hard to think or talk', {
      id: 'guide.signs.severe-pain',
      desc: 'Emergency card, list item after “Do this if you have calf pain and any of these:”. Sudden, severe pain.',
    }),
  ];
}

/** The one-line summary of each cause group. */
const CAUSE_SUMMARIES: Record<CauseSectionId, () => string> = {
  muscle: muscleSummary,
  nerves: nervesSummary,
  clot: clotSummary,
  arteries: arteriesSummary,
};

/** The one-line summary of a cause group, shown under its heading while it is closed. */
export function sectionSummary(id: CauseSectionId): string {
  return CAUSE_SUMMARIES[id]();
}

/** The heading of each section of the guide. */
export function sectionTitle(id: PartId): string {
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
    /** A label and what follows it ("Sources: …"), with the language's own colon and spacing. */
    labelled: (label: string) =>
      msg(str`${label}:`, {
        id: 'guide.label.colon',
        desc: 'A label followed by a list (for example “Sources:” before the source links). Use your language’s colon and its spacing (Chinese “：”, French “ :” with a space before).',
      }),
    /** Between two items of a list of names (the source links). */
    listComma: msg(', ', {
      id: 'guide.list.comma',
      desc: 'Between two source names in a list (a comma and a space in English). Use your language’s list comma (Arabic “، ”, Chinese “、”).',
    }),
    /** Until a named clinician signs the content off: the date it was checked against sources. */
    checkedNotSigned: (date: string) =>
      msg(
        str`Content last checked against sources on ${date}; not yet signed off by a clinician.`,
        {
          id: 'guide.status.checked',
          desc: 'Line at the end of the guide, shown until a named clinician has signed off this text. The placeholder is a date already written in the reader’s language. Keep both parts: when the text was checked against its sources, and that no clinician has signed it off yet.',
        },
      ),
    /** Once a named clinician has signed the content off. */
    reviewedBy: (name: string, date: string) =>
      msg(str`Reviewed by ${name} on ${date}.`, {
        id: 'guide.status.reviewed',
        desc: 'Line at the end of the guide once a clinician has signed off this text. First placeholder: the clinician’s name and title (not translated); second: a date already written in the reader’s language.',
      }),
    forAdults: msg('This guide is for adults (16 and over).', {
      id: 'guide.for-adults',
      desc: 'Sentence under the guide’s main heading, before “This guide is not a diagnosis…”. The age of 16 is our own choice, not a health service rule: keep the number.',
    }),
    notDiagnosis: msg('It is not a diagnosis and does not replace seeing a doctor.', {
      id: 'guide.not-diagnosis',
      desc: 'Second sentence under the guide’s main heading, after “This guide is for adults (16 and over).” “It” is the guide.',
    }),
    conditionsTitle: msg('Why these signs matter', {
      id: 'guide.conditions.title',
      desc: 'Heading of the part that explains the conditions behind the emergency signs.',
    }),
  };
}
