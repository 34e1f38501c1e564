/**
 * The pictures' words: a text alternative for each picture and the text of each label. Built with
 * `msg()` when called, like src/content/guide.ts, so a locale change re-renders them.
 *
 * The pictures add to the guide's text and say nothing it does not: every alternative text only
 * describes what is drawn, in the words the sections already use.
 *
 * All pictures show the back of a RIGHT leg, seen from behind: the reader's inner side is on the
 * left of the picture. Translators: labels sit beside the drawing in a narrow column (about a
 * third of the picture's width, often under 100 px on a phone), so keep them short; they may wrap
 * onto 2 or 3 lines. The picture is not mirrored in right-to-left languages.
 */
import { msg } from '@lit/localize';

/**
 * The pictures: the leg at the start of the guide (in its introduction, "about"), then one per
 * cause section, named by that section's id.
 */
export type PictureId = 'leg' | 'muscle' | 'nerves' | 'clot' | 'arteries' | 'other-causes';

/** Every label text the pictures use (some repeat across pictures, e.g. "Where it hurts"). */
export type LabelId =
  | 'knee'
  | 'top-of-calf'
  | 'big-muscle'
  | 'flat-muscle'
  | 'achilles'
  | 'heel'
  | 'where-it-hurts'
  | 'inner-side'
  | 'outer-side'
  | 'lower-back'
  | 'sciatic-nerve'
  | 'sural-nerve'
  | 'deep-vein'
  | 'clot'
  | 'artery'
  | 'narrowed'
  | 'aches-walking'
  | 'cyst'
  | 'if-it-bursts';

/** The text alternative of each picture: what it shows, for readers who cannot see it. */
export function pictureAltText(): Record<PictureId, string> {
  return {
    leg: msg(
      'Drawing of the back of the lower leg, from the knee to the heel, with the calf muscles and the Achilles tendon. The top of the calf, just below the knee, is shaded.',
      {
        id: 'picture.leg.alt',
        desc: 'Text alternative of the drawing at the start of the guide. It describes what is drawn: the back of a right leg from just above the knee to the heel; the labels on the drawing name each part. Not shown: read out by screen readers.',
      },
    ),
    muscle: msg(
      'Drawing of the back of the lower leg. A strain or tear usually hurts in the shaded part: the inner side of the big calf muscle, halfway down.',
      {
        id: 'picture.muscle.alt',
        desc: 'Text alternative of the drawing in the calf muscle injuries section. Inner side = the side towards the other leg. This is where "tennis leg" (a tear of the inner part of the gastrocnemius) hurts. Not shown: read out by screen readers.',
      },
    ),
    nerves: msg(
      'Drawing of two nerves: one runs from the lower back down the back of the leg, and one down the outer side of the calf to the foot. The shading shows where nerve pain is often felt, from the buttock to the foot.',
      {
        id: 'picture.nerves.alt',
        desc: 'Text alternative of the drawing in the nerve pain section. The first nerve is the sciatic nerve (of sciatica), the second the sural nerve; the labels on the drawing name them. Outer side = away from the other leg. Not shown: read out by screen readers.',
      },
    ),
    clot: msg(
      'Drawing of a deep vein in the middle of the calf, under the muscles, with a blood clot in it. The shaded part of the calf around the clot is where it usually hurts.',
      {
        id: 'picture.clot.alt',
        desc: 'Text alternative of the drawing in the blood clots section (deep vein thrombosis). "Deep" = under the muscles, not near the skin. Not shown: read out by screen readers.',
      },
    ),
    arteries: msg(
      'Drawing of the main artery of the leg, narrow in the lower thigh, so less blood gets to the calf. The shaded calf muscle is where it aches when you walk.',
      {
        id: 'picture.arteries.alt',
        desc: 'Text alternative of the drawing in the section on narrowed leg arteries (peripheral arterial disease). Arteries carry blood from the heart. Not shown: read out by screen readers.',
      },
    ),
    'other-causes': msg(
      'Drawing of a Baker’s cyst: a lump of fluid behind the knee, on the inner side, shaded where it hurts. The shading lower down shows where the calf hurts if the cyst bursts.',
      {
        id: 'picture.other-causes.alt',
        desc: 'Text alternative of the drawing in the "Other causes" section. Use the same name for Baker’s cyst as that section. Inner side = the side towards the other leg. Not shown: read out by screen readers.',
      },
    ),
  };
}

