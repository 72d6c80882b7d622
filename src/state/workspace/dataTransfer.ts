import { visitsToFhir } from '../../core/fhir';
import type { PlanItem } from '../../schema/records/planItem';
import { exportFileName, exportText } from '../../core/records/exportFile';
import { StorageError, type ImportCheck, type ImportPlan, type RecordStore } from '../../storage/types';

/** A file to hand to the user: name, MIME type and text. */
export interface OutFile {
  name: string;
  type: string;
  text: string;
}

const stamp = (now: Date) => now.toISOString().slice(0, 10);
/** File names keep only safe characters of a label (it may hold anything the practitioner typed). */
const safe = (label: string, fallback = 'client') =>
  label.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || fallback;

export const messageOf = (e: unknown): string =>
  e instanceof StorageError
    ? e.message
    : `Something went wrong: ${e instanceof Error ? e.message : String(e)}`;

/** Everything on the device (or one client with their plans and visits) as the JSON export file (canonical text). */
export async function exportRecords(
  store: RecordStore,
  client?: { id: string; label: string },
): Promise<OutFile> {
  const file = await store.exportAll(client ? { clientId: client.id } : {});
  const name = client ? exportFileName(file).replace('one-client', safe(client.label)) : exportFileName(file);
  return { name, type: 'application/json', text: exportText(file) };
}

/**
 * One body profile as an export file of its own (the same format as every export: its landmarks and its mesh's
 * name, size and SHA-256, never the mesh), named after the body: `pointatlas-body-Scan-of-A-2026-12-06.json`.
 */
export async function exportBodyProfile(store: RecordStore, id: string): Promise<OutFile> {
  const file = await store.exportAll({ kind: 'bodyProfile', id });
  const [profile] = file.records;
  const label = profile && 'name' in profile ? profile.name : '';
  return {
    name: `pointatlas-body-${safe(label, 'profile')}-${file.exportedAt.slice(0, 10)}.json`,
    type: 'application/json',
    text: exportText(file),
  };
}

/** One client's visits as a FHIR R4 Bundle (core/fhir.ts). */
export async function exportFhir(
  store: RecordStore,
  client: { id: string; label: string },
  nameOf?: (item: PlanItem) => string,
  now = new Date(),
): Promise<OutFile> {
  const visits = await store.list('visit', { clientId: client.id });
  const bundle = visitsToFhir({ client, visits, ...(nameOf ? { nameOf } : {}), now: now.toISOString() });
  return {
    name: `pointatlas-${safe(client.label)}-visits-fhir-${stamp(now)}.json`,
    type: 'application/fhir+json',
    text: JSON.stringify(bundle, null, 2),
  };
}

/** Reads and checks an import file; nothing is written. A failure of the store itself is a message too. */
export async function checkImport(store: RecordStore, text: string): Promise<ImportCheck> {
  try {
    return await store.planImport(text);
  } catch (e) {
    return { ok: false, message: messageOf(e) };
  }
}

/** Writes what the confirmed import plan showed. Returns an error message, or null. */
export async function confirmImport(
  store: RecordStore,
  plan: ImportPlan,
  replaceChanged: boolean,
): Promise<string | null> {
  try {
    await store.applyImport(plan, { replaceChanged });
    return null;
  } catch (e) {
    return messageOf(e);
  }
}
