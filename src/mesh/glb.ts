import type { TriMesh } from '../core/triMesh';

/**
 * Reads the body GLB files our own generator writes (src/body/glb.ts): triangle meshes with quantized positions
 * (KHR_mesh_quantization, normalized 16-bit) compressed with EXT_meshopt_compression, one node per mesh with a
 * translation and a scale. Returns every mesh by its glTF name with positions in metres in the body frame.
 *
 * One reader for the browser (in a worker) and the command line; the meshopt decoder is passed in (its WebAssembly
 * module must be ready). Anything else in the file — another primitive mode, a rotation, a missing extension
 * buffer — is reported as a one-line error rather than drawn wrong.
 */
export interface MeshoptDecoderLike {
  decodeGltfBuffer: (
    target: Uint8Array,
    count: number,
    size: number,
    source: Uint8Array,
    mode: string,
    filter?: string,
  ) => void;
}

interface GltfJson {
  meshes?: {
    name?: string;
    primitives: { attributes: Record<string, number>; indices?: number; mode?: number }[];
  }[];
  nodes?: {
    name?: string;
    mesh?: number;
    translation?: number[];
    scale?: number[];
    rotation?: number[];
    matrix?: number[];
  }[];
  accessors?: {
    bufferView?: number;
    byteOffset?: number;
    componentType: number;
    normalized?: boolean;
    count: number;
    type: string;
  }[];
  bufferViews?: {
    buffer: number;
    byteOffset?: number;
    byteLength: number;
    byteStride?: number;
    extensions?: {
      EXT_meshopt_compression?: {
        buffer: number;
        byteOffset?: number;
        byteLength: number;
        byteStride: number;
        count: number;
        mode: string;
        filter?: string;
      };
    };
  }[];
  buffers?: { byteLength: number }[];
}

const GLB_MAGIC = 0x46546c67; // "glTF"
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Splits a GLB into its JSON and binary chunk. */
function chunks(buffer: ArrayBuffer): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(buffer);
  if (buffer.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) throw new Error('not a GLB file');
  let json: GltfJson | null = null;
  let bin: Uint8Array | null = null;
  for (let at = 12; at + 8 <= buffer.byteLength;) {
    const length = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    const body = new Uint8Array(buffer, at + 8, Math.min(length, buffer.byteLength - at - 8));
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as GltfJson;
    else if (type === CHUNK_BIN) bin = body;
    at += 8 + length;
  }
  if (!json) throw new Error('the GLB file has no JSON chunk');
  if (!bin) throw new Error('the GLB file has no binary chunk');
  return { json, bin };
}

/** The bytes of one buffer view, decoded from its meshopt stream. */
function viewBytes(json: GltfJson, bin: Uint8Array, index: number, decoder: MeshoptDecoderLike): Uint8Array {
  const bv = json.bufferViews?.[index];
  const ext = bv?.extensions?.EXT_meshopt_compression;
  if (!bv || !ext) throw new Error(`buffer view ${index} is not meshopt-compressed`);
  if (ext.buffer !== 0) throw new Error(`buffer view ${index} points outside the GLB's binary chunk`);
  const source = bin.subarray(ext.byteOffset ?? 0, (ext.byteOffset ?? 0) + ext.byteLength);
  const target = new Uint8Array(ext.count * ext.byteStride);
  decoder.decodeGltfBuffer(target, ext.count, ext.byteStride, source, ext.mode, ext.filter);
  return target;
}

