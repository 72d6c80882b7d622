import { describe, expect, it } from 'vitest';
import { describeRef } from '../../src/core/refs';

describe('describeRef: landmark names in words for the derivation', () => {
  it.each([
    ['knuckle_2.L', '2nd knuckle (head of the 2nd metacarpal)'],
    ['metacarpal_base_1_2.R', 'junction of the 1st and 2nd metacarpal bases'],
    ['toe_web_4_5.L', 'web between the 4th and 5th toes'],
    ['metatarsal_5_base.L', 'base of the 5th metatarsal'],
    ['metatarsal_1_head_medial.R', 'medial side of the 1st metatarsal head'],
    ['mtp_3.L', '3rd metatarsophalangeal joint'],
    ['rib11_tip.L', 'free end of the 11th rib'],
    ['spinous.L2', 'L2 spinous process'],
    ['sternum_ics_4', '4th intercostal space (midline)'],
    ['asis.L', 'ASIS'],
    ['LI11', 'LI11'],
    ['EX-B2:T1', 'EX-B2 (T1)'],
  ])('%s → %s', (ref, words) => {
    expect(describeRef(ref)).toBe(words);
  });
});
