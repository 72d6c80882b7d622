import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersion1, RecordsDb } from '../../src/storage/db';
import { clientFields, freshName, openStore, planFields, visitFields } from './fixtures';

/** Writes a database as the previous app version did: Dexie version 1, rows { id, kind, clientId, rev, body }. */
async function writeVersion1(name: string) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  declareVersion1(old);
  await old.open();
  const env = (id: string, gen: number, t: string) => ({
    id,
    rev: `${gen}-00112233445566778899aabbccddeeff`,
    updatedAt: t,
  });
  const client = { ...clientFields('Old-Client'), ...env('client-0001', 3, '2026-01-05T10:00:00.000Z') };
  const plan = {
    ...planFields('client-0001', 'Old plan'),
    ...env('plan-0001', 1, '2026-01-06T10:00:00.000Z'),
  };
  const visit = {
    ...visitFields('client-0001', '2026-01-07'),
    ...env('visit-0001', 2, '2026-01-07T10:00:00.000Z'),
  };
  const tomb = {
    ...env('visit-0002', 2, '2026-01-08T10:00:00.000Z'),
    kind: 'visit',
    schemaVersion: 1,
    deleted: true,
  };
  await old.table('records').bulkAdd([
    { id: client.id, kind: 'client', rev: client.rev, body: client },
    { id: plan.id, kind: 'plan', clientId: 'client-0001', rev: plan.rev, body: plan },
    { id: visit.id, kind: 'visit', clientId: 'client-0001', rev: visit.rev, body: visit },
    { id: tomb.id, kind: 'visit', clientId: 'client-0001', rev: tomb.rev, body: tomb },
    { id: 'broken-0001', kind: 'plan', clientId: 'client-0001', rev: '1-00', body: 'not an object' },
  ]);
  old.close();
  return { client, plan, visit, tomb };
}

describe('migration from the previous version (Dexie version 1)', () => {
  it('opens a version-1 database with the current code: every record readable, fields back-filled, indexes work', async () => {
    const name = freshName();
    const v1 = await writeVersion1(name);
    const store = await openStore(name);
    try {
      expect(await store.list('client')).toEqual([v1.client]);
      // The [kind+clientId] index is new in version 2, and client rows got their clientId back-filled.
      expect(await store.list('plan', { clientId: 'client-0001' })).toEqual([v1.plan]);
      expect((await store.list('client', { clientId: 'client-0001' })).map((c) => c.id)).toEqual([
        'client-0001',
      ]);
      expect(await store.list('visit')).toEqual([v1.visit]);
      expect(await store.unreadable()).toEqual([
        { id: 'broken-0001', kind: 'plan', reason: 'not a record (expected an object)' },
      ]);

      const db = new RecordsDb(name);
      await db.open();
      expect(db.verno).toBe(3); // version 3 added the mesh files of the user’s bodies
      const tombRow = await db.records.get('visit-0002');
      expect(tombRow).toMatchObject({ deleted: 1, updatedAt: '2026-01-08T10:00:00.000Z' });
      expect(await db.records.get('broken-0001')).toMatchObject({
        body: 'not an object',
        updatedAt: '',
        deleted: 0,
      });
      expect((await db.records.orderBy('updatedAt').last())?.id).toBe('visit-0002');
      db.close();

      // Writing on top of a migrated record continues its rev generations; removing the client reaches its plan.
      const edited = await store.put(
        'client',
        { ...clientFields('Old-Client'), note: 'new' },
        {
          id: 'client-0001',
          baseRev: v1.client.rev,
        },
      );
      expect(edited.rev).toMatch(/^4-/);
      await store.remove('client', 'client-0001');
      expect(await store.list('plan')).toEqual([]);
    } finally {
      store.close();
    }
  });
});
