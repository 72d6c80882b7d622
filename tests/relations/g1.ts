import type { Relation } from './types';

/**
 * Relations stated in WHO 2008 for the Lung, Large Intestine, Stomach, Spleen and Heart channels (group 1), checked
 * on both bodies. Sites are left-side sites for bilateral points.
 */
export const relations: Relation[] = [
  // head and face
  {
    text: 'ST8 is 0.5 B-cun above the anterior hairline at the corner of the forehead',
    a: 'hairline_corner',
    b: 'ST8',
    kind: 'distance',
    cun: 0.5,
    unit: 'head_long',
  },
  {
    text: 'ST4 is 0.4 F-cun lateral to the angle of the mouth',
    a: 'mouth_corner',
    b: 'ST4',
    kind: 'distance',
    cun: 0.4,
    unit: 'F',
  },
  { text: 'LI19 is level with GV26 (the middle of the philtrum)', a: 'LI19', b: 'GV26', kind: 'level' },
  // neck
  {
    text: 'ST9 and LI18 are level with the upper border of the thyroid cartilage',
    a: 'ST9',
    b: 'LI18',
    kind: 'level',
  },
  { text: 'LI17 is directly below LI18, level with ST10', a: 'LI17', b: 'ST10', kind: 'level' },
  // chest
  {
    text: 'LU1 and ST14 lie on the transverse line of the first intercostal space',
    a: 'LU1',
    b: 'ST14',
    kind: 'level',
  },
  {
    text: 'LU2 and ST13 lie on the transverse line along the lower border of the clavicle',
    a: 'LU2',
    b: 'ST13',
    kind: 'level',
  },
  // abdomen
  {
    text: 'ST20 is 5 B-cun superior to ST25',
    a: 'ST25',
    b: 'ST20',
    kind: 'distance',
    cun: 5,
    unit: 'abdomen_upper',
  },
  {
    text: 'ST28 is 3 B-cun inferior to ST25',
    a: 'ST25',
    b: 'ST28',
    kind: 'distance',
    cun: 3,
    unit: 'abdomen_lower',
  },
  {
    text: 'ST30 is 5 B-cun inferior to ST25',
    a: 'ST25',
    b: 'ST30',
    kind: 'distance',
    cun: 5,
    unit: 'abdomen_lower',
  },
  { text: 'SP15 is level with ST25 (the umbilicus)', a: 'SP15', b: 'ST25', kind: 'level' },
  {
    text: 'SP16 is 3 B-cun superior to SP15',
    a: 'SP15',
    b: 'SP16',
    kind: 'distance',
    cun: 3,
    unit: 'abdomen_upper',
  },
  { text: 'SP16 is level with CV11', a: 'SP16', b: 'CV11', kind: 'level' },
  { text: 'ST26 is level with CV7', a: 'ST26', b: 'CV7', kind: 'level' },
  {
    text: 'SP12 is level with CV2 (upper border of the pubic symphysis)',
    a: 'SP12',
    b: 'CV2',
    kind: 'level',
  },
  // upper limb
  { text: 'LU8 is 1 B-cun superior to LU9', a: 'LU9', b: 'LU8', kind: 'distance', cun: 1, unit: 'forearm' },
  {
    text: 'LU4 is 1 B-cun below LU3 (4 versus 3 B-cun below the axillary fold)',
    a: 'LU3',
    b: 'LU4',
    kind: 'distance',
    cun: 1,
    unit: 'upper_arm',
  },
  {
    text: 'LI8 is 1 B-cun inferior to LI9',
    a: 'LI9',
    b: 'LI8',
    kind: 'distance',
    cun: 1,
    unit: 'forearm',
  },
  {
    text: 'HT2 is 3 B-cun above the cubital crease at HT3',
    a: 'HT3',
    b: 'HT2',
    kind: 'distance',
    cun: 3,
    unit: 'upper_arm',
  },
  {
    text: 'HT4 is 1.5 B-cun proximal to HT7',
    a: 'HT7',
    b: 'HT4',
    kind: 'distance',
    cun: 1.5,
    unit: 'forearm',
  },
  { text: 'HT8 is level with PC8', a: 'HT8', b: 'PC8', kind: 'level' },
  // thigh
  {
    text: 'ST34 is 1 B-cun directly inferior to ST33',
    a: 'ST33',
    b: 'ST34',
    kind: 'distance',
    cun: 1,
    unit: 'thigh_medial',
  },
  // leg
  {
    text: 'ST36 is 3 B-cun inferior to ST35',
    a: 'ST35',
    b: 'ST36',
    kind: 'distance',
    cun: 3,
    unit: 'leg_lateral',
  },
  { text: 'ST38 is level with ST40', a: 'ST38', b: 'ST40', kind: 'level' },
  {
    text: 'SP6 is 3 B-cun superior to the prominence of the medial malleolus',
    a: 'medial_malleolus',
    b: 'SP6',
    kind: 'distance',
    cun: 3,
    unit: 'leg_medial_condyle',
  },
  {
    text: 'SP7 is 3 B-cun superior to SP6',
    a: 'SP6',
    b: 'SP7',
    kind: 'distance',
    cun: 3,
    unit: 'leg_medial_condyle',
  },
  {
    text: 'SP8 is 3 B-cun inferior to SP9',
    a: 'SP9',
    b: 'SP8',
    kind: 'distance',
    cun: 3,
    unit: 'leg_medial_condyle',
  },
];