/** Decodes every mesh of a body GLB (see above). */
export function decodeBodyGlb(buffer: ArrayBuffer, decoder: MeshoptDecoderLike): Record<string, TriMesh> {
  const { json, bin } = chunks(buffer);
  const out: Record<string, TriMesh> = {};
  for (const node of json.nodes ?? []) {
    if (node.mesh === undefined) continue;
    const mesh = json.meshes?.[node.mesh];
    const prim = mesh?.primitives[0];
    if (!mesh || !prim) throw new Error(`node ${node.name ?? '?'} names a missing mesh`);
    if ((prim.mode ?? 4) !== 4) throw new Error(`mesh ${mesh.name ?? '?'} is not made of triangles`);
    if (node.matrix || (node.rotation && node.rotation.some((v, i) => v !== (i === 3 ? 1 : 0)))) {
      throw new Error(`node ${node.name ?? '?'} is rotated: only translation and scale are supported`);
    }
    const name = mesh.name || node.name || `mesh${node.mesh}`;
    out[name] = {
      positions: readPositions(json, bin, prim.attributes.POSITION, node, decoder),
      indices: readIndices(json, bin, prim.indices, decoder),
    };
  }
  if (Object.keys(out).length === 0) throw new Error('the model file holds no mesh');
  return out;
}

function readPositions(
  json: GltfJson,
  bin: Uint8Array,
  accessorIndex: number | undefined,
  node: NonNullable<GltfJson['nodes']>[number],
  decoder: MeshoptDecoderLike,
): Float32Array {
  const acc = accessorIndex === undefined ? undefined : json.accessors?.[accessorIndex];
  if (!acc || acc.bufferView === undefined || acc.type !== 'VEC3') throw new Error('a mesh has no positions');
  const bytes = viewBytes(json, bin, acc.bufferView, decoder);
  const stride = json.bufferViews![acc.bufferView].byteStride ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = node.translation ?? [0, 0, 0];
  const s = node.scale ?? [1, 1, 1];
  const out = new Float32Array(acc.count * 3);
  const base = acc.byteOffset ?? 0;
  const read = componentReader(acc.componentType, acc.normalized ?? false, view);
  const size = componentSize(acc.componentType);
  const step = stride || size * 3;
  for (let i = 0; i < acc.count; i++) {
    const at = base + i * step;
    for (let k = 0; k < 3; k++) out[i * 3 + k] = read(at + k * size) * s[k] + t[k];
  }
  return out;
}

function readIndices(
  json: GltfJson,
  bin: Uint8Array,
  accessorIndex: number | undefined,
  decoder: MeshoptDecoderLike,
): Uint32Array {
  const acc = accessorIndex === undefined ? undefined : json.accessors?.[accessorIndex];
  if (!acc || acc.bufferView === undefined) throw new Error('a mesh has no triangle indices');
  const bytes = viewBytes(json, bin, acc.bufferView, decoder);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = componentSize(acc.componentType);
  const read = componentReader(acc.componentType, false, view);
  const out = new Uint32Array(acc.count);
  const base = acc.byteOffset ?? 0;
  for (let i = 0; i < acc.count; i++) out[i] = read(base + i * size);
  return out;
}

const componentSize = (type: number): number => {
  switch (type) {
    case 5120:
    case 5121:
      return 1;
    case 5122:
    case 5123:
      return 2;
    case 5125:
    case 5126:
      return 4;
    default:
      throw new Error(`unknown glTF component type ${type}`);
  }
};

/** Reads one component as a number; normalized integers map to [-1, 1] / [0, 1] as glTF defines. */
function componentReader(type: number, normalized: boolean, v: DataView): (at: number) => number {
  switch (type) {
    case 5120:
      return normalized ? (at) => Math.max(v.getInt8(at) / 127, -1) : (at) => v.getInt8(at);
    case 5121:
      return normalized ? (at) => v.getUint8(at) / 255 : (at) => v.getUint8(at);
    case 5122:
      return normalized ? (at) => Math.max(v.getInt16(at, true) / 32767, -1) : (at) => v.getInt16(at, true);
    case 5123:
      return normalized ? (at) => v.getUint16(at, true) / 65535 : (at) => v.getUint16(at, true);
    case 5125:
      return (at) => v.getUint32(at, true);
    case 5126:
      return (at) => v.getFloat32(at, true);
    default:
      throw new Error(`unknown glTF component type ${type}`);
  }
}
