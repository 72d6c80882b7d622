import type { RecordStore } from '../../storage/types';

/** How tours reach the device storage: one RecordStore, opened when first needed (tests hand in their own). */
type Opener = () => Promise<RecordStore>;

const deviceStorage: Opener = () => import('../../storage').then((m) => m.openRecordStore());
let opener: Opener = deviceStorage;
let opened: Promise<RecordStore> | null = null;

export function setTourRecordsOpener(next: Opener): void {
  opener = next;
  opened = null;
}

/** The RecordStore tours are kept in (the same storage layer as the practitioner's records). */
export function tourRecords(): Promise<RecordStore> {
  opened ??= opener().catch((e) => {
    opened = null;
    throw e;
  });
  return opened;
}
