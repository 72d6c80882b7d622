import { describe, expect, it } from 'vitest';
import { ClientFieldsSchema } from '../../src/schema/records/client';
import { PlanFieldsSchema } from '../../src/schema/records/plan';
import { PlanItemSchema } from '../../src/schema/records/planItem';
import { VisitFieldsSchema } from '../../src/schema/records/visit';

const item = { id: 'i1', layer: 'channel-point', code: 'SP6', side: 'both', technique: 'needle' };

describe('workspace record schemas', () => {
  it('fills client flags with defaults and keeps the label trimmed', () => {
    const c = ClientFieldsSchema.parse({ kind: 'client', schemaVersion: 1, label: ' A-17 ', flags: {} });
    expect(c.label).toBe('A-17');
    expect(c.flags.pregnant).toBe(false);
    expect(c.flags.skinConditionSite).toBe('');
  });
  it('rejects a client without a label or with unknown fields', () => {
    expect(
      ClientFieldsSchema.safeParse({ kind: 'client', schemaVersion: 1, label: '', flags: {} }).success,
    ).toBe(false);
    const extra = { kind: 'client', schemaVersion: 1, label: 'x', flags: {}, name: 'Jane Doe' };
    expect(ClientFieldsSchema.safeParse(extra).success).toBe(false);
  });
  it('accepts a technique only on a layer it fits', () => {
    expect(PlanItemSchema.safeParse(item).success).toBe(true);
    expect(PlanItemSchema.safeParse({ ...item, technique: 'nrt-implant' }).success).toBe(false);
    const nerve = {
      id: 'i2',
      layer: 'nerve-site',
      code: 'NPT-SCN',
      side: 'L',
      technique: 'perineural-injection',
    };
    expect(PlanItemSchema.safeParse(nerve).success).toBe(false);
    expect(PlanItemSchema.safeParse({ ...nerve, injectate: '5% dextrose' }).success).toBe(true);
    expect(PlanItemSchema.safeParse({ ...nerve, side: 'M', injectate: '5% dextrose' }).success).toBe(false);
  });
  it('keeps a plan’s items in order and needs a reason for an acknowledgement', () => {
    const plan = {
      kind: 'plan',
      schemaVersion: 1,
      clientId: 'c1',
      title: 'Low back',
      items: [item, { ...item, id: 'i2', code: 'BL23' }],
      acknowledgements: [{ checkId: 'pregnancy:i1', reason: 'ok', at: '2026-12-06T04:00:00Z' }],
    };
    expect(PlanFieldsSchema.safeParse(plan).success).toBe(false);
    plan.acknowledgements[0]!.reason = 'discussed with the obstetrician';
    expect(PlanFieldsSchema.parse(plan).items.map((i) => i.code)).toEqual(['SP6', 'BL23']);
  });
  it('bounds NRS to 0–10 integers and algometer readings to kg/cm²', () => {
    const v = {
      kind: 'visit',
      schemaVersion: 1,
      clientId: 'c1',
      date: '2026-12-06',
      nrsBefore: 7,
      nrsAfter: 3,
    };
    expect(VisitFieldsSchema.parse(v).readings).toEqual([]);
    expect(VisitFieldsSchema.safeParse({ ...v, nrsBefore: 11 }).success).toBe(false);
    expect(VisitFieldsSchema.safeParse({ ...v, nrsAfter: 2.5 }).success).toBe(false);
    expect(VisitFieldsSchema.safeParse({ ...v, readings: [{ site: 'BL40', before: -1 }] }).success).toBe(
      false,
    );
    expect(VisitFieldsSchema.safeParse({ ...v, date: '6.12.2026' }).success).toBe(false);
  });
});
