import { describe, expect, it } from 'vitest';
import { planPrintModel, progressSummary } from '../../src/core/printModel';
import { newPlanItem } from '../../src/core/planItems';
import type { SafetyWarning } from '../../src/core/safety';

const sp6 = newPlanItem('i1', { code: 'SP6', side: 'L' }, 'channel-point', true);
const scn = { ...newPlanItem('i2', { code: 'NPT-SCN', side: 'R' }, 'nerve-site', true), depthMm: 2 };
const warning: SafetyWarning = {
  id: 'pregnancy:i1',
  ruleId: 'pregnancy',
  severity: 'contraindication',
  title: 'Point to avoid in pregnancy',
  why: 'Traditionally avoided',
  details: ['SP6 is avoided in pregnancy'],
  itemIds: ['i1'],
  evidence: 'standard',
  sources: [
    { id: 'who-2008', locator: 'SP6' },
    { id: 'deadman', locator: 'p. 170' },
  ],
  acknowledgement: {
    checkId: 'pregnancy:i1',
    reason: 'discussed with the client',
    at: '2026-03-04T10:00:00.000Z',
  },
};
const facts = {
  SP6: {
    names: 'Sanyinjiao',
    location: 'On the medial leg, 3 B-cun above the malleolus',
    sources: [{ id: 'who-2008', locator: 'SP6' }],
  },
  'NPT-SCN': {
    names: 'Superior cluneal nerves',
    location: 'Over the iliac crest',
    sources: [{ id: 'clinic-npt', locator: 'hip' }],
  },
} as const;

describe('plan print model', () => {
  const model = planPrintModel({
    clientLabel: 'A-17',
    title: 'Low back',
    date: '2026-03-04',
    items: [sp6, scn],
    warnings: [warning],
    factsOf: (i) => ({
      ...facts[i.code as keyof typeof facts],
      sources: [...facts[i.code as keyof typeof facts].sources],
    }),
    titleOf: (id) => `Title of ${id}`,
  });

  it('lists the items in plan order with names, side, technique and location in words', () => {
    expect(model.rows.map((r) => [r.n, r.code, r.names, r.side, r.technique])).toEqual([
      [1, 'SP6', 'Sanyinjiao', 'both sides', 'needle'],
      [2, 'NPT-SCN', 'Superior cluneal nerves', 'right', 'perineural injection (5% dextrose), 2 mm'],
    ]);
    expect(model.rows[0]!.location).toMatch(/malleolus/);
  });

  it('numbers each source once, in order of first citation, gathering its locators', () => {
    expect(model.citations).toEqual([
      { n: 1, title: 'Title of who-2008', locators: ['SP6'] },
      { n: 2, title: 'Title of clinic-npt', locators: ['hip'] },
      { n: 3, title: 'Title of deadman', locators: ['p. 170'] },
    ]);
    expect(model.rows.map((r) => r.cites)).toEqual([[1], [2]]);
  });

  it('keeps every warning with why, evidence, items, sources and its acknowledgement', () => {
    expect(model.warnings).toEqual([
      expect.objectContaining({
        title: 'Point to avoid in pregnancy',
        evidence: 'standard',
        items: ['SP6'],
        cites: [1, 3],
        acknowledged: 'discussed with the client (2026-03-04)',
      }),
    ]);
  });
});

describe('progress summary', () => {
  it('gives the first and last visit and pain at both', () => {
    expect(
      progressSummary([
        { date: '2026-04-01' },
        { date: '2026-03-01', nrsBefore: 8 },
        { date: '2026-03-15', nrsBefore: 4 },
      ]),
    ).toEqual({ visits: 3, first: '2026-03-01', last: '2026-04-01', painFirst: 8, painLast: 4 });
    expect(progressSummary([])).toEqual({ visits: 0 });
  });
});
