import type { UserAtlasInput, UserAtlasProgress, UserAtlasReply, UserAtlasResult } from './userAtlasTypes';

type Progress = (p: UserAtlasProgress) => void;

/** Why a stopped run's promise rejects (an AbortError, as fetch's); `isStopped` tells it from a failure. */
const stopped = () => new DOMException('the run was stopped', 'AbortError');
export const isStopped = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

function inWorker(
  input: UserAtlasInput,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<UserAtlasResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(stopped());
    const w = new Worker(new URL('./userAtlas.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      w.terminate();
      signal?.removeEventListener('abort', stop);
    };
    // a superseded run frees its core at once (a big scan takes minutes); its late messages never arrive
    const stop = () => {
      end();
      reject(stopped());
    };
    signal?.addEventListener('abort', stop);
    w.onmessage = (e: MessageEvent<UserAtlasReply>) => {
      const r = e.data;
      if (r.type === 'progress') return onProgress({ done: r.done, total: r.total, what: r.what });
      end();
      if (r.type === 'done') resolve({ resolved: r.resolved, neuro: r.neuro, ears: r.ears });
      else reject(new Error(r.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      end();
      reject(new Error('the engine could not start in the background (a worker failed)'));
    };
    // the page keeps drawing its own skin: the worker gets copies, transferred rather than cloned a second time
    const skin = { positions: input.skin.positions.slice(), indices: input.skin.indices.slice() };
    w.postMessage({ ...input, skin }, [skin.positions.buffer, skin.indices.buffer]);
  });
}

/**
 * Resolves the layers of a body the build did not see in a worker, reporting progress as it goes; on this thread
 * where workers are missing (the same core function either way). Aborting `signal` terminates the worker and
 * rejects with an AbortError (isStopped); on this thread the run cannot be interrupted, only its result dropped.
 */
export async function runUserAtlas(
  input: UserAtlasInput,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<UserAtlasResult> {
  if (typeof Worker !== 'undefined') return inWorker(input, onProgress, signal);
  const { computeUserAtlas } = await import('./userAtlasCore');
  if (signal?.aborted) throw stopped();
  const result = computeUserAtlas(input, (p) => signal?.aborted || onProgress(p));
  if (signal?.aborted) throw stopped();
  return result;
}
