import type { Vec3 } from '../vec';
import { add, distance, normalize, scale } from '../vec';

/** A camera pose in the body frame (what CameraRequest.pose takes). */
export interface ViewPose {
  position: Vec3;
  target: Vec3;
}

/**
 * Where the camera looks for a locate question: at the middle of the segment the answer is measured on, from the
 * side the site faces, far enough back to show the whole segment, so the view shows where to search without pointing
 * at the answer. A site facing the midline (the inner leg or arm) is seen from the front or back at a slant instead,
 * where the other limb does not stand in the way.
 */
export function questionView(site: Vec3, normal: Vec3, from: Vec3, to: Vec3): ViewPose {
  const target = scale(add(from, to), 0.5);
  const flat = normalize([normal[0], 0, normal[2]]);
  let facing: Vec3 = Math.hypot(flat[0], flat[2]) > 0.5 ? flat : [0, 0, 1];
  const towardMidline = Math.abs(site[0]) > 0.03 && facing[0] * Math.sign(site[0]) < -0.5;
  if (towardMidline) facing = normalize([facing[0] * 0.6, 0, normal[2] < 0 ? -1 : 1]);
  const back = Math.max(0.6, distance(from, to) * 2.6);
  return { target, position: add(target, add(scale(facing, back), [0, 0.05, 0])) };
}
