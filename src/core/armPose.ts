import type { Side } from '../schema/common';
import type { Vec3 } from './vec';

/** How an arm stands: the turn from hanging at the side to its pose, and which points lie on it. */
export interface ArmPose {
  /** A direction given for the anatomical position (arm hanging), turned with the arm into its pose. */
  turn(v: Vec3): Vec3;
  /** Whether a skin point lies on this arm, distal of the axillary folds and near the arm's axis. */
  holds(p: Vec3): boolean;
}

const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

/**
 * The pose of one arm from its landmarks: the upper arm's axis runs from between the axillary folds (front and back
 * of the arm at the folds' ends) to between the epicondyles. WHO's directions on a limb (superior, lateral…) are those
 * of the anatomical position, arms hanging; on a body whose arms are turned out (the atlas pose) they turn with the arm,
 * so "superior" on the forearm still runs up the forearm, not up the room.
 */
export function armPose(landmark: (name: string) => Vec3): ArmPose {
  const top = mid(landmark('axillary_fold_anterior'), landmark('axillary_fold_posterior'));
  const elbow = mid(landmark('lateral_epicondyle'), landmark('medial_epicondyle'));
  const d: Vec3 = [elbow[0] - top[0], elbow[1] - top[1], elbow[2] - top[2]];
  const len = Math.hypot(d[0], d[1], d[2]);
  const u: Vec3 = [d[0] / len, d[1] / len, d[2] / len];
  // the turn takes straight down to u: about the axis down × u, by the angle between them
  const ax: Vec3 = [-u[2], 0, u[0]];
  const s = Math.hypot(ax[0], ax[2]);
  const c = -u[1];
  const turn = (v: Vec3): Vec3 => {
    if (s < 1e-6) return v;
    const k: Vec3 = [ax[0] / s, 0, ax[2] / s];
    const kv = k[0] * v[0] + k[2] * v[2];
    const x: Vec3 = [k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0]];
    const r = (i: number) => v[i] * c + x[i] * s + k[i] * kv * (1 - c);
    return [r(0), r(1), r(2)];
  };
  const holds = (p: Vec3): boolean => {
    const w: Vec3 = [p[0] - top[0], p[1] - top[1], p[2] - top[2]];
    const t = w[0] * u[0] + w[1] * u[1] + w[2] * u[2];
    const off = Math.hypot(w[0] - t * u[0], w[1] - t * u[1], w[2] - t * u[2]);
    // the hand and forearm bend a little off the upper arm's line (the carrying angle): a wider band beyond the elbow
    return t > -0.01 && off < (t > len ? 0.09 : 0.07);
  };
  return { turn, holds };
}

const ARM_LANDMARKS = [
  'axillary_fold_anterior',
  'axillary_fold_posterior',
  'lateral_epicondyle',
  'medial_epicondyle',
];

/**
 * The pose of the arm on a side; null on the midline, or where the body lacks the arm's landmarks (a body part, a
 * test shape), which then stands as it is.
 */
export function armPoseOn(
  landmark: (name: string, side: Side) => Vec3 | undefined,
  side: Side,
): ArmPose | null {
  if (side === 'M') return null;
  const at = Object.fromEntries(ARM_LANDMARKS.map((n) => [n, landmark(n, side)]));
  if (ARM_LANDMARKS.some((n) => !at[n])) return null;
  return armPose((n) => at[n]!);
}
