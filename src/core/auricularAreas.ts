import type { AuricularArea } from '../schema/auricularArea';
import { add, cross, dot, normalize, scale, sub, type Vec3 } from './vec';

const inRange = ([a, b]: readonly [number, number], v: number) => v >= a && (v < b || (b === 1 && v <= 1));

/** The index of the GB/T area that holds frame position (s, t) of a region, or −1. */
export function areaIndexAt(areas: readonly AuricularArea[], region: string, s: number, t: number): number {
  return areas.findIndex((a) => a.region === region && inRange(a.s, s) && inRange(a.t, t));
}

/** A rigid motion: p ↦ R·p + t (R as rows). */
export interface Rigid {
  rows: [Vec3, Vec3, Vec3];
  t: Vec3;
}

export const applyRigid = (m: Rigid, p: Vec3): Vec3 =>
  add([dot(m.rows[0], p), dot(m.rows[1], p), dot(m.rows[2], p)], m.t);
export const rotateRigid = (m: Rigid, n: Vec3): Vec3 => [
  dot(m.rows[0], n),
  dot(m.rows[1], n),
  dot(m.rows[2], n),
];

/** An orthonormal frame from three points: along a→b, then toward c. */
function frameOf(a: Vec3, b: Vec3, c: Vec3): [Vec3, Vec3, Vec3] {
  const e1 = normalize(sub(b, a));
  const ac = sub(c, a);
  const e2 = normalize(sub(ac, scale(e1, dot(ac, e1))));
  return [e1, e2, cross(e1, e2)];
}

/**
 * The rigid motion that carries points `from` onto `to` (same order, at least three, not collinear), from the
 * frames of the first three and the centroids of all. Returns the motion and its worst residual (metres).
 */
export function fitRigid(from: readonly Vec3[], to: readonly Vec3[]): { motion: Rigid; residual: number } {
  const F = frameOf(from[0], from[1], from[2]);
  const T = frameOf(to[0], to[1], to[2]);
  // R = T·Fᵀ: column k of T times row k of Fᵀ
  const rows = [0, 1, 2].map((i) =>
    [0, 1, 2].map((j) => T[0][i] * F[0][j] + T[1][i] * F[1][j] + T[2][i] * F[2][j]),
  ) as unknown as [Vec3, Vec3, Vec3];
  const mean = (ps: readonly Vec3[]) =>
    scale(
      ps.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]),
      1 / ps.length,
    );
  const rot: Rigid = { rows, t: [0, 0, 0] };
  const t = sub(mean(to), applyRigid(rot, mean(from)));
  const motion: Rigid = { rows, t };
  const residual = Math.max(...from.map((p, i) => Math.hypot(...sub(applyRigid(motion, p), to[i]))));
  return { motion, residual };
}
