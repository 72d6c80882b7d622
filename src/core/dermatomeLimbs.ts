import type { Side } from '../schema/common';
import type { DermatomeLevel } from './dermatomeLevels';
import { mid, placeOnLimb, type LimbChain } from './dermatomeFrame';
import { add, cross, distance, dot, lerp, normalize, scale, sub, type Vec3 } from './vec';

type Landmarks = Record<string, Vec3>;

const FRONT: Vec3 = [0, 0, 1];
const UP: Vec3 = [0, 1, 0];

/** One arm's chain (shoulder → elbow → wrist → knuckle → middle fingertip) and the finger lines of its hand. */
export interface ArmFrame {
  side: Side;
  chain: LimbChain;
  /** Per digit (thumb to little finger): the line along it and the level it carries. */
  digits: { line: Vec3[]; level: DermatomeLevel }[];
  axilla: Vec3;
  acromion: Vec3;
  /** Unit normal of the cut between arm and trunk (lateral and a little up, across the upper arm's axis). */
  cut: Vec3;
  axis: Vec3;
  /** Skin radius of the limb at each joint of the chain (metres), for telling arm skin from trunk skin. */
  radii: number[];
}

/** One leg's chain (hip → knee → ankle → ball of the foot → 2nd toe tip) and the cut between leg and trunk. */
export interface LegFrame {
  side: Side;
  chain: LimbChain;
  /** A point on the cut plane (the inguinal midpoint) and the plane's upward unit normal. */
  cutPoint: Vec3;
  cutNormal: Vec3;
}

export function armFrame(lm: Landmarks, side: Side): ArmFrame {
  const g = (n: string) => need(lm, `${n}.${side}`);
  const medial: Vec3 = [side === 'L' ? -1 : 1, 0, 0];
  const acromion = g('acromion');
  const axilla = g('axilla_apex');
  const shoulder = lerp(acromion, axilla, 0.4);
  const elbow = mid(g('lateral_epicondyle'), g('medial_epicondyle'));
  const wrist = mid(g('radial_styloid'), g('ulnar_styloid'));
  const axis = normalize(sub(elbow, shoulder));
  const lateral = scale(medial, -1);
  const cut = normalize(sub(lateral, scale(axis, dot(lateral, axis))));
  const joints = [shoulder, elbow, wrist, g('knuckle_3'), g('middle_tip')];
  const half = (a: string, b: string) => distance(g(a), g(b)) / 2;
  const elbowR = half('lateral_epicondyle', 'medial_epicondyle');
  const wristR = half('radial_styloid', 'ulnar_styloid');
  const radii = [distance(acromion, axilla) * 0.5, elbowR, wristR, wristR, wristR * 0.5];
  const digit = (a: string, b: string, c: string, level: DermatomeLevel) => ({
    line: [a === 'wrist' ? wrist : g(a), g(b), g(c)],
    level,
  });
  return {
    side,
    chain: { joints, front: joints.map(() => FRONT), medial: joints.map(() => medial) },
    digits: [
      digit('metacarpal_base_1_2', 'mcp_thumb', 'thumb_tip', 'C6'),
      digit('wrist', 'knuckle_2', 'index_tip', 'C6'),
      digit('wrist', 'knuckle_3', 'middle_tip', 'C7'),
      digit('wrist', 'knuckle_4', 'ring_tip', 'C8'),
      digit('wrist', 'knuckle_5', 'little_tip', 'C8'),
    ],
    axilla,
    acromion,
    cut,
    axis,
    radii,
  };
}

export function legFrame(lm: Landmarks, side: Side): LegFrame {
  const g = (n: string) => need(lm, `${n}.${side}`);
  const medial: Vec3 = [side === 'L' ? -1 : 1, 0, 0];
  const inguinal = g('inguinal_mid');
  const troch = g('greater_trochanter');
  const fold = g('gluteal_fold');
  const hip: Vec3 = [(inguinal[0] + troch[0]) / 2, inguinal[1], (inguinal[2] + fold[2]) / 2];
  const knee = mid(g('femoral_lateral_epicondyle'), g('femoral_medial_epicondyle'));
  const ankle = mid(g('medial_malleolus'), g('lateral_malleolus'));
  const ball = mid(g('metatarsal_1_head_medial'), g('metatarsal_5_head_lateral'));
  const joints = [hip, knee, ankle, ball, g('second_toe_tip')];
  let n = normalize(cross(sub(troch, inguinal), sub(fold, inguinal)));
  if (n[1] < 0) n = scale(n, -1);
  return {
    side,
    chain: { joints, front: [FRONT, FRONT, UP, UP], medial: joints.map(() => medial) },
    cutPoint: inguinal,
    cutNormal: n,
  };
}

