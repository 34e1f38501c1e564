/**
 * The checker's text that the guide shows too: the causes' names and descriptions (the guide's
 * sections use the names the checker's result uses). Apart from checker-text.ts so the bundler
 * entry can load each part of the text only with what shows it (parts of their own).
 */
import { msg } from '@lit/localize';
import { ALL_CAUSES, type CauseId } from '../checker/ids.js';
import type { CauseText } from './types.js';

/** One text per cause, in contract order: the guide's causes, then the red flags and mimics. */
export function causeText(): CauseText[] {
  const text: Record<CauseId, Omit<CauseText, 'id'>> = {
    'muscle-strain': {
      name: msg('Calf muscle strain or tear', {
        id: 'cause.muscle-strain.name',
        desc: 'Checker result and guide heading, name of a likely cause: an overstretched, torn or bruised calf muscle.',
      }),
      summary: msg('A calf muscle is stretched, torn or bruised, often in sport or a fall.', {
        id: 'cause.muscle-strain.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    'nerve-root': {
      name: msg('Trapped nerve in the lower back (sciatica)', {
        id: 'cause.nerve-root.name',
        desc: 'Checker result and guide heading, name of a likely cause: a nerve root pressed on in the lower spine (S1 radiculopathy). Plain name first, then the common medical name in brackets.',
      }),
      summary: msg(
        'A nerve pressed on in the lower back sends pain, tingling or numbness down the leg.',
        {
          id: 'cause.nerve-root.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'spinal-stenosis': {
      name: msg('Narrowing of the spine (spinal stenosis)', {
        id: 'cause.spinal-stenosis.name',
        desc: 'Checker result and guide heading, name of a likely cause. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'The space for the nerves in the lower back gets narrow, so the legs ache when you stand or walk.',
        {
          id: 'cause.spinal-stenosis.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'sural-nerve': {
      name: msg('Irritated nerve on the outside of the calf (sural nerve)', {
        id: 'cause.sural-nerve.name',
        desc: 'Checker result and guide heading, name of a likely cause: the sural nerve, a skin nerve on the outer calf and foot, is squeezed or hurt.',
      }),
      summary: msg(
        'A small nerve that gives feeling to the outer calf and foot is squeezed or hurt.',
        {
          id: 'cause.sural-nerve.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    neuropathy: {
      name: msg('Nerve damage (neuropathy)', {
        id: 'cause.neuropathy.name',
        desc: 'Checker result and guide heading, name of a likely cause: peripheral neuropathy. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'Damaged nerves, often from diabetes, cause burning, tingling or numbness that starts in the feet.',
        {
          id: 'cause.neuropathy.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    dvt: {
      name: msg('Blood clot in a leg vein (DVT)', {
        id: 'cause.dvt.name',
        desc: 'Checker result and guide heading, name of a likely cause: deep vein thrombosis. Keep the short medical name (DVT) in brackets, as your country writes it.',
      }),
      summary: msg('A clot in a deep vein of the leg can break off and travel to the lungs.', {
        id: 'cause.dvt.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    pad: {
      name: msg('Narrowed leg arteries (peripheral arterial disease)', {
        id: 'cause.pad.name',
        desc: 'Checker result and guide heading, name of a likely cause. Arteries are the blood vessels that carry blood from the heart. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'Narrowed blood vessels make the calf ache when you walk, and the ache eases when you stop.',
        {
          id: 'cause.pad.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    pe: {
      name: msg('Blood clot in the lung (pulmonary embolism)', {
        id: 'cause.pe.name',
        desc: 'Checker result and guide heading, name of a likely cause. Plain name first, then the medical name in brackets.',
      }),
      summary: msg('A clot, often from a leg vein, blocks blood flow in the lung.', {
        id: 'cause.pe.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    'acute-limb-ischemia': {
      name: msg('Blocked blood supply to the leg (acute limb ischaemia)', {
        id: 'cause.acute-limb-ischemia.name',
        desc: 'Checker result and guide heading, name of a likely cause: an artery to the leg is suddenly blocked. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'A clot suddenly blocks the blood flow to the leg, which can be lost within hours.',
        {
          id: 'cause.acute-limb-ischemia.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'critical-limb-ischemia': {
      name: msg('Very poor blood flow to the leg (chronic limb-threatening ischaemia)', {
        id: 'cause.critical-limb-ischemia.name',
        desc: 'Checker result and guide heading, name of a likely cause: narrowed arteries let too little blood reach the leg even at rest. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'So little blood reaches the foot that it hurts at rest, or sores do not heal.',
        {
          id: 'cause.critical-limb-ischemia.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'compartment-syndrome': {
      name: msg('Dangerous pressure in the calf muscles (compartment syndrome)', {
        id: 'cause.compartment-syndrome.name',
        desc: 'Checker result and guide heading, name of a likely cause: acute compartment syndrome. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'Pressure builds up inside the calf, often after an injury or under a tight cast.',
        {
          id: 'cause.compartment-syndrome.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'exertional-compartment': {
      name: msg('Pain that builds up with exercise (chronic compartment syndrome)', {
        id: 'cause.exertional-compartment.name',
        desc: 'Checker result and guide heading, name of a likely cause: chronic exertional compartment syndrome, where muscles swell inside their tight casing during exercise. Not an emergency. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'The calf muscles swell during exercise, which causes pain or numbness that goes with rest.',
        {
          id: 'cause.exertional-compartment.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'cauda-equina': {
      name: msg('Squeezed nerves at the bottom of the spine (cauda equina syndrome)', {
        id: 'cause.cauda-equina.name',
        desc: 'Checker result and guide heading, name of a likely cause. "Bottom of the spine" means its lowest part, not the buttocks. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'Nerves at the base of the spine are squeezed, which can harm the bladder, bowels and legs forever.',
        {
          id: 'cause.cauda-equina.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    cellulitis: {
      name: msg('Skin infection (cellulitis)', {
        id: 'cause.cellulitis.name',
        desc: 'Checker result and guide heading, name of a likely cause: an infection of the skin and the layer under it. Plain name first, then the medical name in brackets.',
      }),
      summary: msg('An infection makes the skin hot, swollen and sore, and it can spread.', {
        id: 'cause.cellulitis.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    sepsis: {
      name: msg('Serious reaction to an infection (sepsis)', {
        id: 'cause.sepsis.name',
        desc: 'Checker result and guide heading, name of a likely cause. Plain name first, then the medical name in brackets.',
      }),
      summary: msg('The body’s fight against an infection starts to harm the body itself.', {
        id: 'cause.sepsis.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    'tendon-rupture': {
      name: msg('Torn Achilles tendon or badly torn calf muscle', {
        id: 'cause.tendon-rupture.name',
        desc: 'Checker result and guide heading, name of a likely cause: a complete tear (rupture) of the Achilles tendon, the strong cord above the heel, or of a calf muscle. Must read as more serious than "Calf muscle strain or tear".',
      }),
      summary: msg(
        'The strong cord above the heel, or a calf muscle, tears right through, often with a snap.',
        {
          id: 'cause.tendon-rupture.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help. "The strong cord above the heel" is the Achilles tendon.',
        },
      ),
    },
    'bakers-cyst': {
      name: msg('Fluid-filled lump behind the knee (Baker’s cyst)', {
        id: 'cause.bakers-cyst.name',
        desc: 'Checker result and guide heading, name of a likely cause. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'If this lump bursts, fluid leaks into the calf, and this can look like a blood clot.',
        {
          id: 'cause.bakers-cyst.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    phlebitis: {
      name: msg('Sore, swollen vein near the skin (phlebitis)', {
        id: 'cause.phlebitis.name',
        desc: 'Checker result and guide heading, name of a likely cause: superficial thrombophlebitis. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'A vein just under the skin gets hard and sore, and there may be a clot deeper in the leg.',
        {
          id: 'cause.phlebitis.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    cramp: {
      name: msg('Leg cramp', {
        id: 'cause.cramp.name',
        desc: 'Checker result and guide heading, name of a likely cause: a sudden, painful tightening of a muscle.',
      }),
      summary: msg('A muscle suddenly tightens into a painful knot for a short time.', {
        id: 'cause.cramp.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    'muscle-soreness': {
      name: msg('Sore muscles after exercise', {
        id: 'cause.muscle-soreness.name',
        desc: 'Checker result and guide heading, name of a likely cause: delayed-onset muscle soreness.',
      }),
      summary: msg('Muscles ache a day or two after hard or new exercise.', {
        id: 'cause.muscle-soreness.summary',
        desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
      }),
    },
    'statin-myopathy': {
      name: msg('Muscle pain from a statin (a cholesterol medicine)', {
        id: 'cause.statin-myopathy.name',
        desc: 'Checker result and guide heading, name of a likely cause: muscle side effects of statins.',
      }),
      summary: msg(
        'Statins can cause muscle pain, weakness or cramps, sometimes from muscle damage.',
        {
          id: 'cause.statin-myopathy.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help. Do not tell the reader to stop or keep taking the medicine: a doctor decides.',
        },
      ),
    },
    'heart-failure': {
      name: msg('Weak heart pumping (heart failure)', {
        id: 'cause.heart-failure.name',
        desc: 'Checker result and guide heading, name of a likely cause. Plain name first, then the medical name in brackets. "Heart failure" means the heart pumps less well, not that it has stopped.',
      }),
      summary: msg(
        'The heart does not pump as well as it should, so fluid can make both legs swell.',
        {
          id: 'cause.heart-failure.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
    'muscle-bleed': {
      name: msg('Bleeding into the calf muscle (on a blood thinner)', {
        id: 'cause.muscle-bleed.name',
        desc: 'Checker result and guide heading, name of a likely cause: bleeding into the calf muscle in someone who takes an anticoagulant (blood thinner).',
      }),
      summary: msg(
        'A blood thinner makes you bleed more easily, so blood can collect in the calf after a small knock, or with no knock at all.',
        {
          id: 'cause.muscle-bleed.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help. Do not tell the reader to stop the medicine.',
        },
      ),
    },
    'muscle-breakdown': {
      name: msg('Muscle breakdown (rhabdomyolysis)', {
        id: 'cause.muscle-breakdown.name',
        desc: 'Checker result and guide heading, name of a likely cause: rhabdomyolysis, muscle breaking down after very hard exercise, a statin or a long time lying on the floor. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'Damaged muscle leaks into the blood, which can turn pee dark and harm the kidneys.',
        {
          id: 'cause.muscle-breakdown.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help. Use the everyday word for urine.',
        },
      ),
    },
    'pre-eclampsia': {
      name: msg('High blood pressure in pregnancy (pre-eclampsia)', {
        id: 'cause.pre-eclampsia.name',
        desc: 'Checker result and guide heading, name of a likely cause: pre-eclampsia, a condition of pregnancy and the weeks after birth. Plain name first, then the medical name in brackets.',
      }),
      summary: msg(
        'New swelling of the legs, feet, hands or face in pregnancy or soon after a birth can be a sign of it.',
        {
          id: 'cause.pre-eclampsia.summary',
          desc: 'Checker result, one sentence under the cause name. The result’s care card above it says how fast to get help.',
        },
      ),
    },
  };
  return ALL_CAUSES.map((id) => ({ id, ...text[id] }));
}
