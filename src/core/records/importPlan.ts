import { ExportFrameSchema, EXPORT_FORMAT, EXPORT_VERSION } from './exportFile';
import { issueText, readRecord } from './kinds';
import { isNewer } from './rev';
import { canonicalJson } from './canonical';
import { clientOf, type ImportCheck, type ImportPlan, type StoredRecord } from './types';

/** The device's records as the planner sees them: every readable row by id, and the ids of unreadable rows. */
/** What the write-time checks need of a stored record: all of it is kept in clear on its row. */
export interface KnownRecord {
  id: string;
  kind: string;
  rev: string;
  deleted?: true;
}

export interface DeviceView {
  byId: Map<string, StoredRecord>;
  unreadableIds: Set<string>;
}

export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

const fail = (message: string): ImportCheck => ({ ok: false, message: oneLine(message) });
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 300);

/**
 * The import rule: parse the file, check its frame and every record against its kind's schema, check that every
 * reference resolves (in the file or on the device), then diff it against the device. Writes nothing; never throws;
 * a rejection is one line naming what is wrong.
 */
export function checkImport(text: string, device: DeviceView): ImportCheck {
  try {
    const parsed = parseImport(text);
    if ('message' in parsed) return fail(parsed.message);
    const problem =
      againstDevice(parsed.records, device) ?? referenceProblem(parsed.records, device.byId, parsed.records);
    return problem ? fail(problem) : { ok: true, plan: diff(parsed.records, device) };
  } catch (e) {
    // Nothing above is expected to throw; if it does, the file is still refused with a message, not a crash.
    return fail(`the file could not be checked (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Parses and validates a file's text into records; a rejection names the first thing wrong. */
export function parseImport(text: string): { records: StoredRecord[] } | { message: string } {
  if (typeof text !== 'string') return { message: 'the file could not be read as text' };
  if (text.length > MAX_IMPORT_CHARS) {
    return { message: `the file is too large (${Math.round(text.length / 2 ** 20)} MB; at most 64 MB)` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { message: `not a JSON file (${e instanceof Error ? e.message : 'syntax error'})` };
  }
  const frame = json as Record<string, unknown> | null;
  if (!frame || typeof frame !== 'object' || Array.isArray(frame) || frame.format !== EXPORT_FORMAT) {
    return { message: `not a PointAtlas records file (no "format": "${EXPORT_FORMAT}")` };
  }
  if (typeof frame.schemaVersion === 'number' && frame.schemaVersion > EXPORT_VERSION) {
    return {
      message: `written by a newer version of PointAtlas (file version ${frame.schemaVersion}; this app reads version ${EXPORT_VERSION})`,
    };
  }
  const checked = ExportFrameSchema.safeParse(frame);
  if (!checked.success) return { message: `file: ${issueText(checked.error)}` };
  const { records: raws, clientId } = checked.data;
  const records: StoredRecord[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of raws.entries()) {
    const read = readRecord(raw);
    const where = `record ${i + 1} (${kindName(raw)})`;
    if (!read.ok) return { message: `${where}: ${read.reason}` };
    const rec = read.record;
    const twin = seen.get(rec.id);
    if (twin !== undefined)
      return { message: `${where}: the id appears twice in the file (also record ${twin + 1})` };
    seen.set(rec.id, i);
    if (clientId && !('deleted' in rec) && clientOf(rec) !== clientId) {
      return { message: `${where}: belongs to another client than the one this file was exported for` };
    }
    records.push(rec);
  }
  return { records };
}

function kindName(raw: unknown): string {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind.slice(0, 24) : 'unknown kind';
}

const where = (records: StoredRecord[], rec: StoredRecord) =>
  `record ${records.indexOf(rec) + 1} (${rec.kind})`;

/** A file record that the device holds as something else, or cannot read: refused rather than replaced. */
function againstDevice(records: StoredRecord[], device: DeviceView): string | undefined {
  for (const rec of records) {
    if (device.unreadableIds.has(rec.id)) {
      return `${where(records, rec)}: this device keeps an unreadable record with the same id; it is not replaced`;
    }
    const stored = device.byId.get(rec.id);
    if (stored && stored.kind !== rec.kind) {
      return `${where(records, rec)}: the same id is a ${stored.kind} on this device`;
    }
  }
  return undefined;
}

/**
 * The first plan or visit among `written` whose client would not exist once `written` is stored: neither a live
 * client in `written` nor a live client on the device that `written` does not delete. `all` numbers the records.
 */
export function referenceProblem(
  written: StoredRecord[],
  device: ReadonlyMap<string, KnownRecord>,
  all: StoredRecord[],
): string | undefined {
  const byId = new Map<string, KnownRecord>(written.map((r) => [r.id, r]));
  const clientExists = (id: string) => {
    const found = byId.get(id) ?? device.get(id);
    return !!found && found.kind === 'client' && !found.deleted;
  };
  for (const rec of written) {
    if ('deleted' in rec || rec.kind === 'client' || !('clientId' in rec)) continue;
    if (!clientExists(rec.clientId)) {
      return `${where(all, rec)}: clientId: no client ${rec.clientId.slice(0, 64)} in the file or on this device`;
    }
  }
  return undefined;
}

function diff(records: StoredRecord[], device: DeviceView): ImportPlan {
  const plan: ImportPlan = { added: [], changed: [], unchanged: 0, summary: [] };
  for (const incoming of records) {
    const stored = device.byId.get(incoming.id);
    if (!stored) plan.added.push(incoming);
    else if (stored.rev === incoming.rev && canonicalJson(stored) === canonicalJson(incoming))
      plan.unchanged++;
    else plan.changed.push({ incoming, stored, incomingIsNewer: isNewer(incoming, stored) });
  }
  plan.summary = summarize(plan);
  return plan;
}

/** What a record is, in a few words, for the confirmation dialog. */
export function describeRecord(rec: StoredRecord): string {
  if ('deleted' in rec) return `deletion of a ${rec.kind}`;
  if (rec.kind === 'client') return `client “${rec.label}”`;
  if (rec.kind === 'plan') return `plan “${rec.title}”`;
  if (rec.kind === 'tour') return `tour “${rec.title}”`;
  if (rec.kind === 'bodyProfile') return `body profile “${rec.name}”`;
  if (rec.kind === 'studyCard') return `study card ${rec.quiz} ${rec.item}`;
  return `visit of ${rec.date}`;
}

function summarize(plan: ImportPlan): string[] {
  const { added, changed, unchanged } = plan;
  if (!added.length && !changed.length) {
    return [`Nothing to import: all ${unchanged} records of the file are already on this device.`];
  }
  const lines = [`${added.length} new, ${changed.length} changed, ${unchanged} unchanged.`];
  const shown = added.slice(0, 8).map(describeRecord);
  if (shown.length)
    lines.push(`New: ${shown.join(', ')}${added.length > 8 ? `, and ${added.length - 8} more` : ''}.`);
  for (const c of changed.slice(0, 20)) {
    const side = c.incomingIsNewer ? 'the file’s version is newer' : 'the version on this device is newer';
    lines.push(`Changed: ${describeRecord(c.stored)} → ${describeRecord(c.incoming)}: ${side}.`);
  }
  if (changed.length > 20) lines.push(`… and ${changed.length - 20} more changed records.`);
  return lines;
}

/**
 * Checks, just before writing, that the device is still as the plan saw it: new records still absent, replaced
 * records still at the rev shown, every reference still resolvable. Returns the reason it is not, or undefined.
 */
export function recheckImport(
  plan: ImportPlan,
  written: StoredRecord[],
  device: ReadonlyMap<string, KnownRecord>,
): string | undefined {
  for (const rec of plan.added) {
    if (device.has(rec.id)) return `${describeRecord(rec)} was added meanwhile`;
  }
  for (const { stored } of plan.changed) {
    if (device.get(stored.id)?.rev !== stored.rev) return `${describeRecord(stored)} was changed meanwhile`;
  }
  return referenceProblem(written, device, written);
}
