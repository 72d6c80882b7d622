import { StorageError } from './types';

export const MESSAGES = {
  unavailable:
    'This browser does not let PointAtlas keep records on this device (private mode, or storage blocked). Nothing can be saved here.',
  quota:
    'The device has no room left for PointAtlas records: this change was not saved, and nothing saved before was lost. Free some space (or export and remove old clients) and try again.',
  locked: 'The records on this device are protected by a passphrase: enter it first.',
  wrongPassphrase: 'That passphrase does not open the records on this device. Nothing was changed.',
  conflict:
    'This record was changed in another tab or window since it was opened. Reload it and make the change again.',
} as const;

/** Whether an error (or one it wraps: Dexie keeps the cause in `inner`, bulk writes in `failures`) is a quota error. */
function isQuota(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; inner?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  if (isQuota(err.inner, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuota(f, depth + 1));
}

/** Every failure leaves the storage layer as a StorageError with a message fit to show. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuota(e)) return new StorageError('quota', MESSAGES.quota);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new StorageError('unavailable', `${MESSAGES.unavailable} (${detail.slice(0, 200)})`);
}
