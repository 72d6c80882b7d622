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

/**
 * One anchor per label present on a mesh (labels with fewer than `min` vertices are skipped), in the order the labels
 * first occur. Two passes over the vertices whatever the number of labels: sums per label, then the nearest vertex to
 * each centroid among those facing the zone's way (and the nearest of all, for a zone with none).
 */
export function zoneAnchors(
  geometry: THREE.BufferGeometry,
  labels: Int16Array,
  names: readonly string[],
  min = 4,
): ZoneAnchor[] {
  const pos = geometry.getAttribute('position');
  const nor = geometry.getAttribute('normal');
  // per label: x, y, z, count, nx, ny, nz sums
  const sums = new Map<number, Float64Array>();
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v];
    if (l < 0) continue;
    let s = sums.get(l);
    if (!s) sums.set(l, (s = new Float64Array(7)));
    s[0] += pos.getX(v);
    s[1] += pos.getY(v);
    s[2] += pos.getZ(v);
    s[3] += 1;
    s[4] += nor.getX(v);
    s[5] += nor.getY(v);
    s[6] += nor.getZ(v);
  }
  // per label: best facing vertex and its squared distance, best vertex of all and its squared distance
  const best = new Map<number, [number, number, number, number]>();
  for (let v = 0; v < labels.length; v++) {
    const s = sums.get(labels[v]);
    if (!s || s[3] < min) continue;
    const n = s[3];
    const d = (pos.getX(v) - s[0] / n) ** 2 + (pos.getY(v) - s[1] / n) ** 2 + (pos.getZ(v) - s[2] / n) ** 2;
    const len = Math.hypot(s[4], s[5], s[6]) || 1;
    const facing = (nor.getX(v) * s[4] + nor.getY(v) * s[5] + nor.getZ(v) * s[6]) / len >= 0.5;
    let b = best.get(labels[v]);
    if (!b) best.set(labels[v], (b = [-1, Infinity, -1, Infinity]));
    if (facing && d < b[1]) [b[0], b[1]] = [v, d];
    if (d < b[3]) [b[2], b[3]] = [v, d];
  }
  const out: ZoneAnchor[] = [];
  for (const [l, b] of best) {
    const v = b[0] >= 0 ? b[0] : b[2];
    out.push({
      text: names[l],
      position: [pos.getX(v), pos.getY(v), pos.getZ(v)],
      normal: [nor.getX(v), nor.getY(v), nor.getZ(v)],
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
