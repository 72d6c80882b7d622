import type { z } from 'zod';
import { RECORD_KINDS, TombstoneSchema } from '../../schema/records/envelope';
import { ClientFieldsSchema, ClientRecordSchema } from '../../schema/records/client';
import { PlanFieldsSchema, PlanRecordSchema } from '../../schema/records/plan';
import { VisitFieldsSchema, VisitRecordSchema } from '../../schema/records/visit';
import { TourFieldsSchema, TourRecordSchema } from '../../schema/records/tour';
import { BodyProfileFieldsSchema, BodyProfileRecordSchema } from '../../schema/records/bodyProfile';
import { StudyCardFieldsSchema, StudyCardRecordSchema } from '../../schema/records/studyCard';
import type { StoredKind, StoredRecord } from './types';

/** A raw record as found in a row or a file, before it is validated. */
export type RawRecord = Record<string, unknown>;
/** Turns a raw record of schemaVersion v into one of v + 1 (renaming, splitting or converting fields, never dropping them). */
export type UpgradeStep = (raw: RawRecord) => RawRecord;

/** What the app knows of one record kind. */
export interface KindSpec {
  /** The stored record: fields + envelope, strict. */
  record: z.ZodType;
  /** The fields alone, as the UI gives them to `put`. */
  fields: z.ZodType;
  /** The schemaVersion this app writes. */
  version: number;
  /** `upgrades[v]` takes a record of version v to v + 1; every version below `version` has one. */
  upgrades: Record<number, UpgradeStep>;
}

/**
 * The registry of stored kinds. Every kind is at schemaVersion 1 today, so there are no upgrade steps yet; the first
 * change of a kind's fields adds `upgrades[1]` here and bumps `version` (the runner below is tested with such a step).
 */
export const KINDS: Record<StoredKind, KindSpec> = {
  client: { record: ClientRecordSchema, fields: ClientFieldsSchema, version: 1, upgrades: {} },
  plan: { record: PlanRecordSchema, fields: PlanFieldsSchema, version: 1, upgrades: {} },
  visit: { record: VisitRecordSchema, fields: VisitFieldsSchema, version: 1, upgrades: {} },
  tour: { record: TourRecordSchema, fields: TourFieldsSchema, version: 1, upgrades: {} },
  bodyProfile: {
    record: BodyProfileRecordSchema,
    fields: BodyProfileFieldsSchema,
    version: 1,
    upgrades: {},
  },
  studyCard: { record: StudyCardRecordSchema, fields: StudyCardFieldsSchema, version: 1, upgrades: {} },
};

export const STORED_KINDS = Object.keys(KINDS) as StoredKind[];

export const isStoredKind = (kind: unknown): kind is StoredKind =>
  typeof kind === 'string' && Object.hasOwn(KINDS, kind);

export type ReadResult = { ok: true; record: StoredRecord } | { ok: false; reason: string };

/**
 * Reads a raw record (from a row or an import file): upgrades it to its kind's current schemaVersion and validates
 * it. Never throws; a failure comes with a one-line reason.
 */
export function readRecord(raw: unknown, kinds: Record<string, KindSpec> = KINDS): ReadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'not a record (expected an object)' };
  }
  const rec = raw as RawRecord;
  const kind = rec.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(kinds, kind)) {
    if ((RECORD_KINDS as readonly unknown[]).includes(kind)) {
      return { ok: false, reason: `this version of the app cannot read ${String(kind)} records yet` };
    }
    return { ok: false, reason: `kind: unknown record kind ${JSON.stringify(kind)?.slice(0, 40)}` };
  }
  if (rec.deleted !== undefined) {
    const t = TombstoneSchema.safeParse(rec);
    return t.success ? { ok: true, record: t.data } : { ok: false, reason: issueText(t.error) };
  }
  const upgraded = upgradeRecord(rec, kinds[kind]);
  if (typeof upgraded === 'string') return { ok: false, reason: upgraded };
  const parsed = kinds[kind].record.safeParse(upgraded);
  return parsed.success
    ? { ok: true, record: parsed.data as StoredRecord }
    : { ok: false, reason: issueText(parsed.error) };
}

/** Runs a kind's upgrade steps on a raw record; returns the upgraded record or a one-line reason it cannot be. */
export function upgradeRecord(raw: RawRecord, spec: KindSpec): RawRecord | string {
  const from = raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return 'schemaVersion: expected a whole number from 1';
  }
  if (from > spec.version) {
    return `written by a newer version of the app (schemaVersion ${from}; this one reads up to ${spec.version})`;
  }
  let rec = raw;
  for (let v = from; v < spec.version; v++) {
    const step = spec.upgrades[v];
    if (!step) return `schemaVersion ${v} cannot be upgraded (no step from ${v} to ${v + 1})`;
    try {
      rec = { ...step(rec), schemaVersion: v + 1 };
    } catch (e) {
      return `schemaVersion ${v} could not be upgraded: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return rec;
}

/** The first problem zod found, as one line: `items[2].technique: the technique does not fit the item’s layer`. */
export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
  const message = plainIssue(issue).replace(/\s+/g, ' ').slice(0, 200);
  return path ? `${path}: ${message}` : message;
}

/**
 * Zod's words for the commonest faults of a hand-edited or damaged file, said plainly: a missing field, a field
 * not in its form (a hash, an id, a date), a field that should not be there. Other issues keep zod's message (or the
 * schema's own, which is written for users).
 */
function plainIssue(issue: z.core.$ZodIssue): string {
  // zod keeps no input in its issues (for privacy); its message names what it received
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return 'missing';
  if (issue.code === 'invalid_format') return 'not in the expected form';
  if (issue.code === 'unrecognized_keys')
    return `not expected here: ${issue.keys.slice(0, 5).join(', ')}${issue.keys.length > 5 ? ', …' : ''}`;
  return issue.message;
}
