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
  // the (non-interleaved) arrays and per-label typed arrays, not accessors and maps: this runs on the way to the
  // first frame, before the JIT has warmed up
  const p = geometry.getAttribute('position').array;
  const nr = geometry.getAttribute('normal').array;
  let top = -1;
  for (let v = 0; v < labels.length; v++) if (labels[v] > top) top = labels[v];
  // per label: x, y, z, count, nx, ny, nz sums; labels in the order they first occur
  const sums = new Float64Array((top + 1) * 7);
  const order: number[] = [];
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v];
    if (l < 0) continue;
    const o = l * 7;
    if (sums[o + 3] === 0) order.push(l);
    sums[o] += p[v * 3];
    sums[o + 1] += p[v * 3 + 1];
    sums[o + 2] += p[v * 3 + 2];
    sums[o + 3] += 1;
    sums[o + 4] += nr[v * 3];
    sums[o + 5] += nr[v * 3 + 1];
    sums[o + 6] += nr[v * 3 + 2];
  }
  // per label: centroid and unit mean normal (zero for a label under `min`, whose vertices are then skipped)
  const mean = new Float64Array((top + 1) * 6);
  for (const l of order) {
    const o = l * 7;
    const n = sums[o + 3];
    if (n < min) continue;
    const len = Math.hypot(sums[o + 4], sums[o + 5], sums[o + 6]) || 1;
    mean.set(
      [
        sums[o] / n,
        sums[o + 1] / n,
        sums[o + 2] / n,
        sums[o + 4] / len,
        sums[o + 5] / len,
        sums[o + 6] / len,
      ],
      l * 6,
    );
  }
  // per label: best facing vertex and its squared distance, best vertex of all and its squared distance
  const facingV = new Int32Array(top + 1).fill(-1);
  const facingD = new Float64Array(top + 1).fill(Infinity);
  const anyV = new Int32Array(top + 1).fill(-1);
  const anyD = new Float64Array(top + 1).fill(Infinity);
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v];
    if (l < 0 || sums[l * 7 + 3] < min) continue;
    const m = l * 6;
    const dx = p[v * 3] - mean[m];
    const dy = p[v * 3 + 1] - mean[m + 1];
    const dz = p[v * 3 + 2] - mean[m + 2];
    const d = dx * dx + dy * dy + dz * dz;
    const facing = nr[v * 3] * mean[m + 3] + nr[v * 3 + 1] * mean[m + 4] + nr[v * 3 + 2] * mean[m + 5] >= 0.5;
    if (facing && d < facingD[l]) {
      facingV[l] = v;
      facingD[l] = d;
    }
    if (d < anyD[l]) {
      anyV[l] = v;
      anyD[l] = d;
    }
  }
  const out: ZoneAnchor[] = [];
  for (const l of order) {
    if (sums[l * 7 + 3] < min) continue;
    const v = facingV[l] >= 0 ? facingV[l] : anyV[l];
    out.push({
      text: names[l],
      position: [p[v * 3], p[v * 3 + 1], p[v * 3 + 2]],
      normal: [nr[v * 3], nr[v * 3 + 1], nr[v * 3 + 2]],
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

/**
 * A mesh's labels split into its left and right halves (x < 0 and x ≥ 0; the body's midline is x = 0), for a mesh
 * that holds both ears (a user's skin): each ear's zones get their own anchors rather than one between the two.
 */
export function labelsBySide(geometry: THREE.BufferGeometry, labels: Int16Array): Int16Array[] {
  const p = geometry.getAttribute('position').array;
  return [true, false].map((left) => labels.map((l, v) => (p[v * 3] < 0 === left ? l : -1)));
}
