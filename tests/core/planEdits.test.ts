import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  addItem,
  moveItemTo,
  removeItem,
  renamePlan,
  updateItem,
} from '../../src/core/planEdits';
import { newPlanItem } from '../../src/core/planItems';
import type { PlanFields } from '../../src/schema/records/plan';
import { PlanFieldsSchema } from '../../src/schema/records/plan';

const plan = (codes: string[]): PlanFields => ({
  kind: 'plan',
  schemaVersion: 1,
  clientId: 'client-1',
  title: 'Low back',
  items: codes.map((c) => newPlanItem(c, { code: c, side: 'L' }, 'channel-point', true)),
  acknowledgements: [],
});
const codes = (p: PlanFields) => p.items.map((i) => i.code);

describe('plan edits', () => {
  it('adds at the end and removes by id, with the acknowledgements of the removed item', () => {
    let p = addItem(newPlanItem('SP6', { code: 'SP6', side: 'L' }, 'channel-point', true))(plan(['BL23']));
    expect(codes(p)).toEqual(['BL23', 'SP6']);
    p = acknowledge('pregnancy-point:SP6', 'discussed with the midwife', '2026-01-01T00:00:00Z')!(p);
    p = acknowledge('skin-condition:plan', 'away from the site', '2026-01-01T00:00:00Z')!(p);
    p = removeItem('SP6')(p);
    expect(codes(p)).toEqual(['BL23']);
    expect(p.acknowledgements.map((a) => a.checkId)).toEqual(['skin-condition:plan']);
  });
  it('moves an item by id, so replaying the move on a changed plan moves the same item', () => {
    const move = moveItemTo('BL40', 0);
    expect(codes(move(plan(['BL23', 'BL25', 'BL40'])))).toEqual(['BL40', 'BL23', 'BL25']);
    expect(codes(move(plan(['GB30', 'BL23', 'BL25', 'BL40'])))).toEqual(['BL40', 'GB30', 'BL23', 'BL25']);
    expect(codes(moveItemTo('BL23', 99)(plan(['BL23', 'BL25'])))).toEqual(['BL25', 'BL23']);
    expect(codes(moveItemTo('nope', 0)(plan(['BL23', 'BL25'])))).toEqual(['BL23', 'BL25']);
  });
  it('refuses a technique that does not fit the layer and manages the injectate', () => {
    const p = plan(['BL23']);
    expect(updateItem('BL23', { technique: 'nrt-implant' })(p).items[0]!.technique).toBe('needle');
    const site = newPlanItem('n', { code: 'NPT-SCN', side: 'L' }, 'nerve-site', true);
    const q = addItem(site)(p);
    const cleared = updateItem('n', { injectate: '  ' })(q).items[1]!;
    expect(cleared.injectate).toBe('5% dextrose');
    const moxa = updateItem('BL23', { technique: 'moxibustion', depthMm: 10, durationMin: 15 })(q).items[0]!;
    expect(moxa).toMatchObject({ technique: 'moxibustion', depthMm: 10, durationMin: 15 });
    expect(
      updateItem('BL23', { depthMm: undefined })({ ...q, items: [moxa] }).items[0]!.depthMm,
    ).toBeUndefined();
    expect(PlanFieldsSchema.safeParse(updateItem('n', { side: 'R', note: 'slow' })(q)).success).toBe(true);
  });
  it('asks for a reason of at least three characters and keeps one acknowledgement per warning', () => {
    expect(acknowledge('x:1', '  ok ', '2026-01-01T00:00:00Z')).toBeNull();
    let p = acknowledge('x:1', 'first reason', '2026-01-01T00:00:00Z')!(plan([]));
    p = acknowledge('x:1', 'second reason', '2026-01-02T00:00:00Z')!(p);
    expect(p.acknowledgements).toEqual([
      { checkId: 'x:1', reason: 'second reason', at: '2026-01-02T00:00:00Z' },
    ]);
    expect(renamePlan('  Neck  ')(p).title).toBe('Neck');
  });
});
