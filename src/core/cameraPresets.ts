import type { Vec3 } from './vec';
import { add, cross, dot, lerp, normalize, scale } from './vec';

/** Preset view ids (mirrors src/state/viewTypes.ts, kept here so core stays free of the app). */
export type PresetId =
  | 'front'
  | 'back'
  | 'left'
  | 'right'
  | 'head'
  | 'hand-left'
  | 'hand-right'
  | 'foot-left'
  | 'foot-right'
  | 'ear';

export interface Pose {
  position: Vec3;
  target: Vec3;
}

export interface BodyBounds {
  min: Vec3;
  max: Vec3;
}

/** Vertical field of view the viewer uses, degrees. */
export const VIEW_FOV = 35;

const fitDistance = (size: number): number => size / 2 / Math.tan((VIEW_FOV * Math.PI) / 360);

/**
 * The camera pose of a preset on a body (+Y up, +Z anterior, +X subject's left). Close-ups aim at landmarks when the
 * body has them, else at fractions of its bounds.
 */
export function presetPose(id: PresetId, lm: Record<string, Vec3>, b: BodyBounds): Pose {
  const h = b.max[1] - b.min[1];
  const at = (name: string, fallback: Vec3): Vec3 => lm[name] ?? fallback;
  const mid = (a: Vec3, c: Vec3): Vec3 => lerp(a, c, 0.5);
  const whole: Vec3 = [0, b.min[1] + h * 0.5, 0];
  const d = fitDistance(h * 1.16);
  const side = (s: 'L' | 'R'): number => (s === 'L' ? 1 : -1);
  const closeUp = (target: Vec3, dir: Vec3, dist: number): Pose => ({
    target,
    position: add(target, scale(normalize(dir), dist)),
  });
  const hand = (s: 'L' | 'R'): Pose => {
    const x = side(s) * (b.max[0] - 0.08);
    const wrist = at(`wrist_crease_palmar.${s}`, [x, b.min[1] + h * 0.47, 0.02]);
    const tip = at(`middle_tip.${s}`, [x, b.min[1] + h * 0.4, 0.02]);
    return closeUp(mid(wrist, tip), [side(s) * 0.25, 0.05, 1], h * 0.26);
  };
  const foot = (s: 'L' | 'R'): Pose => {
    const x = side(s) * 0.1;
    const heel = at(`heel.${s}`, [x, 0.03, -0.05]);
    const toe = at(`mtp_3.${s}`, [x, 0.03, 0.12]);
    return closeUp(mid(heel, toe), [side(s) * 0.5, 0.55, 1], h * 0.34);
  };
  switch (id) {
    case 'front':
      return { target: whole, position: [0, whole[1], d] };
    case 'back':
      return { target: whole, position: [0, whole[1], -d] };
    case 'left':
      return { target: whole, position: [d, whole[1], 0] };
    case 'right':
      return { target: whole, position: [-d, whole[1], 0] };
    case 'head': {
      const top = at('vertex', [0, b.max[1], 0]);
      const chin = at('chin', [0, b.max[1] - h * 0.12, 0.08]);
      const c = mid(top, chin);
      return closeUp([0, c[1], c[2] - 0.02], [0.12, 0.05, 1], h * 0.33);
    }
    case 'hand-left':
      return hand('L');
    case 'hand-right':
      return hand('R');
    case 'foot-left':
      return foot('L');
    case 'foot-right':
      return foot('R');
    case 'ear': {
      const tragus = at('tragus.L', [0.07, b.max[1] - h * 0.065, 0]);
      return closeUp([tragus[0], tragus[1] + 0.005, tragus[2] - 0.012], [1, 0.05, 0.08], h * 0.1);
    }
  }
}

/** True when the straight line between two points meets the body. */
export type SightBlocked = (from: Vec3, to: Vec3) => boolean;

/** A site to look at: a point on the skin and the skin's outward normal there. */
export interface FocusSite {
  position: Vec3;
  normal: Vec3;
}

const RING_DEGREES = [0, 20, 35, 50, 65, 80];
const RING_STEPS = 12;
/** Looking from a little above and in front reads best when several directions are clear. */
const PREFERRED: Vec3 = normalize([0, 0.35, 1]);
/** Offset (m) off the skin for the sight line, so the site's own skin does not block it. */
const LIFT_M = 0.004;

/**
 * The camera pose for flying to a site: looking along the site's skin normal (tilted a little upwards), from
 * `distance` metres. When the body blocks that line of sight (a point on the inside of a limb, facing the other limb
 * or the trunk), the direction turns away from the normal in widening rings until the line is clear, preferring
 * views from the front and above among equally turned ones; if no direction is clear at that distance, closer
 * distances are tried, and with nothing clear at all the normal's view is kept.
 */
export function focusPose(site: FocusSite, distance: number, blocked?: SightBlocked): Pose {
  const n = normalize(site.normal);
  const base = normalize([n[0], n[1] * 0.6 + 0.15, n[2]]);
  const at = (dir: Vec3, dist: number): Pose => ({
    target: site.position,
    position: add(site.position, scale(dir, dist)),
  });
  if (!blocked) return at(base, distance);
  const from = add(site.position, scale(n, LIFT_M));
  const dirs = viewDirections(base, n);
  for (const dist of [distance, distance * 0.5, distance * 0.25]) {
    for (const dir of dirs) {
      const pose = at(dir, dist);
      if (!blocked(from, pose.position)) return pose;
    }
  }
  return at(base, distance);
}

/** Candidate view directions, least turned from `base` first: rings around it, each ring ordered by preference. */
function viewDirections(base: Vec3, normal: Vec3): Vec3[] {
  const helper: Vec3 = Math.abs(base[1]) > 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u = normalize(cross(base, helper));
  const w = cross(base, u);
  const out: Vec3[] = [];
  for (const deg of RING_DEGREES) {
    const a = (deg * Math.PI) / 180;
    const ring: Vec3[] = [];
    for (let k = 0; k < (deg === 0 ? 1 : RING_STEPS); k++) {
      const phi = (k / RING_STEPS) * 2 * Math.PI;
      const side = add(scale(u, Math.cos(phi)), scale(w, Math.sin(phi)));
      const dir = normalize(add(scale(base, Math.cos(a)), scale(side, Math.sin(a))));
      // stay outside the skin's tangent plane, and off the vertical (orbiting about +Y degenerates there)
      if (dot(dir, normal) >= 0.15 && Math.abs(dir[1]) <= 0.9) ring.push(dir);
    }
    ring.sort((p, q) => dot(q, PREFERRED) - dot(p, PREFERRED));
    out.push(...ring);
  }
  return out;
}
