import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError, type RecordStore } from '../../src/storage';
import { clientFields, freshName, openStore, planFields, visitFields, failure } from './fixtures';

const opened: RecordStore[] = [];
const track = async (p: Promise<RecordStore>) => {
  const s = await p;
  opened.push(s);
  return s;
};
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('record store: put, get, list, remove', () => {
  it('creates records with a random id, rev generation 1 and updatedAt; updates bump the generation', async () => {
    const store = await track(openStore(freshName()));
    const a = await store.put('client', clientFields('A-17'));
    const b = await store.put('client', clientFields('B-02'));
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.rev).toMatch(/^1-[0-9a-f]{32}$/);
    const a2 = await store.put(
      'client',
      { ...clientFields('A-17'), note: 'moved' },
      { id: a.id, baseRev: a.rev },
    );
    expect(a2.rev).toMatch(/^2-/);
    expect(a2.rev).not.toBe(a.rev);
    expect(Date.parse(a2.updatedAt)).toBeGreaterThan(Date.parse(a.updatedAt));
    expect((await store.get('client', a.id))?.note).toBe('moved');
    expect((await store.list('client')).map((c) => c.label).sort()).toEqual(['A-17', 'B-02']);
  });

  it('rejects invalid fields with a clear message and keeps nothing', async () => {
    const store = await track(openStore(freshName()));
    const c = await store.put('client', clientFields('A'));
    const bad = planFields(c.id);
    bad.items[0] = { ...bad.items[0], technique: 'nrt-implant' };
    const err = await failure(store.put('plan', bad));
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('invalid');
    expect((err as StorageError).message).toContain('items[0].technique');
    expect(await store.list('plan')).toEqual([]);
    const orphan = await failure(store.put('plan', planFields('no-such-client')));
    expect((orphan as StorageError).kind).toBe('invalid');
  });

  it('lists a client’s plans and visits; removing the client tombstones them too', async () => {
    const store = await track(openStore(freshName()));
    const a = await store.put('client', clientFields('A'));
    const b = await store.put('client', clientFields('B'));
    await store.put('plan', planFields(a.id));
    await store.put('visit', visitFields(a.id));
    const bPlan = await store.put('plan', planFields(b.id, 'Neck'));
    expect((await store.list('plan', { clientId: a.id })).map((p) => p.title)).toEqual(['Low back']);
    await store.remove('client', a.id);
    expect(await store.get('client', a.id)).toBeUndefined();
    expect(await store.list('plan')).toEqual([bPlan]);
    expect(await store.list('visit')).toEqual([]);
    const file = await store.exportAll();
    const tombstones = file.records.filter((r) => 'deleted' in r);
    expect(tombstones.map((t) => t.kind).sort()).toEqual(['client', 'plan', 'visit']);
    expect(tombstones.every((t) => /^2-/.test(t.rev) && Object.keys(t).length === 6)).toBe(true);
  });

  it('refuses a write from a stale baseRev (another tab wrote first)', async () => {
    const store = await track(openStore(freshName()));
    const a = await store.put('client', clientFields('A'));
    await store.put('client', clientFields('A, by tab 1'), { id: a.id, baseRev: a.rev });
    const err = await failure(store.put('client', clientFields('A, by tab 2'), { id: a.id, baseRev: a.rev }));
    expect((err as StorageError).kind).toBe('conflict');
    expect((await store.get('client', a.id))?.label).toBe('A, by tab 1');
    const gone = await failure(store.remove('client', a.id, { baseRev: a.rev }));
    expect((gone as StorageError).kind).toBe('conflict');
  });
});

describe('record store: writing back an edited record', () => {
  it('takes the id and rev from the record itself, so a stale copy conflicts', async () => {
    const store = await openStore(freshName());
    try {
      const a = await store.put('client', clientFields('A'));
      const edited = await store.put('client', { ...a, label: 'A edited' });
      expect(edited).toMatchObject({ id: a.id, label: 'A edited', rev: expect.stringMatching(/^2-/) });
      expect(await store.list('client')).toHaveLength(1);
      const stale = await failure(store.put('client', { ...a, label: 'from a stale copy' }));
      expect(stale.kind).toBe('conflict');
      expect((await store.get('client', a.id))?.label).toBe('A edited');
    } finally {
      store.close();
    }
  });
});
