import type { TriMesh } from '../core/triMesh';
import type { BvhSurface } from '../mesh/surface';
import type { Skeleton } from './skeleton';
import { buildEar, EAR_SIZES } from './ear';

type P3 = [number, number, number];

/** Grid edge for the attached ears (m): ~25k triangles each, inside the body's triangle budget. */
export const EAR_EDGE = 0.0008;

/** Backward tilt of the ear's long axis (degrees). */
const TILT = 15;

/** The attached ears (left built for +X, right its mirror) and the ear landmarks of the left side. */
export interface PlacedEars {
  left: TriMesh;
  right: TriMesh;
  anchors: Record<string, P3>;
}

/**
 * Builds the ear for the body's sex and sets it on the side of the head: the ear's root centre goes
 * 1.5 mm under the skin where the head's side is crossed at ear height, its long axis tilted back.
 */
export function placeEars(k: Skeleton, skin: BvhSurface): PlacedEars {
  const ear = buildEar(k.female ? EAR_SIZES.female : EAR_SIZES.male, { edge: EAR_EDGE });
  const yC = k.y.pupil - 0.012 * k.s;
  const zC = k.headCentre[2] - 0.008 * k.s;
  const hit = skin.projectAlong([0.07 * k.s, yC, zC], [1, 0, 0], 0.05) ?? skin.closest([0.075, yC, zC]).point;
  const origin: P3 = [hit[0] - 0.0015, hit[1], hit[2]];
  const t = (-TILT * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  const place = (p: ArrayLike<number>, i: number): P3 => {
    const x = p[i];
    const y = p[i + 1];
    const z = p[i + 2];
    return [origin[0] + x, origin[1] + y * c - z * s, origin[2] + y * s + z * c];
  };
  const n = ear.positions.length / 3;
  const left = new Float32Array(n * 3);
  const right = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const q = place(ear.positions, i * 3);
    left.set(q, i * 3);
    right.set([-q[0], q[1], q[2]], i * 3);
  }
  const flipped = new Uint32Array(ear.indices.length);
  for (let i = 0; i < ear.indices.length; i += 3) {
    flipped[i] = ear.indices[i];
    flipped[i + 1] = ear.indices[i + 2];
    flipped[i + 2] = ear.indices[i + 1];
  }
  const anchors: Record<string, P3> = {};
  for (const name of ['tragus', 'ear_apex', 'ear_lobe', 'intertragic_notch'])
    anchors[name] = place(ear.anchors[name], 0);
  return {
    left: { positions: left, indices: new Uint32Array(ear.indices) },
    right: { positions: right, indices: flipped },
    anchors,
  };
}
