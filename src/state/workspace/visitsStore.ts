import { create } from 'zustand';
import { StorageError, type RecordOf, type RecordStore } from '../../storage/types';
import type { VisitFields } from '../../schema/records/visit';
import { byDate } from '../../core/visits';

export type VisitRecord = RecordOf<'visit'>;

/** The open client's visits as last read from the device, and what went wrong reading or writing them. */
interface VisitsState {
  clientId: string | null;
  visits: VisitRecord[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

export const useVisitsStore = create<VisitsState>()(() => ({
  clientId: null,
  visits: [],
  status: 'idle',
  error: null,
}));

const messageOf = (e: unknown): string =>
  e instanceof StorageError
    ? e.message
    : `Something went wrong: ${e instanceof Error ? e.message : String(e)}`;

/** Reads a client's visits (oldest first); a failed read keeps what was shown and says why. */
export async function loadVisits(store: RecordStore, clientId: string): Promise<void> {
  const first = useVisitsStore.getState().clientId !== clientId;
  useVisitsStore.setState(first ? { clientId, visits: [], status: 'loading', error: null } : { clientId });
  try {
    const visits = byDate(await store.list('visit', { clientId }));
    if (useVisitsStore.getState().clientId === clientId)
      useVisitsStore.setState({ visits, status: 'ready', error: null });
  } catch (e) {
    if (useVisitsStore.getState().clientId === clientId)
      useVisitsStore.setState({ status: 'error', error: messageOf(e) });
  }
}

/** Loads a client's visits and reloads them after every change on the device (this tab or another). */
export function watchVisits(store: RecordStore, clientId: string): () => void {
  void loadVisits(store, clientId);
  return store.subscribe(() => void loadVisits(store, clientId));
}

/**
 * Stores a new visit, or a changed one over `existing` (guarded by its rev, so an edit made meanwhile in another tab
 * is not overwritten). Returns an error message, or null when it was stored.
 */
export async function saveVisit(
  store: RecordStore,
  fields: VisitFields,
  existing?: Pick<VisitRecord, 'id' | 'rev'>,
): Promise<string | null> {
  try {
    await store.put('visit', fields, existing ? { id: existing.id, baseRev: existing.rev } : {});
    await loadVisits(store, fields.clientId);
    return null;
  } catch (e) {
    return messageOf(e);
  }
}

/** Deletes a visit (the store keeps a tombstone). Returns an error message, or null. */
export async function deleteVisit(store: RecordStore, visit: VisitRecord): Promise<string | null> {
  try {
    await store.remove('visit', visit.id, { baseRev: visit.rev });
    await loadVisits(store, visit.clientId);
    return null;
  } catch (e) {
    return messageOf(e);
  }
}
