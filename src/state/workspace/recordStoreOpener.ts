import { StorageError, type RecordStore } from '../../storage/types';

/** How the workspace gets its RecordStore: the device storage by default; tests hand in their own. */
type Opener = () => Promise<RecordStore>;

const notBuilt: Opener = () =>
  Promise.reject(new StorageError('unavailable', 'The device storage layer is not part of this build yet.'));

let opener: Opener = notBuilt;

/** Replaces the way the workspace opens its RecordStore (the app's start-up, and tests). */
export function setRecordStoreOpener(next: Opener): void {
  opener = next;
}

/** Opens the RecordStore the workspace keeps its records in. */
export const openWorkspaceRecords = (): Promise<RecordStore> => opener();
