import * as THREE from 'three';
import type { LayerPoint } from '../state/layerTypes';

const world = new THREE.Vector3();
const ndc = new THREE.Vector3();
const ray = new THREE.Raycaster();
ray.firstHitOnly = true;

/**
 * The marker under a pointer (CSS px in the canvas), or null. Nearest on screen within `radius` px wins among the
 * markers the body does not hide: a ray from the eye to the marker that meets the skin well before it means the
 * marker is behind the body, and it does not catch the pointer.
 */
export function pickMarker(
  points: readonly LayerPoint[],
  camera: THREE.Camera,
  size: { width: number; height: number },
  pointer: { x: number; y: number },
  radius: number,
  skin: THREE.Mesh | null,
): LayerPoint | null {
  const candidates: { p: LayerPoint; d2: number }[] = [];
  for (const p of points) {
    ndc.set(p.position[0], p.position[1], p.position[2]).project(camera);
    if (ndc.z > 1 || ndc.z < -1) continue;
    const x = ((ndc.x + 1) / 2) * size.width;
    const y = ((1 - ndc.y) / 2) * size.height;
    const d2 = (x - pointer.x) ** 2 + (y - pointer.y) ** 2;
    if (d2 <= radius * radius) candidates.push({ p, d2 });
  }
  candidates.sort((a, b) => a.d2 - b.d2);
  for (const { p } of candidates) if (!hiddenByBody(p, camera, skin)) return p;
  return null;
}

/** True when the skin lies between the eye and the marker (more than a few millimetres before it). */
export function hiddenByBody(p: LayerPoint, camera: THREE.Camera, skin: THREE.Mesh | null): boolean {
  // Until the skin's BVH exists (it is built after the first frame) a brute-force ray over every triangle would
  // stall each frame; markers count as visible meanwhile.
  if (!skin || !skin.geometry.boundsTree) return false;
  world.set(p.position[0], p.position[1], p.position[2]);
  const eye = camera.getWorldPosition(new THREE.Vector3());
  const dir = world.clone().sub(eye);
  const dist = dir.length();
  ray.set(eye, dir.normalize());
  ray.far = dist;
  const hit = ray.intersectObject(skin, false)[0];
  return hit !== undefined && hit.distance < dist - 0.006;
}
