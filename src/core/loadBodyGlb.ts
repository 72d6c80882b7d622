import { NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import type { TriMesh } from './triMesh';

/** The meshes of a body GLB by node name (`skin`, and `ear.L` / `ear.R` when present), in the body frame. */
export type BodyMeshes = Record<string, TriMesh>;

function worldMatrix(node: Node): number[] {
  return node.getWorldMatrix() as unknown as number[];
}

/**
 * Reads a body GLB in Node (gltf-transform, meshopt-decoded, dequantized, node transforms applied).
 * The browser loads the same file with three's GLTFLoader and its bundled meshopt decoder.
 */
export async function loadBodyGlb(bytes: Uint8Array): Promise<BodyMeshes> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({
      'meshopt.decoder': MeshoptDecoder,
    });
  const doc = await io.readBinary(bytes);
  const out: BodyMeshes = {};
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = worldMatrix(node);
    const positions: number[] = [];
    const indices: number[] = [];
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION');
      const idx = prim.getIndices();
      if (!pos || !idx) continue;
      const base = positions.length / 3;
      const e: number[] = [];
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, e);
        positions.push(
          m[0] * e[0] + m[4] * e[1] + m[8] * e[2] + m[12],
          m[1] * e[0] + m[5] * e[1] + m[9] * e[2] + m[13],
          m[2] * e[0] + m[6] * e[1] + m[10] * e[2] + m[14],
        );
      }
      const arr = idx.getArray();
      if (arr) for (let i = 0; i < arr.length; i++) indices.push(arr[i] + base);
    }
    out[node.getName()] = { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
  }
  return out;
}
