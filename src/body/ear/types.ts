/** Public types of the ear generator. */
import type { EarCurves } from './curves';

/** Ear size in metres: length (top of helix to bottom of lobe), breadth, protrusion from the head. */
export interface EarParams {
  length: number;
  breadth: number;
  protrusion: number;
}

export interface EarOptions {
  /** Grid edge of the mesher in metres at the reference size (default 0.8 mm, about 26k triangles; smaller gives more). */
  edge?: number;
  /** How far the root reaches into the head, metres (default 3 mm); the root is closed by a flat cap there. */
  rootDepth?: number;
}

export type Vec3 = [number, number, number];

/**
 * The ear plane in ear-local metres: a point (x2, y2, w) of the 2-D design (millimetres; x2 anterior, y2 up,
 * w lateral relief) sits at origin + (x2·anterior + y2·up + w·lateral) / 1000.
 */
export interface EarPlane {
  origin: Vec3;
  anterior: Vec3;
  up: Vec3;
  lateral: Vec3;
}

export interface EarMesh {
  /** Ear-local metres, LEFT ear: origin at the centre of the root on the head, +Y up, +Z anterior, +X lateral. */
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Per vertex, index into EAR_REGIONS. */
  region: Uint8Array;
  anchors: Record<string, Vec3>;
  plane: EarPlane;
  /** The 2-D design (millimetres on the ear plane), including every region's placement frame. */
  curves: EarCurves;
  /** Depth of the root cap inside the head (metres); the cap lies on X = −rootDepth. */
  rootDepth: number;
}
