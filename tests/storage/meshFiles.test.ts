import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clientFields, freshName, openStore } from './fixtures';

describe('the mesh files of the user’s bodies (Dexie version 3)', () => {
  it('opens a version-2 database: its records stay readable and the mesh table is there, empty', async () => {
    const name = freshName();
    const v2 = await openStore(name);
    const client = await v2.put('client', clientFields('Before-3'));
    v2.close();
    // step the database back to what version 2 wrote: no mesh table
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    await old.open();
    expect(old.verno).toBe(3);
    old.close();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 40); // Dexie stores version × 10
      r.onupgradeneeded = () => r.result.deleteObjectStore('meshes');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    expect(Array.from(raw.objectStoreNames)).not.toContain('meshes');
    raw.close();
    const store = await openStore(name);
    try {
      expect(await store.list('client')).toEqual([client]);
      expect(await store.meshes.get('a'.repeat(64))).toBeUndefined();
      await store.meshes.put('b'.repeat(64), 'scan.glb', new Uint8Array([1, 2, 3]));
      expect(await store.meshes.get('b'.repeat(64))).toEqual({
        name: 'scan.glb',
        bytes: new Uint8Array([1, 2, 3]),
      });
      await store.meshes.remove('b'.repeat(64));
      expect(await store.meshes.get('b'.repeat(64))).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it('keeps mesh files out of an export and deletes them with everything else', async () => {
    const store = await openStore(freshName());
    await store.meshes.put('c'.repeat(64), 'scan.obj', new Uint8Array(1000).fill(7));
    expect(JSON.stringify(await store.exportAll())).not.toContain('scan.obj');
    await store.deleteEverything();
    expect(await store.meshes.get('c'.repeat(64))).toBeUndefined();
    store.close();
  });
});
