import type { RecordStore } from '../../storage/types';

/** How the workspace gets its RecordStore: the device storage by default; tests hand in their own. */
type Opener = () => Promise<RecordStore>;

// the storage layer (Dexie) loads as its own chunk when the workspace first opens, never before the first frame
const deviceStorage: Opener = () => import('../../storage').then((m) => m.openRecordStore());

let opener: Opener = deviceStorage;

/** Replaces the way the workspace opens its RecordStore (the app's start-up, and tests). */
export function setRecordStoreOpener(next: Opener): void {
  opener = next;
}

/** Opens the RecordStore the workspace keeps its records in. */
export const openWorkspaceRecords = (): Promise<RecordStore> => opener();
