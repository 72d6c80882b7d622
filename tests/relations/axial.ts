import type { UnitId } from '../../src/schema/recipe';

/**
 * A proportional relation of WHO 2008: site `b` lies `cun` B-cun from `a` (a landmark or a site), measured along the
 * axis of `unit`'s proportional segment (the line between its two landmarks), not along a path over the skin.
 * For lateral distances on the trunk (`chest_nipples`, `back_scapulae`) the axis runs across the body, so the
 * measure is the distance from the midline. `b` is checked on both sides.
 */
export interface AxialRelation {
  text: string;
  a: string;
  b: string;
  cun: number;
  unit: Exclude<UnitId, 'F'>;
}

const r = (b: string, cun: number, a: string, unit: AxialRelation['unit'], text: string): AxialRelation => ({
  text: `${b} ${text}`,
  a,
  b,
  cun,
  unit,
});

const fromWrist = (b: string, cun: number) =>
  r(b, cun, 'wrist_crease_palmar', 'forearm', `is ${cun} B-cun above the palmar wrist crease`);
const fromDorsal = (b: string, cun: number) =>
  r(b, cun, 'wrist_crease_dorsal', 'forearm', `is ${cun} B-cun above the dorsal wrist crease`);
const fromMalleolus = (b: string, cun: number) =>
  r(b, cun, 'lateral_malleolus', 'leg_lateral', `is ${cun} B-cun above the lateral malleolus`);
const fromMedialMalleolus = (b: string, cun: number, unit: AxialRelation['unit'] = 'leg_medial') =>
  r(b, cun, 'medial_malleolus', unit, `is ${cun} B-cun above the medial malleolus`);
const fromUmbilicus = (b: string, cun: number, unit: 'abdomen_upper' | 'abdomen_lower') =>
  r(
    b,
    cun,
    'umbilicus',
    unit,
    `is ${cun} B-cun ${unit === 'abdomen_upper' ? 'above' : 'below'} the umbilicus`,
  );
const lateralChest = (b: string, cun: number) =>
  r(b, cun, 'suprasternal_notch', 'chest_nipples', `is ${cun} B-cun lateral to the anterior midline`);
const lateralBack = (b: string, cun: number) =>
  r(b, cun, 'spinous.C7', 'back_scapulae', `is ${cun} B-cun lateral to the posterior midline`);

