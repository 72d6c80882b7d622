import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBodyGlb } from '../../src/mesh/readBodyGlb';
import { slicePlane } from '../../src/core/slice';
import type { TriMesh } from '../../src/core/triMesh';
import { LandmarksFileSchema } from '../../src/schema/landmarks';
import { skinBelow } from './skinParts';

const ROOT = join(import.meta.dirname, '../..');
type P3 = [number, number, number];
const sub = (a: readonly number[], b: readonly number[]): P3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const unit = (a: P3): P3 => {
  const l = Math.hypot(...a);
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** The x extent of each closed curve a level cut at height y leaves, sorted left to right (−x first). */
function levelLoops(skin: TriMesh, y: number): [number, number][] {
  return slicePlane(skin, [0, y, 0], [0, 1, 0])
    .loops.map((l) => {
      const xs = l.flat().map((p) => p[0]);
      return [Math.min(...xs), Math.max(...xs)] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

describe.each(['female', 'male'])('the %s body in the atlas pose', (id) => {
  let skin: TriMesh;
  let L: Record<string, P3>;

  beforeAll(async () => {
    skin = (await readBodyGlb(readFileSync(join(ROOT, `models/body-${id}.glb`)))).skin!;
    const file = LandmarksFileSchema.parse(
      JSON.parse(readFileSync(join(ROOT, `models/body-${id}.landmarks.json`), 'utf8')),
    );
    L = file.landmarks as Record<string, P3>;
  });

  it('cuts into three curves at nipple height: the trunk round the midline and one arm clear of it on each side', () => {
    const loops = levelLoops(skin, L['nipple.L'][1]);
    expect(loops).toHaveLength(3);
    const [right, trunk, left] = loops;
    expect(trunk[0]).toBeLessThan(0);
    expect(trunk[1]).toBeGreaterThan(0);
    // a gap a finger could pass through between each arm and the chest wall
    expect(left[0] - trunk[1]).toBeGreaterThan(0.01);
    expect(trunk[0] - right[1]).toBeGreaterThan(0.01);
  });

  it('keeps each arm a separate surface from just below the armpit to the fingertips', () => {
    for (const side of ['L', 'R'] as const) {
      const arm = skinBelow(skin, L[`middle_tip.${side}`], L[`axilla_apex.${side}`][1] - 0.01);
      const sign = side === 'L' ? 1 : -1;
      // the skin joined to the fingertip below the cut never reaches the trunk's middle nor the legs
      expect(arm.minAbsX, side).toBeGreaterThan(Math.abs(L[`nipple.${side}`][0]));
      expect(arm.minY, side).toBeGreaterThan(L[`gluteal_fold.${side}`][1]);
      expect(Math.sign(arm.meanX), side).toBe(sign);
    }
  });

  it('keeps each leg a separate surface from just below the crotch to the toes', () => {
    for (const side of ['L', 'R'] as const) {
      const leg = skinBelow(skin, L[`great_toe_tip.${side}`], L['perineum'][1] - 0.01);
      // the fill from one big toe never crosses the midline to the other leg, nor climbs an arm
      expect(leg.minAbsX, side).toBeGreaterThan(0.002);
      expect(Math.sign(leg.meanX), side).toBe(side === 'L' ? 1 : -1);
      expect(leg.maxY, side).toBeLessThan(L['perineum'][1]);
    }
  });

  it('stands with the feet apart and the palms forward', () => {
    const ankle = levelLoops(skin, L['medial_malleolus.L'][1]);
    expect(ankle).toHaveLength(2);
    expect(ankle[1][0] - ankle[0][1]).toBeGreaterThan(0.04);
    for (const side of ['L', 'R']) {
      // palm forward: the palmar wrist crease in front of the dorsal one, the thumb lateral of the little finger
      expect(L[`wrist_crease_palmar.${side}`][2]).toBeGreaterThan(L[`wrist_crease_dorsal.${side}`][2]);
      const out = side === 'L' ? 1 : -1;
      expect(out * (L[`thumb_tip.${side}`][0] - L[`little_tip.${side}`][0])).toBeGreaterThan(0.03);
    }
  });

  it('spreads the fingers: a cut across the proximal phalanges meets four separate fingers', () => {
    for (const side of ['L', 'R']) {
      const k = L[`knuckle_3.${side}`];
      const tip = L[`middle_tip.${side}`];
      const axis = unit(sub(tip, L[`wrist_crease_dorsal.${side}`]));
      const at = k.map((v, i) => v + (tip[i] - v) * 0.3) as P3;
      const cut = slicePlane(skin, at, axis);
      const o = cut.toPlane(at);
      // the curves of this hand's fingers: within 6 cm of the middle finger in the plane
      const near = cut.loops.filter((l) =>
        l.flat().every((p) => Math.hypot(p[0] - o[0], p[1] - o[1]) < 0.06),
      );
      expect(near.length, side).toBeGreaterThanOrEqual(4);
    }
  });

  it('puts the armpit apex high under the shoulder: less than 8 % of stature below the acromion, above the nipple', () => {
    const apex = L['axilla_apex.L'][1];
    const stature = id === 'female' ? 1.63 : 1.76;
    expect((L['acromion.L'][1] - apex) / stature).toBeLessThan(0.08);
    expect(apex).toBeGreaterThan(L['nipple.L'][1]);
  });

  it('puts the ASIS level with CV4, 3 of the 5 B-cun from the navel to the pubic symphysis (WHO, GB27)', () => {
    const umb = L['umbilicus'][1];
    const bcun = (umb - L['pubic_symphysis'][1]) / 5;
    const cv4 = umb - 3 * bcun;
    expect(Math.abs(L['asis.L'][1] - cv4) / bcun).toBeLessThan(0.35);
  });
});
