import type { Pose } from './cameraPresets';
import { add, cross, dot, lerp, length, normalize, scale, sub, type Vec3 } from './vec';

const UP: Vec3 = [0, 1, 0];

/**
 * Turns unit vector `a` toward unit vector `b` by the fraction `k` of the angle between them (spherical
 * interpolation). Opposite directions (front → back) have no plane of their own: they turn about the vertical, so the
 * camera goes round the side of the body, never over the head or under the feet.
 */
export function slerpDirection(a: Vec3, b: Vec3, k: number): Vec3 {
  const cos = Math.max(-1, Math.min(1, dot(a, b)));
  const angle = Math.acos(cos);
  if (angle < 1e-6) return normalize(lerp(a, b, k));
  let axis = cross(a, b);
  if (length(axis) < 1e-6) {
    // opposite: turn about the vertical made perpendicular to `a` (or about X when `a` is itself vertical)
    const up = sub(UP, scale(a, dot(UP, a)));
    axis = length(up) > 1e-6 ? up : cross(a, [1, 0, 0]);
  }
  const n = normalize(axis);
  const t = angle * k;
  // Rodrigues' rotation of `a` about `n` (a ⟂ n, so the a·n term vanishes)
  return normalize(add(scale(a, Math.cos(t)), scale(cross(n, a), Math.sin(t))));
}

/**
 * The camera pose a fraction `k` (0…1) along a flight between two poses. The target moves straight; the camera keeps
 * to a sphere round the moving target: its direction from the target turns on an arc and its distance changes
 * separately (geometrically, so a zoom in reads as evenly as a zoom out). A straight line between the positions would
 * cut through the body on front → back and left ↔ right.
 */
export function flightPose(from: Pose, to: Pose, k: number): Pose {
  const target = lerp(from.target, to.target, k);
  const a = sub(from.position, from.target);
  const b = sub(to.position, to.target);
  const ra = length(a);
  const rb = length(b);
  if (ra < 1e-9 || rb < 1e-9) return { target, position: lerp(from.position, to.position, k) };
  const r = ra * Math.pow(rb / ra, k);
  const dir = slerpDirection(scale(a, 1 / ra), scale(b, 1 / rb), k);
  return { target, position: add(target, scale(dir, r)) };
}
