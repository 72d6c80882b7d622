/// <reference lib="webworker" />
// Runs a body import off the main thread: reading, welding and orienting a scan of a few hundred thousand
// triangles, and the calibration's skin index, take seconds the page would otherwise freeze for.
import { createImportSession, type ImportReply, type ImportRequest } from '../bodyImport/importSession';

const handle = createImportSession((reply: ImportReply) => {
  if (reply.type !== 'body') return postMessage(reply);
  // copies go to the page (transferred, not cloned): the session keeps its own for the calibration
  const skin = { positions: reply.body.skin.positions.slice(), indices: reply.body.skin.indices.slice() };
  postMessage(
    { ...reply, body: { ...reply.body, skin } },
    { transfer: [skin.positions.buffer, skin.indices.buffer] },
  );
});

self.onmessage = (e: MessageEvent<ImportRequest>) => void handle(e.data);
