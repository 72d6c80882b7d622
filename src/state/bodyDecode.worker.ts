/// <reference lib="webworker" />
// Fetches and decodes a body GLB off the main thread: meshopt decoding, dequantizing and vertex normals take a few
// hundred milliseconds on a laptop CPU, which the page spends loading its 3D code instead. Answers with the meshes'
// arrays (transferred, not copied) or a one-line error.
import { MeshoptDecoder } from 'meshoptimizer/decoder';
import { decodeBody, type DecodeReply } from './bodyDecodeCore';

self.onmessage = (e: MessageEvent<{ url: string }>) => {
  void decodeBody(e.data.url, MeshoptDecoder).then((reply: DecodeReply) => {
    const transfer = reply.ok
      ? reply.meshes.flatMap((m) => [m.positions.buffer, m.indices.buffer, m.normals.buffer])
      : [];
    postMessage(reply, { transfer });
    close();
  });
};
