import type { Vec3 } from './vec';

// The surface queries the engine needs, as types only: the BVH that answers them is src/mesh/surface.ts (core
// imports no three or three-mesh-bvh), and callers build it and hand it in.

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
