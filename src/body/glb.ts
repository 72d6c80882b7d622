import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { TriMesh } from '../core/triMesh';

/** A named mesh of the body GLB (`skin`, `ear.L`, `ear.R`). */
export interface NamedMesh {
  name: string;
  mesh: TriMesh;
  color: [number, number, number];
}

/**
 * Writes meshes as one GLB: one node and mesh per entry, positions quantized to 14 bits and compressed with
 * EXT_meshopt_compression. No normals: every reader (the app, the CLI) computes them from the triangles, and on the
 * wire they were nearly half the file. Deterministic: same meshes, same bytes.
 */
export async function encodeBodyGlb(meshes: NamedMesh[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createBuffer();
  const scene = doc.createScene('body');
  // typed arrays are cast to their ArrayBuffer form: the ES2024 lib (pulled in by vite-plugin-pwa's types) makes them
  // generic over their buffer, and gltf-transform asks for ArrayBuffer-backed ones
  for (const m of meshes) {
    const pos = doc
      .createAccessor()
      .setType('VEC3')
      .setArray(m.mesh.positions as Float32Array<ArrayBuffer>);
    const idx = doc
      .createAccessor()
      .setType('SCALAR')
      .setArray(m.mesh.indices as Uint32Array<ArrayBuffer>);
    const mat = doc
      .createMaterial(`${m.name}-material`)
      .setBaseColorFactor([...m.color, 1])
      .setRoughnessFactor(0.7);
    const prim = doc.createPrimitive().setAttribute('POSITION', pos).setIndices(idx).setMaterial(mat);
    const mesh = doc.createMesh(m.name).addPrimitive(prim);
    scene.addChild(doc.createNode(m.name).setMesh(mesh));
  }
  await doc.transform(reorder({ encoder: MeshoptEncoder }), quantize({ quantizePosition: 14 }));
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({
      'meshopt.encoder': MeshoptEncoder,
    });
  return io.writeBinary(doc);
}
