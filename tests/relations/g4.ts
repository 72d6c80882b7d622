import type { Relation } from './types';

/**
 * Relations stated in WHO 2008 (Governor and Conception Vessels) and GB/T 12346-2006 (extra points) for group 4,
 * checked on both bodies. Sites are left-side sites for bilateral points.
 */
export const relations: Relation[] = [
  // head
  {
    text: 'GV20 is 5 B-cun above the anterior hairline',
    a: 'hairline_anterior',
    b: 'GV20',
    kind: 'distance',
    cun: 5,
    unit: 'head_long',
  },
  {
    text: 'GV24 is 0.5 B-cun above the anterior hairline',
    a: 'hairline_anterior',
    b: 'GV24',
    kind: 'distance',
    cun: 0.5,
    unit: 'head_long',
  },
  {
    text: 'GV19 is 1.5 B-cun behind GV20',
    a: 'GV20',
    b: 'GV19',
    kind: 'distance',
    cun: 1.5,
    unit: 'head_long',
  },
  {
    text: 'GV18 is 4 B-cun above the posterior hairline',
    a: 'hairline_posterior',
    b: 'GV18',
    kind: 'distance',
    cun: 4,
    unit: 'head_long',
  },
  {
    text: 'EX-HN1: the anterior site is 1 B-cun in front of GV20',
    a: 'GV20',
    b: 'EX-HN1:A',
    kind: 'distance',
    cun: 1,
    unit: 'head_long',
  },
  {
    text: 'EX-HN1: the posterior site is 1 B-cun behind GV20',
    a: 'GV20',
    b: 'EX-HN1:P',
    kind: 'distance',
    cun: 1,
    unit: 'head_long',
  },
  // neck
  {
    text: 'GV15 is 0.5 B-cun below GV16',
    a: 'GV16',
    b: 'GV15',
    kind: 'distance',
    cun: 0.5,
    unit: 'head_long',
  },
  { text: 'EX-B1 is level with GV14, below C7', a: 'EX-B1', b: 'GV14', kind: 'level' },
  {
    text: 'EX-B1 is 0.5 B-cun lateral to GV14',
    a: 'GV14',
    b: 'EX-B1',
    kind: 'distance',
    cun: 0.5,
    unit: 'back_scapulae',
  },
  // chest
  {
    text: 'CV21 is 1 B-cun below the suprasternal fossa',
    a: 'suprasternal_notch',
    b: 'CV21',
    kind: 'distance',
    cun: 1,
    unit: 'chest_upper',
  },
  { text: 'CV17 is level with the 4th intercostal space', a: 'CV17', b: 'sternum_ics_4', kind: 'level' },
  // upper abdomen
  {
    text: 'CV12 is 4 B-cun above the centre of the umbilicus',
    a: 'umbilicus',
    b: 'CV12',
    kind: 'distance',
    cun: 4,
    unit: 'abdomen_upper',
  },
  {
    text: 'CV15 is 1 B-cun below the xiphisternal junction',
    a: 'xiphisternal_junction',
    b: 'CV15',
    kind: 'distance',
    cun: 1,
    unit: 'abdomen_upper',
  },
  // lower abdomen
  {
    text: 'CV4 is 3 B-cun below the centre of the umbilicus',
    a: 'umbilicus',
    b: 'CV4',
    kind: 'distance',
    cun: 3,
    unit: 'abdomen_lower',
  },
  {
    text: 'CV3 is 4 B-cun below the centre of the umbilicus',
    a: 'umbilicus',
    b: 'CV3',
    kind: 'distance',
    cun: 4,
    unit: 'abdomen_lower',
  },
  { text: 'EX-CA1 is level with CV3', a: 'EX-CA1', b: 'CV3', kind: 'level' },
  {
    text: 'EX-CA1 is 3 B-cun lateral to CV3',
    a: 'CV3',
    b: 'EX-CA1',
    kind: 'distance',
    cun: 3,
    unit: 'chest_nipples',
  },
  // back
  { text: 'EX-B2 at L2 is level with GV4, below L2', a: 'EX-B2:L2', b: 'GV4', kind: 'level' },
  { text: 'EX-B2 at T3 is level with GV12, below T3', a: 'EX-B2:T3', b: 'GV12', kind: 'level' },
  {
    text: 'EX-B2 at T7 is 0.5 B-cun lateral to GV9',
    a: 'GV9',
    b: 'EX-B2:T7',
    kind: 'distance',
    cun: 0.5,
    unit: 'back_scapulae',
  },
  { text: 'EX-B4 is level with GV5, below L1', a: 'EX-B4', b: 'GV5', kind: 'level' },
  { text: 'EX-B7 is level with GV3, below L4', a: 'EX-B7', b: 'GV3', kind: 'level' },
  // upper limb
  {
    text: 'EX-UE2 is 4 B-cun above the palmar wrist crease',
    a: 'wrist_crease_palmar',
    b: 'EX-UE2:1',
    kind: 'distance',
    cun: 4,
    unit: 'forearm',
  },
  // lower limb
  {
    text: 'EX-LE6 is 2 B-cun below the head of the fibula',
    a: 'fibula_head',
    b: 'EX-LE6',
    kind: 'distance',
    cun: 2,
    unit: 'leg_lateral',
  },
  {
    text: 'EX-LE7 is 5 B-cun below the lateral knee-eye hollow',
    a: 'patellar_ligament_lateral',
    b: 'EX-LE7',
    kind: 'distance',
    cun: 5,
    unit: 'leg_lateral',
  },
  {
    text: 'EX-LE8 is on the prominence of the medial malleolus',
    a: 'EX-LE8',
    b: 'medial_malleolus',
    kind: 'level',
  },
];
