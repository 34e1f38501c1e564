// The public worked cases from shared/vignettes/public.json (copied so tests run from a clone).
import type { CauseId, FindingId, Level } from '../../src/checker/ids.js';

export interface Vignette {
  id: string;
  story: string;
  findings: FindingId[];
  expected_level: Level;
  primary_cause: CauseId;
  acceptable_causes: CauseId[];
  source: string;
}

export const PUBLIC_VIGNETTES: Vignette[] = [
  {
    id: 'A-E01',
    story:
      'Three weeks after my hip operation my right calf went swollen and sore. This morning I suddenly got short of breath and I have a sharp pain in my chest when I breathe in.',
    findings: [
      'breathless',
      'chest-pain',
      'onset-sudden',
      'swelling-one-leg',
      'recent-surgery-or-bed-rest',
      'over-50',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'pe',
    acceptable_causes: ['dvt'],
    source:
      "DVT signs plus breathlessness and chest pain: NHS DVT page says 'Call 999 or go to A&E' (111.wales.nhs.uk DVT; nhs.uk/conditions/deep-vein-thrombosis-dvt).",
  },
  {
    id: 'A-E04',
    story:
      "About an hour ago my left leg suddenly became really painful below the knee. My foot is cold, white and numb and I can't move my toes properly. I have an irregular heartbeat.",
    findings: [
      'cold-pale-leg',
      'sudden-numb-weak-leg',
      'sudden-severe-pain',
      'onset-sudden',
      'irregular-heartbeat',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'acute-limb-ischemia',
    acceptable_causes: [],
    source:
      "The '6 Ps' (pain, pallor, pulselessness, perishing cold, paraesthesia, paralysis) = acute limb ischaemia, a surgical emergency; AF is the commonest embolic cause (Devon vascular referral guidance; AccessEmergencyMedicine).",
  },
  {
    id: 'A-E08',
    story:
      "I've had low back pain with pain down the back of both legs into my calves for a few days. Today I can't feel the toilet paper when I wipe and I'm struggling to pee.",
    findings: [
      'saddle-numbness',
      'both-legs-nerve',
      'onset-gradual',
      'back-pain',
      'both-legs',
      'duration-3-days-to-2-weeks',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'cauda-equina',
    acceptable_causes: ['nerve-root'],
    source:
      "NHS sciatica: 'Go to A&E or call 999 if you have sciatica on both sides ... numbness around or under your genitals ... find it hard to start peeing' = cauda equina syndrome.",
  },
  {
    id: 'A-E10',
    story:
      "My left calf is red, hot and swollen and the redness is spreading fast. I'm shivering, I feel confused and dizzy, and my heart is pounding.",
    findings: [
      'fainting',
      'very-unwell',
      'onset-gradual',
      'swelling-one-leg',
      'fever',
      'warm-red-skin',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'emergency',
    primary_cause: 'sepsis',
    acceptable_causes: ['dvt'],
    source:
      "NHS cellulitis: 'Call 999 or go to A&E now if you have cellulitis with a very high temperature, or you feel hot and shivery, a fast heartbeat ... confusion' (possible sepsis).",
  },
  {
    id: 'A-U01',
    story:
      "My right calf has been throbbing and cramping for two days. It's swollen compared with the left and feels warm, but my breathing is fine. I drove 10 hours last weekend.",
    findings: [
      'onset-gradual',
      'swelling-one-leg',
      'warm-red-skin',
      'long-journey',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'dvt',
    acceptable_causes: ['bakers-cyst', 'cellulitis'],
    source:
      "Classic DVT symptoms without breathing problems: NHS 'Ask for an urgent GP appointment or call 111'; NICE NG158 wants an ultrasound within 4 hours if DVT likely.",
  },
  {
    id: 'A-U05',
    story:
      "Playing badminton I felt like someone kicked me in the back of the lower leg and heard a pop. I can walk flat-footed but I can't stand on tiptoe on that side.",
    findings: ['onset-injury', 'pop', 'cannot-bear-weight', 'duration-under-3-days', 'trend-same'],
    expected_level: 'urgent',
    primary_cause: 'tendon-rupture',
    acceptable_causes: ['muscle-strain'],
    source:
      "Classic Achilles rupture history ('kicked', snap); being able to walk does not exclude it; BJGP says delay >24 h in diagnosis matters - go to an urgent treatment centre/A&E today.",
  },
  {
    id: 'A-U08',
    story:
      'A varicose vein on the back of my calf has turned into a hard, red, sore cord over the last two days.',
    findings: [
      'onset-gradual',
      'hard-vein',
      'warm-red-skin',
      'over-50',
      'duration-under-3-days',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'phlebitis',
    acceptable_causes: ['dvt'],
    source:
      "NHS phlebitis: 'Ask for an urgent GP appointment or get help from NHS 111 if you have ... swollen veins that are hard or sore when you touch them' - to rule out DVT.",
  },
  {
    id: 'A-U10',
    story:
      "I'm 72 and smoke. For months my calf hurt when walking, but now my foot aches in bed at night and I have to hang it over the side to ease it. There's a sore on my toe that won't heal.",
    findings: [
      'onset-walking',
      'foot-sore-dark-toes',
      'rest-pain',
      'smoker',
      'over-50',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'urgent',
    primary_cause: 'critical-limb-ischemia',
    acceptable_causes: ['pad'],
    source:
      "Rest pain eased by hanging the leg down and a non-healing ulcer = chronic limb-threatening ischaemia; NHS PAD: 'constant leg pain, even when resting ... you may need to see a doctor urgently'.",
  },
  {
    id: 'A-R01',
    story:
      "When I walk about 200 metres my right calf cramps up and I have to stop. After a couple of minutes' rest it goes and I can carry on. It's been like this for a few months.",
    findings: ['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'pad',
    acceptable_causes: ['spinal-stenosis'],
    source:
      "Intermittent claudication: NHS PAD 'See your GP if you experience recurring episodes of leg pain after physical activity, especially if you smoke'; NICE CG147 ABPI assessment.",
  },
  {
    id: 'A-R04',
    story:
      "For five weeks I've had shooting pain from my buttock down the back of my left calf to the outside of my foot, worse when I sit or cough. Painkillers and keeping active haven't really helped.",
    findings: [
      'onset-gradual',
      'tingling-numbness',
      'back-pain',
      'outer-foot-numbness',
      'duration-over-2-weeks',
      'trend-same',
    ],
    expected_level: 'routine',
    primary_cause: 'nerve-root',
    acceptable_causes: ['sural-nerve'],
    source:
      "S1 pattern (back of calf, outer foot). NHS sciatica: 'See a GP if the pain has not improved after trying home treatments for a few weeks'.",
  },
  {
    id: 'A-R08',
    story:
      "I pulled my calf running 10 days ago. The bruise is fading and I can walk, but it's still sore when I try to jog and it isn't getting any better.",
    findings: ['onset-injury', 'bruising', 'duration-3-days-to-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'muscle-strain',
    acceptable_causes: [],
    source:
      "Strain that has plateaued: NHS says most strains feel better after 2 weeks; a GP or physiotherapist can help if it is slow to recover (NHS sprains and strains; Portsmouth NHS 'not feeling better after self-care').",
  },
  {
    id: 'A-R10',
    story:
      "I'm 70 and most nights I wake with my calf locked in a cramp for a minute or two. It's ruining my sleep. There's no swelling.",
    findings: ['onset-cramp', 'night-cramps', 'over-50', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'routine',
    primary_cause: 'cramp',
    acceptable_causes: [],
    source: "NHS leg cramps: 'See a GP if leg cramps are disturbing your sleep'.",
  },
  {
    id: 'A-S01',
    story:
      "I felt a twinge in my calf sprinting for a bus an hour ago. It's sore when I push off, but I can walk normally, there's no swelling, and I'm otherwise healthy.",
    findings: ['onset-injury', 'duration-under-3-days', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'muscle-strain',
    acceptable_causes: ['cramp'],
    source:
      'Mild strain: NHS sprains and strains - most can be treated at home with PRICE; safety-net for swelling, inability to walk, or breathlessness.',
  },
  {
    id: 'A-S04',
    story:
      'I did my first ever step class two days ago and now both calves ache and feel stiff, especially going downstairs. No swelling or redness.',
    findings: ['onset-after-exercise', 'both-legs', 'duration-under-3-days', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'muscle-soreness',
    acceptable_causes: [],
    source:
      'Bilateral, symmetrical ache 1-2 days after unaccustomed exercise = delayed-onset muscle soreness; settles in a few days (Healthwords UK; Nurofen UK 2-5 days) - lower-authority sources.',
  },
  {
    id: 'A-S07',
    story:
      "My back twinged lifting boxes a week ago and I've had an ache down into my calf, but it's getting better each day with walking and painkillers. No numbness, weakness or bladder problems.",
    findings: ['onset-gradual', 'back-pain', 'duration-3-days-to-2-weeks', 'trend-better'],
    expected_level: 'self-care',
    primary_cause: 'nerve-root',
    acceptable_causes: [],
    source:
      "NHS sciatica: 'usually gets better in 4 to 6 weeks'; keep active; give the 999 red flags (both legs, saddle numbness, bladder/bowel) as safety-net.",
  },
  {
    id: 'A-S10',
    story:
      "I'm 32 weeks pregnant and sometimes get calf cramps at night that go after a minute of stretching. Between cramps my legs look and feel normal - no swelling, redness or pain.",
    findings: ['onset-cramp', 'pregnancy', 'duration-over-2-weeks', 'trend-same'],
    expected_level: 'self-care',
    primary_cause: 'cramp',
    acceptable_causes: ['dvt'],
    source:
      'Tricky: NHS lists pregnancy as a cause of leg cramps; brief cramps with a normal leg between episodes are self-care, BUT pregnancy is a DVT risk - safety-net: one-leg swelling/redness or persistent pain = urgent GP/111/maternity unit.',
  },
];
