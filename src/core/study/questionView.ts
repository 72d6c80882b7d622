import type { Vec3 } from '../vec';
import { add, distance, normalize, scale } from '../vec';

/** A camera pose in the body frame (what CameraRequest.pose takes). */
export interface ViewPose {
  position: Vec3;
  target: Vec3;
}

/**
 * Where the camera looks for a locate question: at the middle of the segment the answer is measured on, from the
 * side the site faces, far enough back to show the whole segment. The whole segment is in view, so the view shows
 * where to search without pointing at the answer.
 */
export function questionView(normal: Vec3, from: Vec3, to: Vec3): ViewPose {
  const target = scale(add(from, to), 0.5);
  const flat = normalize([normal[0], 0, normal[2]]);
  const facing: Vec3 = Number.isFinite(flat[0]) && Math.hypot(flat[0], flat[2]) > 0.5 ? flat : [0, 0, 1];
  const back = Math.max(0.6, distance(from, to) * 2.2);
  return { target, position: add(target, add(scale(facing, back), [0, 0.05, 0])) };
}