/** The text of each label placed over the pictures (one text per idea, reused across pictures). */
export function pictureLabelText(): Record<LabelId, string> {
  return {
    knee: msg('Back of the knee', {
      id: 'picture.label.knee',
      desc: 'Picture label pointing to the crease at the back of the knee. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'top-of-calf': msg('Top of the calf', {
      id: 'picture.label.top-of-calf',
      desc: 'Picture label on the shaded area just below the knee: the place this guide is about. Use the same words as the guide’s title. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'big-muscle': msg('Big calf muscle', {
      id: 'picture.label.big-muscle',
      desc: 'Picture label pointing to the gastrocnemius, the big calf muscle you can see. Plain words, as in the introduction; no Latin name here. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'flat-muscle': msg('Flat calf muscle under it', {
      id: 'picture.label.flat-muscle',
      desc: 'Picture label pointing to the soleus, the flat calf muscle under the big one (it shows below and beside it). Plain words, as in the introduction. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    achilles: msg('Achilles tendon', {
      id: 'picture.label.achilles',
      desc: 'Picture label pointing to the Achilles tendon, from the calf muscles to the heel. Use the name the guide uses for it. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    heel: msg('Heel', {
      id: 'picture.label.heel',
      desc: 'Picture label pointing to the heel. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'where-it-hurts': msg('Where it hurts', {
      id: 'picture.label.where-it-hurts',
      desc: 'Picture label on a shaded area: where the pain is usually felt. Used in several pictures. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'inner-side': msg('Inner side', {
      id: 'picture.label.inner-side',
      desc: 'Picture label at one edge of a drawing of the back of the leg: the side towards the other leg. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'outer-side': msg('Outer side', {
      id: 'picture.label.outer-side',
      desc: 'Picture label at one edge of a drawing of the back of the leg: the side away from the other leg. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'lower-back': msg('Lower back', {
      id: 'picture.label.lower-back',
      desc: 'Picture label pointing to the lower back, where the sciatic nerve starts. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'sciatic-nerve': msg('Sciatic nerve', {
      id: 'picture.label.sciatic-nerve',
      desc: 'Picture label pointing to the sciatic nerve, down the back of the thigh: the nerve of sciatica. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'sural-nerve': msg('Sural nerve', {
      id: 'picture.label.sural-nerve',
      desc: 'Picture label pointing to the sural nerve, on the outer side of the lower calf. Use the name the nerve pain section uses. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'deep-vein': msg('Deep vein', {
      id: 'picture.label.deep-vein',
      desc: 'Picture label pointing to a deep vein of the leg (under the muscles), where a clot (DVT) forms. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    clot: msg('Blood clot', {
      id: 'picture.label.clot',
      desc: 'Picture label pointing to a blood clot inside the deep vein. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    artery: msg('Artery', {
      id: 'picture.label.artery',
      desc: 'Picture label pointing to the main artery of the leg (it carries blood from the heart). Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    narrowed: msg('Narrowed part', {
      id: 'picture.label.narrowed',
      desc: 'Picture label pointing to the place where the artery is narrow, in the lower thigh. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'aches-walking': msg('Aches when you walk', {
      id: 'picture.label.aches-walking',
      desc: 'Picture label on the shaded calf muscle: where narrowed arteries make the leg ache when walking, easing with rest. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    cyst: msg('Baker’s cyst', {
      id: 'picture.label.cyst',
      desc: 'Picture label pointing to a lump of fluid behind the knee, on the inner side. Use the same name as the "Other causes" section. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
    'if-it-bursts': msg('Pain here if it bursts', {
      id: 'picture.label.if-it-bursts',
      desc: 'Picture label on the shaded calf below the Baker’s cyst: where it hurts if the cyst bursts and the fluid runs down. Keep it short: it sits in a narrow column beside the drawing (it may wrap onto 2 or 3 lines).',
    }),
  };
}
