import { decodeBodyGlb, type MeshoptDecoderLike } from '../mesh/glb';
import { vertexNormals } from '../core/triMesh';

/** One decoded mesh of a body file: positions in metres (body frame), triangle indices and vertex normals. */
export interface DecodedMesh {
  name: string;
  positions: Float32Array;
  indices: Uint32Array;
  normals: Float32Array;
}

export type DecodeReply = { ok: true; meshes: DecodedMesh[] } | { ok: false; error: string };

/** Fetches a body GLB from the page's origin and decodes it; never throws (the reply says what went wrong). */
export async function decodeBody(
  url: string,
  decoder: MeshoptDecoderLike & { ready: Promise<void> },
): Promise<DecodeReply> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { ok: false, error: `the server answered ${res.status} for the model file` };
    const [bytes] = await Promise.all([res.arrayBuffer(), decoder.ready]);
    const meshes = Object.entries(decodeBodyGlb(bytes, decoder)).map(([name, m]) => ({
      name,
      ...m,
      normals: vertexNormals(m),
    }));
    return { ok: true, meshes };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
