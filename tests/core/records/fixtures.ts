import { emptyFlags } from '../../../src/schema/records/client';
import { buildExport, exportText } from '../../../src/core/records/exportFile';
import type { StoredRecord } from '../../../src/core/records/types';
import type { DeviceView } from '../../../src/core/records/importPlan';

const env = (id: string, gen = 1, minute = 0) => ({
  id,
  rev: `${gen}-${'ab'.repeat(16)}`,
  updatedAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

const flags = { ...emptyFlags(), pregnant: true, pregnancyWeeks: 20 };

/** A small, valid set of records: two clients, a plan, two visits, a tombstone. */
export function sampleRecords(): StoredRecord[] {
  return [
    {
      kind: 'client',
      schemaVersion: 1,
      label: 'A-17',
      birthYear: 1985,
      flags,
      note: '',
      ...env('client-aaaa-1'),
    },
    {
      kind: 'client',
      schemaVersion: 1,
      label: 'B-02',
      flags: { ...flags, pregnant: false, pregnancyWeeks: undefined },
      note: 'n',
      ...env('client-bbbb-2', 2, 5),
    },
    {
      kind: 'plan',
      schemaVersion: 1,
      clientId: 'client-aaaa-1',
      title: 'Low back',
      items: [
        { id: 'i1', layer: 'channel-point', code: 'SP6', side: 'both', technique: 'acupressure', note: '' },
        {
          id: 'i2',
          layer: 'nerve-site',
          code: 'NPT-SCN',
          side: 'L',
          technique: 'perineural-injection',
          injectate: '5% dextrose',
          note: '',
        },
      ],
      acknowledgements: [
        { checkId: 'pregnancy:SP6', reason: 'acupressure only, explained', at: '2026-12-01T10:01:00.000Z' },
      ],
      ...env('plan-aaaa-1', 3, 2),
    },
    {
      kind: 'visit',
      schemaVersion: 1,
      clientId: 'client-aaaa-1',
      date: '2026-11-30',
      nrsBefore: 6,
      nrsAfter: 2,
      readings: [{ itemId: 'i2', site: 'NPT-SCN L', before: 2.1, after1: 3, after15: 3.6 }],
      notes: '',
      ...env('visit-aaaa-1', 1, 3),
    },
    {
      kind: 'visit',
      schemaVersion: 1,
      clientId: 'client-bbbb-2',
      date: '2026-12-01',
      readings: [],
      notes: '',
      ...env('visit-bbbb-1', 1, 4),
    },
    { kind: 'plan', schemaVersion: 1, deleted: true, ...env('plan-gone-01', 2, 6) },
  ] as StoredRecord[];
}

export const sampleText = (records = sampleRecords()) =>
  exportText(buildExport(records, { exportedAt: '2026-12-06T10:00:00.000Z' }));

export const emptyDevice = (): DeviceView => ({ byId: new Map(), unreadableIds: new Set() });

export const deviceWith = (records: StoredRecord[]): DeviceView => ({
  byId: new Map(records.map((r) => [r.id, r])),
  unreadableIds: new Set(),
});
