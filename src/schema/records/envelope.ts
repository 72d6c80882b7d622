import { z } from 'zod';
import '../zodConfig';

/**
 * The fields every stored record carries, shaped for CouchDB-style replication later (no sync is built now):
 * - `id`: random and stable (crypto.randomUUID), never an auto-increment key;
 * - `rev`: `<generation>-<hash>` like CouchDB's `_rev`; every write makes the next generation;
 * - `updatedAt`: ISO date-time of the last write on any device;
 * - `deleted`: a deletion is kept as a tombstone (envelope + kind + schemaVersion, no fields) so that a replica learns
 *   of it.
 */
export const EnvelopeSchema = z.object({
  id: z.string().min(8).max(64),
  rev: z.string().regex(/^[1-9]\d*-[0-9a-f]{8,64}$/),
  updatedAt: z.iso.datetime(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** The record kinds the device storage layer keeps. One zod schema each, in src/schema/records/. */
export const RECORD_KINDS = ['client', 'plan', 'visit', 'studyCard', 'tour', 'bodyProfile'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A deleted record as it is kept: who it was, never what it held. */
export const TombstoneSchema = EnvelopeSchema.extend({
  kind: z.enum(RECORD_KINDS),
  schemaVersion: z.number().int().positive(),
  deleted: z.literal(true),
}).strict();
export type Tombstone = z.infer<typeof TombstoneSchema>;
