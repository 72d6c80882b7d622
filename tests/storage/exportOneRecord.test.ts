import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BodyProfileFields } from '../../src/schema/records/bodyProfile';
import { exportText } from '../../src/storage';
import { clientFields, failure, freshName, openStore, planFields } from './fixtures';

const profile = (name: string): BodyProfileFields => ({
  kind: 'bodyProfile',
  schemaVersion: 1,
  name,
  mesh: { file: 'scan.glb', bytes: 1234, sha256: 'c0'.repeat(32) },
  orientation: { up: [2, 1], front: [1, -1], scale: 0.01 },
  reference: 'male',
  placed: { umbilicus: [0, 1.1, 0.12] },
  landmarks: { umbilicus: [0, 1.1, 0.12], vertex: [0, 1.8, 0] },
});

describe('exporting one record (a body profile on its own)', () => {
  it('holds that record and nothing else, in the same file format as every export', async () => {
    const store = await openStore(freshName());
    try {
      const c = await store.put('client', clientFields('Other-1'));
      await store.put('plan', planFields(c.id));
      await store.put('bodyProfile', profile('Scan B'));
      const mine = await store.put('bodyProfile', profile('Scan A'));
      const file = await store.exportAll({ kind: 'bodyProfile', id: mine.id });
      expect(file.records).toEqual([mine]);
      expect(file.clientId).toBeUndefined();
      const all = await store.exportAll();
      expect(Object.keys(file)).toEqual(Object.keys(all));
      // the file reads back as an import: one record, already on this device
      const check = await store.planImport(exportText(file));
      if (!check.ok) throw new Error(check.message);
      expect(check.plan).toMatchObject({ added: [], changed: [], unchanged: 1 });
    } finally {
      store.close();
    }
  });

  it('refuses a record that is not there, is deleted, or is of another kind', async () => {
    const store = await openStore(freshName());
    try {
      const c = await store.put('client', clientFields('Other-1'));
      const gone = await store.put('bodyProfile', profile('Gone'));
      await store.remove('bodyProfile', gone.id);
      for (const id of ['no-such-id', gone.id, c.id]) {
        const err = await failure(store.exportAll({ kind: 'bodyProfile', id }));
        expect(err).toMatchObject({ kind: 'invalid', message: `no bodyProfile ${id} on this device` });
      }
    } finally {
      store.close();
    }
  });

  it('with a passphrase: refused while locked, in clear once unlocked (as the export of everything)', async () => {
    const name = freshName();
    const first = await openStore(name);
    const mine = await first.put('bodyProfile', profile('Sealed scan'));
    await first.setPassphrase('a passphrase');
    first.close();
    const store = await openStore(name);
    try {
      expect(await failure(store.exportAll({ kind: 'bodyProfile', id: mine.id }))).toMatchObject({
        kind: 'locked',
      });
      expect(await failure(store.exportAll())).toMatchObject({ kind: 'locked' });
      await store.unlock('a passphrase');
      const file = await store.exportAll({ kind: 'bodyProfile', id: mine.id });
      expect(file.records).toEqual([mine]);
      expect(exportText(file)).toContain('Sealed scan');
    } finally {
      store.close();
    }
  });
});
