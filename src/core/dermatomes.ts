/**
 * Dermatome labels for every vertex of a body's skin, computed from its landmarks so that any body naming them gets
 * a map. The layout follows Keegan & Garrett (1948) as commonly redrawn: bands that run around the trunk, sloping
 * down toward the front, and continue down the limbs (C5–T1 along the arm, L1–S2 along the leg), with the face left
 * to the trigeminal nerve (no spinal root: null). It is a schematic on a generated body; borders are sharp here but
 * neighbouring dermatomes overlap in life, and published maps disagree (Downs & LaPorte 2011).
 */
import type { Side } from '../schema/common';
import { DERMATOME_LEVELS, levelIndex, trunkLevel, type DermatomeLevel } from './dermatomeLevels';
import { descending, profileAt, smoothstep, type HeightProfile } from './dermatomeFrame';
import {
  armFrame,
  armLevel,
  legFrame,
  legLevel,
  need,
  armDistance,
  onLeg,
  type ArmFrame,
  type LegFrame,
} from './dermatomeLimbs';
import { armMembership, type ArmMembership } from './limbMembership';
import { distance, type Vec3 } from './vec';

export { DERMATOME_LEVELS, type DermatomeLevel } from './dermatomeLevels';

/** The source id of the map drawn (data/sources.json). */
export const DERMATOME_MAP_SOURCE = 'keegan-garrett-1948';

/** Everything the labelling needs from one body's landmarks. */
export interface DermatomeFrame {
  scale: number;
  back: HeightProfile;
  front: HeightProfile;
  centreZ: HeightProfile;
  arms: Record<'L' | 'R', ArmFrame>;
  legs: Record<'L' | 'R', LegFrame>;
  face: { earZ: number; jaw: [Vec3, Vec3] };
  /** The trunk's half width over height (its depth comes from centreZ and the back line). */
  halfWidth: HeightProfile;
  halfDepth: HeightProfile;
  /** The cap of the shoulder (C4): beyond this distance from the midline, between these heights. */
  shoulder: { x: number; low: number; high: number };
  perineum: Vec3;
  ischialY: number;
  pubicY: number;
}

/** Reads the landmarks the map needs; throws naming the first one missing. */
export function dermatomeFrame(lm: Record<string, Vec3>): DermatomeFrame {
  const g = (n: string) => need(lm, n);
  const y = (n: string) => g(n)[1];
  const both = (n: string, k: number) => (g(`${n}.L`)[k] + g(`${n}.R`)[k]) / 2;
  const spine = (s: string) => y(`spinous.${s}`);
  const thoracic = Array.from({ length: 11 }, (_, i) => [spine(`T${i + 2}`), i + 3] as const);
  const lumbar = Array.from({ length: 5 }, (_, i) => [spine(`L${i + 1}`), i + 14] as const);
  const ischialY = both('ischial_tuberosity', 1);
  const back = descending([
    [y('external_occipital_protuberance'), 0],
    [spine('C2'), 0.3],
    [spine('C4'), 1],
    [spine('C6'), 1.7],
    [spine('C7'), 2.2],
    [spine('T1'), 2.6],
    ...thoracic,
    ...lumbar,
    [ischialY + 0.01, 21],
  ]);
  const front = descending([
    [y('chin'), 0.4],
    [both('supraclavicular_fossa', 1), 1],
    // the C3/C4 border runs just below the clavicle; C4 covers the skin down toward the second rib
    [both('clavicle_mid', 1) - 0.01 * (y('vertex') / 1.63), 1.5],
    [y('sternum_ics_2'), 3],
    [y('sternum_ics_3'), 4],
    [y('sternum_ics_4'), 5],
    [y('sternum_ics_5'), 6],
    [y('xiphisternal_junction'), 7],
    [y('umbilicus'), 11],
    [both('inguinal_mid', 1), 13],
    [y('pubic_symphysis'), 14],
  ]);
  const frontZ = [
    'laryngeal_prominence',
    'suprasternal_notch',
    'sternal_angle',
    'xiphisternal_junction',
    'umbilicus',
    'pubic_symphysis',
  ];
  const backZ = ['C7', 'T3', 'T6', 'T9', 'T12', 'L3', 'L5'].map((s) => g(`spinous.${s}`));
  const zBack = descending(backZ.map((p) => [p[1], p[2]] as const));
  const zFront = descending(frontZ.map((n) => [y(n), g(n)[2]] as const));
  const ys = [...new Set([...zBack, ...zFront].map(([h]) => h))].sort((a, b) => b - a);
  const centreZ = descending(ys.map((h) => [h, (profileAt(zBack, h) + profileAt(zFront, h)) / 2] as const));
  return {
    scale: y('vertex') / 1.63,
    back,
    front,
    centreZ,
    arms: { L: armFrame(lm, 'L'), R: armFrame(lm, 'R') },
    legs: { L: legFrame(lm, 'L'), R: legFrame(lm, 'R') },
    face: { earZ: both('tragus', 2), jaw: [g('mandible_angle.L'), g('chin')] },
    halfWidth: descending([
      [both('axilla_apex', 1), Math.abs(g('axilla_apex.L')[0])],
      [both('iliac_crest_top', 1), Math.abs(g('iliac_crest_top.L')[0])],
    ]),
    halfDepth: descending(
      ys.map((h) => [h, Math.abs(profileAt(zFront, h) - profileAt(zBack, h)) / 2] as const),
    ),
    shoulder: {
      x: (Math.abs(g('supraclavicular_fossa.L')[0]) + Math.abs(g('acromion.L')[0])) / 2,
      low: both('clavicle_mid', 1) - 0.03 * (y('vertex') / 1.63),
      high: both('acromion', 1) + 0.05 * (y('vertex') / 1.63),
    },
    perineum: g('perineum'),
    ischialY,
    pubicY: y('pubic_symphysis'),
  };
}