/** Proportional relations from WHO 2008's text, one per point, measured along the segment's axis. */
export const axialRelations: AxialRelation[] = [
  // Lung, Pericardium, Heart: the flexor side of the forearm (cubital crease → wrist crease, 12)
  fromWrist('LU9', 0),
  fromWrist('LU8', 1),
  fromWrist('LU7', 1.5),
  fromWrist('LU6', 7),
  r('LU5', 0, 'cubital_crease', 'forearm', 'is on the cubital crease'),
  fromWrist('PC7', 0),
  fromWrist('PC6', 2),
  fromWrist('PC5', 3),
  fromWrist('PC4', 5),
  r('PC3', 0, 'cubital_crease', 'forearm', 'is on the cubital crease'),
  fromWrist('HT7', 0),
  fromWrist('HT6', 0.5),
  fromWrist('HT5', 1),
  fromWrist('HT4', 1.5),
  r('HT3', 0, 'cubital_crease', 'forearm', 'is level with the cubital crease'),
  // Large Intestine, Triple Energizer, Small Intestine: the extensor side
  fromDorsal('LI6', 3),
  fromDorsal('LI7', 5),
  r('LI8', 4, 'LI11', 'forearm', 'is 4 B-cun below LI11'),
  r('LI9', 3, 'LI11', 'forearm', 'is 3 B-cun below LI11'),
  r('LI10', 2, 'LI11', 'forearm', 'is 2 B-cun below LI11'),
  fromDorsal('TE5', 2),
  fromDorsal('TE6', 3),
  fromDorsal('TE7', 3),
  fromDorsal('TE8', 4),
  r('TE9', 5, 'olecranon', 'forearm', 'is 5 B-cun below the tip of the olecranon'),
  fromDorsal('SI6', 1),
  fromDorsal('SI7', 5),
  // upper arm (anterior axillary fold → cubital crease, 9)
  r('PC2', 2, 'axillary_fold_anterior', 'upper_arm', 'is 2 B-cun below the anterior axillary fold'),
  r('HT2', 3, 'cubital_crease', 'upper_arm', 'is 3 B-cun above the cubital crease'),
  r('LI13', 3, 'LI11', 'upper_arm', 'is 3 B-cun above LI11'),
  r('LI14', 7, 'LI11', 'upper_arm', 'is 7 B-cun above LI11'),
  r('TE10', 1, 'olecranon', 'upper_arm', 'is 1 B-cun above the olecranon'),
  r('TE11', 2, 'olecranon', 'upper_arm', 'is 2 B-cun above the olecranon'),
  r('TE12', 5, 'olecranon', 'upper_arm', 'is 5 B-cun above the olecranon'),
  // Stomach, Gallbladder, Bladder: the lateral and back of the leg (popliteal crease → lateral malleolus, 16)
  r('ST36', 3, 'ST35', 'leg_lateral', 'is 3 B-cun below ST35'),
  r('ST37', 6, 'ST35', 'leg_lateral', 'is 6 B-cun below ST35'),
  fromMalleolus('ST38', 8),
  fromMalleolus('ST40', 8),
  r('ST40', 8, 'popliteal_crease', 'leg_lateral', 'is 8 B-cun below the popliteal crease'),
  fromMalleolus('ST39', 7),
  fromMalleolus('GB35', 7),
  fromMalleolus('GB36', 7),
  fromMalleolus('GB37', 5),
  fromMalleolus('GB38', 4),
  fromMalleolus('GB39', 3),
  r('BL40', 0, 'popliteal_crease', 'leg_lateral', 'is on the popliteal crease'),
  r('BL55', 2, 'BL40', 'leg_lateral', 'is 2 B-cun below BL40'),
  r('BL56', 5, 'BL40', 'leg_lateral', 'is 5 B-cun below BL40'),
  r('BL58', 7, 'BL60', 'leg_lateral', 'is 7 B-cun above BL60'),
  r('BL59', 3, 'BL60', 'leg_lateral', 'is 3 B-cun above BL60'),
  // Spleen, Liver, Kidney: the medial leg (apex of the patella or SP9 → medial malleolus)
  fromMedialMalleolus('SP6', 3, 'leg_medial_condyle'),
  fromMedialMalleolus('SP7', 6, 'leg_medial_condyle'),
  r('SP8', 3, 'SP9', 'leg_medial_condyle', 'is 3 B-cun below SP9'),
  fromMedialMalleolus('LR5', 5),
  fromMedialMalleolus('LR6', 7),
  fromMedialMalleolus('KI7', 2),
  fromMedialMalleolus('KI8', 2),
  fromMedialMalleolus('KI9', 5),
  // thigh (pubic symphysis → base of the patella, 18; gluteal fold → popliteal crease, 14)
  r('ST34', 2, 'patella_base', 'thigh_medial', 'is 2 B-cun above the base of the patella'),
  r('ST33', 3, 'patella_base', 'thigh_medial', 'is 3 B-cun above the base of the patella'),
  r('ST32', 6, 'patella_base', 'thigh_medial', 'is 6 B-cun above the base of the patella'),
  r('SP10', 2, 'patella_base', 'thigh_medial', 'is 2 B-cun above the medial end of the base of the patella'),
  r('LR11', 2, 'ST30', 'thigh_medial', 'is 2 B-cun below ST30'),
  r('LR10', 3, 'ST30', 'thigh_medial', 'is 3 B-cun below ST30'),
  r('BL37', 6, 'BL36', 'thigh_posterior', 'is 6 B-cun below BL36'),
  r('BL38', 1, 'BL39', 'thigh_posterior', 'is 1 B-cun above BL39'),
  r('GB32', 7, 'popliteal_crease', 'thigh_lateral', 'is 7 B-cun above the popliteal crease'),
  // Conception Vessel, Kidney, Stomach: the abdomen (xiphisternal junction → umbilicus, 8; umbilicus → pubis, 5)
  fromUmbilicus('CV9', 1, 'abdomen_upper'),
  fromUmbilicus('CV10', 2, 'abdomen_upper'),
  fromUmbilicus('CV11', 3, 'abdomen_upper'),
  fromUmbilicus('CV12', 4, 'abdomen_upper'),
  fromUmbilicus('CV13', 5, 'abdomen_upper'),
  fromUmbilicus('CV14', 6, 'abdomen_upper'),
  fromUmbilicus('CV7', 1, 'abdomen_lower'),
  fromUmbilicus('CV5', 2, 'abdomen_lower'),
  fromUmbilicus('CV4', 3, 'abdomen_lower'),
  fromUmbilicus('CV3', 4, 'abdomen_lower'),
  fromUmbilicus('ST21', 4, 'abdomen_upper'),
  fromUmbilicus('ST24', 1, 'abdomen_upper'),
  fromUmbilicus('ST26', 1, 'abdomen_lower'),
  fromUmbilicus('ST28', 3, 'abdomen_lower'),
  fromUmbilicus('KI15', 1, 'abdomen_lower'),
  fromUmbilicus('KI13', 3, 'abdomen_lower'),
  fromUmbilicus('KI18', 3, 'abdomen_upper'),
  // lateral distances on the chest and abdomen (between the nipples, 8)
  lateralChest('KI25', 2),
  lateralChest('ST15', 4),
  lateralChest('ST16', 4),
  lateralChest('SP19', 6),
  lateralChest('LU1', 6),
  lateralChest('ST25', 2),
  lateralChest('KI16', 0.5),
  lateralChest('SP15', 4),
  // lateral distances on the back (between the medial borders of the scapulae, 6)
  lateralBack('BL13', 1.5),
  lateralBack('BL18', 1.5),
  lateralBack('BL23', 1.5),
  lateralBack('BL42', 3),
  lateralBack('BL47', 3),
  lateralBack('BL52', 3),
  // Governor Vessel: on the posterior median line (0 B-cun across the back); its head points are measured over the
  // scalp (head_long is a skin measure), not along an axis
  lateralBack('GV3', 0),
  lateralBack('GV4', 0),
  lateralBack('GV9', 0),
  lateralBack('GV14', 0),
];
