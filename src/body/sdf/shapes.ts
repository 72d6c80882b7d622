import { cross, norm, perpendicular, sub, type V3 } from './vec';

/**
 * A solid of the body field. `d` is a signed distance estimate (negative inside, metres).
 * Shapes are combined in list order: 'add' blends with a smooth union of radius `k`,
 * 'sub' carves with a smooth subtraction of radius `k`.
 */
export interface Shape {
  lo: V3;
  hi: V3;
  k: number;
  op: 'add' | 'sub';
  d(x: number, y: number, z: number): number;
}

/** Options shared by the solid constructors. */
export interface ShapeOpts {
  k?: number;
  op?: 'add' | 'sub';
}

/** Orthonormal frame: e0 along the main axis, e1 the "side" direction, e2 = e0 × e1. */
function frame(axis: V3, side: V3): [V3, V3, V3] {
  const e0 = norm(axis);
  const e1 = perpendicular(e0, side);
  return [e0, e1, cross(e0, e1)];
}

/**
 * A round cone (a capsule whose radius changes from `ra` at `a` to `rb` at `b`) with an elliptical
 * cross-section: the radius is multiplied by `sx` along `side` and by `sz` along the third axis.
 */
export function roundCone(
  a: V3,
  b: V3,
  ra: number,
  rb: number,
  o: ShapeOpts & { side?: V3; sx?: number; sz?: number } = {},
): Shape {
  const axis = sub(b, a);
  const h = Math.hypot(axis[0], axis[1], axis[2]);
  const [e0, e1, e2] = frame(axis, o.side ?? [1, 0, 0]);
  const sx = o.sx ?? 1;
  const sz = o.sz ?? 1;
  const isx = 1 / sx;
  const isz = 1 / sz;
  const fs = Math.min(sx, sz, 1);
  const bb = (ra - rb) / h;
  const aa = Math.sqrt(Math.max(0, 1 - bb * bb));
  const rmax = Math.max(ra, rb) * Math.max(sx, sz, 1);
  return {
    lo: [Math.min(a[0], b[0]) - rmax, Math.min(a[1], b[1]) - rmax, Math.min(a[2], b[2]) - rmax],
    hi: [Math.max(a[0], b[0]) + rmax, Math.max(a[1], b[1]) + rmax, Math.max(a[2], b[2]) + rmax],
    k: o.k ?? 0.02,
    op: o.op ?? 'add',
    d(x, y, z) {
      const px = x - a[0];
      const py = y - a[1];
      const pz = z - a[2];
      const u = px * e0[0] + py * e0[1] + pz * e0[2];
      const p1 = (px * e1[0] + py * e1[1] + pz * e1[2]) * isx;
      const p2 = (px * e2[0] + py * e2[1] + pz * e2[2]) * isz;
      const r = Math.sqrt(p1 * p1 + p2 * p2);
      const kk = -bb * r + aa * u;
      let dd: number;
      if (kk < 0) dd = Math.sqrt(r * r + u * u) - ra;
      else if (kk > aa * h) dd = Math.sqrt(r * r + (u - h) * (u - h)) - rb;
      else dd = r * aa + u * bb - ra;
      return dd * fs;
    },
  };
}

/** An ellipsoid with semi-axes `r` along its frame (`axis` = first semi-axis, `side` = second). */
export function ellipsoid(c: V3, r: V3, o: ShapeOpts & { axis?: V3; side?: V3 } = {}): Shape {
  const [e0, e1, e2] = frame(o.axis ?? [1, 0, 0], o.side ?? [0, 1, 0]);
  const rm = Math.max(r[0], r[1], r[2]);
  const i0 = 1 / r[0];
  const i1 = 1 / r[1];
  const i2 = 1 / r[2];
  return {
    lo: [c[0] - rm, c[1] - rm, c[2] - rm],
    hi: [c[0] + rm, c[1] + rm, c[2] + rm],
    k: o.k ?? 0.02,
    op: o.op ?? 'add',
    d(x, y, z) {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const q0 = px * e0[0] + py * e0[1] + pz * e0[2];
      const q1 = px * e1[0] + py * e1[1] + pz * e1[2];
      const q2 = px * e2[0] + py * e2[1] + pz * e2[2];
      const k0 = Math.sqrt((q0 * i0) ** 2 + (q1 * i1) ** 2 + (q2 * i2) ** 2);
      const k1 = Math.sqrt((q0 * i0 * i0) ** 2 + (q1 * i1 * i1) ** 2 + (q2 * i2 * i2) ** 2);
      if (k1 < 1e-12) return -Math.min(r[0], r[1], r[2]);
      return (k0 * (k0 - 1)) / k1;
    },
  };
}

/** Convenience: a sphere. */
export const sphere = (c: V3, r: number, o: ShapeOpts = {}): Shape => ellipsoid(c, [r, r, r], o);
