import { StorageError } from '../storage/types';

/**
 * A failure as the user reads it: a storage failure carries its own words (src/storage/errors.ts holds the one
 * wording of each kind); anything else is said to be a failure to read or write the records.
 */
export function storageMessage(e: unknown): string {
  if (e instanceof StorageError) return e.message;
  return `The records could not be read or written: ${e instanceof Error ? e.message : String(e)}`;
}

/** True for a write refused because another tab changed the record first. */
export const isConflict = (e: unknown): boolean => e instanceof StorageError && e.kind === 'conflict';

/** True when the store waits for its passphrase. */
export const isLocked = (e: unknown): boolean => e instanceof StorageError && e.kind === 'locked';
