/**
 * Record types shared by the pure record logic (src/core/records) and the storage layer (src/storage), which
 * re-exports them as part of its contract (src/storage/types.ts). They live here because core may not import storage.
 */
import type { Envelope, RecordKind, Tombstone } from '../../schema/records/envelope';
import type { ClientFields } from '../../schema/records/client';
import type { PlanFields } from '../../schema/records/plan';
import type { VisitFields } from '../../schema/records/visit';
import type { TourFields } from '../../schema/records/tour';
import type { BodyProfileFields } from '../../schema/records/bodyProfile';
import type { StudyCardFields } from '../../schema/records/studyCard';

/** Fields of each kind (without the envelope). Kinds other features add extend this map. */
export interface FieldsOf {
  client: ClientFields;
  plan: PlanFields;
  visit: VisitFields;
  tour: TourFields;
  bodyProfile: BodyProfileFields;
  studyCard: StudyCardFields;
}
export type StoredKind = keyof FieldsOf & RecordKind;

/** A live record of a kind: its fields plus the envelope. */
export type RecordOf<K extends StoredKind> = FieldsOf[K] & Envelope;
export type AnyRecord = { [K in StoredKind]: RecordOf<K> }[StoredKind];
/** What a stored row holds once read: a live record or the tombstone of a deleted one. */
export type StoredRecord = AnyRecord | Tombstone;

/** The export file: everything, or one client with their plans and visits. */
export interface ExportFile {
  format: 'pointatlas-records';
  schemaVersion: 1;
  exportedAt: string;
  /** Present when the file holds one client only. */
  clientId?: string;
  /** Live records and tombstones (so that a deletion carries over), ordered by kind then id. */
  records: StoredRecord[];
}

/** What an import would do, record by record, shown to the user before anything is written. */
export interface ImportPlan {
  /** Records not on the device yet (a tombstone here records a deletion the device never saw). */
  added: StoredRecord[];
  /** Records on the device that the file holds in another version; `stored` is what would be replaced. */
  changed: { incoming: StoredRecord; stored: StoredRecord; incomingIsNewer: boolean }[];
  /** Records identical on both sides (same rev). */
  unchanged: number;
  /** A short summary for the confirmation dialog ("3 new, 1 changed: client A-17 (label), …"). */
  summary: string[];
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; message: string };

/** The client a live record belongs to: a client itself, a plan's or visit's client; none for a tour or a study card. */
export const clientOf = (rec: AnyRecord): string | undefined =>
  rec.kind === 'client' ? rec.id : 'clientId' in rec ? rec.clientId : undefined;
