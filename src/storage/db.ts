import Dexie, { type Table } from 'dexie';
import type { Sealed, SealedBytes } from './crypto';

export const DEFAULT_DB_NAME = 'pointatlas-records';

/**
 * A row of the `records` table. Only what the indexes and the conflict check need is kept in clear: id, kind,
 * clientId (to find a client's plans and visits), rev, updatedAt, deleted. Everything a person wrote (labels, flags,
 * notes, plan items, readings) is in `body`, which is replaced by `enc` (AES-GCM) when a passphrase is set.
 * Tombstones hold nothing but the envelope, so they stay in clear.
 */
export interface RecordRow {
  id: string;
  kind: string;
  /** The owning client; a client's own id for a client row. */
  clientId?: string;
  rev: string;
  updatedAt: string;
  deleted: 0 | 1;
  /** The record (envelope + fields, or a tombstone) when not encrypted. */
  body?: unknown;
  /** The record's JSON, encrypted, when a passphrase is set. */
  enc?: { iv: string; data: string };
}

/**
 * A mesh file of a body the user brought (device only: never exported), keyed by the SHA-256 of its bytes. A body
 * scan is personal data: with a passphrase set, its file name and bytes are sealed in `enc` with the records' key.
 */
export interface MeshRow {
  sha256: string;
  /** The file name, in clear when no passphrase is set. */
  name?: string;
  /** The file's bytes, in clear when no passphrase is set. */
  bytes?: Uint8Array;
  /** Name and bytes, encrypted, when a passphrase is set. */
  enc?: { name: Sealed; bytes: SealedBytes };
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * Version 1 is what the previous app version wrote: rows `{ id, kind, clientId, rev, body }` indexed by kind and
 * clientId, clientId set on plans and visits only, no encryption, no meta table. Kept so that its databases open.
 */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({ records: 'id, kind, clientId' });
}

/**
 * Version 2: `updatedAt` and `deleted` in clear (back-filled from the body), clientId also on client rows
 * (its own id), a compound [kind+clientId] index for "this client's plans", an updatedAt index, and the meta table
 * (passphrase salt and verifier). The upgrade never throws on a bad row: it is kept as it is and reported unreadable.
 */
export class RecordsDb extends Dexie {
  records!: Table<RecordRow, string>;
  meta!: Table<MetaRow, string>;
  meshes!: Table<MeshRow, string>;

  /** `indexedDB` defaults to the global one as it is now (Dexie alone would take it when it was first loaded). */
  constructor(name: string, indexedDB: IDBFactory | undefined = globalThis.indexedDB) {
    super(name, indexedDB ? { indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : undefined);
    declareVersion1(this);
    this.version(2)
      .stores({ records: 'id, kind, [kind+clientId], updatedAt', meta: 'key' })
      .upgrade((tx) =>
        tx
          .table('records')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const body = row.body as Record<string, unknown> | undefined;
            row.updatedAt = typeof body?.updatedAt === 'string' ? body.updatedAt : '';
            row.deleted = body?.deleted === true ? 1 : 0;
            if (row.kind === 'client' && typeof row.id === 'string') row.clientId = row.id;
          }),
      );
    // Version 3: the mesh files of the user's bodies (issue 17); nothing to move.
    this.version(3).stores({ meshes: 'sha256' });
  }
}
