import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportText, type RecordStore } from '../../src/storage';
import { clientFields, dumpRows, freshName, openStore, planFields, visitFields } from './fixtures';

/** Two clients, a plan and two visits for A, a plan for B, one deleted visit. */
async function seed(store: RecordStore) {
  const a = await store.put('client', clientFields('A-17', { birthYear: 1980, sex: 'female' }));
  const b = await store.put('client', clientFields('B-02'));
  await store.put('plan', planFields(a.id));
  await store.put('visit', visitFields(a.id, '2026-11-01'));
  const gone = await store.put('visit', visitFields(a.id, '2026-11-08'));
  await store.remove('visit', gone.id);
  await store.put('plan', planFields(b.id, 'Neck'));
  return { a, b };
}

const fixedNow = () => new Date('2026-12-06T10:00:00.000Z');

describe('export and import', () => {
  it('export → delete everything → import gives a byte-identical export', async () => {
    const name = freshName();
    const store = await openStore(name);
    await seed(store);
    store.close();
    const first = await openStore(name, { now: fixedNow });
    const before = exportText(await first.exportAll());
    await first.deleteEverything();
    first.close();

    const empty = await openStore(name, { now: fixedNow });
    try {
      expect(await empty.list('client')).toEqual([]);
      const check = await empty.planImport(before);
      if (!check.ok) throw new Error(check.message);
      expect(check.plan.added.length).toBe(6);
      expect(check.plan.summary[0]).toBe('6 new, 0 changed, 0 unchanged.');
      await empty.applyImport(check.plan, { replaceChanged: false });
      expect(exportText(await empty.exportAll())).toBe(before);
    } finally {
      empty.close();
    }
  });

  it('exports one client with their plans and visits only', async () => {
    const store = await openStore(freshName());
    try {
      const { a } = await seed(store);
      const file = await store.exportAll({ clientId: a.id });
      expect(file.clientId).toBe(a.id);
      expect(file.records.map((r) => r.kind)).toEqual(['client', 'plan', 'visit', 'visit']);
      expect(
        file.records.every(
          (r) => r.id === a.id || 'deleted' in r || ('clientId' in r && r.clientId === a.id),
        ),
      ).toBe(true);
    } finally {
      store.close();
    }
  });

  it('never overwrites silently: changed records are replaced only when the user says so', async () => {
    const name = freshName();
    const store = await openStore(name);
    try {
      const { a } = await seed(store);
      const text = exportText(await store.exportAll());
      const edited = await store.put('client', clientFields('A-17 renamed'), { id: a.id, baseRev: a.rev });
      const check = await store.planImport(text);
      if (!check.ok) throw new Error(check.message);
      expect(check.plan.added).toEqual([]);
      expect(check.plan.unchanged).toBe(5);
      expect(check.plan.changed).toHaveLength(1);
      expect(check.plan.changed[0].incomingIsNewer).toBe(false);
      expect(check.plan.summary.join('\n')).toContain(
        'client “A-17 renamed” → client “A-17”: the version on this device is newer',
      );

      const dump = await dumpRows(name);
      await store.applyImport(check.plan, { replaceChanged: false });
      expect(await dumpRows(name)).toBe(dump);
      expect((await store.get('client', a.id))?.rev).toBe(edited.rev);

      await store.applyImport(check.plan, { replaceChanged: true });
      expect((await store.get('client', a.id))?.label).toBe('A-17');
    } finally {
      store.close();
    }
  });

  it('refuses to apply a plan when the device changed after it was made', async () => {
    const store = await openStore(freshName());
    try {
      const { a } = await seed(store);
      const text = exportText(await store.exportAll());
      const check = await store.planImport(text.replace('"A-17"', '"A-17 from file"'));
      if (!check.ok) throw new Error(check.message);
      await store.put('client', clientFields('A-17 edited meanwhile'), { id: a.id, baseRev: a.rev });
      await expect(store.applyImport(check.plan, { replaceChanged: true })).rejects.toMatchObject({
        kind: 'conflict',
      });
      expect((await store.get('client', a.id))?.label).toBe('A-17 edited meanwhile');
    } finally {
      store.close();
    }
  });

  it('a broken file gets one clear line and the stored rows stay byte-identical', async () => {
    const name = freshName();
    const store = await openStore(name);
    try {
      const { a } = await seed(store);
      const file = await store.exportAll();
      const dump = await dumpRows(name);
      const plan = file.records.find((r) => r.kind === 'plan' && 'items' in r && r.clientId === a.id)!;
      const idx = file.records.indexOf(plan);
      const broken = JSON.parse(exportText(file));
      broken.records[idx].items[1].technique = 'needle';
      const check = await store.planImport(JSON.stringify(broken));
      expect(check).toEqual({
        ok: false,
        message: `record ${idx + 1} (plan): items[1].technique: the technique does not fit the item’s layer`,
      });
      expect(await store.planImport('{"format":"something-else"}')).toMatchObject({
        message: expect.stringMatching(/^not a PointAtlas records file/),
      });
      expect(await store.planImport(exportText(file).slice(0, 100))).toMatchObject({
        message: expect.stringMatching(/^not a JSON file/),
      });
      expect(await dumpRows(name)).toBe(dump);
    } finally {
      store.close();
    }
  });
});
