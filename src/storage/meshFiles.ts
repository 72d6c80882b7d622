import { seal, sealBytes, unseal, unsealBytes } from './crypto';
import type { MeshRow } from './db';
import { MESSAGES } from './errors';
import type { StoreBase } from './storeBase';
import { StorageError, type MeshFiles } from './types';

/** Binds each sealed part to its row, so a ciphertext moved to another mesh's row does not decrypt. */
const aad = (sha256: string, part: 'name' | 'bytes') => `mesh:${sha256}:${part}`;

/** The row for a mesh file: name and bytes in clear, or sealed with `key` (the records' key). */
export async function toMeshRow(
  sha256: string,
  name: string,
  bytes: Uint8Array,
  key: CryptoKey | null,
): Promise<MeshRow> {
  if (!key) return { sha256, name, bytes };
  const sealedName = await seal(key, name, aad(sha256, 'name'));
  return { sha256, enc: { name: sealedName, bytes: await sealBytes(key, bytes, aad(sha256, 'bytes')) } };
}

/** A mesh row's name and bytes, decrypted if sealed; undefined when `key` cannot open it. */
export async function openMeshRow(
  row: MeshRow,
  key: CryptoKey | null,
): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  if (!row.enc) return row.bytes ? { name: row.name ?? '', bytes: row.bytes } : undefined;
  if (!key) return undefined;
  try {
    const name = await unseal(key, row.enc.name, aad(row.sha256, 'name'));
    return { name, bytes: await unsealBytes(key, row.enc.bytes, aad(row.sha256, 'bytes')) };
  } catch {
    return undefined;
  }
}

/** The store's mesh files: sealed like the records when a passphrase is set, read only with this tab's key. */
export function meshFilesOf(s: StoreBase): MeshFiles {
  return {
    put: (sha256, name, bytes) =>
      s.guard(async () => {
        s.requireOpen();
        // sealed outside the transaction (IndexedDB commits a transaction that waits on WebCrypto); the
        // transaction then checks that the key it was sealed with is still the one set
        const row = await toMeshRow(sha256, name, bytes, s.key);
        await s.db.transaction('rw', s.db.meshes, s.db.meta, async () => {
          await s.sameKeyInTx();
          await s.db.meshes.put(row);
        });
      }),
    get: (sha256) =>
      s.guard(async () => {
        s.requireOpen();
        const row = await s.db.meshes.get(sha256);
        if (!row) return undefined;
        if (row.enc && !s.key) {
          // another tab set a passphrase since this one read it
          await s.refreshMeta();
          if (s.cryptoMeta) throw new StorageError('locked', MESSAGES.locked);
        }
        const file = await openMeshRow(row, s.key);
        if (!file) {
          throw new StorageError(
            'invalid',
            'The stored mesh file cannot be decrypted with the passphrase set on this device; it is kept as it is.',
          );
        }
        return file;
      }),
    remove: (sha256) =>
      s.guard(async () => {
        s.requireOpen();
        await s.db.meshes.delete(sha256);
      }),
    has: (sha256) => s.guard(async () => (await s.db.meshes.where('sha256').equals(sha256).count()) > 0),
  };
}
