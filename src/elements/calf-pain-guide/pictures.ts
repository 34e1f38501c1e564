/**
 * The guide's pictures: simple line drawings of the back of the RIGHT leg, seen from behind, made
 * for this project (no third-party artwork). The reader's inner side (towards the other leg) is on
 * the viewer's left, the outer side on the viewer's right.
 *
 * One drawing of the whole leg, from the lower back to the foot, lives in one coordinate space
 * ("leg units": x 0–240, y 0–580). Every picture draws the SAME outline and muscles and shows a
 * window of it through its own viewBox: the calf for most pictures, the whole leg for the nerves.
 *
 * What the pictures hold, and what they leave to the element:
 * - No text. Labels are HTML placed over the drawing by the element (translated, selectable, read
 *   by screen readers); `pictureLabels()` says where, in percent of the picture. Leader lines from
 *   each label to what it names are drawn here, from the same numbers, so they cannot drift apart.
 * - No colours. Lines are `currentColor`; fills come from classes the element's stylesheet colours
 *   with `--cpg-picture-*` tokens (pictures.styles.ts), so light, dark and forced colours follow the
 *   theme. Presentation attributes cannot follow a media query (dark, forced colours) and do not
 *   take var() in every browser; style attributes are blocked by a strict CSP; so: classes.
 * - No ids, no `url(…)`: the pre-rendered guide must load nothing and may hold no `url(`, and ids
 *   would repeat when one page shows two guides. So the "where it hurts" hatching is not an SVG
 *   pattern: `hatch()` works out the lines that cross each zone.
 * - Never mirrored for right to left: it is a body, not a sentence (docs/pictures/README.md says why).
 *
 * Anatomy sources, per drawing, are in the comments beside each one.
 */
import { svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { LabelId, PictureId } from '../../content/pictures-text.js';

export type { LabelId, PictureId };

/**
 * Which edge of the label's box sits at (x, y). Physical sides, not start/end: the drawing is not
 * mirrored in right-to-left languages, so a label stays beside what it names.
 */
export type LabelAnchor = 'left' | 'right';

/** Where the element puts one label over a picture. */
export interface PictureLabel {
  /** The label's text key in src/content/pictures-text.ts (`pictureLabelText()`); unique within a picture. */
  id: LabelId;
  /** Percent of the picture's width, from its left edge: where the label's anchored edge sits. */
  x: number;
  /** Percent of the picture's height, from its top edge: the label's vertical middle. */
  y: number;
  anchor: LabelAnchor;
}

/**
 * A label in leg units: its text key, where its anchored edge sits, which edge, and the point its
 * leader line ends on (none for "Inner side" / "Outer side", which name a whole side).
 */
type LabelSpec = [
  id: LabelId,
  x: number,
  y: number,
  anchor: LabelAnchor,
  toX?: number,
  toY?: number,
];

/** An oval zone in leg units: centre, radii, and a turn in degrees (clockwise). */
type Oval = [cx: number, cy: number, rx: number, ry: number, turn?: number];

/** The window of the leg a picture shows: x, y, width, height in leg units. */
type ViewBox = [x: number, y: number, width: number, height: number];

// ---------------------------------------------------------------------------------------------
// The leg, drawn once.
//
// Proportions follow an adult leg from behind: thigh (gluteal fold to knee crease) a little
// shorter than the leg (knee crease to sole), the calf widest about a third of the way down, the
// ankle about half the knee's width.
// ---------------------------------------------------------------------------------------------

/**
 * The outline: the midline of the lower back and buttock (viewer's left, cut at the top), the
 * inner thigh, knee, calf and ankle, the heel, the foot turned a little outwards (so its outer
 * edge shows, where the sural nerve ends), and back up the outer side to the hip. Open at the
 * top: the fill closes it, the line does not.
 */
const OUTLINE =
  'M44 0C46 40 46 80 45 100C46 114 50 124 58 132C66 190 84 250 92 288C95 300 94 308 91 318' +
  'C83 344 80 374 86 402C92 440 103 470 106 498C107 508 103 514 104 522C104 540 108 558 118 566' +
  'C140 571 170 569 186 563C193 560 192 551 184 548C168 543 152 537 143 527C143 519 140 512 139 505' +
  'C139 478 146 450 152 420C158 392 162 362 158 336C155 318 154 304 156 290C162 240 172 180 177 128' +
  'C184 92 186 44 182 0';

/**
 * Lines inside the outline: the gluteal fold (bottom of the buttock), the two hamstring tendons
 * that frame the hollow at the back of the knee, and the knee crease.
 */
const CREASES =
  'M48 108C74 128 128 132 164 114M117 246C110 262 105 276 102 290M129 246C136 262 141 276 144 290' +
  'M104 300C114 305 131 305 144 299';

/**
 * The flat calf muscle (soleus). It lies under the big one and shows below and beside it, then
 * narrows into the Achilles tendon. Its top is hidden by the big muscle.
 * Source: Gray's Anatomy (1918), via IMAIOS e-Anatomy "Soleus muscle" (broad flat muscle in front
 * of the gastrocnemius, from the back of the fibula and tibia, joining the gastrocnemius tendon to
 * form the tendo calcaneus); artanatomy.com "Soleus" (seen on both sides of the Achilles tendon).
 */
const SOLEUS =
  'M92 330C84 372 88 412 100 440C108 460 115 474 118 488L127 488C130 474 137 460 145 440' +
  'C157 410 160 372 153 330Z';

/**
 * The big calf muscle (gastrocnemius): two heads from just above the knee crease (the inner and
 * outer bumps of the thigh bone), which meet in the middle below the knee and end about halfway
 * down the leg; the inner head is bigger and reaches lower than the outer one.
 * Sources: TeachMeAnatomy "Gastrocnemius" (heads from the medial and lateral femoral condyles,
 * joining the soleus to form the calcaneal tendon); artanatomy.com "Gastrocnemius" (the medial
 * head is larger and lies lower); Greenwood et al. 2021, Anat Cell Biol 54(1) (the two heads form
 * the lower border of the popliteal fossa).
 */
const GASTROCNEMIUS =
  'M101 288C94 312 87 340 87 368C87 394 95 414 108 428C114 432 119 426 122 418' +
  'C125 424 130 424 135 416C147 398 155 372 155 346C155 322 150 302 145 288' +
  'C140 304 131 318 122 330C114 318 106 304 101 288Z';

/** The groove between the two heads of the big muscle. */
const GROOVE = 'M122 330C122 362 122 392 122 418';

/**
 * The Achilles tendon, from where the calf muscles end to the back of the heel bone.
 * Source: TeachMeAnatomy "Gastrocnemius" and IMAIOS "Soleus muscle" (common tendon into the
 * calcaneus).
 */
const TENDON =
  'M116 424C118 456 118.5 484 118.5 504C118.5 526 117.5 542 117 550C119 555 126 555 128 550' +
  'C127.5 542 126.5 526 126.5 504C126.5 484 127 456 128 424Z';

/** The leg's skin and creases: every picture starts with it, in the same place. */
const skin = svg`<path class="skin" d=${OUTLINE}/><path class="fine" d=${CREASES}/>`;

/** The calf muscles and tendon, over the skin. */
const muscles = svg`<path class="soleus" d=${SOLEUS}/><path class="muscle" d=${GASTROCNEMIUS}/><path class="tendon" d=${TENDON}/><path class="fine" d=${GROOVE}/>`;

/** The leg as most pictures show it. */
const leg = svg`${skin}${muscles}`;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Space between hatch lines, in leg units. */
const HATCH_GAP = 5;

/**
 * The hatch lines ("/", 45°) that cross the given ovals, as path data. All zones share one grid
 * of lines (x + y = a multiple of the gap), so where two ovals overlap their lines coincide
 * instead of doubling up. Hatching, not colour alone, marks a zone: it stays visible in forced
 * colours and to readers who cannot tell the fill colour from the leg's.
 */
function hatch(ovals: readonly Oval[]): string {
  let d = '';
  for (const [cx, cy, rx, ry, turn = 0] of ovals) {
    const angle = (turn * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const reach = 1.5 * Math.max(rx, ry);
    // A point of the line x + y = c is (t, c - t); in the oval's own axes it is (u, v), linear
    // in t. Putting (u, v) into (u/rx)² + (v/ry)² = 1 gives a quadratic in t.
    const p = cos - sin;
    const q = -sin - cos;
    for (
      let c = Math.ceil((cx + cy - reach) / HATCH_GAP) * HATCH_GAP;
      c <= cx + cy + reach;
      c += HATCH_GAP
    ) {
      const k = -cx * cos + (c - cy) * sin;
      const m = cx * sin + (c - cy) * cos;
      const a = (p * p) / (rx * rx) + (q * q) / (ry * ry);
      const b = 2 * ((p * k) / (rx * rx) + (q * m) / (ry * ry));
      const e = (k * k) / (rx * rx) + (m * m) / (ry * ry) - 1;
      const disc = b * b - 4 * a * e;
      if (disc <= 0) continue;
      const t1 = (-b - Math.sqrt(disc)) / (2 * a);
      const t2 = (-b + Math.sqrt(disc)) / (2 * a);
      d += `M${round(t1)} ${round(c - t1)}L${round(t2)} ${round(c - t2)}`;
    }
  }
  return d;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * A "where it hurts" zone: ovals with a soft fill and a dashed outline in the line colour (the
 * outline is what meets 3:1 contrast on the muscles), and the hatching over them. The ovals of one
 * picture must not overlap, or their outlines would cross inside the zone.
 */
function zone(ovals: readonly Oval[]): TemplateResult {
  return svg`<g class="zone">${ovals.map(
    ([cx, cy, rx, ry, turn = 0]) =>
      svg`<ellipse cx=${cx} cy=${cy} rx=${rx} ry=${ry} transform="rotate(${turn} ${cx} ${cy})"/>`,
  )}</g><path class="hatch" d=${hatch(ovals)}/>`;
}

/**
 * Nerves or blood vessels: coloured lines inside a dark casing, so they show on the leg in every
 * theme, and read as hollow tubes (unlike the leg's plain lines) in forced colours. All casings go
 * first, so where a branch leaves its trunk the two run into each other without a seam.
 */
function tubes(kind: 'nerve' | 'vein' | 'artery', d: string): TemplateResult {
  return svg`<path class="casing" d=${d}/><path class=${kind} d=${d}/>`;
}

/** Leader lines from each label to the point it names, with a dot on that point. */
function leaders(labels: readonly LabelSpec[]): TemplateResult {
  let d = '';
  let dots = '';
  for (const [, x, y, anchor, toX, toY] of labels) {
    if (toX === undefined || toY === undefined) continue;
    // Start a little away from the label's edge, so the line does not touch the text.
    d += `M${anchor === 'right' ? x + 2 : x - 2} ${y}L${toX} ${toY}`;
    dots += `M${toX} ${toY}h0`;
  }
  return svg`<path class="leader" d=${d}/><path class="dot" d=${dots}/>`;
}

/** The SVG element around a picture's layers. Hidden from assistive technology: the element's
 * caption and HTML labels say everything the drawing shows. */
function picture(id: PictureId, body: TemplateResult): TemplateResult {
  const { viewBox, labels } = PICTURES[id];
  return svg`<svg class="picture" viewBox=${viewBox.join(' ')} aria-hidden="true" focusable="false">${body}${leaders(labels)}</svg>`;
}

// ---------------------------------------------------------------------------------------------
// The pictures: what window of the leg each shows, and its labels (in leg units).
// ---------------------------------------------------------------------------------------------

const PICTURES: Record<PictureId, { viewBox: ViewBox; labels: readonly LabelSpec[] }> = {
  // Label anchors sit just outside the leg: x 76 on the inner side and 170 on the outer side at
  // the calf, further out beside the thigh (40 / 180) and the foot (196).
  leg: {
    viewBox: [-48, 236, 340, 344],
    labels: [
      ['knee', 76, 270, 'right', 114, 303],
      ['top-of-calf', 170, 316, 'left', 150, 322],
      ['big-muscle', 170, 388, 'left', 148, 380],
      ['flat-muscle', 76, 444, 'right', 100, 444],
      ['achilles', 170, 488, 'left', 127, 488],
      ['heel', 76, 556, 'right', 110, 560],
    ],
  },
  muscle: {
    viewBox: [-48, 236, 340, 344],
    labels: [
      ['big-muscle', 170, 350, 'left', 150, 352],
      ['where-it-hurts', 76, 410, 'right', 95, 414],
      ['inner-side', 76, 490, 'right'],
      ['outer-side', 170, 490, 'left'],
    ],
  },
  nerves: {
    // The thigh and buttock are wide: only "Lower back" sits beside them; the other labels sit
    // lower, beside the knee and calf, where the columns are wider.
    viewBox: [-58, 0, 350, 580],
    labels: [
      ['lower-back', 30, 30, 'right', 57, 30],
      ['sciatic-nerve', 172, 250, 'left', 120, 250],
      ['where-it-hurts', 76, 360, 'right', 100, 360],
      ['outer-side', 170, 390, 'left'],
      ['sural-nerve', 170, 470, 'left', 132, 470],
      ['inner-side', 90, 490, 'right'],
    ],
  },
  clot: {
    viewBox: [-48, 236, 340, 344],
    labels: [
      ['deep-vein', 76, 290, 'right', 121, 294],
      ['clot', 170, 384, 'left', 121, 384],
      ['where-it-hurts', 76, 420, 'right', 96, 420],
    ],
  },
  arteries: {
    viewBox: [-48, 130, 340, 450],
    labels: [
      ['artery', 40, 170, 'right', 92, 170],
      ['narrowed', 180, 223, 'left', 110.8, 223],
      ['aches-walking', 170, 370, 'left', 150, 370],
    ],
  },
  'other-causes': {
    viewBox: [-48, 236, 340, 344],
    labels: [
      ['cyst', 76, 290, 'right', 99, 294],
      ['where-it-hurts', 170, 316, 'left', 128, 306],
      ['if-it-bursts', 76, 390, 'right', 96, 390],
      ['inner-side', 76, 490, 'right'],
      ['outer-side', 170, 490, 'left'],
    ],
  },
};

/** Labels of a picture, top to bottom (the reading order, and the numbers of a narrow key). */
export function pictureLabels(id: PictureId): PictureLabel[] {
  const [left, top, width, height] = PICTURES[id].viewBox;
  return PICTURES[id].labels
    .map(([label, x, y, anchor]) => ({
      id: label,
      x: round(((x - left) / width) * 100),
      y: round(((y - top) / height) * 100),
      anchor,
    }))
    .sort((a, b) => a.y - b.y);
}

/**
 * The labels' places as CSS, for the element's stylesheet (`unsafeCSS(pictureLabelCss())` after
 * pictureStyles). Markup then needs no style attribute, which a strict CSP would block and the
 * pre-rendered guide may not contain: `<li data-label="knee">` inside
 * `<figure data-picture="leg">` is enough. Each label gets private custom properties that
 * pictureStyles turns into a place: `--_x`/`--_y` the anchor point, `--_l`/`--_r` the physical
 * left or right offset (the other one auto), `--_w` the room to the picture's edge, `--_a` the
 * text alignment (towards the leader line). Physical, not logical: the drawing is not mirrored.
 */
export function pictureLabelCss(): string {
  let css = '';
  for (const id of Object.keys(PICTURES) as PictureId[]) {
    for (const { id: label, x, y, anchor } of pictureLabels(id)) {
      const room = anchor === 'left' ? round(100 - x) : x;
      const offsets =
        anchor === 'left' ? `--_l:${x}%;--_r:auto` : `--_l:auto;--_r:${round(100 - x)}%`;
      css += `[data-picture="${id}"] [data-label="${label}"]{--_x:${x}%;--_y:${y}%;${offsets};--_w:${room}%;--_a:${anchor}}`;
    }
  }
  return css;
}

// ---------------------------------------------------------------------------------------------
// (a) The back of the lower leg, at the start of the guide.
// ---------------------------------------------------------------------------------------------

/**
 * The back of the lower leg: knee crease, the big calf muscle with its two heads, the flat muscle
 * under it, the Achilles tendon and heel, and "the top of the calf" (just below the knee crease,
 * over the upper part of the two heads).
 * Sources: as for the leg above (TeachMeAnatomy "Gastrocnemius"; IMAIOS/Gray's "Soleus muscle";
 * artanatomy.com; Greenwood et al. 2021 for the knee hollow); the clinical brief, section 5.1
 * (gastrocnemius and soleus at the top of the calf).
 */
export function legPicture(): TemplateResult {
  return picture('leg', svg`${leg}${zone([[122, 336, 31, 26]])}`);
}

// ---------------------------------------------------------------------------------------------
// (b) One small picture per cause section, on the same leg.
// ---------------------------------------------------------------------------------------------

/**
 * Calf muscle injuries: a strain or tear is most often in the inner head of the big calf muscle,
 * where muscle turns into tendon, about halfway down the calf ("tennis leg").
 * Sources: clinical brief 5.1 (Duke tennis-leg review: "ecchymosis over the middle third of the
 * medial calf"; StatPearls 22093); Radiopaedia "Tennis leg" (tear of the myotendinous junction of
 * the medial head of gastrocnemius).
 */
export function musclePicture(): TemplateResult {
  // A small zigzag: the tear.
  return picture(
    'muscle',
    svg`${leg}${zone([[103, 405, 12, 24, 15]])}<path class="tear" d="M100 397l6 3-5 4 6 3-5 4"/>`,
  );
}

/**
 * Nerve pain: the sciatic nerve from the lower back, through the buttock and down the back of the
 * thigh; above the knee it becomes the tibial nerve, which runs down the middle of the calf to
 * behind the inner ankle. The sural nerve leaves it behind the knee, runs between the two heads
 * of the big muscle, then beside the Achilles tendon on the outer side, behind the outer ankle
 * bone and along the outer edge of the foot. Sciatica (S1) is felt in the buttock, the back of
 * the thigh and calf, to the heel and outer foot.
 * Sources: Kenhub "Sciatic nerve" (L4–S3, leaves the pelvis below piriformis, down the back of
 * the thigh, divides above the knee into tibial and common fibular nerves); QUT Podiatry Anatomy
 * "Sural nerve" and Radiopaedia "Sural neuropathy" (brief 5.3: between the gastrocnemius heads,
 * lateral to the tendo Achilles, behind the lateral malleolus, lateral foot to the fifth toe);
 * clinical brief 5.2 (S1 pattern: back of thigh and calf to heel and outer foot).
 */
export function nervesPicture(): TemplateResult {
  // One path, so the branches join without a seam: the sciatic nerve becoming the tibial nerve,
  // then the sural nerve leaving it behind the knee.
  const nerves =
    'M50 0C62 36 98 74 108 106C114 140 118 200 120 262C121 300 122 330 121 372C120 420 115 470 111 518' +
    'M121 300C122 340 124 390 127 420C129 446 131 466 133 484C135 502 138 516 142 526C150 538 166 546 180 553';
  return picture(
    'nerves',
    svg`${skin}<g class="faint">${muscles}</g>${zone([
      [98, 98, 26, 22, -20],
      [118, 190, 17, 62],
      [121, 360, 22, 54],
      [136, 470, 9, 28, -10],
      [152, 553, 32, 7, 8],
    ])}${tubes('nerve', nerves)}`,
  );
}

/**
 * Blood clots: a clot in a deep vein of the calf. The deep veins run with the arteries, in the
 * middle of the calf under the muscles, and join behind the knee into the popliteal vein. Pain is
 * usually in the calf.
 * Sources: clinical brief 5.5 (NHS DVT: "throbbing or cramping pain in 1 leg ... usually in the
 * calf or thigh"); QUT Podiatry Anatomy "Veins of the lower limb" (deep veins run in pairs with
 * the arteries they are named after); Greenwood et al. 2021 (popliteal vein in the knee hollow);
 * PubMed 8918317, a 1996 duplex-scan study (calf clots mostly in the peroneal and posterior
 * tibial veins).
 */
export function clotPicture(): TemplateResult {
  // The popliteal vein behind the knee, and below it two of the deep calf veins (posterior tibial
  // towards the inner ankle, fibular further out), as one path so they join without a seam.
  const veins =
    'M120 236C121 262 122 292 122 320C121 362 116 420 112 470C111 484 110 496 110 506M122 334C127 380 130 430 128 484';
  return picture(
    'clot',
    svg`${leg}${zone([[120, 392, 30, 44]])}${tubes('vein', veins)}<ellipse class="clot" cx="118.5" cy="384" rx="6" ry="16" transform="rotate(8 118.5 384)"/>`,
  );
}

/**
 * Poor blood flow: the main artery of the thigh narrowed in its lower part (where it passes to
 * the back of the knee), and the calf muscle that aches on walking because less blood gets past.
 * Sources: clinical brief 5.6 (NHS PAD: aching "usually develops in your calves", triggered by
 * walking); AccessMedicine, key features of femoropopliteal disease (accessmedicine.mhmedical.com,
 * book 3109: the superficial femoral artery is the one most often blocked, often in the adductor
 * (Hunter) canal of the lower thigh; claudication confined to the calf); Taylor & Francis,
 * popliteal fossa chapter (the artery enters the back of the knee through the adductor opening
 * and divides below it).
 */
export function arteriesPicture(): TemplateResult {
  // The thigh artery (straight, so the narrowed part can sit on it), the artery behind the knee,
  // and its two branches in the calf.
  const arteries =
    'M88 150L116 256C120 272 121 294 121 316C121 324 120.5 330 120 336C116 390 110 460 110 504' +
    'M120 336C126 390 130 450 130 494';
  // The narrowed part: fatty plaque fills the artery there, leaving a thin channel for blood.
  const narrowed = 'M103.3 208L111.2 238';
  return picture(
    'arteries',
    svg`${leg}${zone([[122, 368, 33, 46]])}${tubes('artery', arteries)}<path class="plaque" d=${narrowed}/><path class="channel" d=${narrowed}/>`,
  );
}

/**
 * Other causes: a Baker's cyst, a lump of fluid at the back of the knee on the inner side,
 * between the inner head of the big calf muscle and the semimembranosus hamstring tendon, at or
 * just below the knee crease. It aches behind the knee; if it bursts, fluid runs down into the
 * calf, which hurts and swells.
 * Sources: clinical brief 6.7 (NHS Baker's cyst: "a soft lump at the back of the knee"; a burst
 * cyst gives "sharp pain, swelling and redness in your calf"); Radiologykey / Radswiki "Popliteal
 * cyst" (gastrocnemius-semimembranosus bursa, posteromedial; a dissecting cyst runs down between
 * gastrocnemius and soleus); Podiapaedia "Popliteal (Baker's) cyst" (posteromedial, on or just
 * below the joint line).
 */
export function otherCausesPicture(): TemplateResult {
  return picture(
    'other-causes',
    svg`${leg}${zone([[113, 300, 18, 19]])}${zone([[104, 384, 15, 34, 8]])}<ellipse class="cyst" cx="105" cy="302" rx="10" ry="13"/>`,
  );
}

/** Each picture's function, by id (the element renders the one its section needs). */
export const PICTURE_FUNCTIONS: Record<PictureId, () => TemplateResult> = {
  leg: legPicture,
  muscle: musclePicture,
  nerves: nervesPicture,
  clot: clotPicture,
  arteries: arteriesPicture,
  'other-causes': otherCausesPicture,
};
