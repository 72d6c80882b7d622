import 'fake-indexeddb/auto';
import { emptyFlags, type ClientFields } from '../../src/schema/records/client';
import type { PlanFields } from '../../src/schema/records/plan';
import type { VisitFields } from '../../src/schema/records/visit';
import { openRecordStore, type OpenOptions } from '../../src/storage/recordStore';
import { RecordsDb } from '../../src/storage/db';
import { StorageError } from '../../src/storage/types';

let counter = 0;
/** A database name of its own for each test. */
export const freshName = () => `pa-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A fixed clock that moves one second per call, so updatedAt values differ and tests stay deterministic. */
export function steppingClock(start = Date.parse('2026-12-01T09:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

export const openStore = (name: string, opts: OpenOptions = {}) =>
  openRecordStore({ name, now: steppingClock(), ...opts });

export const clientFields = (label: string, extra: Partial<ClientFields> = {}): ClientFields => ({
  kind: 'client',
  schemaVersion: 1,
  label,
  flags: emptyFlags(),
  note: '',
  ...extra,
});

export const planFields = (clientId: string, title = 'Low back'): PlanFields => ({
  kind: 'plan',
  schemaVersion: 1,
  clientId,
  title,
  items: [
    { id: 'i1', layer: 'channel-point', code: 'BL23', side: 'both', technique: 'needle', note: '' },
    { id: 'i2', layer: 'nrt-zone', code: 'NRT-L4', side: 'M', technique: 'nrt-implant', note: '' },
  ],
  acknowledgements: [],
});

export const visitFields = (clientId: string, date = '2026-11-30'): VisitFields => ({
  kind: 'visit',
  schemaVersion: 1,
  clientId,
  date,
  nrsBefore: 7,
  nrsAfter: 3,
  readings: [{ site: 'BL40 both', before: 2.5, after1: 3.1, after15: 3.4 }],
  notes: 'felt better',
});

/** Every raw row of a database, as text with sorted keys: "byte-identical" means this string is equal. */
export async function dumpRows(name: string): Promise<string> {
  const db = new RecordsDb(name);
  await db.open();
  const rows = await db.records.orderBy('id').toArray();
  const meta = await db.meta.toArray();
  db.close();
  return JSON.stringify({ rows, meta }, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The StorageError a promise fails with; fails the test if it succeeds or fails otherwise. */
export async function failure(p: Promise<unknown>): Promise<StorageError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(outcome instanceof StorageError)) throw new Error(`expected a StorageError, got ${String(outcome)}`);
  return outcome;
}
