// The patients the December 2026 independent clinical review found under-triaged (issue
// "Clinical safety, round 2", items 1–8 and 11), each with the LEAST urgent level the sources
// allow. A result may be more urgent, never less.
import type { CauseId, FindingId, Level, Route } from '../../src/checker/ids.js';

export interface ReviewCase {
  id: string;
  story: string;
  findings: FindingId[];
  minLevel: Level;
  /** Causes that must be listed, and causes that must not be. */
  mustList?: CauseId[];
  mustNotList?: CauseId[];
  routes?: Route[];
  source: string;
}

export const REVIEW_CASES: ReviewCase[] = [
  {
    id: 'REV-01',
    story: 'My calf is swollen. This morning I was short of breath; it has settled now.',
    findings: [
      'breathless',
      'swelling-one-leg',
      'onset-gradual',
      'duration-under-3-days',
      'trend-same',
    ],
    minLevel: 'emergency',
    mustList: ['pe'],
    source: 'Brief 12.1: signs since the pain started count, even if they stopped (NHS DVT).',
  },
  {
    id: 'REV-02',
    story: 'I am having chemotherapy. My calf aches and tonight I have a temperature of 38.2.',
    findings: ['cancer', 'fever', 'onset-gradual', 'duration-under-3-days', 'trend-same'],
    minLevel: 'emergency',
    mustList: ['sepsis'],
    routes: ['chemotherapy-helpline'],
    source: 'Brief 12.2: NICE CG151 neutropenic sepsis; NHS: call the chemotherapy helpline.',
  },
  {
    id: 'REV-03a',
    story: 'I am 28 weeks pregnant. I had a cramp 5 days ago and my calf has ached ever since.',
    findings: [
      'onset-cramp',
      'ache-between-cramps',
      'pregnancy',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    minLevel: 'urgent',
    mustList: ['dvt'],
    routes: ['maternity'],
    source: 'Brief 12.3: a calf that still aches after a cramp, with VTE risk, is urgent.',
  },
  {
    id: 'REV-03b',
    story: 'I gave birth 4 weeks ago. Yesterday my calf cramped and it still aches between cramps.',
    findings: [
      'onset-cramp',
      'ache-between-cramps',
      'pregnancy',
      'duration-under-3-days',
      'trend-same',
    ],
    minLevel: 'urgent',
    mustList: ['dvt'],
    source: 'Brief 12.3; pregnancy and the 6 weeks after birth are a VTE risk (5.5).',
  },
  {
    id: 'REV-03c',
    story: 'I flew back from Singapore last week. A cramp started it and the calf has ached since.',
    findings: [
      'onset-cramp',
      'ache-between-cramps',
      'long-journey',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    minLevel: 'urgent',
    mustList: ['dvt'],
    source: 'Brief 12.3; a journey of more than 3 hours is a VTE risk (5.5).',
  },
  {
    id: 'REV-03d',
    story:
      'I am on the combined pill. My calves ache 5 days after a new exercise class, no better.',
    findings: ['onset-after-exercise', 'hormones', 'duration-3-days-to-2-weeks', 'trend-same'],
    minLevel: 'urgent',
    mustList: ['dvt'],
    source:
      'Brief 12.3: an ache 3 days or more after exercise, not better, with VTE risk, is urgent.',
  },
  {
    id: 'REV-04',
    story: 'I take apixaban. I knocked my calf on a step; it is swollen and bruised.',
    findings: [
      'onset-injury',
      'bruising',
      'swelling-one-leg',
      'blood-thinner',
      'duration-under-3-days',
      'trend-same',
    ],
    minLevel: 'urgent',
    mustList: ['muscle-bleed'],
    routes: ['injury-care'],
    source: 'Brief 12.4: injury, swelling or bruising on a blood thinner → same day.',
  },
  {
    id: 'REV-05',
    story: 'After a hard spin class both calves ache and my pee is dark like cola.',
    findings: [
      'onset-after-exercise',
      'both-legs',
      'dark-urine',
      'duration-under-3-days',
      'trend-same',
    ],
    minLevel: 'urgent',
    mustList: ['muscle-breakdown'],
    source: 'Brief 12.5: dark urine with muscle pain may be rhabdomyolysis (MHRA, NHS).',
  },
  {
    id: 'REV-06',
    story: 'I am 70 and get calf pain walking. This month I can walk only half as far.',
    findings: ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks', 'trend-worse'],
    minLevel: 'urgent',
    mustList: ['pad'],
    source:
      'Brief 12.6: worsening claudication is urgent (NHS PAD "symptoms getting suddenly worse").',
  },
  {
    id: 'REV-07a',
    story: 'Both calves have ached since a long hike a week ago. They are no better.',
    findings: ['onset-after-exercise', 'both-legs', 'duration-3-days-to-2-weeks', 'trend-same'],
    minLevel: 'routine',
    source: 'Brief 12.7: NHS inform, soreness more than 5 days → GP; 3 days not better → routine.',
  },
  {
    id: 'REV-07b',
    story: 'My calf has hurt for 3 weeks for no reason I know of. It is about the same.',
    findings: ['onset-unsure', 'duration-over-2-weeks', 'trend-same'],
    minLevel: 'routine',
    source: 'Brief 12.7: pain of any start over 2 weeks and not better is never self-care.',
  },
  {
    id: 'REV-08',
    story: 'I am 34 weeks pregnant and both my legs and feet have swollen up this week.',
    findings: [
      'onset-gradual',
      'swelling-both-legs',
      'pregnancy',
      'duration-3-days-to-2-weeks',
      'trend-worse',
    ],
    minLevel: 'urgent',
    mustList: ['pre-eclampsia'],
    mustNotList: ['heart-failure'],
    routes: ['maternity'],
    source:
      'Brief 12.8: NHS pre-eclampsia, get medical advice immediately (midwife, maternity unit).',
  },
  {
    id: 'REV-11',
    story: 'Playing squash I felt a kick in the back of my leg; I can only walk flat-footed.',
    findings: ['onset-injury', 'pop', 'cannot-bear-weight', 'duration-under-3-days', 'trend-same'],
    minLevel: 'urgent',
    mustList: ['tendon-rupture'],
    routes: ['injury-care'],
    source:
      'Brief 6.6, 12.10: a possible tendon rupture goes to urgent care today, not an appointment.',
  },
];
