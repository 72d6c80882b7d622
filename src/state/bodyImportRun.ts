import type { ImportReply, ImportRequest } from '../bodyImport/importSession';

/** A reply that ends a request: anything but progress. */
export type ImportAnswer = Exclude<ImportReply, { type: 'progress' }>;

/** One import in progress: requests answered in turn, progress reported as it comes. */
export interface ImportRun {
  request(req: ImportRequest): Promise<ImportAnswer>;
  dispose(): void;
}

type Send = (req: ImportRequest) => void;

function runWith(
  start: (reply: (r: ImportReply) => void) => { send: Send; stop: () => void },
  onProgress: (stage: string, done: number) => void,
): ImportRun {
  let waiting: ((a: ImportAnswer) => void) | null = null;
  const channel = start((r) => {
    if (r.type === 'progress') return onProgress(r.stage, r.done);
    const settle = waiting;
    waiting = null;
    settle?.(r);
  });
  return {
    request: (req) =>
      new Promise((resolve) => {
        waiting = resolve;
        channel.send(req);
      }),
    dispose: channel.stop,
  };
}

/** The import on this thread: where workers are missing, and for Collada (its parser needs the page's DOMParser). */
async function onThisThread(reply: (r: ImportReply) => void) {
  const { createImportSession } = await import('../bodyImport/importSession');
  return createImportSession(reply);
}

/**
 * Starts the import of one file: in a worker (the page stays responsive), or on this thread for Collada files and
 * where workers are missing or fail to start.
 */
export function startImportRun(
  fileName: string,
  onProgress: (stage: string, done: number) => void,
): ImportRun {
  const collada = /\.(dae|zae)$/i.test(fileName);
  if (collada || typeof Worker === 'undefined')
    return runWith((reply) => {
      const session = onThisThread(reply);
      return { send: (req) => void session.then((handle) => handle(req)), stop: () => undefined };
    }, onProgress);
  return runWith((reply) => {
    const w = new Worker(new URL('./bodyImport.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportReply>) => reply(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      reply({
        type: 'error',
        message: 'The body import could not start in the background (a worker failed).',
      });
    };
    return {
      send: (req) => w.postMessage(req, req.type === 'read' ? [req.bytes.buffer] : []),
      stop: () => w.terminate(),
    };
  }, onProgress);
}
