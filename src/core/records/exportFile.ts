import { z } from 'zod';
import { canonicalJson } from './canonical';
import { STORED_KINDS } from './kinds';
import type { ExportFile, StoredRecord } from './types';

export const EXPORT_FORMAT = 'pointatlas-records';
export const EXPORT_VERSION = 1;

/** The file's frame, checked before its records are (each of which is checked against its kind's schema). */
export const ExportFrameSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    schemaVersion: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    clientId: z.string().min(1).max(64).optional(),
    records: z.array(z.unknown()).max(1_000_000),
  })
  .strict();

const kindOrder = (r: StoredRecord) => STORED_KINDS.indexOf(r.kind as (typeof STORED_KINDS)[number]);

/**
 * Builds the export file from the records to export (the caller picks them: all, or one client's). Records are
 * ordered by kind (clients first) then id, so the same records always make the same file.
 */
export function buildExport(
  records: StoredRecord[],
  opts: { exportedAt: string; clientId?: string },
): ExportFile {
  const sorted = [...records].sort(
    (a, b) => kindOrder(a) - kindOrder(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_VERSION,
    exportedAt: opts.exportedAt,
    ...(opts.clientId ? { clientId: opts.clientId } : {}),
    records: sorted,
  };
}

/** The text of an export file: canonical JSON (sorted keys, 2-space indent), so equal content is equal bytes. */
export const exportText = (file: ExportFile): string => canonicalJson(file, 2) + '\n';

/** A file name for the download: `pointatlas-records-2026-12-06.json`. */
export const exportFileName = (file: ExportFile): string =>
  `pointatlas-records-${file.exportedAt.slice(0, 10)}${file.clientId ? '-one-client' : ''}.json`;
