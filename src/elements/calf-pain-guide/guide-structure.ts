/**
 * How the guide is laid out: its sections (the ids pages write in `sections` and `open`), their
 * default order, and where each cause the checker can name is explained. The text of each part
 * is src/content's; which part goes where is the guide's. No DOM, no Lit: the content tests read
 * it in Node.
 */
import type { CauseId } from '../../checker/ids.js';
import type { PartId } from '../../content/types.js';

/** The guide's sections, in their default order. `get-help` is always shown and not listed here. */
export const SECTION_IDS = [
  'about',
  'check',
  'muscle',
  'nerves',
  'clot',
  'arteries',
  'other-causes',
  'sources',
] as const satisfies readonly PartId[];
export type SectionId = (typeof SECTION_IDS)[number];

/** The "Get help now" explanations: a disclosure of its own, always present. */
export const CONDITIONS_ID = 'get-help';
export type DisclosureId = SectionId | typeof CONDITIONS_ID;

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** Where each cause is explained: its section and the id of its heading there. */
const LOCATIONS: Record<CauseId, DisclosureId> = {
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
export function guideLocation(cause: CauseId): { section: DisclosureId; anchor: string } {
  return { section: LOCATIONS[cause], anchor: cause };
}
