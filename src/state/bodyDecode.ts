import type { DecodedMesh, DecodeReply } from './bodyDecodeCore';
import { sharedLoad } from './sharedLoad';

function inWorker(url: string): Promise<DecodeReply> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./bodyDecode.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<DecodeReply>) => resolve(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      reject(new Error('the model decoder could not start'));
    };
    w.postMessage({ url });
  });
}

async function onThisThread(url: string): Promise<DecodeReply> {
  const [{ decodeBody }, { MeshoptDecoder }] = await Promise.all([
    import('./bodyDecodeCore'),
    import('meshoptimizer/decoder'),
  ]);
  return decodeBody(url, MeshoptDecoder);
}

/**
 * The decoded meshes of a body file, fetched and decoded in a worker (on this thread where workers are missing or
 * fail to start). Started at page load for the body the link names, so the file is ready when the 3D view is; a
 * request for the same URL shares the work, a failed one is forgotten so Retry fetches again.
 */
export const decodeBodyFile = sharedLoad(async (url: string): Promise<DecodedMesh[]> => {
  const reply =
    typeof Worker === 'undefined'
      ? await onThisThread(url)
      : await inWorker(url).catch(() => onThisThread(url));
  if (!reply.ok) throw new Error(reply.error);
  return reply.meshes;
});
