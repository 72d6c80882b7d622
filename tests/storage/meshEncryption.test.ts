import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RecordsDb, type MeshRow } from '../../src/storage/db';
import { clientFields, failure, freshName, openStore } from './fixtures';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

/** A mesh file's bytes: a pattern that cannot turn up by chance in a ciphertext. */
const meshBytes = (seed: number) =>
  Uint8Array.from({ length: 5000 }, (_, i) => (i * 31 + seed * 7 + (i >> 8)) & 255);

/** Whether `run` occurs in `hay` as consecutive bytes. */
function containsRun(hay: Uint8Array, run: Uint8Array): boolean {
  outer: for (let i = 0; i + run.length <= hay.length; i++) {
    for (let j = 0; j < run.length; j++) if (hay[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

async function rawMeshes(name: string): Promise<MeshRow[]> {
  const db = new RecordsDb(name);
  await db.open();
  const rows = await db.meshes.orderBy('sha256').toArray();
  db.close();
  return rows;
}

/** Every byte of every raw mesh row (clear or sealed), to look for the plain file in. */
function allBytes(rows: MeshRow[]): Uint8Array {
  const parts = rows.flatMap((r) => [r.bytes, r.enc?.bytes.data].filter((b) => b !== undefined));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

describe('mesh files under the passphrase', () => {
  it('seals the stored meshes with the passphrase, reads them after unlocking, and opens them when it is removed', async () => {
    const name = freshName();
    const store = await openStore(name);
    const before = meshBytes(1);
    await store.meshes.put(SHA_A, 'jane-doe-scan.glb', before);
    expect(containsRun(allBytes(await rawMeshes(name)), before.subarray(0, 64))).toBe(true);

    await store.setPassphrase('correct horse battery');
    const after = meshBytes(2);
    await store.meshes.put(SHA_B, 'john-roe-scan.obj', after); // written once the passphrase is set
    const sealed = await rawMeshes(name);
    expect(sealed.map((r) => r.sha256)).toEqual([SHA_A, SHA_B]);
    for (const row of sealed) {
      expect(row.bytes).toBeUndefined();
      expect(row.name).toBeUndefined();
      expect(row.enc).toBeDefined();
    }
    for (const plain of [before, after]) {
      expect(containsRun(allBytes(sealed), plain.subarray(0, 32))).toBe(false);
      expect(containsRun(allBytes(sealed), plain.subarray(2000, 2032))).toBe(false);
    }
    expect(JSON.stringify(sealed)).not.toMatch(/doe|roe|scan/);
    expect(await store.meshes.get(SHA_B)).toEqual({ name: 'john-roe-scan.obj', bytes: after });
    store.close();

    const again = await openStore(name);
    try {
      expect(await failure(again.meshes.get(SHA_A))).toMatchObject({ kind: 'locked' });
      await again.unlock('correct horse battery');
      expect(await again.meshes.get(SHA_A)).toEqual({ name: 'jane-doe-scan.glb', bytes: before });
      expect(await again.meshes.get(SHA_B)).toEqual({ name: 'john-roe-scan.obj', bytes: after });

      await again.setPassphrase('another passphrase');
      expect(await again.meshes.get(SHA_A)).toEqual({ name: 'jane-doe-scan.glb', bytes: before });

      await again.setPassphrase(null);
      const plain = await rawMeshes(name);
      expect(plain).toEqual([
        { sha256: SHA_A, name: 'jane-doe-scan.glb', bytes: before },
        { sha256: SHA_B, name: 'john-roe-scan.obj', bytes: after },
      ]);
    } finally {
      again.close();
    }
  });

  it('a wrong passphrase reads no mesh and changes nothing stored', async () => {
    const name = freshName();
    const store = await openStore(name);
    await store.put('client', clientFields('Someone'));
    await store.setPassphrase('right one');
    await store.meshes.put(SHA_A, 'scan.glb', meshBytes(3));
    store.close();

    const again = await openStore(name);
    try {
      const raw = await rawMeshes(name);
      expect(await failure(again.unlock('wrong one'))).toMatchObject({ kind: 'wrong-passphrase' });
      expect(await failure(again.meshes.get(SHA_A))).toMatchObject({ kind: 'locked' });
      expect(await failure(again.meshes.put(SHA_B, 'x.glb', meshBytes(4)))).toMatchObject({ kind: 'locked' });
      expect(await failure(again.meshes.remove(SHA_A))).toMatchObject({ kind: 'locked' });
      expect(await rawMeshes(name)).toEqual(raw);
      await again.unlock('right one');
      expect((await again.meshes.get(SHA_A))?.bytes).toEqual(meshBytes(3));
    } finally {
      again.close();
    }
  });

  it('a sealed mesh that the key cannot open (moved to another row, or sealed elsewhere) is reported and kept', async () => {
    const name = freshName();
    const store = await openStore(name);
    await store.setPassphrase('right one');
    await store.meshes.put(SHA_A, 'scan.glb', meshBytes(5));
    // the ciphertext of A copied into B's row: bound to A, it must not open as B
    const db = new RecordsDb(name);
    await db.open();
    const a = (await db.meshes.get(SHA_A))!;
    await db.meshes.put({ sha256: SHA_B, enc: a.enc });
    db.close();
    try {
      const err = await failure(store.meshes.get(SHA_B));
      expect(err).toMatchObject({ kind: 'invalid' });
      expect(err.message).toMatch(/cannot be decrypted.*kept/);
      // removing the passphrase opens what it can and leaves the rest untouched
      await store.setPassphrase(null);
      const rows = await rawMeshes(name);
      expect(rows[0]).toEqual({ sha256: SHA_A, name: 'scan.glb', bytes: meshBytes(5) });
      expect(rows[1]).toEqual({ sha256: SHA_B, enc: a.enc });
    } finally {
      store.close();
    }
  });
});
