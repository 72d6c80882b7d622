import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { computeBoundsTree, acceleratedRaycast } from 'three-mesh-bvh';
import type { SkinGeometry } from '../state/atlasTypes';

/** A loaded body: world-space display geometries (skin first) and the skin as the engine reads it. */
export interface BodyModel {
  skin: THREE.BufferGeometry;
  parts: THREE.BufferGeometry[];
  /** glTF mesh names of `parts`, in the same order (`ear.L`, `ear.R`). */
  partNames: string[];
  skinArrays: SkinGeometry;
  bounds: THREE.Box3;
}

THREE.Mesh.prototype.raycast = acceleratedRaycast;

/**
 * Bakes a mesh into a plain Float32 world-space geometry: quantized (normalized integer) positions and node
 * transforms are resolved here, so picking, the engine and the renderer all see metres in the body frame.
 */
function bake(mesh: THREE.Mesh): THREE.BufferGeometry {
  mesh.updateWorldMatrix(true, false);
  const src = mesh.geometry;
  const pos = src.getAttribute('position');
  const out = new Float32Array(pos.count * 3);
  const v = new THREE.Vector3();
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(mesh.matrixWorld);
    out[i * 3] = v.x;
    out[i * 3 + 1] = v.y;
    out[i * 3 + 2] = v.z;
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(out, 3));
  const index = src.getIndex();
  const idx = new Uint32Array(index ? index.count : pos.count);
  for (let i = 0; i < idx.length; i++) idx[i] = index ? index.getX(i) : i;
  g.setIndex(new THREE.BufferAttribute(idx, 1));
  g.computeVertexNormals();
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return g;
}

/** Builds the skin's BVH for fast picking, once; deferred until after the first frame (raycasts work without it). */
export function ensureBodyBvh(model: BodyModel): void {
  if (model.skin.boundsTree) return;
  model.skin.computeBoundsTree = computeBoundsTree;
  model.skin.computeBoundsTree();
}

/** Loads a body GLB from the page's origin (meshopt decoded locally, no network beyond the file). */
export async function loadBodyModel(url: string): Promise<BodyModel> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url);
  const meshes: THREE.Mesh[] = [];
  gltf.scene.traverse((o) => {
    if ((o as THREE.Mesh).isMesh) meshes.push(o as THREE.Mesh);
  });
  const skinMesh = meshes.find((m) => m.name === 'skin') ?? meshes[0];
  if (!skinMesh) throw new Error('the model file holds no mesh');
  const skin = bake(skinMesh);
  const partMeshes = meshes.filter((m) => m !== skinMesh);
  const parts = partMeshes.map(bake);
  // three.js strips dots from object names (`ear.L` → `earL`): give the glTF names back
  const partNames = partMeshes.map((m) =>
    String(m.userData.name ?? m.name).replace(/^ear\.?([LR])$/, 'ear.$1'),
  );
  const posAttr = skin.getAttribute('position') as THREE.BufferAttribute;
  return {
    skin,
    parts,
    partNames,
    skinArrays: { positions: posAttr.array as Float32Array, indices: skin.getIndex()!.array as Uint32Array },
    bounds: skin.boundingBox!.clone(),
  };
}
