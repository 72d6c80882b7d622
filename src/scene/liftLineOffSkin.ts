import * as THREE from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../core/vec';

const p = new THREE.Vector3();
const tri = new THREE.Triangle();
const n = new THREE.Vector3();

/**
 * Moves each vertex of a skin path `by` metres out along the skin normal at its closest skin point, so a line drawn
 * over the skin is not swallowed by the surface between its vertices.
 */
export function liftLineOffSkin(path: readonly Vec3[], skin: THREE.BufferGeometry, by: number): Vec3[] {
  const bvh = (skin as THREE.BufferGeometry & { boundsTree?: MeshBVH }).boundsTree;
  const pos = skin.getAttribute('position');
  const index = skin.getIndex();
  if (!bvh || !index) return [...path];
  return path.map((q) => {
    p.set(q[0], q[1], q[2]);
    const hit = bvh.closestPointToPoint(p);
    if (!hit) return q;
    const f = hit.faceIndex * 3;
    tri.setFromAttributeAndIndices(pos, index.getX(f), index.getX(f + 1), index.getX(f + 2));
    tri.getNormal(n);
    return [q[0] + n.x * by, q[1] + n.y * by, q[2] + n.z * by] as Vec3;
  });
}
