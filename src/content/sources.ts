/**
 * The documents behind the guide's text, as listed in the clinical brief (section 13 and the
 * per-section addresses). Names and addresses are not translated: they name English documents.
 * Where the brief read an nhs.uk page through a copy, the canonical nhs.uk address is given;
 * where the only copy found was a news reprint quoting the page, the name says so.
 */
import type { Source } from './types.js';

// Who answers for the text: in content-status.ts (what the closed guide shows), exported here too.
export { CONTENT_STATUS } from './content-status.js';

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
  {
    id: 'nhs-sciatica',
    name: 'NHS: Sciatica',
    url: 'https://www.nhs.uk/conditions/sciatica/',
  },
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
  {
    id: 'nhs-phlebitis',
    name: 'NHS: Phlebitis',
    url: 'https://www.nhs.uk/conditions/phlebitis/',
  },
  {
    id: 'nhs-leg-cramps',
    name: 'NHS: Leg cramps',
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
  },
  {
    id: 'nhs-sprains',
    name: 'NHS: Sprains and strains',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  {
    id: 'nhs-heart-failure',
    name: 'NHS: Heart failure, symptoms',
    url: 'https://www.nhs.uk/conditions/heart-failure/symptoms/',
  },
  {
    id: 'nhs-pre-eclampsia',
    name: 'NHS: Pre-eclampsia, symptoms',
    url: 'https://www.nhs.uk/conditions/pre-eclampsia/symptoms/',
  },
  {
    id: 'nhs-growing-pains',
    name: 'NHS: Growing pains',
    url: 'https://www.nhs.uk/conditions/growing-pains/',
  },
  {
    id: 'nhs-warfarin',
    name: 'NHS: Side effects of warfarin',
    url: 'https://www.nhs.uk/medicines/warfarin/side-effects-of-warfarin/',
  },
  {
    id: 'nhs-simvastatin',
    name: 'NHS: Side effects of simvastatin (via a 2025 news reprint)',
    url: 'https://www.nhs.uk/medicines/simvastatin/side-effects-of-simvastatin/',
  },
  {
    id: 'nhs-inform-exercise',
    name: 'NHS inform: Pain and injuries after exercise',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/pain-and-injuries-after-exercise/',
  },
  {
    id: 'nidirect-leg-cramps',
    name: 'nidirect: Leg cramps',
    url: 'https://nidirect.gov.uk/node/10453',
  },
  {
    id: 'portsmouth-sprains',
    name: 'Health and Care Portsmouth: Sprains and strains',
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
    name: 'Gloucestershire Hospitals NHS: DVT',
    url: 'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/',
  },
  {
    id: 'royal-free-ces',
    name: 'Royal Free London NHS: Cauda equina syndrome',
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
    id: 'devon-ali',
    name: 'NHS Devon: Acute limb ischaemia',
    url: 'https://southwest.devonformularyguidance.nhs.uk/referral-guidance/south-devon-torbay/vascular/acute-limb-ischaemia',
  },
  {
    id: 'lothian-red-flags',
    name: 'NHS Lothian: Lumbar spine red flags',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags/',
  },
  {
    id: 'healthier-together-limp',
    name: 'NHS Healthier Together (Frimley): Limp',
    url: 'https://frimley-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/limp',
  },

  // Guidelines and professional references.
  {
    id: 'nice-ng158',
    name: 'NICE NG158: Venous thromboembolic diseases',
    url: 'https://www.nice.org.uk/guidance/ng158/chapter/Recommendations',
  },
  {
    id: 'nice-cg151',
    name: 'NICE CG151: Neutropenic sepsis',
    url: 'https://www.nice.org.uk/guidance/cg151/chapter/Recommendations',
  },
  {
    id: 'nice-cg147',
    name: 'NICE CG147: Peripheral arterial disease',
    url: 'https://www.nice.org.uk/guidance/cg147/chapter/Recommendations',
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
    id: 'bjgp-achilles',
    name: 'BJGP (2015): Achilles tendon rupture',
    url: 'https://bjgp.org/content/65/641/668',
  },
  {
    id: 'rcem-6ps',
    name: 'RCEM Learning: Acute limb ischaemia, the 6 Ps',
    url: 'https://www.rcemlearning.co.uk/modules/acute-limb-ischaemia/lessons/clinical-assessment-and-risk-stratification-18/topic/the-6-ps/',
  },
  {
    id: 'podiapaedia-sural',
    name: 'Podiapaedia: Sural nerve entrapment',
    url: 'https://podiapaedia.org/wiki/neurology/nerve-entrapment/entrapment-of-sural-nerve/',
  },
  {
    id: 'healthdirect-dvt',
    name: 'healthdirect: Deep vein thrombosis',
    url: 'https://www.healthdirect.gov.au/deep-vein-thrombosis',
  },
  {
    id: 'diabetes-uk-feet',
    name: 'Diabetes UK: Serious foot problems',
    url: 'https://www.diabetes.org.uk/guide-to-diabetes/complications/feet/serious-foot-problem',
  },
  {
    id: 'healthywa-warfarin',
    name: 'HealthyWA: Warfarin and risk of bleeding',
    url: 'https://www.healthywa.wa.gov.au/Articles/U_Z/Warfarin-and-risk-of-bleeding',
  },
  {
    id: 'mayo-rhabdo',
    name: 'Mayo Clinic: Rhabdomyolysis from statins',
    url: 'https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817',
  },
  {
    id: 'cdc-rhabdo',
    name: 'CDC: Heat-related illnesses',
    url: 'https://www.cdc.gov/niosh/topics/heatstress/heatrelillness.html',
  },
];

/** Every cited source, by id. */
export const SOURCES: Record<string, Source> = Object.fromEntries(list.map((s) => [s.id, s]));
