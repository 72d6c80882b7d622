import type * as THREE from 'three';
import { dot, length, scale, sub, type Vec3 } from '../core/vec';

/**
 * Where to write a zone's name: the vertex of the zone nearest its centroid among those that face the way the zone
 * faces on the whole (normal within 60° of the zone's mean normal), with that vertex's normal. On a cupped zone (the
 * concha) the name so sits on its floor, not on a wall that faces away; an ear's name never faces through the head.
 */
export interface ZoneAnchor {
  text: string;
  position: Vec3;
  normal: Vec3;
}

/** One anchor per label present on a mesh (labels with fewer than `min` vertices are skipped). */
export function zoneAnchors(
  geometry: THREE.BufferGeometry,
  labels: Int16Array,
  names: readonly string[],
  min = 4,
): ZoneAnchor[] {
  const pos = geometry.getAttribute('position');
  const nor = geometry.getAttribute('normal');
  const sums = new Map<number, number[]>();
  labels.forEach((l, v) => {
    if (l < 0) return;
    const s = sums.get(l) ?? [0, 0, 0, 0, 0, 0, 0];
    const add = [pos.getX(v), pos.getY(v), pos.getZ(v), 1, nor.getX(v), nor.getY(v), nor.getZ(v)];
    sums.set(
      l,
      s.map((x, k) => x + add[k]),
    );
  });
  const out: ZoneAnchor[] = [];
  for (const [l, [x, y, z, n, nx, ny, nz]] of sums) {
    if (n < min) continue;
    const len = Math.hypot(nx, ny, nz) || 1;
    let best = -1;
    let bestD = Infinity;
    for (const cos of [0.5, -Infinity]) {
      if (best >= 0) break;
      labels.forEach((m, v) => {
        if (m !== l || (nor.getX(v) * nx + nor.getY(v) * ny + nor.getZ(v) * nz) / len < cos) return;
        const d = (pos.getX(v) - x / n) ** 2 + (pos.getY(v) - y / n) ** 2 + (pos.getZ(v) - z / n) ** 2;
        if (d < bestD) [best, bestD] = [v, d];
      });
    }
    out.push({
      text: names[l],
      position: [pos.getX(best), pos.getY(best), pos.getZ(best)],
      normal: [nor.getX(best), nor.getY(best), nor.getZ(best)],
    });
  }
  return out;
}

/** Distance (m) along a ray from `from` in unit direction `dir` to the first surface it meets within `far`, or null. */
export type FirstHit = (from: Vec3, dir: Vec3, far: number) => number | null;

/** How far before its anchor (m) a surface may be met and still count as the anchor's own skin. */
export const OCCLUSION_TOLERANCE_M = 0.003;

/**
 * Whether a zone's label is drawn for an eye at `eye`: its spot faces the eye, lies within `near` metres when a limit
 * is given (the ears' labels on the close-up only), and nothing (the head, the other ear, a fold of the same ear) lies
 * between the eye and the spot. The ray test is passed in, so the decision is plain logic.
 */
export function zoneLabelShown(
  anchor: ZoneAnchor,
  eye: Vec3,
  firstHit: FirstHit,
  near = Infinity,
  tolerance = OCCLUSION_TOLERANCE_M,
): boolean {
  const toEye = sub(eye, anchor.position);
  const dist = length(toEye);
  if (dist > near || dot(toEye, anchor.normal) <= 0) return false;
  const hit = firstHit(eye, scale(toEye, -1 / dist), dist);
  return hit === null || hit >= dist - tolerance;
}
