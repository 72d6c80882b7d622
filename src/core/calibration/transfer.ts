import { armMembership } from '../limbMembership';
import { nearestVertex, type MeshArrays, type Surface } from '../surface';
import type { Vec3 } from '../vec';
import { KEY_LANDMARK_NAMES } from './keyLandmarks';
import { midlineSection, onMidline } from './midline';
import { thinPlateWarp, type Warp } from './warp';

/** A shipped body, the source of a transfer: its landmarks, and which of them lie on a free arm. */
export interface ReferenceBody {
  id: string;
  landmarks: Record<string, Vec3>;
  /** Landmark name → the arm it lies on (`L` or `R`); landmarks not listed are on the trunk, head or legs. */
  arms: Record<string, 'L' | 'R'>;
}

/** The result of a calibration's transfer: every landmark on the new skin, and which body it came from. */
export interface Transfer {
  source: string;
  landmarks: Record<string, Vec3>;
  /** The names placed by the user (kept as placed, on the skin); the rest were transferred. */
  placed: string[];
  /** The warp of the trunk, head and legs from the source body's frame to the new body's (for the ear's sites). */
  warp: Warp;
}

/** The key landmarks that lie on the arm below the shoulder: they bend with the elbow, not with the trunk. */
const ARM_KEYS = ['cubital_crease', 'wrist_crease_palmar', 'middle_tip'];
const isArmKey = (name: string) => ARM_KEYS.some((k) => name.startsWith(`${k}.`));

/**
 * The thin-plate warp from a reference body's frame to a new body's, fitted to the landmarks placed on the new body
 * that the reference also has. Without `withArms` the arm keys below the shoulder are left out, so that the trunk,
 * head and legs do not bend with a new arm pose (the warp the ear and the other non-arm landmarks are carried by).
 */
export function bodyWarp(
  reference: Record<string, Vec3>,
  placed: Record<string, Vec3>,
  { withArms = false } = {},
): Warp {
  const names = Object.keys(placed).filter((n) => reference[n] && (withArms || !isArmKey(n)));
  return thinPlateWarp(
    names.map((n) => reference[n]),
    names.map((n) => placed[n]),
  );
}

/** Key landmarks the user has not placed yet. */
export function missingKeyLandmarks(placed: Record<string, Vec3>): string[] {
  return KEY_LANDMARK_NAMES.filter((n) => !placed[n]);
}

/** Height used to compare shapes: vertex above the mean of the heels. */
function height(lm: Record<string, Vec3>): number {
  return lm.vertex[1] - (lm['heel.L'][1] + lm['heel.R'][1]) / 2;
}

/**
 * How unlike two bodies are over the key landmarks of the trunk, head and legs, after scaling each to unit height
 * and centring it on its pubic symphysis: the root mean square gap. The nearer shipped body is the source of a
 * transfer. The arms are left out: they differ by pose more than by build.
 */
export function shapeDistance(a: Record<string, Vec3>, b: Record<string, Vec3>): number {
  const [ha, hb] = [height(a), height(b)];
  const names = KEY_LANDMARK_NAMES.filter((n) => !isArmKey(n));
  let sum = 0;
  for (const n of names)
    for (let k = 0; k < 3; k++) {
      const d = (a[n][k] - a.pubic_symphysis[k]) / ha - (b[n][k] - b.pubic_symphysis[k]) / hb;
      sum += d * d;
    }
  return Math.sqrt(sum / names.length);
}

/** Which landmarks of a body lie on a free arm, found from its skin (see armMembership). */
export function armLandmarks(skin: MeshArrays, landmarks: Record<string, Vec3>): Record<string, 'L' | 'R'> {
  const { marks } = armMembership(skin.positions, skin.indices, landmarks);
  const out: Record<string, 'L' | 'R'> = {};
  for (const [name, p] of Object.entries(landmarks)) {
    const m = marks[nearestVertex(skin.positions, p)];
    if (m) out[name] = m === 1 ? 'L' : 'R';
  }
  return out;
}

/**
 * Transfers every landmark of the nearer reference body onto a new skin. Thin-plate warps fitted to the placed
 * landmarks carry the reference's landmarks over — one for the trunk, head and legs (the arm keys below the
 * shoulder left out, so that a new arm pose does not drag the chest), one per arm (all keys) — and each result is
 * put on the new skin: midline landmarks on the midline outline, arm landmarks on that arm's skin, the rest at
 * the closest skin point. Placed landmarks are kept as placed (put on the skin).
 */
export function transferLandmarks(
  surface: Surface,
  skin: MeshArrays,
  placed: Record<string, Vec3>,
  references: ReferenceBody[],
): Transfer {
  const missing = missingKeyLandmarks(placed);
  if (missing.length) throw new Error(`key landmarks not placed: ${missing.join(', ')}`);
  if (references.length === 0) throw new Error('no reference body to transfer landmarks from');
  const source = references
    .map((r) => ({ r, d: shapeDistance(placed, r.landmarks) }))
    .reduce((a, b) => (b.d < a.d ? b : a)).r;
  const warp = bodyWarp(source.landmarks, placed);
  const armWarp = bodyWarp(source.landmarks, placed, { withArms: true });
  const section = midlineSection(skin);
  const onSkin = (name: string, p: Vec3): Vec3 =>
    /\.[LR]$/.test(name) ? surface.closest(p, 0.05).point : onMidline(section, p);

  const landmarks: Record<string, Vec3> = {};
  const armNames: string[] = [];
  for (const [name, p] of Object.entries(source.landmarks)) {
    if (source.arms[name] && !placed[name]) armNames.push(name);
    else landmarks[name] = onSkin(name, warp(p));
  }
  for (const [name, p] of Object.entries(placed)) landmarks[name] = onSkin(name, p);
  // The new body's arms, found from its own skin now that the armpits and knees are known.
  const { marks } = armMembership(skin.positions, skin.indices, landmarks);
  for (const name of armNames) {
    const mark = source.arms[name] === 'L' ? 1 : 2;
    const hit = surface.closest(armWarp(source.landmarks[name]), 0.05).point;
    const P = skin.positions;
    const onArm = marks.includes(mark) && marks[nearestVertex(P, hit)] !== mark;
    // A closest point that fell on the trunk or thigh is moved to the nearest skin of the right arm.
    const v = onArm ? nearestVertex(P, hit, (i) => marks[i] === mark) : -1;
    landmarks[name] = v >= 0 ? [P[3 * v], P[3 * v + 1], P[3 * v + 2]] : hit;
  }
  return { source: source.id, landmarks, placed: Object.keys(placed), warp };
}
