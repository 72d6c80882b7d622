import { norm, sub, type V3 } from './vec';

/** A surface detail: an outward displacement (negative = a dent or groove), metres, with compact support. */
export interface Bump {
  lo: V3;
  hi: V3;
  h(x: number, y: number, z: number): number;
}

/** Smooth compact profile: 1 at t = 0, 0 (with zero slope) at t ≥ 1. */
function profile(t2: number): number {
  if (t2 >= 1) return 0;
  const s = 1 - t2;
  return s * s * s;
}

/**
 * A point bump with an ellipsoidal footprint: semi-axes `r` along the frame (`axis`, `side`, third).
 * `amp` > 0 raises the skin, < 0 sinks it.
 */
export function pointBump(c: V3, r: V3, amp: number, axis: V3 = [1, 0, 0], side: V3 = [0, 1, 0]): Bump {
  const e0 = norm(axis);
  const e1raw = sub(side, [e0[0] * dotv(side, e0), e0[1] * dotv(side, e0), e0[2] * dotv(side, e0)]);
  const e1 = norm(e1raw);
  const e2: V3 = [
    e0[1] * e1[2] - e0[2] * e1[1],
    e0[2] * e1[0] - e0[0] * e1[2],
    e0[0] * e1[1] - e0[1] * e1[0],
  ];
  const rm = Math.max(r[0], r[1], r[2]);
  return {
    lo: [c[0] - rm, c[1] - rm, c[2] - rm],
    hi: [c[0] + rm, c[1] + rm, c[2] + rm],
    h(x, y, z) {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const q0 = (px * e0[0] + py * e0[1] + pz * e0[2]) / r[0];
      const q1 = (px * e1[0] + py * e1[1] + pz * e1[2]) / r[1];
      const q2 = (px * e2[0] + py * e2[1] + pz * e2[2]) / r[2];
      return amp * profile(q0 * q0 + q1 * q1 + q2 * q2);
    },
  };
}

function dotv(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/**
 * A ridge (amp > 0) or groove (amp < 0) along a polyline, of half-width `radius`, fading out over
 * `fade` of the total length at each end. Overlapping segments take the strongest value, not the sum.
 */
export function curveBump(points: V3[], radius: number, amp: number, fade = 0.2): Bump {
  const segs: { a: V3; d: V3; l2: number; s0: number; l: number }[] = [];
  let total = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const d = sub(points[i + 1], points[i]);
    const l = Math.hypot(d[0], d[1], d[2]);
    segs.push({ a: points[i], d, l2: l * l, s0: total, l });
    total += l;
  }
  const lo: V3 = [Infinity, Infinity, Infinity];
  const hi: V3 = [-Infinity, -Infinity, -Infinity];
  for (const p of points)
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p[i] - radius);
      hi[i] = Math.max(hi[i], p[i] + radius);
    }
  const fl = Math.max(total * fade, 1e-6);
  const r2 = radius * radius;
  return {
    lo,
    hi,
    h(x, y, z) {
      let best = 0;
      for (const s of segs) {
        const px = x - s.a[0];
        const py = y - s.a[1];
        const pz = z - s.a[2];
        let t = (px * s.d[0] + py * s.d[1] + pz * s.d[2]) / s.l2;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const qx = px - s.d[0] * t;
        const qy = py - s.d[1] * t;
        const qz = pz - s.d[2] * t;
        const p = profile((qx * qx + qy * qy + qz * qz) / r2);
        if (p <= 0) continue;
        const arc = s.s0 + t * s.l;
        const w = Math.min(1, arc / fl, (total - arc) / fl);
        const ww = w * w * (3 - 2 * w);
        const val = p * ww;
        if (val > best) best = val;
      }
      return amp * best;
    },
  };
}
