import type { UnitId } from '../schema/recipe';

/**
 * The proportional bone-cun segments of WHO 2008 (reference-facts §1). `from`/`to` are landmark names; bare
 * bilateral names take the side being resolved. `over: 'skin'` measures the segment over the skin (the scalp),
 * `chord` as a straight line.
 */
export interface UnitSegment {
  from: string;
  to: string;
  cun: number;
  over: 'skin' | 'chord';
  label: string;
}

export const UNIT_SEGMENTS: Record<Exclude<UnitId, 'F'>, UnitSegment> = {
  head_long: {
    from: 'hairline_anterior',
    to: 'hairline_posterior',
    cun: 12,
    over: 'skin',
    label: 'anterior → posterior hairline',
  },
  head_brow: {
    from: 'glabella',
    to: 'hairline_anterior',
    cun: 3,
    over: 'skin',
    label: 'glabella → anterior hairline',
  },
  head_corners: {
    from: 'hairline_corner.L',
    to: 'hairline_corner.R',
    cun: 9,
    over: 'skin',
    label: 'between the corners of the hairline',
  },
  head_mastoids: {
    from: 'mastoid.L',
    to: 'mastoid.R',
    cun: 9,
    over: 'skin',
    label: 'between the mastoid processes',
  },
  chest_upper: {
    from: 'suprasternal_notch',
    to: 'xiphisternal_junction',
    cun: 9,
    over: 'chord',
    label: 'suprasternal notch → xiphisternal junction',
  },
  abdomen_upper: {
    from: 'xiphisternal_junction',
    to: 'umbilicus',
    cun: 8,
    over: 'chord',
    label: 'xiphisternal junction → umbilicus',
  },
  abdomen_lower: {
    from: 'umbilicus',
    to: 'pubic_symphysis',
    cun: 5,
    over: 'chord',
    label: 'umbilicus → pubic symphysis',
  },
  chest_nipples: { from: 'nipple.L', to: 'nipple.R', cun: 8, over: 'chord', label: 'between the nipples' },
  back_scapulae: {
    from: 'scapula_medial_border.L',
    to: 'scapula_medial_border.R',
    cun: 6,
    over: 'chord',
    label: 'between the medial borders of the scapulae',
  },
  upper_arm: {
    from: 'axillary_fold_anterior',
    to: 'cubital_crease',
    cun: 9,
    over: 'chord',
    label: 'anterior axillary fold → cubital crease',
  },
  forearm: {
    from: 'cubital_crease',
    to: 'wrist_crease_palmar',
    cun: 12,
    over: 'chord',
    label: 'cubital crease → wrist crease',
  },
  thigh_medial: {
    from: 'pubic_symphysis',
    to: 'patella_base',
    cun: 18,
    over: 'chord',
    label: 'pubic symphysis → base of the patella',
  },
  leg_medial: {
    from: 'patella_apex',
    to: 'medial_malleolus',
    cun: 15,
    over: 'chord',
    label: 'apex of the patella → medial malleolus',
  },
  leg_medial_condyle: {
    from: 'tibia_medial_condyle',
    to: 'medial_malleolus',
    cun: 13,
    over: 'chord',
    label: 'medial tibial condyle → medial malleolus',
  },
  thigh_lateral: {
    from: 'greater_trochanter',
    to: 'popliteal_crease',
    cun: 19,
    over: 'chord',
    label: 'greater trochanter → popliteal crease',
  },
  thigh_posterior: {
    from: 'gluteal_fold',
    to: 'popliteal_crease',
    cun: 14,
    over: 'chord',
    label: 'gluteal fold → popliteal crease',
  },
  leg_lateral: {
    from: 'popliteal_crease',
    to: 'lateral_malleolus',
    cun: 16,
    over: 'chord',
    label: 'popliteal crease → lateral malleolus',
  },
  ankle_height: {
    from: 'medial_malleolus',
    to: 'sole',
    cun: 3,
    over: 'chord',
    label: 'medial malleolus → sole',
  },
};

/**
 * The finger cun: the middle phalanx of the middle finger. Bodies name no interphalangeal creases, so it is taken
 * as 0.22 of the distance from the 3rd knuckle to the middle fingertip (the middle phalanx's usual share of it), which lands close to the body's B-cun, as the finger cun is meant to.
 */
export const FINGER_CUN = {
  from: 'knuckle_3',
  to: 'middle_tip',
  fraction: 0.22,
  label: 'middle-finger cun',
} as const;
