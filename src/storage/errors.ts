import { StorageError } from './types';

/**
 * The one wording of each storage failure, as the user reads it: what happened, that nothing stored before is lost,
 * what to do. Every feature that keeps records shows these (src/state/storageMessage.ts).
 */
export const MESSAGES = {
  unavailable:
    'Records cannot be kept on this device: the browser gives this page no storage (a private window, or storage blocked in its settings). The atlas works as before; nothing typed here can be saved.',
  quota:
    'The device has no room left for PointAtlas records: this change was not saved, and nothing saved before was lost. Free some space (or export and remove old clients) and try again.',
  locked: 'The records on this device are protected by a passphrase: enter it first.',
  'wrong-passphrase': 'That passphrase does not open the records on this device. Nothing was changed.',
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
  // the browser's own words stay on the error (its cause) for a developer, not in what the user reads
  return new StorageError('unavailable', MESSAGES.unavailable, { cause: e });
}
