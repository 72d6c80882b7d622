import { MeshoptDecoder } from 'meshoptimizer';
import type { TriMesh } from '../core/triMesh';
import { decodeBodyGlb } from './glb';

/**
 * The meshes of a body GLB by name (`skin`, `ear.L`, `ear.R`), in the body frame, read where there is no worker
 * (the command line, the generator, tests): the one reader (glb.ts) with meshoptimizer's decoder.
 */
export async function readBodyGlb(bytes: Uint8Array): Promise<Record<string, TriMesh>> {
  await MeshoptDecoder.ready;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return decodeBodyGlb(buffer, MeshoptDecoder);
}
