import { STORED_KINDS, readRecord } from '../core/records/kinds';
import { buildExport } from '../core/records/exportFile';
import { checkImport, recheckImport, type KnownRecord } from '../core/records/importPlan';
import type { RecordRow } from './db';
import { toRow } from './rows';
import type { StoreBase } from './storeBase';
import { StorageError, type ExportFile, type ImportCheck, type ImportPlan } from './types';

/** Everything, or one client with their plans and visits (tombstones included; unreadable rows left out). */
export function exportRecords(s: StoreBase, opts: { clientId?: string } = {}): Promise<ExportFile> {
  return s.guard(async () => {
    s.requireOpen();
    const { clientId } = opts;
    let rows: RecordRow[];
    if (clientId) {
      const client = await s.db.records.get(clientId);
      if (client?.kind !== 'client' || client.deleted)
        throw new StorageError('invalid', `no client ${clientId} on this device`);
      rows = await s.db.records
        .where('[kind+clientId]')
        .anyOf(STORED_KINDS.map((k) => [k, clientId]))
        .toArray();
    } else rows = await s.db.records.toArray();
    const records = [...(await s.deviceView(rows)).byId.values()];
    return buildExport(records, { exportedAt: s.now(), clientId });
  });
}

export function planImportOn(s: StoreBase, text: string): Promise<ImportCheck> {
  return s.guard(async () => {
    s.requireOpen();
    return checkImport(text, await s.deviceView());
  });
}

/** Writes what the plan showed in one transaction, after checking the device did not change since. */
export function applyImportOn(
  s: StoreBase,
  plan: ImportPlan,
  choice: { replaceChanged: boolean },
): Promise<void> {
  return s.guard(async () => {
    s.requireOpen();
    const written = [...plan.added, ...(choice.replaceChanged ? plan.changed.map((c) => c.incoming) : [])];
    for (const rec of written) {
      const read = readRecord(rec);
      if (!read.ok) throw new StorageError('invalid', `${rec.kind} ${rec.id}: ${read.reason}`);
    }
    if (!written.length) return;
    const before = await s.db.records.bulkGet(written.map((r) => r.id));
    const rows = await Promise.all(written.map((r, i) => toRow(r, s.key, before[i])));
    await s.db.transaction('rw', s.db.records, s.db.meta, async () => {
      await s.sameKeyInTx();
      // Only clear fields are compared here (no decryption inside the transaction): ids, kinds, revs, deletions.
      const device = new Map<string, KnownRecord>();
      await s.db.records.each((r) =>
        device.set(r.id, { id: r.id, kind: r.kind, rev: r.rev, ...(r.deleted ? { deleted: true } : {}) }),
      );
      const problem = recheckImport(plan, written, device);
      if (problem) {
        throw new StorageError(
          'conflict',
          `The records on this device changed since the file was checked (${problem}). Check the file again.`,
        );
      }
      await s.db.records.bulkPut(rows);
    });
    s.changed();
  });
}
