import { describe, expect, it } from 'vitest';
import { assembleBody, UNIT_FIT } from '../../src/body/assemble';
import { generateBody } from '../../src/body/generate';
import { SHIPPED_BODIES } from '../../src/body/params';
import { buildSkeleton } from '../../src/body/skeleton';
import { fieldSdf } from '../../src/body/sdf/field';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';

const female = SHIPPED_BODIES[0];
const coarse = { coarse: 0.02, head: 0.01, hand: 0.008, foot: 0.01 };

describe('the body generator', () => {
  it('is parametric: a taller body has proportionally higher joints', () => {
    const a = buildSkeleton(female);
    const b = buildSkeleton({ ...female, stature: 1.8 });
    expect(b.y.c7 / a.y.c7).toBeCloseTo(1.8 / 1.63, 6);
    expect(b.knee[1]).toBeGreaterThan(a.knee[1]);
  });

  it('seeds a landmark for every listed name', () => {
    const anchors = assembleBody(female).body.anchors;
    const missing = ALL_LANDMARK_NAMES.map((n) =>
      n.replace(/\.(L|R)$/, (m) => (isBilateralLandmark(n.slice(0, -2)) ? '' : m)),
    ).filter((n) => !anchors[n]);
    expect(missing).toEqual([]);
  });

  it('makes a field that is inside at the navel level and outside between the legs', () => {
    const k = buildSkeleton(female);
    const sdf = fieldSdf(assembleBody(female).body);
    expect(sdf(0, k.y.navel, k.zc)).toBeLessThan(0);
    expect(sdf(0, k.y.crotch - 0.05, k.zc)).toBeGreaterThan(0);
    expect(sdf(0, k.H + 0.01, k.headCentre[2])).toBeGreaterThan(0);
  });

  it('gives byte-identical output for the same inputs', async () => {
    const a = await generateBody(female, UNIT_FIT, coarse);
    const b = await generateBody(female, UNIT_FIT, coarse);
    expect(a.meta.watertight).toBe(true);
    expect(Buffer.from(a.glb).equals(Buffer.from(b.glb))).toBe(true);
    expect(JSON.stringify(a.landmarks)).toBe(JSON.stringify(b.landmarks));
  });
});
