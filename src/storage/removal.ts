import { KINDS } from '../core/records/kinds';
import { nextRev } from '../core/records/rev';
import type { Tombstone } from '../schema/records/envelope';
import type { RecordRow } from './db';
import { MESSAGES } from './errors';
import { toRow } from './rows';
import type { StoreBase } from './storeBase';
import { StorageError, type StoredKind } from './types';

/**
 * Deletes a record, leaving a tombstone; a client's live plans and visits are tombstoned with it in the same
 * transaction (except rows that cannot be read: those are kept untouched).
 */
export function removeRecord(
  s: StoreBase,
  kind: StoredKind,
  id: string,
  opts: { baseRev?: string } = {},
): Promise<void> {
  return s.guard(async () => {
    s.requireOpen();
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await s.db.records.get(id);
      if (!row || row.deleted === 1) return; // already gone: the outcome asked for
      await s.checkWritable(kind, row, opts.baseRev);
      const children = kind === 'client' ? await childRows(s, id) : [];
      const targets = [row, ...(await readable(s, children))];
      const tombstones = await Promise.all(targets.map((r) => tombstoneRow(s, r)));
      const written = await s.db.transaction('rw', s.db.records, s.db.meta, async () => {
        await s.sameKeyInTx();
        const now = await s.db.records.bulkGet(targets.map((t) => t.id));
        if (now.some((r, i) => r?.rev !== targets[i].rev)) return false;
        if (kind === 'client' && !sameIds(await childRows(s, id), children)) return false;
        await s.db.records.bulkPut(tombstones);
        return true;
      });
      if (written) return s.changed();
      if (opts.baseRev) break;
    }
    throw new StorageError('conflict', MESSAGES.conflict);
  });
}

function childRows(s: StoreBase, clientId: string) {
  return s.db.records
    .where('[kind+clientId]')
    .anyOf([
      ['plan', clientId],
      ['visit', clientId],
    ])
    .filter((r) => r.deleted !== 1)
    .toArray();
}

/** The rows that can be read; the others are kept untouched. */
async function readable(s: StoreBase, rows: RecordRow[]) {
  const ok = await Promise.all(rows.map(async (r) => (await s.read(r)).ok));
  return rows.filter((_, i) => ok[i]);
}

async function tombstoneRow(s: StoreBase, row: RecordRow): Promise<RecordRow> {
  const kind = row.kind as StoredKind;
  const tombstone: Tombstone = {
    id: row.id,
    rev: await nextRev(row.rev, { deleted: true }),
    updatedAt: s.now(),
    kind,
    schemaVersion: KINDS[kind].version,
    deleted: true,
  };
  return toRow(tombstone, s.key, row);
}

const sameIds = (a: RecordRow[], b: RecordRow[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i].id && r.rev === b[i].rev);
