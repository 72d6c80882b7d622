import type { RecordStore } from '../storage/types';

/** How the app reaches the device storage; tests hand in their own. */
type Opener = () => Promise<RecordStore>;

// the storage layer (Dexie) loads as its own chunk when a feature first needs it, never before the first frame
const deviceStorage: Opener = () => import('../storage').then((m) => m.openRecordStore());
let opener: Opener = deviceStorage;
let opened: Promise<RecordStore> | null = null;

/** Replaces the way the device's RecordStore is opened (tests); the next `deviceRecords()` opens it anew. */
export function setDeviceRecordsOpener(next: Opener): void {
  opener = next;
  opened = null;
}

/**
 * The one RecordStore of this device, opened when first needed and shared by every feature that keeps records
 * (workspace, tours, study): one connection, one change feed, so a change made by one is seen by all. A failed
 * opening is not kept: the next call tries again.
 */
export function deviceRecords(): Promise<RecordStore> {
  opened ??= opener().catch((e: unknown) => {
    opened = null;
    throw e;
  });
  return opened;
}
