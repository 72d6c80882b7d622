import { describe, expect, it } from 'vitest';
import { layerOfCode, moveItem, newPlanItem, siteIdsOf } from '../../src/core/planItems';
import { PlanItemSchema } from '../../src/schema/records/planItem';

const ear = new Set(['AH9', 'TF4']);

describe('plan items', () => {
  it('tells the layer from the code', () => {
    expect(['BL23', 'EX-B2', 'AH9', 'NRT-L4', 'NPT-SCN'].map((c) => layerOfCode(c, ear))).toEqual([
      'channel-point',
      'extra-point',
      'ear-point',
      'nrt-zone',
      'nerve-site',
    ]);
  });
  it('makes valid items with sides and techniques fitting the layer', () => {
    const a = newPlanItem('1', { code: 'SP6', side: 'L' }, 'channel-point', true);
    const b = newPlanItem('2', { code: 'GV4', side: 'M' }, 'channel-point', false);
    const c = newPlanItem('3', { code: 'NPT-SCN', side: 'R' }, 'nerve-site', true);
    const d = newPlanItem('4', { code: 'NRT-L4', side: 'L' }, 'nrt-zone', true);
    const e = newPlanItem('5', { code: 'AH9', side: 'R' }, 'ear-point', true);
    expect([a, b, c, d, e].map((i) => `${i.side} ${i.technique}`)).toEqual([
      'both needle',
      'M needle',
      'R perineural-injection',
      'M nrt-implant',
      'R needle',
    ]);
    expect(c.injectate).toBe('5% dextrose');
    for (const i of [a, b, c, d, e]) expect(PlanItemSchema.safeParse(i).success).toBe(true);
  });
  it('moves an item up or down and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
  });
  it('draws a bilateral item on both sides', () => {
    const a = newPlanItem('1', { code: 'BL23', side: 'L' }, 'channel-point', true);
    expect(siteIdsOf(a)).toEqual(['BL23.L', 'BL23.R']);
    expect(siteIdsOf({ ...a, side: 'R', siteKey: 'L4', code: 'EX-B2' })).toEqual(['EX-B2:L4.R']);
    expect(siteIdsOf({ ...a, side: 'M', code: 'GV4' })).toEqual(['GV4']);
  });
});
