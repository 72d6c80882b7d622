import type { FieldsOf, RecordStore } from '../../storage/types';
import { deviceRecords } from '../deviceRecords';
import { isConflict, isLocked, storageMessage } from '../storageMessage';
import { initialWorkspaceState, useWorkspace, type ClientRecord } from './workspaceStore';

const set = useWorkspace.setState;
const get = useWorkspace.getState;

let unsubscribe: (() => void) | null = null;
let reloadSerial = 0;
let opening: Promise<void> | null = null;

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

/** Shows the workspace panel, opening the device records the first time. */
export function openWorkspace(): Promise<void> {
  set({ open: true });
  return connect();
}

/** Hides the panel (the records stay open, the open plan stays open); leaves pick mode. */
export function closeWorkspace(): void {
  set({ open: false, picking: false });
}

/** Opens the RecordStore once and follows its changes (this tab's and other tabs'). */
export function connect(): Promise<void> {
  if (get().records) return Promise.resolve();
  opening ??= (async () => {
    set({ status: 'opening', error: null });
    let records: RecordStore;
    try {
      records = await deviceRecords();
    } catch (e) {
      set({ status: 'failed', error: storageMessage(e) });
      return;
    } finally {
      opening = null;
    }
    unsubscribe = records.subscribe(() => void reload());
    set({ records, status: records.state() === 'locked' ? 'locked' : 'ready' });
    await reload();
  })();
  return opening;
}

/**
 * Forgets the RecordStore and everything read from it (tests, and after everything was deleted). The store itself
 * stays open: it is the device's one store, shared with the tours and study mode (src/state/deviceRecords.ts).
 */
export function disconnect(): void {
  unsubscribe?.();
  unsubscribe = null;
  opening = null;
  set(initialWorkspaceState());
}

/**
 * Reads the clients and the open client's plans again. A client or plan that disappeared (deleted in another tab)
 * is closed with a message; a reload overtaken by a newer one is dropped.
 */
export async function reload(): Promise<void> {
  const { records } = get();
  if (!records) return;
  if (records.state() === 'locked') {
    set({ status: 'locked' });
    return;
  }
  const serial = ++reloadSerial;
  try {
    const clients = (await records.list('client')).sort((a, b) => byText(a.label, b.label));
    const { clientId } = get();
    const client = clients.find((c) => c.id === clientId);
    const plans = client
      ? (await records.list('plan', { clientId: client.id })).sort((a, b) => byText(a.title, b.title))
      : [];
    if (serial !== reloadSerial) return;
    const s = get();
    const lostClient = s.clientId !== null && !client;
    const lostPlan = !lostClient && s.planId !== null && !plans.some((p) => p.id === s.planId);
    set({
      status: 'ready',
      clients,
      plans,
      clientId: client ? client.id : null,
      planId: lostClient || lostPlan ? null : s.planId,
      picking: lostClient || lostPlan ? false : s.picking,
      ...(lostClient ? { message: 'The open client was deleted (in another tab or window).' } : {}),
      ...(lostPlan ? { message: 'The open plan was deleted (in another tab or window).' } : {}),
    });
  } catch (e) {
    if (serial !== reloadSerial) return;
    if (isLocked(e)) set({ status: 'locked' });
    else set({ error: storageMessage(e) });
  }
}

/** Gives the passphrase of locked records; a wrong one changes nothing and says so. */
export async function unlock(passphrase: string): Promise<boolean> {
  const { records } = get();
  if (!records) return false;
  try {
    await records.unlock(passphrase);
    set({ status: 'ready', error: null });
    await reload();
    return true;
  } catch (e) {
    set({ error: storageMessage(e) });
    return false;
  }
}

/** Runs a write; a failure is shown (never thrown at the UI) and reported as false. */
export async function write(fn: (records: RecordStore) => Promise<unknown>): Promise<boolean> {
  const { records } = get();
  if (!records) return false;
  try {
    await fn(records);
    set({ error: null });
    return true;
  } catch (e) {
    if (isLocked(e)) set({ status: 'locked' });
    set({ error: storageMessage(e) });
    return false;
  } finally {
    await reload();
  }
}

/** What saving a client did: saved (with its id), or refused, with the record as stored now on a conflict. */
export type SaveResult =
  { ok: true; id: string } | { ok: false; conflict?: { stored: ClientRecord | undefined }; message: string };

/**
 * Creates (no `id`) or updates a client. The form passes the `rev` it was opened with: if another tab saved the
 * client since, nothing is written and the form keeps the practitioner's input, with the stored version to compare.
 */
export async function saveClient(
  fields: FieldsOf['client'],
  opts: { id?: string; baseRev?: string } = {},
): Promise<SaveResult> {
  const { records } = get();
  if (!records) return { ok: false, message: 'The records are not open.' };
  try {
    const saved = await records.put('client', fields, opts);
    set({ error: null });
    await reload();
    return { ok: true, id: saved.id };
  } catch (e) {
    await reload();
    if (isConflict(e)) {
      const stored = get().clients.find((c) => c.id === opts.id);
      return {
        ok: false,
        conflict: { stored },
        message:
          'This client was changed in another tab or window while you edited it. Your edits are still in the ' +
          'form; save again to keep yours, or cancel to keep the other version.',
      };
    }
    const message = storageMessage(e);
    set({ error: message });
    return { ok: false, message };
  }
}

/** Deletes a client with their plans and visits. */
export async function deleteClient(id: string): Promise<boolean> {
  const rev = get().clients.find((c) => c.id === id)?.rev;
  if (get().clientId === id) set({ clientId: null, planId: null, plans: [], picking: false });
  return write((r) => r.remove('client', id, rev ? { baseRev: rev } : {}));
}

/** Opens a client (their plans load), or goes back to the list with null. */
export async function openClient(id: string | null): Promise<void> {
  set({ clientId: id, planId: null, plans: [], picking: false, message: null });
  await reload();
}

/** Clears the message shown to the practitioner. */
export const dismissMessage = (): void => set({ message: null });
/** Clears the failure shown (the practitioner read it). */
export const dismissError = (): void => set({ error: null });
