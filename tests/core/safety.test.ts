import { describe, expect, it } from 'vitest';
import { computeWarnings, nerveSiteCaution, openWarnings, type ItemCaution } from '../../src/core/safety';
import { atlasData } from '../../src/data';
import { safetyRules } from '../../src/data/safety';
import { emptyFlags, type ClientFlags } from '../../src/schema/records/client';
import type { PlanItem, TechniqueKind } from '../../src/schema/records/planItem';

const point = (code: string, technique: TechniqueKind = 'needle', id = code): PlanItem => ({
  id,
  layer: code.startsWith('EX') ? 'extra-point' : 'channel-point',
  code,
  side: 'both',
  technique,
  note: '',
});
const cautionsOf = (item: PlanItem): ItemCaution[] =>
  atlasData.points.find((p) => p.code === item.code)?.cautions ?? [];
const flags = (f: Partial<ClientFlags>): ClientFlags => ({ ...emptyFlags(), ...f });
const run = (f: Partial<ClientFlags>, items: PlanItem[]) =>
  computeWarnings(safetyRules, flags(f), items, cautionsOf);

describe('computed safety checks', () => {
  it('warns about SP6 in a pregnant client, with the review as source, and not otherwise', () => {
    const w = run({ pregnant: true, pregnancyWeeks: 20 }, [point('SP6'), point('BL25')]);
    const sp6 = w.filter((x) => x.ruleId === 'pregnancy-point');
    expect(sp6.map((x) => x.itemIds)).toEqual([['SP6']]);
    expect(sp6[0]!.sources.map((s) => s.id)).toContain('carr-2015');
    expect(sp6[0]!.details[0]).toMatch(/SP6/);
    expect(run({}, [point('SP6')]).filter((x) => x.ruleId === 'pregnancy-point')).toEqual([]);
  });
  it('flags every puncture technique with anticoagulants, but not acupressure', () => {
    const items = [
      point('BL23', 'needle'),
      point('BL25', 'acupressure'),
      { ...point('X', 'nrt-implant'), layer: 'nrt-zone', code: 'NRT-L4', side: 'M' } as PlanItem,
      {
        ...point('Y', 'perineural-injection'),
        layer: 'nerve-site',
        code: 'NPT-SCN',
        injectate: '5% dextrose',
      },
    ] as PlanItem[];
    const hit = run({ anticoagulants: true }, items).filter((x) => x.ruleId === 'bleeding-puncture');
    expect(hit.map((x) => x.itemIds[0])).toEqual(['BL23', 'X', 'Y']);
    expect(hit.every((x) => x.sources.some((s) => s.id === 'clinic-acu-lbp'))).toBe(true);
    expect(
      run({ bleedingDisorder: true }, items).filter((x) => x.ruleId === 'bleeding-puncture'),
    ).toHaveLength(3);
  });
  it('flags electro-stimulation with a pacemaker only', () => {
    expect(run({ pacemaker: true }, [point('BL23', 'electro-stimulation')]).map((x) => x.ruleId)).toContain(
      'pacemaker-electro',
    );
    expect(run({ pacemaker: true }, [point('BL25', 'needle')]).map((x) => x.ruleId)).not.toContain(
      'pacemaker-electro',
    );
  });
  it('finds pneumothorax, eye and vessel risks in the points’ own cautions', () => {
    const w = run({}, [point('BL13'), point('ST1'), point('LU9'), point('BL13', 'acupressure', 'press')]);
    expect(w.map((x) => `${x.ruleId}:${x.itemIds[0]}`).sort()).toEqual([
      'eye-region:ST1',
      'lung-pleura:BL13',
      'major-vessel:LU9',
    ]);
    expect(w.find((x) => x.ruleId === 'lung-pleura')!.evidence).toBe('anatomy');
  });
  it('gives client-wide contraindications once per plan', () => {
    const w = run({ epilepsy: true }, [point('BL23'), point('BL25'), point('SP6', 'acupressure')]);
    const e = w.filter((x) => x.ruleId === 'epilepsy-convulsions');
    expect(e).toHaveLength(1);
    expect(e[0]!.id).toBe('epilepsy-convulsions:plan');
    expect(e[0]!.itemIds).toEqual(['BL23', 'BL25']);
    expect(run({ skinConditionSite: '  ' }, [point('BL23')]).map((x) => x.ruleId)).not.toContain(
      'skin-condition',
    );
    expect(run({ skinConditionSite: 'eczema, left calf' }, [point('BL23')]).map((x) => x.ruleId)).toContain(
      'skin-condition',
    );
  });
  it('keeps an acknowledged warning, with its reason, and leaves it out of the open ones', () => {
    const ack = {
      checkId: 'pregnancy-point:SP6',
      reason: 'pressure only, agreed',
      at: '2026-12-06T05:00:00Z',
    };
    const w = computeWarnings(safetyRules, flags({ pregnant: true }), [point('SP6')], cautionsOf, [ack]);
    expect(w.find((x) => x.id === ack.checkId)?.acknowledgement?.reason).toBe('pressure only, agreed');
    expect(openWarnings(w).map((x) => x.id)).not.toContain(ack.checkId);
  });
  it('reads a vessel out of a nerve site’s caution', () => {
    const refs = [{ id: 'gray-anatomy', locator: 'x' }];
    expect(nerveSiteCaution('The occipital artery runs beside the nerve.', refs)[0]!.kind).toBe(
      'major-vessel',
    );
    expect(nerveSiteCaution(undefined, refs)).toEqual([]);
  });
  it('cites only sources that exist', () => {
    const ids = new Set(atlasData.sources.map((s) => s.id));
    const cited = [...safetyRules.rules, ...safetyRules.askBefore].flatMap((r) => r.sources.map((s) => s.id));
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });
});
