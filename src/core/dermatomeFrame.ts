import { add, cross, dot, lerp, normalize, scale, sub, type Vec3 } from './vec';

/** A piecewise-linear profile over height: [y, value] pairs, highest first, clamped at both ends. */
export type HeightProfile = readonly (readonly [number, number])[];

/** The value of a profile at height y. */
export function profileAt(profile: HeightProfile, y: number): number {
  if (y >= profile[0][0]) return profile[0][1];
  for (let i = 1; i < profile.length; i++) {
    const [y1, v1] = profile[i];
    if (y >= y1) {
      const [y0, v0] = profile[i - 1];
      return y0 === y1 ? v1 : v0 + ((v1 - v0) * (y0 - y)) / (y0 - y1);
    }
  }
  return profile[profile.length - 1][1];
}

/** Keeps the anchors that descend strictly in height (a landmark out of order is skipped, not trusted). */
export function descending(anchors: (readonly [number, number])[]): HeightProfile {
  const out: [number, number][] = [];
  for (const [y, v] of anchors) if (!out.length || y < out[out.length - 1][0] - 1e-4) out.push([y, v]);
  return out;
}

/** A limb as a polyline of joints with, per segment, the reference directions that name the sides of the limb. */
export interface LimbChain {
  joints: Vec3[];
  /** Per segment: the direction of the limb's front (or back of the hand / dorsum of the foot). */
  front: Vec3[];
  /** Per segment: the direction toward the body's midline for this limb (medial). */
  medial: Vec3[];
}

/** Where a point sits along a limb: u = segment index + fraction, and its angle around the axis. */
export interface LimbPlace {
  u: number;
  /** Degrees: 0 toward `front`, +90 medial, −90 lateral, ±180 behind. */
  angle: number;
  distance: number;
}

/** The closest place on a limb chain (ties go to the earlier segment). */
export function placeOnLimb(chain: LimbChain, p: Vec3): LimbPlace {
  let best: LimbPlace = { u: 0, angle: 0, distance: Infinity };
  for (let i = 0; i < chain.joints.length - 1; i++) {
    const a = chain.joints[i];
    const ab = sub(chain.joints[i + 1], a);
    const len2 = dot(ab, ab) || 1;
    const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / len2));
    const c = add(a, scale(ab, t));
    const d = sub(p, c);
    const dist = Math.sqrt(dot(d, d));
    if (dist >= best.distance) continue;
    const axis = normalize(ab);
    const f = normalize(sub(chain.front[i], scale(axis, dot(chain.front[i], axis))));
    const m = normalize(cross(axis, f));
    const medialSign = dot(m, chain.medial[i]) >= 0 ? 1 : -1;
    const angle = (Math.atan2(medialSign * dot(d, m), dot(d, f)) * 180) / Math.PI;
    best = { u: i + t, angle, distance: dist };
  }
  return best;
}

export const mid = (a: Vec3, b: Vec3): Vec3 => lerp(a, b, 0.5);

/** Smooth 0→1 step between e0 and e1. */
export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}
