import { newPassphrase, seal, unseal } from './crypto';
import type { MeshRow, RecordRow } from './db';
import { openMeshRow, toMeshRow } from './meshFiles';
import type { StoreBase } from './storeBase';
import { StorageError } from './types';

/** Sets, changes or removes (null) the passphrase, re-sealing every record and mesh file in one transaction. */
export function changePassphrase(s: StoreBase, next: string | null): Promise<void> {
  return s.guard(async () => {
    s.requireOpen();
    if (next !== null && next.length < 4) {
      throw new StorageError('invalid', 'A passphrase needs at least 4 characters (longer is safer).');
    }
    const fresh = next === null ? null : await newPassphrase(next);
    const rows = await s.db.records.toArray();
    // Every row whose content this tab can read is re-sealed (or opened) as it is, readable or not; a row that
    // does not decrypt stays untouched. Tombstones hold no fields and stay in clear.
    const resealed: RecordRow[] = [];
    for (const row of rows) {
      if (row.deleted === 1) continue;
      const text = await plainText(s, row);
      if (text === undefined) continue;
      const clear: RecordRow = { ...row };
      delete clear.body;
      delete clear.enc;
      resealed.push(
        fresh ? { ...clear, enc: await seal(fresh.key, text, row.id) } : { ...clear, body: JSON.parse(text) },
      );
    }
    // The mesh files of the user's bodies go the same way (a row this tab cannot open stays as it is).
    const meshes = await s.db.meshes.toArray();
    const meshesResealed: MeshRow[] = [];
    for (const row of meshes) {
      const file = await openMeshRow(row, s.key);
      if (file) meshesResealed.push(await toMeshRow(row.sha256, file.name, file.bytes, fresh?.key ?? null));
    }
    await s.db.transaction('rw', s.db.records, s.db.meta, s.db.meshes, async () => {
      await s.sameKeyInTx();
      const now = await s.db.records.toArray();
      const revs = new Map(rows.map((r) => [r.id, r.rev]));
      if (now.length !== rows.length || now.some((r) => revs.get(r.id) !== r.rev)) {
        throw new StorageError(
          'conflict',
          'Records were changed in another tab meanwhile; nothing was changed. Try again.',
        );
      }
      // mesh rows are keyed by their content's hash: the same keys mean the same files
      const meshKeys = (await s.db.meshes.toCollection().primaryKeys()).sort();
      if (
        meshKeys.join() !==
        meshes
          .map((m) => m.sha256)
          .sort()
          .join()
      ) {
        throw new StorageError(
          'conflict',
          'A body was added or removed in another tab meanwhile; nothing was changed. Try again.',
        );
      }
      await s.db.records.bulkPut(resealed);
      await s.db.meshes.bulkPut(meshesResealed);
      if (fresh) await s.db.meta.put({ key: 'crypto', value: fresh.meta });
      else await s.db.meta.delete('crypto');
    });
    s.key = fresh?.key ?? null;
    s.cryptoMeta = fresh?.meta ?? null;
    s.changed('crypto');
  });
}

/** A row's record as JSON text, decrypted if sealed; undefined when it cannot be decrypted. */
async function plainText(s: StoreBase, row: RecordRow): Promise<string | undefined> {
  if (!row.enc) return JSON.stringify(row.body);
  if (!s.key) return undefined;
  try {
    return await unseal(s.key, row.enc, row.id);
  } catch {
    return undefined;
  }
}
