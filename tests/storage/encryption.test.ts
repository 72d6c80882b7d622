import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportText, openRecordStore } from '../../src/storage';
import { RecordsDb } from '../../src/storage/db';
import { PBKDF2_ITERATIONS } from '../../src/storage/crypto';
import { clientFields, dumpRows, freshName, openStore, planFields, visitFields, failure } from './fixtures';

const rawText = async (name: string) => {
  const db = new RecordsDb(name);
  await db.open();
  const text = JSON.stringify(await db.records.toArray());
  db.close();
  return text;
};

describe('encryption at rest', () => {
  it('seals every body, asks for the passphrase after reopening, and a wrong one changes nothing', async () => {
    const name = freshName();
    const store = await openStore(name);
    const c = await store.put('client', clientFields('Secret-Label-42', { note: 'private note' }));
    const p = await store.put('plan', planFields(c.id, 'Hidden plan title'));
    await store.put('visit', visitFields(c.id));
    expect(await rawText(name)).toContain('Secret-Label-42');

    await store.setPassphrase('correct horse battery');
    expect(store.encrypted()).toBe(true);
    const sealed = await rawText(name);
    for (const secret of ['Secret-Label-42', 'private note', 'Hidden plan title', 'felt better', 'BL23']) {
      expect(sealed).not.toContain(secret);
    }
    // The same tab keeps working, and new writes are sealed too.
    await store.put('client', clientFields('Another-Secret'));
    expect(await rawText(name)).not.toContain('Another-Secret');
    store.close();

    const again = await openStore(name);
    try {
      expect(again.state()).toBe('locked');
      await expect(again.list('client')).rejects.toMatchObject({ kind: 'locked' });
      const before = await dumpRows(name);
      const err = await failure(again.unlock('wrong horse'));
      expect(err).toMatchObject({ kind: 'wrong-passphrase' });
      expect(err.message).toMatch(/does not open/);
      expect(again.state()).toBe('locked');
      expect(await dumpRows(name)).toBe(before);

      await again.unlock('correct horse battery');
      expect(again.state()).toBe('open');
      expect((await again.list('client')).map((x) => x.label).sort()).toEqual([
        'Another-Secret',
        'Secret-Label-42',
      ]);
      expect((await again.get('plan', p.id))?.title).toBe('Hidden plan title');
      expect(await again.unreadable()).toEqual([]);

      // Changing and then removing the passphrase keeps every record readable.
      await again.setPassphrase('a new one');
      await again.setPassphrase(null);
      expect(again.encrypted()).toBe(false);
      expect(await rawText(name)).toContain('Secret-Label-42');
      expect((await again.list('visit')).length).toBe(1);
    } finally {
      again.close();
    }
  });

  it('derives the key with at least 310,000 PBKDF2 iterations and a random salt per passphrase', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const a = freshName();
    const b = freshName();
    for (const name of [a, b]) {
      const s = await openRecordStore({ name });
      await s.setPassphrase('same passphrase');
      s.close();
    }
    const salts = await Promise.all(
      [a, b].map(async (name) => {
        const db = new RecordsDb(name);
        await db.open();
        const meta = (await db.meta.get('crypto'))?.value as { salt: string; iterations: number };
        db.close();
        expect(meta.iterations).toBe(PBKDF2_ITERATIONS);
        return meta.salt;
      }),
    );
    expect(salts[0]).not.toBe(salts[1]);
  });

  it('a passphrase set in another tab locks this one at its next write', async () => {
    const name = freshName();
    const tab1 = await openStore(name);
    const tab2 = await openStore(name);
    try {
      const c = await tab1.put('client', clientFields('A'));
      await tab2.setPassphrase('tab two sets it');
      const err = await failure(tab1.put('client', clientFields('A2'), { id: c.id, baseRev: c.rev }));
      expect(err).toMatchObject({ kind: 'locked' });
      expect(tab1.state()).toBe('locked');
      await tab1.unlock('tab two sets it');
      expect((await tab1.get('client', c.id))?.label).toBe('A');
    } finally {
      tab1.close();
      tab2.close();
    }
  });

  it('an import into a protected store is sealed like any other write', async () => {
    const source = await openStore(freshName());
    const c = await source.put('client', clientFields('Imported-Secret'));
    await source.put('visit', visitFields(c.id));
    const text = exportText(await source.exportAll());
    source.close();
    const name = freshName();
    const target = await openStore(name);
    try {
      await target.setPassphrase('guarded');
      const check = await target.planImport(text);
      if (!check.ok) throw new Error(check.message);
      await target.applyImport(check.plan, { replaceChanged: false });
      expect(await rawText(name)).not.toContain('Imported-Secret');
      expect((await target.list('client')).map((x) => x.label)).toEqual(['Imported-Secret']);
    } finally {
      target.close();
    }
  });
});
