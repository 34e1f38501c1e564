/**
 * The documents behind the guide's text, as listed in the clinical brief (section 13 and the
 * per-section addresses). Names and addresses are not translated: they name English documents.
 * Where the brief read an nhs.uk page through a copy, the canonical nhs.uk address is given.
 */
import type { Source } from './types.js';

/** ISO date of the last clinical review of the guide's text. */
export const REVIEWED_ON = '2026-11-28';

const list: Source[] = [
  // NHS website (canonical nhs.uk pages) and the NHS-derived nidirect / NHS inform pages.
  {
    id: 'nhs-dvt',
    name: 'NHS: Deep vein thrombosis (DVT)',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  {
    id: 'nhs-blood-clots',
    name: 'NHS: Blood clots',
    url: 'https://www.nhs.uk/conditions/blood-clots/',
  },
  {
    id: 'nhs-pe',
    name: 'NHS: Pulmonary embolism',
    url: 'https://www.nhs.uk/conditions/pulmonary-embolism/',
  },
  { id: 'nhs-sciatica', name: 'NHS: Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' },
  {
    id: 'nhs-compartment-syndrome',
    name: 'NHS: Compartment syndrome',
    url: 'https://www.nhs.uk/conditions/compartment-syndrome/',
  },
  {
    id: 'nhs-bakers-cyst',
    name: 'NHS: Baker’s cyst',
    url: 'https://www.nhs.uk/conditions/bakers-cyst/',
  },
  {
    id: 'nhs-cellulitis',
    name: 'NHS: Cellulitis',
    url: 'https://www.nhs.uk/conditions/cellulitis/',
  },
  { id: 'nhs-phlebitis', name: 'NHS: Phlebitis', url: 'https://www.nhs.uk/conditions/phlebitis/' },
  {
    id: 'nhs-leg-cramps',
    name: 'NHS: Leg cramps',
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
  },
  {
    id: 'nhs-inform-leg-cramps',
    name: 'NHS inform: Leg cramps',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/conditions/leg-cramps',
  },
  {
    id: 'nhs-sprains',
    name: 'NHS: Sprains and strains',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  {
    id: 'nidirect-sprains',
    name: 'nidirect: Sprains and strains',
    url: 'https://www.nidirect.gov.uk/conditions/sprains-and-strains',
  },
  {
    id: 'portsmouth-sprains',
    name: 'Portsmouth City Council and NHS: Sprains and strains',
    url: 'https://healthandcare.portsmouth.gov.uk/sprains-and-strains/',
  },
  {
    id: 'nidirect-pad',
    name: 'nidirect: Peripheral arterial disease (PAD)',
    url: 'https://www.nidirect.gov.uk/conditions/peripheral-arterial-disease-pad',
  },
  {
    id: 'nidirect-neuropathy',
    name: 'nidirect: Peripheral neuropathy',
    url: 'https://nidirect.gov.uk/conditions/peripheral-neuropathy',
  },

  // NHS trust leaflets and NHS clinical guidance.
  {
    id: 'glos-dvt',
    name: 'Gloucestershire Hospitals NHS Foundation Trust: Deep vein thrombosis (DVT)',
    url: 'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/',
  },
  {
    id: 'royal-free-ces',
    name: 'Royal Free London NHS Foundation Trust: Cauda equina syndrome',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  {
    id: 'cuh-phlebitis',
    name: 'Cambridge University Hospitals: Superficial thrombophlebitis',
    url: 'https://cuh.nhs.uk/patient-information/ultrasound-proven-superficial-thrombophlebitis',
  },
  {
    id: 'nhs-fife-achilles',
    name: 'NHS Fife: Achilles tendon rupture',
    url: 'https://nhsfife.org/services/all-services/patient-advice/achilles-tendon-rupture',
  },
  {
    id: 'lincs-achilles',
    name: 'Lincolnshire NHS physiotherapy: Achilles tendon pain',
    url: 'https://www.lincsphysio.nhs.uk/self-care/specific-conditions/achilles-tendon-pain',
  },
  {
    id: 'devon-ali',
    name: 'NHS Devon formulary and referral guidance: Acute limb ischaemia',
    url: 'https://southwest.devonformularyguidance.nhs.uk/referral-guidance/south-devon-torbay/vascular/acute-limb-ischaemia',
  },
  {
    id: 'lothian-red-flags',
    name: 'NHS Lothian RefHelp: Serious lumbar spine conditions (red flags)',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags/',
  },

  // Guidelines and professional references.
  {
    id: 'nice-ng158',
    name: 'NICE NG158: Venous thromboembolic diseases, recommendations',
    url: 'https://www.nice.org.uk/guidance/ng158/chapter/Recommendations',
  },
  {
    id: 'nice-cg147',
    name: 'NICE CG147: Peripheral arterial disease, recommendations',
    url: 'https://www.nice.org.uk/guidance/cg147/chapter/Recommendations',
  },
  {
    id: 'nice-cg147-context',
    name: 'NICE CG147: Peripheral arterial disease, context',
    url: 'https://nice.org.uk/guidance/CG147/chapter/context',
  },
  {
    id: 'nice-ta223',
    name: 'NICE TA223: Intermittent claudication, clinical need and practice',
    url: 'https://www.nice.org.uk/guidance/ta223/chapter/2-Clinical-need-and-practice',
  },
  {
    id: 'statpearls-acs',
    name: 'StatPearls: Acute compartment syndrome',
    url: 'https://www.statpearls.com/articlelibrary/viewarticle/19772',
  },
  {
    id: 'statpearls-gastrocnemius',
    name: 'StatPearls: Gastrocnemius strain',
    url: 'https://statpearls.com/point-of-care/22093',
  },
  {
    id: 'duke-tennis-leg',
    name: 'Duke University Scholars: Tennis leg (review)',
    url: 'https://scholars.duke.edu/publication/1643984',
  },
  {
    id: 'bjgp-achilles',
    name: 'British Journal of General Practice (2015): Achilles tendon rupture',
    url: 'https://bjgp.org/content/65/641/668',
  },
  {
    id: 'rcem-6ps',
    name: 'RCEM Learning: Acute limb ischaemia, the 6 Ps',
    url: 'https://www.rcemlearning.co.uk/modules/acute-limb-ischaemia/lessons/clinical-assessment-and-risk-stratification-18/topic/the-6-ps/',
  },
  {
    id: 'murtagh-calf',
    name: 'Murtagh’s General Practice: Calf pain',
    url: 'https://murtagh.mhmedical.com/content.aspx?bookid=1684&sectionid=124228235',
  },
  {
    id: 'radiopaedia-sural',
    name: 'Radiopaedia: Sural neuropathy',
    url: 'https://radiopaedia.org/articles/sural-neuropathy',
  },
  {
    id: 'podiapaedia-sural',
    name: 'Podiapaedia: Entrapment of the sural nerve',
    url: 'https://podiapaedia.org/wiki/neurology/nerve-entrapment/entrapment-of-sural-nerve/',
  },
  {
    id: 'gpreasoning-leg-pain',
    name: 'GP Reasoning: Leg pain pathway',
    url: 'https://gpreasoning.uk/tools/algorithms/leg-pain.html',
  },
  {
    id: 'nhlbi-pad',
    name: 'NHLBI: Peripheral artery disease, symptoms',
    url: 'https://www.nhlbi.nih.gov/health/peripheral-artery-disease/symptoms',
  },
  {
    id: 'healthdirect-dvt',
    name: 'healthdirect: Deep vein thrombosis',
    url: 'https://www.healthdirect.gov.au/deep-vein-thrombosis',
  },
  {
    id: 'healthify-sciatica',
    name: 'Healthify He Puna Waiora: Sciatica',
    url: 'https://healthify.nz/health-a-z/s/sciatica',
  },
  {
    id: 'diabetes-uk-feet',
    name: 'Diabetes UK: Serious foot problems',
    url: 'https://www.diabetes.org.uk/guide-to-diabetes/complications/feet/serious-foot-problem',
  },
  {
    id: 'healthwords-doms',
    name: 'Healthwords: Delayed onset muscle soreness (DOMS)',
    url: 'https://www.caidr.com/condition/doms-delayed-onset-muscle-soreness!d87e1e0b-ca5d-4005-bf81-aa63212e06f1',
  },
  {
    id: 'statin-symptoms-news',
    name: 'Particle (news, quoting NHS medicines pages): Statin symptoms that need urgent help',
    url: 'https://particle.news/story/nhs-reminds-statin-users-which-symptoms-require-urgent-medical-help',
  },
];

/** Every cited source, by id. */
export const SOURCES: Record<string, Source> = Object.fromEntries(list.map((s) => [s.id, s]));
