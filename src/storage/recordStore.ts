import { KINDS, STORED_KINDS, issueText, readRecord } from '../core/records/kinds';
import { nextRev } from '../core/records/rev';
import { buildExport } from '../core/records/exportFile';
import { checkImport, recheckImport, type DeviceView, type KnownRecord } from '../core/records/importPlan';
import type { Tombstone } from '../schema/records/envelope';
import { keyFor, newPassphrase, unseal, seal, type CryptoMeta } from './crypto';
import { DEFAULT_DB_NAME, RecordsDb, type RecordRow } from './db';
import { MESSAGES, toStorageError } from './errors';
import { readRow, toRow } from './rows';
import { StorageError } from './types';
import type {
  FieldsOf,
  ImportCheck,
  ImportPlan,
  ExportFile,
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

type Message = { type: 'changed' | 'crypto' | 'deleted' };

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

class DexieRecordStore implements RecordStore {
  private key: CryptoKey | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly db: RecordsDb,
    private cryptoMeta: CryptoMeta | null,
    private readonly clock: () => Date,
  ) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`pointatlas.records:${db.name}`) : null;
    this.channel?.addEventListener('message', (ev: MessageEvent<Message>) => void this.onMessage(ev.data));
  }

  readonly state = () => (this.cryptoMeta && !this.key ? 'locked' : 'open');
  readonly encrypted = () => this.cryptoMeta !== null;

  private now = () => this.clock().toISOString();

  private async onMessage(msg: Message) {
    if (msg?.type === 'crypto' || msg?.type === 'deleted') await this.refreshMeta().catch(() => undefined);
    this.emit();
  }

  /** Re-reads the passphrase meta; forgets the key if another tab set, changed or removed the passphrase. */
  private async refreshMeta() {
    const meta = ((await this.db.meta.get('crypto'))?.value as CryptoMeta | undefined) ?? null;
    if (meta?.keyId !== this.cryptoMeta?.keyId) this.key = null;
    this.cryptoMeta = meta;
  }

  private emit() {
    for (const listener of [...this.listeners]) listener();
  }

  private changed(type: Message['type'] = 'changed') {
    this.channel?.postMessage({ type } satisfies Message);
    this.emit();
  }

  private requireOpen() {
    if (this.state() === 'locked') throw new StorageError('locked', MESSAGES.locked);
  }

  /** Inside a write transaction: the passphrase has not changed in another tab since this tab read it. */
  private async sameKeyInTx() {
    const meta = (await this.db.meta.get('crypto'))?.value as CryptoMeta | undefined;
    if ((meta?.keyId ?? null) !== (this.cryptoMeta?.keyId ?? null)) {
      throw new StorageError('locked', 'The passphrase was changed in another tab: enter it again.');
    }
  }

  /** Runs a storage operation; every failure leaves as a StorageError (the transaction, if any, rolled back). */
  private async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      const err = toStorageError(e);
      if (err.kind === 'locked') await this.refreshMeta().catch(() => undefined);
      throw err;
    }
  }

  /**
   * Reads a row. A sealed row with no key in this tab means another tab set a passphrase (then: locked) or, when no
   * passphrase is set at all, a row that cannot be opened (then: unreadable).
   */
  private async read(row: RecordRow) {
    if (row.enc && !this.key) {
      await this.refreshMeta();
      if (this.cryptoMeta) throw new StorageError('locked', MESSAGES.locked);
    }
    return readRow(row, this.key);
  }

  async unlock(passphrase: string): Promise<void> {
    return this.guard(async () => {
      await this.refreshMeta();
      if (!this.cryptoMeta) return;
      const key = await keyFor(passphrase, this.cryptoMeta);
      if (!key) throw new StorageError('wrong-passphrase', MESSAGES.wrongPassphrase);
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
      const checked = KINDS[kind].fields.safeParse(fields);
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

  /** Refuses a write over another kind, a stale baseRev, a deleted record or a row that cannot be read. */
  private async checkWritable(kind: StoredKind, row: RecordRow | undefined, baseRev?: string) {
    if (!row) {
      if (baseRev) throw new StorageError('conflict', 'This record was deleted in another tab or window.');
      return;
    }
    if (row.kind !== kind)
      throw new StorageError('invalid', `this id belongs to a ${row.kind}, not a ${kind}`);
    if (baseRev ? row.rev !== baseRev : row.deleted === 1) {
      throw new StorageError(
        'conflict',
        row.deleted ? 'This record was deleted in another tab or window.' : MESSAGES.conflict,
      );
    }
    const read = await this.read(row);
    if (!read.ok)
      throw new StorageError(
        'invalid',
        `the stored ${kind} cannot be read (${read.reason}); it is kept as it is`,
      );
  }

  private async requireClientInTx(clientId: string) {
    const client = await this.db.records.get(clientId);
    if (!client || client.kind !== 'client' || client.deleted === 1) {
      throw new StorageError('invalid', `clientId: no client ${clientId} on this device`);
    }
  }

  async remove(kind: StoredKind, id: string, opts: { baseRev?: string } = {}): Promise<void> {
    return this.guard(async () => {
      this.requireOpen();
      for (let attempt = 0; attempt < 3; attempt++) {
        const row = await this.db.records.get(id);
        if (!row || row.deleted === 1) return; // already gone: the outcome asked for
        await this.checkWritable(kind, row, opts.baseRev);
        const children = kind === 'client' ? await this.childRows(id) : [];
        const targets = [row, ...(await this.readable(children))];
        const tombstones = await Promise.all(targets.map((r) => this.tombstoneRow(r)));
        const written = await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
          await this.sameKeyInTx();
          const now = await this.db.records.bulkGet(targets.map((t) => t.id));
          if (now.some((r, i) => r?.rev !== targets[i].rev)) return false;
          if (kind === 'client' && !sameIds(await this.childRows(id), children)) return false;
          await this.db.records.bulkPut(tombstones);
          return true;
        });
        if (written) return this.changed();
        if (opts.baseRev) break;
      }
      throw new StorageError('conflict', MESSAGES.conflict);
    });
  }

  private childRows(clientId: string) {
    return this.db.records
      .where('[kind+clientId]')
      .anyOf([
        ['plan', clientId],
        ['visit', clientId],
      ])
      .filter((r) => r.deleted !== 1)
      .toArray();
  }

  /** The rows that can be read; the others are kept untouched (a client's removal leaves them as they are). */
  private async readable(rows: RecordRow[]) {
    const ok = await Promise.all(rows.map(async (r) => (await this.read(r)).ok));
    return rows.filter((_, i) => ok[i]);
  }

  private async tombstoneRow(row: RecordRow): Promise<RecordRow> {
    const kind = row.kind as StoredKind;
    const tombstone: Tombstone = {
      id: row.id,
      rev: await nextRev(row.rev, { deleted: true }),
      updatedAt: this.now(),
      kind,
      schemaVersion: KINDS[kind].version,
      deleted: true,
    };
    return toRow(tombstone, this.key, row);
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

  /** Every readable row (live records and tombstones) by id, and the ids of the unreadable ones. */
  private async deviceView(rows?: RecordRow[]): Promise<DeviceView> {
    const view: DeviceView = { byId: new Map(), unreadableIds: new Set() };
    for (const row of rows ?? (await this.db.records.toArray())) {
      const read = await this.read(row);
      if (read.ok) view.byId.set(row.id, read.record);
      else view.unreadableIds.add(row.id);
    }
    return view;
  }

  async exportAll(opts: { clientId?: string } = {}): Promise<ExportFile> {
    return this.guard(async () => {
      this.requireOpen();
      const { clientId } = opts;
      let rows: RecordRow[];
      if (clientId) {
        const client = await this.get('client', clientId);
        if (!client) throw new StorageError('invalid', `no client ${clientId} on this device`);
        rows = await this.db.records
          .where('[kind+clientId]')
          .anyOf(STORED_KINDS.map((k) => [k, clientId]))
          .toArray();
      } else rows = await this.db.records.toArray();
      const records = [...(await this.deviceView(rows)).byId.values()];
      return buildExport(records, { exportedAt: this.now(), clientId });
    });
  }

  async planImport(text: string): Promise<ImportCheck> {
    return this.guard(async () => {
      this.requireOpen();
      return checkImport(text, await this.deviceView());
    });
  }

  async applyImport(plan: ImportPlan, choice: { replaceChanged: boolean }): Promise<void> {
    return this.guard(async () => {
      this.requireOpen();
      const written = [...plan.added, ...(choice.replaceChanged ? plan.changed.map((c) => c.incoming) : [])];
      for (const rec of written) {
        const read = readRecord(rec);
        if (!read.ok) throw new StorageError('invalid', `${rec.kind} ${rec.id}: ${read.reason}`);
      }
      if (!written.length) return;
      const before = await this.db.records.bulkGet(written.map((r) => r.id));
      const rows = await Promise.all(written.map((r, i) => toRow(r, this.key, before[i])));
      await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
        await this.sameKeyInTx();
        // Only clear fields are compared here (no decryption inside the transaction): ids, kinds, revs, deletions.
        const device = new Map<string, KnownRecord>();
        await this.db.records.each((r) =>
          device.set(r.id, { id: r.id, kind: r.kind, rev: r.rev, ...(r.deleted ? { deleted: true } : {}) }),
        );
        const problem = recheckImport(plan, written, device);
        if (problem) {
          throw new StorageError(
            'conflict',
            `The records on this device changed since the file was checked (${problem}). Check the file again.`,
          );
        }
        await this.db.records.bulkPut(rows);
      });
      this.changed();
    });
  }

  async setPassphrase(next: string | null): Promise<void> {
    return this.guard(async () => {
      this.requireOpen();
      if (next !== null && next.length < 4) {
        throw new StorageError('invalid', 'A passphrase needs at least 4 characters (longer is safer).');
      }
      const fresh = next === null ? null : await newPassphrase(next);
      const rows = await this.db.records.toArray();
      // Every row whose content this tab can read is re-sealed (or opened) as it is, readable or not; a row that
      // does not decrypt stays untouched. Tombstones hold no fields and stay in clear.
      const resealed: RecordRow[] = [];
      for (const row of rows) {
        if (row.deleted === 1) continue;
        const text = await this.plainText(row);
        if (text === undefined) continue;
        const clear: RecordRow = { ...row };
        delete clear.body;
        delete clear.enc;
        resealed.push(
          fresh
            ? { ...clear, enc: await seal(fresh.key, text, row.id) }
            : { ...clear, body: JSON.parse(text) },
        );
      }
      await this.db.transaction('rw', this.db.records, this.db.meta, async () => {
        await this.sameKeyInTx();
        const now = await this.db.records.toArray();
        const revs = new Map(rows.map((r) => [r.id, r.rev]));
        if (now.length !== rows.length || now.some((r) => revs.get(r.id) !== r.rev)) {
          throw new StorageError(
            'conflict',
            'Records were changed in another tab meanwhile; nothing was changed. Try again.',
          );
        }
        await this.db.records.bulkPut(resealed);
        if (fresh) await this.db.meta.put({ key: 'crypto', value: fresh.meta });
        else await this.db.meta.delete('crypto');
      });
      this.key = fresh?.key ?? null;
      this.cryptoMeta = fresh?.meta ?? null;
      this.changed('crypto');
    });
  }

  /** A row's record as JSON text, decrypted if sealed; undefined when it cannot be decrypted. */
  private async plainText(row: RecordRow): Promise<string | undefined> {
    if (!row.enc) return JSON.stringify(row.body);
    if (!this.key) return undefined;
    try {
      return await unseal(this.key, row.enc, row.id);
    } catch {
      return undefined;
    }
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

const sameIds = (a: RecordRow[], b: RecordRow[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i].id && r.rev === b[i].rev);
