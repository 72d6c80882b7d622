import { ATLAS_ABDUCTION_DEG, SHOULDER_JOINT_OFFSET } from '../core/anthropometry';
import { ANSUR, type BodyParams } from './params';
import { add, dist, madd, norm, type V3 } from './sdf/vec';

/**
 * Joint centres and reference points of the LEFT side (+X) and the midline, in the contracts §1
 * frame. Everything else (solids, details, landmarks) is placed from these.
 */
export interface Skeleton {
  H: number;
  /** Width scale: 1 for a 1.70 m body. */
  s: number;
  female: boolean;
  /** z of the body's plumb line (the trunk centre at the waist). */
  zc: number;
  y: {
    vertex: number;
    pupil: number;
    chin: number;
    c7: number;
    ssn: number;
    acromion: number;
    nipple: number;
    iliac: number;
    navel: number;
    troch: number;
    crotch: number;
    midPatella: number;
    tibiale: number;
    latMall: number;
  };
  acromion: V3;
  /** The glenohumeral joint centre: the arm turns about it into the atlas pose. */
  shoulder: V3;
  /** Where the shoulder's rounded surface is built from (deltoid, axillary folds): under the acromion, lateral of the joint. */
  shoulderCap: V3;
  elbow: V3;
  wrist: V3;
  /** Unit directions of the upper arm, forearm (= hand), and the hand's lateral (thumb-side) axis. */
  upperArmDir: V3;
  forearmDir: V3;
  handLat: V3;
  handLength: number;
  hip: V3;
  knee: V3;
  ankle: V3;
  /** Foot: back of the heel, forward and lateral axes on the floor, length. */
  heelBack: V3;
  footFwd: V3;
  footLat: V3;
  footLength: number;
  /** Head: centre of the cranium. */
  headCentre: V3;
}

/** Radius of the skin over the lateral elbow: where radiale sits relative to the elbow centre. */
export const ELBOW_LATERAL = 0.033;

/** Builds the skeleton of a body from its parameters and the ANSUR ratios. */
export function buildSkeleton(p: BodyParams): Skeleton {
  const A = ANSUR[p.sex];
  const H = p.stature;
  const female = p.sex === 'female';
  const s = H / 1.7;
  const h = A.heights;
  const zc = 0.02;
  const y = {
    vertex: H,
    pupil: 0.936 * H,
    chin: 0.87 * H,
    c7: h.cervicale * H,
    ssn: h.suprasternale * H,
    acromion: h.acromial * H,
    nipple: (female ? 0.712 : 0.72) * H,
    iliac: h.iliocristale * H,
    navel: h.omphalion * H,
    troch: h.trochanterion * H,
    crotch: h.crotch * H,
    midPatella: h.kneeMidPatella * H,
    tibiale: h.tibiale * H,
    latMall: h.lateralMalleolus * H,
  };
  // The male ANSUR span ratio (an estimate, reference-facts §6) is only reached with the arm lengths
  // at the low end of their ±3 % band: this is where the arm chain is set, per sex.
  const armK = female ? 1.012 : 0.99;
  const acromion: V3 = [(A.biacromial.ratio * H * (female ? 1 : 0.995)) / 2, y.acromion, zc - 0.012 * s];
  const shoulder = add(acromion, SHOULDER_JOINT_OFFSET.map((c) => c * s) as V3);
  // The arm's lengths are those ANSUR measures with the arm hanging (abduction 0), so they are solved in that
  // posture; the same chain is then turned out about the shoulder joint into the atlas pose, where the arm stands
  // clear of the chest from the armpit down.
  const carry = ((female ? 9 : 6) * Math.PI) / 180;
  const dirs = (abdDeg: number) => {
    const abd = (abdDeg * Math.PI) / 180;
    return {
      ua: norm([Math.sin(abd), -Math.cos(abd), 0.01]),
      fa: norm([Math.sin(abd + carry), -Math.cos(abd + carry), 0.03]),
    };
  };
  const lat = (d: V3): V3 => lateralOf(d);
  const hang = dirs(0);
  // radiale: lateral skin of the elbow, just below the joint line
  const radiale = (e: V3) => madd(madd(e, lat(hang.ua), ELBOW_LATERAL * s), hang.fa, 0.012 * s);
  let lh = A.lengths.upperArm * H * armK;
  for (let i = 0; i < 4; i++)
    lh += A.lengths.upperArm * H * armK - dist(acromion, radiale(madd(shoulder, hang.ua, lh)));
  const elbow0 = madd(shoulder, hang.ua, lh);
  // stylion: tip of the radial styloid, lateral skin at the wrist
  const stylion = (w: V3) => madd(w, lat(hang.fa), 0.025 * s);
  const foreK = female ? 1.02 : 1.015; // the projected styloid sits ~5 mm short of the skeleton's
  let lf = A.lengths.forearm * H * foreK;
  for (let i = 0; i < 4; i++)
    lf += A.lengths.forearm * H * foreK - dist(radiale(elbow0), stylion(madd(elbow0, hang.fa, lf)));
  const { ua: upperArmDir, fa: forearmDir } = dirs(ATLAS_ABDUCTION_DEG);
  const elbow = madd(shoulder, upperArmDir, lh);
  const wrist = madd(elbow, forearmDir, lf);
  const handLat = lat(forearmDir);
  const footLength = A.lengths.foot * H;
  const toeOut = (7 * Math.PI) / 180;
  const footFwd: V3 = [Math.sin(toeOut), 0, Math.cos(toeOut)];
  const footLat: V3 = [Math.cos(toeOut), 0, -Math.sin(toeOut)];
  const ankleX = (female ? 0.075 : 0.085) * s;
  const heelBack: V3 = [ankleX - 0.004 * s, 0, -0.035 * s];
  const ankle = madd(madd(heelBack, footFwd, 0.255 * footLength), [0, 1, 0], y.latMall + 0.012 * s);
  return {
    H,
    s,
    female,
    zc,
    y,
    acromion,
    shoulder,
    shoulderCap: add(acromion, [-0.017 * s, -0.04 * s, -0.004 * s]),
    elbow,
    wrist,
    upperArmDir,
    forearmDir,
    handLat,
    handLength: A.lengths.hand * H * (female ? 0.985 : 0.965),
    hip: [(female ? 0.088 : 0.09) * s, y.troch - 0.006 * s, zc + 0.005 * s],
    knee: [(female ? 0.082 : 0.088) * s, y.tibiale + 0.016 * s, zc + 0.012 * s],
    ankle,
    heelBack,
    footFwd,
    footLat,
    footLength,
    headCentre: [0, H - 0.098 * s, zc - 0.008 * s],
  };
}

/** The lateral-elbow and radial-styloid skin points the arm lengths are measured between. */
export function armReferencePoints(k: Skeleton): { radiale: V3; stylion: V3 } {
  const latUa = lateralOf(k.upperArmDir);
  return {
    radiale: madd(madd(k.elbow, latUa, ELBOW_LATERAL * k.s), k.forearmDir, 0.012 * k.s),
    stylion: madd(k.wrist, k.handLat, 0.025 * k.s),
  };
}

/** The horizontal-plane perpendicular of a left-limb direction, pointing laterally (+X). */
export function lateralOf(d: V3): V3 {
  return norm([-d[1], d[0], 0]);
}
