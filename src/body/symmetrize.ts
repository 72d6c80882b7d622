import type { Manifold } from 'manifold-3d';
import type { TriMesh } from '../core/triMesh';

/**
 * Turns the closed left half (x ≥ 0, capped on x = 0) into the whole skin: the half and its mirror
 * image are united (the caps cancel), then simplified with manifold's own edge collapse, which keeps
 * the mesh watertight, raising the tolerance until the triangle budget is met.
 */
export function halfToWhole(half: Manifold, maxTriangles: number, tolerance = 0.00035): TriMesh {
  const whole = half.add(half.mirror([1, 0, 0]));
  let tol = tolerance;
  let simp = whole.simplify(tol);
  while (simp.numTri() > maxTriangles) {
    tol *= 1.25;
    simp = whole.simplify(tol);
  }
  const m = simp.getMesh();
  return { positions: new Float32Array(m.vertProperties), indices: new Uint32Array(m.triVerts) };
}
