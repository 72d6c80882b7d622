import { STORED_KINDS, readRecord } from '../core/records/kinds';
import { buildExport } from '../core/records/exportFile';
import { checkImport, recheckImport, type KnownRecord } from '../core/records/importPlan';
import type { RecordRow } from './db';
import { toRow } from './rows';
import type { StoreBase } from './storeBase';
import { StorageError, type ExportFile, type ExportScope, type ImportCheck, type ImportPlan } from './types';

/**
 * Everything, one client with their plans and visits (tombstones included; unreadable rows left out), or one live
 * record. Sealed rows are opened with this tab's key, as for every read: a locked store refuses.
 */
export function exportRecords(s: StoreBase, scope: ExportScope = {}): Promise<ExportFile> {
  return s.guard(async () => {
    s.requireOpen();
    const view = await s.deviceView(await rowsOf(s, scope));
    if ('kind' in scope && view.unreadableIds.size) {
      throw new StorageError('invalid', `the stored ${scope.kind} cannot be read; it is kept as it is`);
    }
    const clientId = 'clientId' in scope ? scope.clientId : undefined;
    return buildExport([...view.byId.values()], { exportedAt: s.now(), clientId });
  });
}

/** The rows an export reads, refusing a client or a record that is not (or no longer) on this device. */
async function rowsOf(s: StoreBase, scope: ExportScope): Promise<RecordRow[]> {
  if ('kind' in scope) {
    const row = await s.db.records.get(scope.id);
    if (row?.kind !== scope.kind || row.deleted)
      throw new StorageError('invalid', `no ${scope.kind} ${scope.id} on this device`);
    return [row];
  }
  const { clientId } = scope;
  if (!clientId) return s.db.records.toArray();
  const client = await s.db.records.get(clientId);
  if (client?.kind !== 'client' || client.deleted)
    throw new StorageError('invalid', `no client ${clientId} on this device`);
  return s.db.records
    .where('[kind+clientId]')
    .anyOf(STORED_KINDS.map((k) => [k, clientId]))
    .toArray();
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
