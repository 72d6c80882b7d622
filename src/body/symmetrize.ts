import type { Manifold } from 'manifold-3d';
import type { TriMesh } from '../core/triMesh';

/**
 * Turns the closed left half (x ≥ 0, capped on x = 0) into the whole skin: the half and its mirror
 * image are united (the caps cancel), then simplified with manifold's own edge collapse, which keeps
 * the mesh watertight, raising the tolerance until the triangle budget is met. Frees `half`.
 */
export function halfToWhole(half: Manifold, maxTriangles: number, tolerance = 0.00035): TriMesh {
  const mirrored = half.mirror([1, 0, 0]);
  const whole = half.add(mirrored);
  mirrored.delete();
  half.delete();
  let tol = tolerance;
  let simp = whole.simplify(tol);
  while (simp.numTri() > maxTriangles) {
    simp.delete();
    tol *= 1.25;
    simp = whole.simplify(tol);
  }
  whole.delete();
  const m = simp.getMesh();
  simp.delete();
  return { positions: new Float32Array(m.vertProperties), indices: new Uint32Array(m.triVerts) };
}
