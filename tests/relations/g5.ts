import type { Relation } from './types';

/**
 * Relations that hold on both bodies since the nipple, sacral, tragus and armpit landmarks were corrected
 * (docs/region-review.md, "Landmarks in the wrong place").
 */
export const relations: Relation[] = [
  {
    text: 'GB7 is about one finger breadth (1 F-cun) in front of TE20',
    a: 'TE20',
    b: 'GB7',
    kind: 'distance',
    cun: 1,
    unit: 'F',
  },
  {
    text: 'BL28 is level with the second posterior sacral foramen (BL32)',
    a: 'BL28',
    b: 'BL32',
    kind: 'level',
  },
  { text: 'GV2 is at the sacral hiatus', a: 'GV2', b: 'sacral_hiatus', kind: 'level' },
];
