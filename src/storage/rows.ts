import { readRecord, type ReadResult } from '../core/records/kinds';
import { clientOf, type StoredRecord } from '../core/records/types';
import { seal, unseal } from './crypto';
import type { RecordRow } from './db';

/** The owning client of a record, kept in clear on its row so a client's plans and visits are found by index. */
function owner(rec: StoredRecord, previous?: RecordRow): string | undefined {
  if ('deleted' in rec) return previous?.clientId;
  return clientOf(rec);
}

/** The row for a record: its body in clear, or sealed with `key` (tombstones stay in clear: they hold no fields). */
export async function toRow(
  rec: StoredRecord,
  key: CryptoKey | null,
  previous?: RecordRow,
): Promise<RecordRow> {
  const row: RecordRow = {
    id: rec.id,
    kind: rec.kind,
    rev: rec.rev,
    updatedAt: rec.updatedAt,
    deleted: 'deleted' in rec ? 1 : 0,
  };
  const clientId = owner(rec, previous);
  if (clientId) row.clientId = clientId;
  if (key && !('deleted' in rec)) row.enc = await seal(key, JSON.stringify(rec), rec.id);
  else row.body = rec;
  return row;
}

/** The plaintext body of a row: the object in clear, or the decrypted JSON; an Error when it cannot be opened. */
export async function plainBody(row: RecordRow, key: CryptoKey | null): Promise<unknown> {
  if (!row.enc) return row.body;
  if (!key) return new Error('sealed, but no passphrase is set on this device');
  try {
    return JSON.parse(await unseal(key, row.enc, row.id)) as unknown;
  } catch {
    return new Error(
      'could not be decrypted with the passphrase set on this device (altered or foreign data)',
    );
  }
}

/** Reads a row into a record; a row that cannot be read gets a one-line reason and is left as it is. */
export async function readRow(row: RecordRow, key: CryptoKey | null): Promise<ReadResult> {
  const body = await plainBody(row, key);
  if (body instanceof Error) return { ok: false, reason: body.message };
  const read = readRecord(body);
  if (read.ok && (read.record.id !== row.id || read.record.kind !== row.kind)) {
    return { ok: false, reason: 'the row and the record it holds disagree on id or kind' };
  }
  return read;
}
