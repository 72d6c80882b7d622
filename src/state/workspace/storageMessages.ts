import { StorageError } from '../../storage/types';

/**
 * A storage failure as the practitioner reads it. Private mode and a full disk get their own words (what happened,
 * that nothing stored is lost, that the atlas still works); the storage layer's own message is kept for the rest.
 */
export function storageMessage(e: unknown): string {
  if (e instanceof StorageError) {
    if (e.kind === 'unavailable')
      return (
        'Records cannot be kept on this device: the browser gives this page no storage (a private window, or ' +
        'storage blocked in its settings). The atlas works as before; nothing typed here can be saved.'
      );
    if (e.kind === 'quota')
      return (
        'The device has no room left for records: this change was not saved, and nothing stored before is lost. ' +
        'Free some space (or export and delete old clients) and try again.'
      );
    return e.message;
  }
  return `The records could not be read or written: ${e instanceof Error ? e.message : String(e)}`;
}

/** True for a write refused because another tab changed the record first. */
export const isConflict = (e: unknown): boolean => e instanceof StorageError && e.kind === 'conflict';

/** True when the store waits for its passphrase. */
export const isLocked = (e: unknown): boolean => e instanceof StorageError && e.kind === 'locked';
