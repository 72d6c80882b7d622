/**
 * THE CONTRACT of the device storage layer (issue 14), written before its implementation so that the storage work
 * and the workspace UI can proceed side by side. The implementation lives in src/storage/ (Dexie over IndexedDB);
 * the UI and every later feature (tours, study cards, body profiles) reach stored records only through this.
 *
 * Rules it keeps:
 * - every record validates against its kind's zod schema (with `schemaVersion`) on write and on read; older
 *   versions are upgraded on read by tested steps; a record that does not validate is never dropped: it is listed
 *   in `unreadable` with a reason and kept as it is;
 * - every write makes a new `rev` and `updatedAt`; a deletion leaves a tombstone; ids are random (randomUUID);
 * - a write given `baseRev` fails with a `conflict` StorageError if the stored rev moved on (another tab wrote):
 *   no write is lost silently;
 * - imports are validated, diffed and shown (`planImport`) before anything is written (`applyImport`); a bad file
 *   changes nothing;
 * - with a passphrase set, the record bodies are encrypted at rest (AES-GCM, key by PBKDF2-SHA-256); the store is
 *   `locked` until `unlock` succeeds; a wrong passphrase changes nothing.
 */
import type {
  AnyRecord,
  FieldsOf,
  ImportCheck,
  ImportPlan,
  ExportFile,
  RecordOf,
  StoredKind,
  StoredRecord,
} from '../core/records/types';

// The record types live in core (pure logic may not import storage); they are part of this contract.
export type { AnyRecord, FieldsOf, ImportCheck, ImportPlan, ExportFile, RecordOf, StoredKind, StoredRecord };

export type StorageErrorKind =
  | 'unavailable' // no IndexedDB (private mode, blocked): nothing can be kept on this device
  | 'quota' // the device refused the write for lack of space: nothing of the write was kept, nothing lost
  | 'locked' // a passphrase is set and has not been given yet
  | 'wrong-passphrase'
  | 'conflict' // the record changed elsewhere (another tab) since it was read
  | 'invalid'; // the record did not validate

/** Every failure of the storage layer, with a message fit to show the user as it is. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** A stored row that could not be read (corrupt or from a newer version): kept as it is, reported. */
export interface UnreadableRecord {
  id: string;
  kind: string;
  reason: string;
}

/** Mesh files by SHA-256 (see RecordStore.meshes). */
export interface MeshFiles {
  put(sha256: string, name: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<{ name: string; bytes: Uint8Array } | undefined>;
  remove(sha256: string): Promise<void>;
  /** Whether a mesh file is kept (sealed or not; nothing is decrypted). */
  has(sha256: string): Promise<boolean>;
}

/**
 * What an export holds: everything (`{}`), one client with their plans and visits (`clientId`), or one live record
 * (`kind` and `id`: a body profile exported on its own).
 */
export type ExportScope = { clientId?: string } | { kind: StoredKind; id: string };

export interface RecordStore {
  /** 'locked' when a passphrase is set and not yet given in this tab. */
  readonly state: () => 'open' | 'locked';
  readonly encrypted: () => boolean;
  unlock(passphrase: string): Promise<void>;
  /** Sets, changes (`next`) or removes (`next` null) the passphrase; re-encrypts every record and mesh file in one transaction. */
  setPassphrase(next: string | null): Promise<void>;

  /** Live records of a kind (of one client), in no particular order; unreadable rows are left out. */
  list<K extends StoredKind>(kind: K, opts?: { clientId?: string }): Promise<RecordOf<K>[]>;
  get<K extends StoredKind>(kind: K, id: string): Promise<RecordOf<K> | undefined>;
  /**
   * Creates (no `id`) or updates a record; `baseRev` guards against lost writes. Returns the stored record.
   * `fields` may also be a record read from the store and edited: its own `id` and `rev` then stand for `id` and
   * `baseRev` (so an edit from a stale copy fails with `conflict`).
   */
  put<K extends StoredKind>(
    kind: K,
    fields: FieldsOf[K],
    opts?: { id?: string; baseRev?: string },
  ): Promise<RecordOf<K>>;
  /** Deletes a record, leaving a tombstone (a client's plans and visits go with it). */
  remove(kind: StoredKind, id: string, opts?: { baseRev?: string }): Promise<void>;
  /** Rows kept but unreadable (see UnreadableRecord). */
  unreadable(): Promise<UnreadableRecord[]>;

  /** The records of `scope` as an export file, in clear (a sealed store must be unlocked); see ExportScope. */
  exportAll(scope?: ExportScope): Promise<ExportFile>;
  /** Parses, validates and diffs a file's text against the device; writes nothing. */
  planImport(text: string): Promise<ImportCheck>;
  /** Writes what `plan` showed, in one transaction; fails with `conflict` if the device changed meanwhile. */
  applyImport(plan: ImportPlan, choice: { replaceChanged: boolean }): Promise<void>;

  /**
   * The mesh files of the user's bodies, kept on this device only and keyed by the SHA-256 that their body profile
   * names: an export carries the profile, never the mesh. Sealed with the records' key when a passphrase is set
   * (a body scan is personal data): reading one then needs the store unlocked.
   */
  readonly meshes: MeshFiles;

  /** Deletes every record, tombstone, key and setting of the app on this device. */
  deleteEverything(): Promise<void>;
  /** Called after any change, in this tab or another one on the same device. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  close(): void;
}