/**
 * Where a skin point stands with respect to the arms, when the mesh has told (`armMembership`): `arm` on the free arm
 * of its side, `notArm` below that arm's cut but on other skin (the thigh beside the hand), `unknown` otherwise.
 */
export type ArmPlace = 'arm' | 'notArm' | 'unknown';

/** The level of one skin point, or null on the face (trigeminal territory). */
export function dermatomeAt(f: DermatomeFrame, p: Vec3, place: ArmPlace = 'unknown'): DermatomeLevel | null {
  const s = f.scale;
  const [x, y, z] = p;
  const [angle, chin] = f.face.jaw;
  const jawY =
    z <= angle[2]
      ? angle[1]
      : z >= chin[2]
        ? chin[1]
        : angle[1] + ((chin[1] - angle[1]) * (z - angle[2])) / (chin[2] - angle[2]);
  if (z > f.face.earZ + 0.004 * s && y > jawY - 0.003 * s) return null;
  const per = f.perineum;
  if (Math.abs(x) < 0.035 * s && y < f.ischialY + 0.04 * s && y > per[1] - 0.06 * s) {
    if (z < per[2] - 0.005 * s) return 'S4-5';
    if (z > per[2] + 0.01 * s) return y > f.pubicY - 0.04 * s ? 'L1' : 'S3';
  }
  const side: Side = x >= 0 ? 'L' : 'R';
  const arm = f.arms[side];
  if (distance(p, arm.axilla) < 0.03 * s) return 'T2';
  if (place === 'arm') return armLevel(arm, p);
  const centreZ = profileAt(f.centreZ, y);
  const inTrunk = Math.hypot(x / profileAt(f.halfWidth, y), (z - centreZ) / profileAt(f.halfDepth, y));
  if (place === 'unknown' && armDistance(arm, p, 0.01 * s) < inTrunk) return armLevel(arm, p);
  const leg = f.legs[side];
  if (onLeg(leg, p, 0.008 * s)) return legLevel(leg, p);
  if (Math.abs(x) > f.shoulder.x && y > f.shoulder.low && y < f.shoulder.high) return 'C4';
  const around = Math.atan2(Math.abs(x), -(z - centreZ)) / Math.PI;
  const g = smoothstep(0.15, 0.6, around);
  return trunkLevel((1 - g) * profileAt(f.back, y) + g * profileAt(f.front, y));
}

const cache = new WeakMap<ArrayLike<number>, { byMesh: boolean; labels: Int8Array }>();

/**
 * Labels every vertex (index into DERMATOME_LEVELS, −1 for none); computed once per positions array and cached.
 * With the triangles (`indices`), each free arm is found on the mesh first (`armMembership`), so arm labels stay on
 * the arm and no hand takes the label of the thigh it hangs beside; without them, by position alone.
 */
export function labelDermatomes(
  positions: Float32Array,
  landmarks: Record<string, Vec3>,
  indices?: ArrayLike<number>,
): Int8Array {
  const hit = cache.get(positions);
  if (hit && hit.byMesh === (indices !== undefined)) return hit.labels;
  const f = dermatomeFrame(landmarks);
  const out = new Int8Array(positions.length / 3);
  const arms = indices ? armMembership(positions, indices, landmarks) : null;
  for (let i = 0; i < out.length; i++) {
    const p: Vec3 = [positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]];
    const level = dermatomeAt(f, p, arms ? armPlace(arms, i, p) : 'unknown');
    out[i] = level ? levelIndex(level) : -1;
  }
  cache.set(positions, { byMesh: indices !== undefined, labels: out });
  return out;
}

function armPlace(arms: ArmMembership, i: number, p: Vec3): ArmPlace {
  if (arms.marks[i] !== 0) return 'arm';
  const cut = arms.cuts[p[0] >= 0 ? 'L' : 'R'];
  return cut !== null && p[1] < cut ? 'notArm' : 'unknown';
}

/** The level names of labels (null where unassigned), for export. */
export const labelNames = (labels: Int8Array): (DermatomeLevel | null)[] =>
  Array.from(labels, (i) => (i < 0 ? null : DERMATOME_LEVELS[i]));
