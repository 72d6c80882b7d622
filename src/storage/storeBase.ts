import type { DeviceView } from '../core/records/importPlan';
import type { CryptoMeta } from './crypto';
import type { RecordRow, RecordsDb } from './db';
import { MESSAGES, toStorageError } from './errors';
import { readRow } from './rows';
import { StorageError, type StoredKind } from './types';

export type Message = { type: 'changed' | 'crypto' | 'deleted' };

/**
 * The plumbing every store operation shares: the database, the key of this tab, the passphrase meta as last read,
 * change notification across tabs, and error mapping. Internal to src/storage (the app sees only RecordStore), so
 * its members are public for the operation modules (transfer.ts, passphrase.ts).
 */
export class StoreBase {
  key: CryptoKey | null = null;
  readonly listeners = new Set<() => void>();
  readonly channel: BroadcastChannel | null;

  constructor(
    readonly db: RecordsDb,
    public cryptoMeta: CryptoMeta | null,
    private readonly clock: () => Date,
  ) {
    // Other tabs of the same origin hear about every change through this channel.
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`pointatlas.records:${db.name}`) : null;
    this.channel?.addEventListener('message', (ev: MessageEvent<Message>) => void this.onMessage(ev.data));
  }

  readonly state = () => (this.cryptoMeta && !this.key ? 'locked' : 'open');
  readonly encrypted = () => this.cryptoMeta !== null;

  now = () => this.clock().toISOString();

  private async onMessage(msg: Message) {
    if (msg?.type === 'crypto') await this.refreshMeta().catch(() => undefined);
    if (msg?.type === 'deleted') {
      // Not re-read: touching the database now would create it again. The next use starts from an empty one.
      this.key = null;
      this.cryptoMeta = null;
    }
    this.emit();
  }

  /** Re-reads the passphrase meta; forgets the key if another tab set, changed or removed the passphrase. */
  async refreshMeta() {
    const meta = ((await this.db.meta.get('crypto'))?.value as CryptoMeta | undefined) ?? null;
    if (meta?.keyId !== this.cryptoMeta?.keyId) this.key = null;
    this.cryptoMeta = meta;
  }

  emit() {
    for (const listener of [...this.listeners]) listener();
  }

  changed(type: Message['type'] = 'changed') {
    this.channel?.postMessage({ type } satisfies Message);
    this.emit();
  }

  requireOpen() {
    if (this.state() === 'locked') throw new StorageError('locked', MESSAGES.locked);
  }

  /** Inside a write transaction: the passphrase has not changed in another tab since this tab read it. */
  async sameKeyInTx() {
    const meta = (await this.db.meta.get('crypto'))?.value as CryptoMeta | undefined;
    if ((meta?.keyId ?? null) !== (this.cryptoMeta?.keyId ?? null)) {
      throw new StorageError('locked', 'The passphrase was changed in another tab: enter it again.');
    }
  }

  /** Runs a storage operation; every failure leaves as a StorageError (the transaction, if any, rolled back). */
  async guard<T>(op: () => Promise<T>): Promise<T> {
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
  async read(row: RecordRow) {
    if (row.enc && !this.key) {
      await this.refreshMeta();
      if (this.cryptoMeta) throw new StorageError('locked', MESSAGES.locked);
    }
    return readRow(row, this.key);
  }

  /** Every readable row (live records and tombstones) by id, and the ids of the unreadable ones. */
  async deviceView(rows?: RecordRow[]): Promise<DeviceView> {
    const view: DeviceView = { byId: new Map(), unreadableIds: new Set() };
    for (const row of rows ?? (await this.db.records.toArray())) {
      const read = await this.read(row);
      if (read.ok) view.byId.set(row.id, read.record);
      else view.unreadableIds.add(row.id);
    }
    return view;
  }

  /** Refuses a write over another kind, a stale baseRev, a deleted record or a row that cannot be read. */
  async checkWritable(kind: StoredKind, row: RecordRow | undefined, baseRev?: string) {
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
}
