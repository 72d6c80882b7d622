import type { Vec3 } from './vec';

// The surface queries the engine needs, as types (and one plain scan over vertices): the BVH that answers them is
// src/mesh/surface.ts (core imports no three or three-mesh-bvh), and callers build it and hand it in.

/** A closest-point answer on a surface: the point, its smooth outward normal, and how far the query was. */
export interface SurfaceHit {
  point: Vec3;
  normal: Vec3;
  distance: number;
}

/** Skin (or ear) surface queries, backed by a BVH. */
export interface Surface {
  /** The closest point on the surface; `within` bounds the search (metres) for speed, widening if nothing is found. */
  closest(p: Vec3, within?: number): SurfaceHit;
  readonly triangleCount: number;
  /** How far the mesh is from its own mirror image (x → −x), in metres: the largest gap over sampled vertices. */
  mirrorGap(): number;
}

/** Geometry as plain arrays, as a GLB or a generator gives it. */
export interface MeshArrays {
  positions: Float32Array;
  indices: Uint32Array | Uint16Array;
}

/** Index of the vertex nearest to p, among those `keep` accepts (all by default); -1 when none is. A linear scan. */
export function nearestVertex(positions: ArrayLike<number>, p: Vec3, keep?: (i: number) => boolean): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < positions.length / 3; i++) {
    if (keep && !keep(i)) continue;
    const d =
      (positions[3 * i] - p[0]) ** 2 +
      (positions[3 * i + 1] - p[1]) ** 2 +
      (positions[3 * i + 2] - p[2]) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}
