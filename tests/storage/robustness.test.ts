import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportText, openRecordStore } from '../../src/storage';
import { RecordsDb, type RecordRow } from '../../src/storage/db';
import { clientFields, dumpRows, freshName, openStore, planFields, visitFields, failure } from './fixtures';

afterEach(() => vi.restoreAllMocks());

async function addRawRows(name: string, rows: RecordRow[]) {
  const db = new RecordsDb(name);
  await db.open();
  await db.records.bulkPut(rows);
  db.close();
}

const rawRowsNamed = async (name: string, ids: string[]) =>
  (JSON.parse(await dumpRows(name)).rows as RecordRow[]).filter((r) => ids.includes(r.id));

describe('corrupt and newer rows', () => {
  it('are kept as they are, left out of lists, reported by unreadable(), and never overwritten', async () => {
    const name = freshName();
    const store = await openStore(name);
    try {
      const c = await store.put('client', clientFields('A'));
      const good = await store.put('plan', planFields(c.id));
      const env = { rev: '1-0123456789abcdef', updatedAt: '2026-12-01T00:00:00.000Z' };
      const newerVisit = { ...visitFields(c.id), ...env, id: 'newer-visit-1', schemaVersion: 2 };
      await addRawRows(name, [
        {
          id: 'corrupt-plan-1',
          kind: 'plan',
          clientId: c.id,
          ...env,
          deleted: 0,
          body: { ...good, id: 'corrupt-plan-1', title: '' },
        },
        { id: 'newer-visit-1', kind: 'visit', clientId: c.id, ...env, deleted: 0, body: newerVisit },
        {
          id: 'sealed-row-1',
          kind: 'client',
          clientId: 'sealed-row-1',
          ...env,
          deleted: 0,
          enc: { iv: 'AAAA', data: 'AAAA' },
        },
      ]);
      const ids = ['corrupt-plan-1', 'newer-visit-1', 'sealed-row-1'];
      const before = await rawRowsNamed(name, ids);

      expect((await store.list('plan')).map((p) => p.id)).toEqual([good.id]);
      expect(await store.list('visit')).toEqual([]);
      expect((await store.list('client')).map((x) => x.id)).toEqual([c.id]);
      expect(await store.unreadable()).toEqual([
        {
          id: 'corrupt-plan-1',
          kind: 'plan',
          reason: 'title: Too small: expected string to have >=1 characters',
        },
        {
          id: 'newer-visit-1',
          kind: 'visit',
          reason: 'written by a newer version of the app (schemaVersion 2; this one reads up to 1)',
        },
        { id: 'sealed-row-1', kind: 'client', reason: 'sealed, but no passphrase is set on this device' },
      ]);

      // Writing over them is refused; removing their client leaves them as they are.
      await expect(store.put('plan', planFields(c.id), { id: 'corrupt-plan-1' })).rejects.toMatchObject({
        kind: 'invalid',
      });
      await store.remove('client', c.id);
      expect(await store.get('plan', good.id)).toBeUndefined();
      expect(await rawRowsNamed(name, ids)).toEqual(before);

      // An import holding a record with the id of an unreadable row is refused.
      const file = JSON.parse(exportText(await store.exportAll()));
      file.records.push(clientFields('X'));
      Object.assign(file.records.at(-1), { id: 'sealed-row-1', ...env });
      const check = await store.planImport(JSON.stringify(file));
      expect(check).toMatchObject({
        ok: false,
        message: expect.stringContaining('unreadable record with the same id'),
      });
    } finally {
      store.close();
    }
  });
});

describe('quota exceeded', () => {
  /** Makes the n-th and later row writes fail as a full disk would (n = 1: every write). */
  function fillDiskAfter(n: number) {
    const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } }).IDBObjectStore
      .prototype;
    const realPut = proto.put;
    let calls = 0;
    vi.spyOn(proto, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
  }

  it('→ StorageError(quota), the whole transaction rolled back, nothing stored before lost', async () => {
    const name = freshName();
    const store = await openStore(name);
    const other = await openStore(freshName());
    try {
      const c = await store.put('client', clientFields('A'));
      await store.put('plan', planFields(c.id));
      await store.put('visit', visitFields(c.id));
      for (const label of ['B', 'C', 'D']) await other.put('client', clientFields(label));
      const check = await store.planImport(exportText(await other.exportAll()));
      if (!check.ok) throw new Error(check.message);
      const dump = await dumpRows(name);

      fillDiskAfter(1);
      const err = await failure(store.put('client', clientFields('E')));
      expect(err).toMatchObject({ kind: 'quota' });
      expect(err.message).toMatch(/no room left.*nothing saved before was lost/);
      vi.restoreAllMocks();

      // Multi-row writes: the first rows went through, the third failed; none of them may stay.
      fillDiskAfter(3);
      await expect(store.applyImport(check.plan, { replaceChanged: false })).rejects.toMatchObject({
        kind: 'quota',
      });
      vi.restoreAllMocks();
      fillDiskAfter(2);
      await expect(store.remove('client', c.id)).rejects.toMatchObject({ kind: 'quota' });
      vi.restoreAllMocks();

      expect(await dumpRows(name)).toBe(dump);
      expect((await store.list('plan', { clientId: c.id })).length).toBe(1);
      await store.applyImport(check.plan, { replaceChanged: false });
      expect((await store.list('client')).length).toBe(4);
    } finally {
      store.close();
      other.close();
    }
  });
});

describe('no IndexedDB', () => {
  it('opening without IndexedDB, or with one that refuses, → StorageError(unavailable)', async () => {
    const g = globalThis as { indexedDB?: IDBFactory };
    const saved = g.indexedDB;
    g.indexedDB = undefined;
    try {
      await expect(openRecordStore({ name: freshName() })).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      g.indexedDB = saved;
    }
    const blocked = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const err = await failure(openRecordStore({ name: freshName(), indexedDB: blocked }));
    expect(err).toMatchObject({ kind: 'unavailable' });
    expect(err.message).toMatch(/private window/);
  });
});

describe('a database from a newer app version', () => {
  it('opens when its tables are compatible: records are read, newer record versions reported', async () => {
    const name = freshName();
    const future = new Dexie(name, { indexedDB, IDBKeyRange });
    future
      .version(3)
      .stores({ records: 'id, kind, [kind+clientId], updatedAt, deleted', meta: 'key', tours: 'id' });
    await future.open();
    const env = { rev: '1-0123456789abcdef', updatedAt: '2026-12-01T00:00:00.000Z' };
    const client = { ...clientFields('From the future'), ...env, id: 'client-future-1' };
    await future.table('records').bulkPut([
      { id: client.id, kind: 'client', clientId: client.id, ...env, deleted: 0, body: client },
      {
        id: 'client-future-2',
        kind: 'client',
        clientId: 'client-future-2',
        ...env,
        deleted: 0,
        body: { ...client, id: 'client-future-2', schemaVersion: 2 },
      },
    ]);
    future.close();
    const store = await openRecordStore({ name });
    try {
      expect((await store.list('client')).map((c) => c.label)).toEqual(['From the future']);
      expect((await store.unreadable()).map((u) => u.id)).toEqual(['client-future-2']);
    } finally {
      store.close();
    }
  });
});
