import type { UserAtlasInput, UserAtlasReply, UserAtlasResult } from './userAtlasTypes';

type Progress = (done: number, total: number) => void;

function inWorker(input: UserAtlasInput, onProgress: Progress): Promise<UserAtlasResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./userAtlas.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<UserAtlasReply>) => {
      const r = e.data;
      if (r.type === 'progress') return onProgress(r.done, r.total);
      w.terminate();
      if (r.type === 'done') resolve({ resolved: r.resolved, neuro: r.neuro, ears: r.ears });
      else reject(new Error(r.message));
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      reject(new Error('the engine could not start in the background (a worker failed)'));
    };
    // the page keeps drawing its own skin: the worker gets copies, transferred rather than cloned a second time
    const skin = { positions: input.skin.positions.slice(), indices: input.skin.indices.slice() };
    w.postMessage({ ...input, skin }, [skin.positions.buffer, skin.indices.buffer]);
  });
}

/**
 * Resolves the layers of a body the build did not see in a worker, reporting progress after each stage; on this
 * thread where workers are missing (the same core function either way).
 */
export async function runUserAtlas(input: UserAtlasInput, onProgress: Progress): Promise<UserAtlasResult> {
  if (typeof Worker !== 'undefined') return inWorker(input, onProgress);
  const { computeUserAtlas } = await import('./userAtlasCore');
  return computeUserAtlas(input, onProgress);
}
