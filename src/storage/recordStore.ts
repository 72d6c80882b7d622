import { KINDS, issueText } from '../core/records/kinds';
import type { Envelope } from '../schema/records/envelope';
import { nextRev } from '../core/records/rev';
import type { CryptoMeta } from './crypto';
import { keyFor } from './crypto';
import { DEFAULT_DB_NAME, RecordsDb } from './db';
import { MESSAGES, toStorageError } from './errors';
import { meshFilesOf } from './meshFiles';
import { changePassphrase } from './passphrase';
import { toRow } from './rows';
import { StoreBase } from './storeBase';
import { removeRecord } from './removal';
import { applyImportOn, exportRecords, planImportOn } from './transfer';
import { StorageError } from './types';
import type {
  FieldsOf,
  ImportCheck,
  ImportPlan,
  ExportFile,
  ExportScope,
  MeshFiles,
  RecordOf,
  RecordStore,
  StoredKind,
  StoredRecord,
  UnreadableRecord,
} from './types';

export interface OpenOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** The IndexedDB to use (default: the browser's). */
  indexedDB?: IDBFactory;
  /** The clock, for updatedAt and exportedAt (tests fix it). */
  now?: () => Date;
}

/** Opens the device's record store; fails with StorageError('unavailable') when IndexedDB cannot be used. */
export async function openRecordStore(opts: OpenOptions = {}): Promise<RecordStore> {
  const factory = opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new StorageError('unavailable', MESSAGES.unavailable);
  const db = new RecordsDb(opts.name ?? DEFAULT_DB_NAME, factory);
  try {
    await db.open();
    const meta = (await db.meta.get('crypto'))?.value as CryptoMeta | undefined;
    return new DexieRecordStore(db, meta ?? null, opts.now ?? (() => new Date()));
  } catch (e) {
    db.close();
    const err = toStorageError(e);
    throw err.kind === 'quota' ? err : new StorageError('unavailable', err.message);
  }
}

class DexieRecordStore extends StoreBase implements RecordStore {
  readonly meshes: MeshFiles = meshFilesOf(this);

  async unlock(passphrase: string): Promise<void> {
    return this.guard(async () => {
      await this.refreshMeta();
      if (!this.cryptoMeta) return;
      const key = await keyFor(passphrase, this.cryptoMeta);
      if (!key) throw new StorageError('wrong-passphrase', MESSAGES['wrong-passphrase']);
      this.key = key;
      this.emit();
    });
  }

  async list<K extends StoredKind>(kind: K, opts: { clientId?: string } = {}): Promise<RecordOf<K>[]> {
    return this.guard(async () => {
      this.requireOpen();
      const query = opts.clientId
        ? this.db.records.where('[kind+clientId]').equals([kind, opts.clientId])
        : this.db.records.where('kind').equals(kind);
      const rows = await query.filter((r) => r.deleted !== 1).toArray();
      const out: RecordOf<K>[] = [];
      for (const row of rows) {
        const read = await this.read(row);
        if (read.ok && !('deleted' in read.record)) out.push(read.record as unknown as RecordOf<K>);
      }
      return out;
    });
  }

  async get<K extends StoredKind>(kind: K, id: string): Promise<RecordOf<K> | undefined> {
    return this.guard(async () => {
      this.requireOpen();
      const row = await this.db.records.get(id);
      if (!row || row.kind !== kind || row.deleted === 1) return undefined;
      const read = await this.read(row);
      return read.ok && !('deleted' in read.record) ? (read.record as unknown as RecordOf<K>) : undefined;
    });
  }

  async put<K extends StoredKind>(
    kind: K,
    fields: FieldsOf[K],
    opts: { id?: string; baseRev?: string } = {},
  ): Promise<RecordOf<K>> {
    return this.guard(async () => {
      this.requireOpen();
      // A record read from the store may be passed back as it is, edited: its envelope then names what it updates.
      const plain = { ...fields } as FieldsOf[K] & Partial<Envelope>;
      const { id: ownId, rev: ownRev } = plain;
      delete plain.id;
      delete plain.rev;
      delete plain.updatedAt;
      if (ownId !== undefined && opts.id !== undefined && ownId !== opts.id) {
        throw new StorageError('invalid', `${kind}: the id in the fields and the id to write differ`);
      }
      opts = { id: opts.id ?? ownId, baseRev: opts.baseRev ?? ownRev };
      const checked = KINDS[kind].fields.safeParse(plain);
      if (!checked.success) throw new StorageError('invalid', `${kind}: ${issueText(checked.error)}`);
      const content = checked.data as FieldsOf[K];
      if (content.kind !== kind) throw new StorageError('invalid', `${kind}: kind: expected "${kind}"`);
      const id = opts.id ?? crypto.randomUUID();
      // Revs and ciphertexts are made outside the transaction (IndexedDB commits a transaction that waits on
      // WebCrypto), then the transaction checks that the row is still the one they were made from.
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = await this.db.records.get(id);
        await this.checkWritable(kind, before, opts.baseRev);
        const record = { ...content, id, rev: await nextRev(before?.rev, content), updatedAt: this.now() };
        const row = await toRow(record as StoredRecord, this.key, before);
        const written = await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
          await this.sameKeyInTx();
          if ((await this.db.records.get(id))?.rev !== before?.rev) return false;
          if ('clientId' in content) await this.requireClientInTx(content.clientId);
          await this.db.records.put(row);
          return true;
        });
        if (written) {
          this.changed();
          return record as RecordOf<K>;
        }
        if (opts.baseRev) break;
      }
      throw new StorageError('conflict', MESSAGES.conflict);
    });
  }

  private async requireClientInTx(clientId: string) {
    const client = await this.db.records.get(clientId);
    if (!client || client.kind !== 'client' || client.deleted === 1) {
      throw new StorageError('invalid', `clientId: no client ${clientId} on this device`);
    }
  }

  remove(kind: StoredKind, id: string, opts: { baseRev?: string } = {}): Promise<void> {
    return removeRecord(this, kind, id, opts);
  }

  async unreadable(): Promise<UnreadableRecord[]> {
    return this.guard(async () => {
      this.requireOpen();
      const out: UnreadableRecord[] = [];
      for (const row of await this.db.records.toArray()) {
        const read = await this.read(row);
        if (!read.ok) out.push({ id: String(row.id), kind: String(row.kind), reason: read.reason });
      }
      return out;
    });
  }

  exportAll(scope: ExportScope = {}): Promise<ExportFile> {
    return exportRecords(this, scope);
  }

  planImport(text: string): Promise<ImportCheck> {
    return planImportOn(this, text);
  }

  applyImport(plan: ImportPlan, choice: { replaceChanged: boolean }): Promise<void> {
    return applyImportOn(this, plan, choice);
  }

  setPassphrase(next: string | null): Promise<void> {
    return changePassphrase(this, next);
  }

  async deleteEverything(): Promise<void> {
    return this.guard(async () => {
      // Other tabs' connections close on the version change (Dexie's default), so the deletion is not blocked.
      await this.db.delete({ disableAutoOpen: false });
      const storage = (globalThis as { localStorage?: Storage }).localStorage;
      if (storage) {
        const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
        for (const key of keys) if (key?.startsWith('pointatlas.')) storage.removeItem(key);
      }
      this.key = null;
      this.cryptoMeta = null;
      this.changed('deleted');
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
    this.db.close();
  }
}
