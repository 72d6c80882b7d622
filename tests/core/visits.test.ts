import { describe, expect, it } from 'vitest';
import { checkVisit, copyPlan, draftOf, siteLabelOf, type VisitDraft } from '../../src/core/visits';
import { newPlanItem } from '../../src/core/planItems';
import { VisitFieldsSchema } from '../../src/schema/records/visit';

const sp6 = newPlanItem('i1', { code: 'SP6', side: 'L' }, 'channel-point', true);
const scn = newPlanItem('i2', { code: 'NPT-SCN', side: 'L' }, 'nerve-site', true);
const plan = { id: 'plan-1', title: 'Low back', items: [sp6, scn], acknowledgements: [] };
const draft = (over: Partial<VisitDraft> = {}): VisitDraft => ({ ...draftOf(null, '2026-03-04'), ...over });

describe('visits', () => {
  it('copies the plan so that a later edit of the plan does not change the copy', () => {
    const copy = copyPlan(plan);
    plan.items[0]!.technique = 'moxibustion';
    plan.items.push(newPlanItem('i3', { code: 'BL23', side: 'L' }, 'channel-point', true));
    expect(copy.items.map((i) => `${i.code} ${i.technique}`)).toEqual([
      'SP6 needle',
      'NPT-SCN perineural-injection',
    ]);
    plan.items[0]!.technique = 'needle';
    plan.items.pop();
  });

  it('names sites by code and side', () => {
    expect([siteLabelOf(sp6), siteLabelOf(scn)]).toEqual(['SP6 both', 'NPT-SCN L']);
  });

  it('builds a valid visit from a draft with pain ratings and readings', () => {
    const check = checkVisit(
      draft({
        nrsBefore: '7',
        nrsAfter: ' 3 ',
        readings: [
          { itemId: 'i2', site: 'NPT-SCN L', before: '2,5', after1: '3.5', after15: '' },
          { site: 'BL23 both', before: '', after1: '', after15: '' },
        ],
        notes: 'tender at the crest',
      }),
      'client-1',
      copyPlan(plan),
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(VisitFieldsSchema.parse(check.fields)).toEqual(check.fields);
    expect(check.fields).toMatchObject({ nrsBefore: 7, nrsAfter: 3, plan: { planId: 'plan-1' } });
    // an empty row is not stored; a missing reading stays missing (never 0)
    expect(check.fields.readings).toEqual([{ itemId: 'i2', site: 'NPT-SCN L', before: 2.5, after1: 3.5 }]);
  });

  it.each(['11', '-1', '4.5', 'seven'])('refuses pain rated %s with a message', (v) => {
    const check = checkVisit(draft({ nrsAfter: v }), 'c', undefined);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.nrsAfter).toMatch(/0 to 10/);
  });

  it('refuses an algometer reading out of range or not a number, naming the field', () => {
    const check = checkVisit(
      draft({ readings: [{ site: 'SP6 both', before: '31', after1: 'x', after15: '4' }] }),
      'c',
      undefined,
    );
    expect(check.ok ? [] : Object.keys(check.errors).sort()).toEqual([
      'readings.0.after1',
      'readings.0.before',
    ]);
  });

  it('refuses a missing date', () => {
    const check = checkVisit(draft({ date: '' }), 'c', undefined);
    expect(check.ok ? null : check.errors.date).toMatch(/date/);
  });

  it('turns a stored visit back into the same draft', () => {
    const check = checkVisit(
      draft({ nrsBefore: '0', readings: [{ site: 'A', before: '3', after1: '', after15: '4.25' }] }),
      'c',
      undefined,
    );
    if (!check.ok) throw new Error('expected a valid visit');
    const again = checkVisit(draftOf(check.fields, 'unused'), 'c', undefined);
    expect(again).toEqual(check);
  });
});
