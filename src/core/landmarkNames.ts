/**
 * The landmark names every body must expose (contracts §2, plus the extras the point data needs).
 * Bilateral names are listed without their side; a body stores them as `name.L` and `name.R`.
 */

/** Midline landmarks (one each). */
export const MIDLINE_LANDMARKS = [
  // contracts §2 — head and neck
  'vertex',
  'glabella',
  'hairline_anterior',
  'hairline_posterior',
  'external_occipital_protuberance',
  'philtrum',
  'chin',
  // contracts §2 — trunk
  'suprasternal_notch',
  'sternal_angle',
  'xiphisternal_junction',
  'umbilicus',
  'pubic_symphysis',
  'spinous.C7',
  ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'].map((v) => `spinous.${v}`),
  ...['L1', 'L2', 'L3', 'L4', 'L5'].map((v) => `spinous.${v}`),
  'sacral_hiatus',
  'coccyx_tip',
  // extras
  'nose_tip', // tip of the nose
  'nasion', // root of the nose, between the eyes
  'lower_lip', // midpoint of the lower lip margin
  'mentolabial_sulcus', // groove between lower lip and chin
  'laryngeal_prominence', // Adam's apple
  'spinous.C2', // first palpable spinous process below the occiput
  'spinous.C4',
  'spinous.C6',
  'sternum_ics_1', // anterior midline at the level of the 1st intercostal space … 5th
  'sternum_ics_2',
  'sternum_ics_3',
  'sternum_ics_4',
  'sternum_ics_5',
  'perineum', // centre of the perineum, between the thighs
] as const;

/** Bilateral landmarks; each exists as `.L` and `.R`. */
export const BILATERAL_LANDMARKS = [
  // contracts §2 — head and neck
  'hairline_corner',
  'mastoid',
  'tragus',
  'inner_canthus',
  'nose_ala',
  'mouth_corner',
  // contracts §2 — trunk and back
  'nipple',
  'asis',
  'sacral_foramen_1',
  'sacral_foramen_2',
  'sacral_foramen_3',
  'sacral_foramen_4',
  'psis',
  'iliac_crest_top',
  'scapula_spine_medial',
  'scapula_inferior_angle',
  'scapula_medial_border',
  'acromion',
  // contracts §2 — upper limb
  'axillary_fold_anterior',
  'axillary_fold_posterior',
  'axilla_apex',
  'cubital_crease',
  'cubital_crease_radial',
  'cubital_crease_ulnar',
  'lateral_epicondyle',
  'medial_epicondyle',
  'olecranon',
  'wrist_crease_palmar',
  'wrist_crease_dorsal',
  'radial_styloid',
  'ulnar_styloid',
  'knuckle_2',
  'knuckle_3',
  'knuckle_4',
  'knuckle_5',
  'thumb_tip',
  'index_tip',
  'middle_tip',
  'ring_tip',
  'little_tip',
  // contracts §2 — lower limb
  'greater_trochanter',
  'gluteal_fold',
  'patella_base',
  'patella_apex',
  'popliteal_crease',
  'tibia_medial_condyle',
  'fibula_head',
  'tibial_tuberosity',
  'medial_malleolus',
  'lateral_malleolus',
  'heel',
  'sole',
  'mtp_3',
  'toe_web_2_3',
  'great_toe_tip',
  'little_toe_tip',
  // extras — head and neck
  'pupil', // centre of the (closed) eye, straight ahead
  'outer_canthus',
  'eyebrow_medial', // medial end of the eyebrow
  'eyebrow_lateral', // lateral end of the eyebrow
  'infraorbital_margin', // skin over the infraorbital margin, below the pupil
  'zygomatic_arch', // skin over the middle of the zygomatic arch
  'mandible_angle',
  'ear_apex', // top of the helix
  'ear_lobe', // lowest point of the lobe
  'intertragic_notch',
  'scm_anterior_thyroid', // anterior border of sternocleidomastoid at the level of the laryngeal prominence
  'supraclavicular_fossa', // midclavicular line, above the clavicle
  'clavicle_mid', // skin over the midpoint of the clavicle's lower border
  'sternoclavicular', // sternal end of the clavicle
  'coracoid', // deltopectoral groove below the clavicle
  // extras — trunk
  'costal_margin_midclavicular', // where the midclavicular line meets the costal margin
  'rib11_tip', // free end of the 11th rib
  'rib12_tip', // free end of the 12th rib
  'inguinal_mid', // midpoint of the inguinal ligament
  'pubic_tubercle',
  'ischial_tuberosity', // skin over it, in the gluteal fold
  // extras — upper limb
  'deltoid_insertion',
  'biceps_tendon', // tendon at the cubital crease
  'pisiform',
  'mcp_thumb', // dorsal head of the 1st metacarpal
  'metacarpal_base_1_2', // dorsum, junction of the 1st and 2nd metacarpal bases
  'metacarpal_base_4_5', // dorsum, junction of the 4th and 5th metacarpal bases
  'palm_centre', // between the 2nd and 3rd metacarpals, where the flexed middle finger tip rests
  'thumb_ip_dorsal', // dorsum of the thumb interphalangeal joint
  // extras — lower limb
  'femoral_lateral_epicondyle',
  'femoral_medial_epicondyle',
  'patellar_ligament_lateral', // hollow lateral to the patellar ligament (knee eye)
  'patellar_ligament_medial',
  'ankle_front', // front of the ankle between the malleoli, at the crease
  'navicular_tuberosity',
  'metatarsal_1_head_medial', // medial side of the 1st metatarsophalangeal joint
  'metatarsal_5_base', // tuberosity of the 5th metatarsal
  'metatarsal_5_head_lateral',
  'toe_web_1_2',
  'toe_web_4_5',
  'second_toe_tip',
  'calcaneus_lateral', // lateral surface of the heel, below the lateral malleolus
  'achilles', // Achilles tendon at the level of the malleoli
  'sole_front', // sole, in the depression at the front third (KI1 region)
] as const;

export type MidlineLandmark = (typeof MIDLINE_LANDMARKS)[number];
export type BilateralLandmark = (typeof BILATERAL_LANDMARKS)[number];

/** Every stored landmark name (bilateral ones expanded with their side). */
export const ALL_LANDMARK_NAMES: readonly string[] = [
  ...MIDLINE_LANDMARKS,
  ...BILATERAL_LANDMARKS.flatMap((n) => [`${n}.L`, `${n}.R`]),
];

const bilateral = new Set<string>(BILATERAL_LANDMARKS);

/** Whether a bare name (without side) is a bilateral landmark. */
export function isBilateralLandmark(name: string): boolean {
  return bilateral.has(name);
}
