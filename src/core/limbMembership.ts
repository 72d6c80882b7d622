import type { Side } from '../schema/common';
import { nearestVertex } from './surface';
import type { Vec3 } from './vec';

/**
 * Which free-hanging arm each skin vertex belongs to (`marks`: 1 left, 2 right, 0 neither), and per side the height
 * of the cut below which that holds (null where the arm could not be told apart by the mesh).
 */
export interface ArmMembership {
  marks: Uint8Array;
  cuts: Record<Side, number | null>;
}

const SIDES: [Side, number][] = [
  ['L', 1],
  ['R', 2],
];

/**
 * The skin of each arm from a little below the armpit down to the fingertips, found by the mesh itself: the vertices
 * joined by skin edges to the middle fingertip without rising above the cut (`drop` metres below the armpit apex).
 * A hand hanging beside the thigh is then never taken for thigh skin, however close the two lie, because no edge of
 * the skin joins them. If the arm's skin is joined to the rest below the cut (an arm fused to the chest wall or a
 * hand merged with the thigh), the fill would spread onto the trunk or legs: that arm is left unmarked (the caller
 * then labels it by position alone).
 */
export function armMembership(
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
  landmarks: Record<string, Vec3>,
  drop = 0.02,
): ArmMembership {
  const n = positions.length / 3;
  const out = new Uint8Array(n);
  const cuts: Record<Side, number | null> = { L: null, R: null, M: null };
  const neighbours = adjacency(n, indices);
  for (const [side, mark] of SIDES) {
    const apex = landmarks[`axilla_apex.${side}`];
    const tip = landmarks[`middle_tip.${side}`];
    const knee = landmarks[`patella_apex.${side}`];
    if (!apex || !tip || !knee) continue;
    const cut = apex[1] - drop;
    // The arm lies outside the armpit apex; a fill that reaches the midline half of the trunk or the knee has escaped.
    const inner = Math.abs(apex[0]) * 0.6;
    const seed = nearestVertex(positions, tip);
    const seen: number[] = [seed];
    const inArm = new Uint8Array(n);
    inArm[seed] = 1;
    let escaped = false;
    for (let k = 0; k < seen.length && !escaped; k++) {
      const i = seen[k];
      for (let e = neighbours.start[i]; e < neighbours.start[i + 1]; e++) {
        const j = neighbours.list[e];
        if (inArm[j] || positions[3 * j + 1] >= cut) continue;
        const x = positions[3 * j];
        if (Math.abs(x) < inner || Math.sign(x) !== Math.sign(apex[0]) || positions[3 * j + 1] < knee[1]) {
          escaped = true;
          break;
        }
        inArm[j] = 1;
        seen.push(j);
      }
    }
    if (escaped) continue;
    for (const i of seen) out[i] = mark;
    cuts[side] = cut;
  }
  return { marks: out, cuts };
}

/** Compressed vertex adjacency of a triangle list. */
function adjacency(n: number, indices: ArrayLike<number>): { start: Uint32Array; list: Uint32Array } {
  const count = new Uint32Array(n + 1);
  for (let t = 0; t < indices.length; t++) count[indices[t] + 1] += 2;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const list = new Uint32Array(count[n]);
  const fill = count.slice(0, n);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k];
      const b = indices[t + ((k + 1) % 3)];
      list[fill[a]++] = b;
      list[fill[b]++] = a;
    }
  }
  return { start: count, list };
}
