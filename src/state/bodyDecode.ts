import type { DecodedMesh, DecodeReply } from './bodyDecodeCore';

const pending = new Map<string, Promise<DecodedMesh[]>>();

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
export function decodeBodyFile(url: string): Promise<DecodedMesh[]> {
  let hit = pending.get(url);
  if (!hit) {
    const reply =
      typeof Worker === 'undefined' ? onThisThread(url) : inWorker(url).catch(() => onThisThread(url));
    hit = reply.then((r) => {
      if (!r.ok) throw new Error(r.error);
      return r.meshes;
    });
    hit.catch(() => pending.delete(url));
    pending.set(url, hit);
  }
  return hit;
}
