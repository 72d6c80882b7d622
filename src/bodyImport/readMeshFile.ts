import { BufferAttribute, BufferGeometry, Vector3, type Mesh, type Object3D } from 'three';
import { strFromU8, unzipSync } from 'three/examples/jsm/libs/fflate.module.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { ColladaLoader } from 'three/examples/jsm/loaders/ColladaLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { MeshArrays } from '../core/surface';
import { BODY_FILE_TYPES, BodyFileError, checkBodyFileSize } from './bodyFileRules';

export { BODY_FILE_TYPES, BodyFileError, checkBodyFileSize, MAX_BODY_FILE_BYTES } from './bodyFileRules';

/** A mesh as read from a file: every part in the file's own units and axes, welded into one triangle mesh. */
export interface RawMesh extends MeshArrays {
  indices: Uint32Array;
  /** How many mesh parts the file held. */
  parts: number;
}

/**
 * Reads a body mesh from a glTF/GLB, OBJ, Collada (.dae) or zipped Collada (.zae) file with three's own loaders and
 * welds all its parts into one mesh. Textures, materials and animation are ignored. Throws a BodyFileError with a
 * clear message for anything that is not a usable mesh. In Node, Collada needs a DOMParser (see nodeDom.ts).
 */
export async function readMeshFile(name: string, bytes: Uint8Array): Promise<RawMesh> {
  checkBodyFileSize(name, bytes.byteLength);
  const ext = /\.[a-z]+$/i.exec(name)?.[0].toLowerCase() ?? '';
  let root: Object3D;
  try {
    root = await parseScene(ext, bytes, name);
  } catch (e) {
    if (e instanceof BodyFileError) throw e;
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new BodyFileError(`${name} could not be read as ${ext.slice(1).toUpperCase()}: ${why}`, {
      cause: e,
    });
  }
  return weld(root, name);
}

async function parseScene(ext: string, bytes: Uint8Array, name: string): Promise<Object3D> {
  switch (ext) {
    case '.glb':
    case '.gltf': {
      const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
      const data = ext === '.gltf' ? new TextDecoder().decode(bytes) : copy(bytes);
      return (await loader.parseAsync(data, '')).scene;
    }
    case '.obj':
      return new OBJLoader().parse(new TextDecoder().decode(bytes));
    case '.dae':
      return parseCollada(new TextDecoder().decode(bytes));
    case '.zae': {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes);
      } catch {
        throw new BodyFileError(`${name} is not a readable zip archive (a .zae is a zipped Collada file).`);
      }
      const dae = Object.keys(files).find((f) => /\.dae$/i.test(f));
      if (!dae) throw new BodyFileError(`${name} holds no .dae file.`);
      return parseCollada(strFromU8(files[dae]));
    }
    default:
      throw new BodyFileError(`${name} is not a body mesh: use one of ${BODY_FILE_TYPES.join(', ')}.`);
  }
}

/** Collada without its images: only the geometry matters here, and loading textures needs a browser. */
function parseCollada(text: string): Object3D {
  if (!/<COLLADA[\s>]/.test(text)) throw new BodyFileError('the file is not a Collada document.');
  const result = new ColladaLoader().parse(
    text.replace(/<library_images>[\s\S]*?<\/library_images>/g, ''),
    '',
  );
  if (!result) throw new BodyFileError('the Collada document could not be parsed.');
  return result.scene;
}

function copy(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Every triangle mesh in the scene, in scene coordinates, welded where vertices coincide. */
function weld(root: Object3D, name: string): RawMesh {
  root.updateMatrixWorld(true);
  const parts: BufferGeometry[] = [];
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh || !mesh.geometry?.getAttribute('position')) return;
    const source = mesh.geometry;
    // Read through getX/Y/Z so quantized (normalized integer) and interleaved positions come out as metres-or-
    // whatever floats, then place them in the scene.
    const attr = source.getAttribute('position');
    const flat = new Float32Array(attr.count * 3);
    const v = new Vector3();
    for (let i = 0; i < attr.count; i++) {
      v.set(attr.getX(i), attr.getY(i), attr.getZ(i)).applyMatrix4(mesh.matrixWorld);
      flat[3 * i] = v.x;
      flat[3 * i + 1] = v.y;
      flat[3 * i + 2] = v.z;
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(flat, 3));
    if (source.index) g.setIndex(source.index.clone());
    parts.push(g.index ? g.toNonIndexed() : g);
  });
  const triangles = parts.reduce((n, g) => n + g.getAttribute('position').count / 3, 0);
  if (triangles < 1) throw new BodyFileError(`${name} holds no triangle mesh (the scene is empty).`);
  const merged = parts.length === 1 ? parts[0] : mergeGeometries(parts, false);
  merged.computeBoundingBox();
  const size = merged.boundingBox!.max.distanceTo(merged.boundingBox!.min);
  if (!(size > 0) || !Number.isFinite(size))
    throw new BodyFileError(`${name} has no extent (all vertices coincide).`);
  const welded = mergeVertices(merged, size * 1e-6);
  const positions = Float32Array.from(welded.getAttribute('position').array);
  const raw = welded.index!.array;
  const kept: number[] = [];
  for (let t = 0; t < raw.length; t += 3) {
    const [a, b, c] = [raw[t], raw[t + 1], raw[t + 2]];
    if (a !== b && b !== c && a !== c) kept.push(a, b, c);
  }
  if (kept.length === 0) throw new BodyFileError(`${name} holds only degenerate triangles.`);
  return { positions, indices: Uint32Array.from(kept), parts: parts.length };
}
