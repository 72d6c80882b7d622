import * as THREE from 'three';
import { computeBoundsTree, acceleratedRaycast } from 'three-mesh-bvh';
import { smoothVertexNormals } from '../core/triMesh';
import type { SkinGeometry } from '../state/atlasTypes';
import { decodeBodyFile } from '../state/bodyDecode';
import type { DecodedMesh } from '../state/bodyDecodeCore';

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

/** A display geometry over decoded arrays (shared, not copied: nobody writes to them). */
function geometryOf(m: Omit<DecodedMesh, 'normals'> & { normals?: Float32Array }): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
  if (m.normals) g.setAttribute('normal', new THREE.BufferAttribute(m.normals, 3));
  else g.computeVertexNormals();
  g.setIndex(new THREE.BufferAttribute(m.indices, 1));
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

/** Loads a body GLB from the page's origin (decoded in a worker, see state/bodyDecode.ts). */
export async function loadBodyModel(url: string): Promise<BodyModel> {
  return modelOf(await decodeBodyFile(url));
}

/** The model of a user's body: its one skin, with normals smoothed over its triangles (smoothVertexNormals). */
export function userBodyModel(skin: SkinGeometry): BodyModel {
  const mesh = { positions: skin.positions, indices: skin.indices };
  return modelOf([{ name: 'skin', ...mesh, normals: smoothVertexNormals(mesh) }]);
}

function modelOf(meshes: (Omit<DecodedMesh, 'normals'> & { normals?: Float32Array })[]): BodyModel {
  const skinMesh = meshes.find((m) => m.name === 'skin') ?? meshes[0];
  const skin = geometryOf(skinMesh);
  const partMeshes = meshes.filter((m) => m !== skinMesh);
  return {
    skin,
    parts: partMeshes.map(geometryOf),
    partNames: partMeshes.map((m) => m.name),
    skinArrays: { positions: skinMesh.positions, indices: skinMesh.indices },
    bounds: skin.boundingBox!.clone(),
  };
}