/**
 * How far p is from the arm, in arm radii (below 1: inside the arm's skin), or Infinity above the shoulder's cut
 * (the top of the shoulder belongs to the trunk).
 */
export function armDistance(a: ArmFrame, p: Vec3, margin: number): number {
  if (dot(sub(p, a.acromion), a.axis) <= margin) return Infinity;
  const { u, distance: d } = placeOnLimb(a.chain, p);
  const i = Math.min(a.radii.length - 2, Math.floor(u));
  const r = a.radii[i] + (a.radii[i + 1] - a.radii[i]) * (u - i);
  return d / Math.max(r, 1e-3);
}

/** Whether p lies below the leg's cut (inguinal ligament, greater trochanter, gluteal fold). */
export function onLeg(l: LegFrame, p: Vec3, margin: number): boolean {
  return dot(sub(p, l.cutPoint), l.cutNormal) < -margin;
}

/** Arm rules: C5 lateral upper arm, T2/T1 medial upper arm, C6 radial and T1/C8 ulnar forearm, C7 behind; digits. */
export function armLevel(a: ArmFrame, p: Vec3): DermatomeLevel {
  const { u, angle } = placeOnLimb(a.chain, p);
  if (u < 1) return angle > 35 && angle < 145 ? (u < 0.5 ? 'T2' : 'T1') : 'C5';
  if (u < 2) {
    if (Math.abs(angle) >= 140) return 'C7';
    if (angle < 0) return 'C6';
    return u < 1.45 ? 'T1' : 'C8';
  }
  let best = a.digits[0].level;
  let bestD = Infinity;
  for (const d of a.digits) {
    const dist = polylineDistance(d.line, p);
    if (dist < bestD) [best, bestD] = [d.level, dist];
  }
  return best;
}

/** Leg rules: L1–L3 bands down the front of the thigh, S2 behind; L4 medial, L5 front and S1 behind the leg; foot. */
export function legLevel(l: LegFrame, p: Vec3): DermatomeLevel {
  const { u, angle } = placeOnLimb(l.chain, p);
  const back = Math.abs(angle) >= 125;
  if (u < 1) {
    if (back) return u < 0.12 ? 'S3' : 'S2';
    if (u >= 0.9) return 'L3';
    const w = u - 0.15 * Math.sin((angle * Math.PI) / 180);
    return w < 0.3 ? 'L1' : w < 0.68 ? 'L2' : 'L3';
  }
  if (u < 2) {
    if (back) return u < 1.5 ? 'S2' : 'S1';
    if (u < 1.1) return 'L3';
    if (angle < -100) return 'S1';
    return angle > 15 ? 'L4' : 'L5';
  }
  if (Math.abs(angle) >= 120 || angle < -50) return 'S1';
  if (angle > 50) return u < 2.6 ? 'L4' : 'L5';
  return 'L5';
}

function polylineDistance(line: Vec3[], p: Vec3): number {
  let best = Infinity;
  for (let i = 0; i < line.length - 1; i++) {
    const ab = sub(line[i + 1], line[i]);
    const t = Math.min(1, Math.max(0, dot(sub(p, line[i]), ab) / (dot(ab, ab) || 1)));
    const d = sub(p, add(line[i], scale(ab, t)));
    best = Math.min(best, Math.sqrt(dot(d, d)));
  }
  return best;
}

export function need(lm: Landmarks, name: string): Vec3 {
  const p = lm[name];
  if (!p) throw new Error(`dermatome map: the body has no landmark "${name}"`);
  return p;
}
