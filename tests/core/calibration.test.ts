import { beforeAll, describe, expect, it } from 'vitest';
import { readBody, type BodyFiles } from '../../src/cli/bodyFiles';
import { midlineSection, onMidline } from '../../src/core/calibration/midline';
import { applyOrientation, detectOrientation, openEdgeCount } from '../../src/core/calibration/orient';
import { implausibleSegments } from '../../src/core/calibration/plausibility';
import { missingKeyLandmarks, shapeDistance } from '../../src/core/calibration/transfer';
import { thinPlateWarp } from '../../src/core/calibration/warp';
import { distance, type Vec3 } from '../../src/core/vec';

describe('the thin-plate warp', () => {
  const from: Vec3[] = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
    [1, 1, 1],
    [0.3, 0.8, 0.2],
  ];

  it('takes every control point to its target', () => {
    const to: Vec3[] = from.map(([x, y, z]) => [x + 0.1 * Math.sin(3 * y), y * 1.2, z - 0.05 * x * x]);
    const warp = thinPlateWarp(from, to);
    from.forEach((p, i) => expect(distance(warp(p), to[i])).toBeLessThan(1e-9));
  });

  it('reproduces an affine map everywhere, not only at the controls', () => {
    const affine = ([x, y, z]: Vec3): Vec3 => [2 * x + 0.1 * y + 1, -y + 0.3 * z, 0.5 * z + x - 2];
    const warp = thinPlateWarp(from, from.map(affine));
    const q: Vec3 = [0.7, -0.4, 2.5];
    expect(distance(warp(q), affine(q))).toBeLessThan(1e-9);
  });

  it('refuses too few or degenerate controls', () => {
    expect(() => thinPlateWarp(from.slice(0, 3), from.slice(0, 3))).toThrow(/at least 4/);
    const line: Vec3[] = [0, 1, 2, 3, 4].map((t) => [t, 0, 0]);
    expect(() => thinPlateWarp(line, line)).toThrow(/degenerate/);
  });
});

describe('orientation, units and closure of an imported mesh', () => {
  let female: BodyFiles;
  beforeAll(async () => {
    female = await readBody('female');
  });

  /** The female skin as a file might hold it: Z up, facing −X, in centimetres, off the origin. */
  function asFile(p: Float32Array): Float32Array {
    const out = new Float32Array(p.length);
    for (let i = 0; i < p.length; i += 3) {
      const [x, y, z] = [p[i], p[i + 1], p[i + 2]];
      // body +Z (front) → file −X; body +Y (up) → file +Z; body +X (left) → file −Y
      out[i] = -z * 100 + 40;
      out[i + 1] = -x * 100 - 7;
      out[i + 2] = y * 100 + 3;
    }
    return out;
  }

  it('finds up, front and centimetres, and puts the body back where it was', () => {
    const P = female.meshes.skin.positions as Float32Array;
    const file = asFile(P);
    const o = detectOrientation(file);
    expect(o.up).toEqual([2, 1]);
    expect(o.front).toEqual([0, -1]);
    expect(o.unit).toBe('cm');
    const back = applyOrientation(file, o);
    // The body frame's origin is between the feet: compare after taking out any shift of that origin.
    const shift = [0, 1, 2].map((k) => back[k] - P[k]);
    let worst = 0;
    for (let i = 0; i < P.length; i += 3)
      for (let k = 0; k < 3; k++) worst = Math.max(worst, Math.abs(back[i + k] - shift[k] - P[i + k]));
    expect(worst).toBeLessThan(1e-4);
    expect(Math.abs(shift[1])).toBeLessThan(0.002); // both stand on the floor
  });

  it('counts open edges: none on the closed shipped skin, three on a lone triangle', () => {
    expect(openEdgeCount(female.meshes.skin.indices)).toBe(0);
    expect(openEdgeCount([0, 1, 2])).toBe(3);
    expect(openEdgeCount([0, 1, 2, 0, 2, 3])).toBe(4);
  });

  it('puts a midline point on the skin’s outline in the plane x = 0', () => {
    const section = midlineSection(female.meshes.skin);
    expect(section.length).toBeGreaterThan(50);
    const out = onMidline(section, [0.02, female.landmarks.umbilicus[1], 0.5]);
    expect(out[0]).toBe(0);
    expect(distance(out, female.landmarks.umbilicus)).toBeLessThan(0.02);
  });

  it('flags a segment made a third too long by a misplaced landmark, and nothing on the body itself', () => {
    const lm = { ...female.landmarks };
    expect(implausibleSegments(lm, female.landmarks)).toEqual([]);
    const [c, w] = [lm['cubital_crease.L'], lm['wrist_crease_palmar.L']];
    lm['wrist_crease_palmar.L'] = [c[0] + (w[0] - c[0]) * 1.4, c[1] + (w[1] - c[1]) * 1.4, c[2]];
    const flags = implausibleSegments(lm, female.landmarks);
    expect(flags.map((f) => `${f.unit}.${f.side}`)).toEqual(['forearm.L']);
    expect(flags[0].off).toBeGreaterThan(0.3);
  });

  it('names the key landmarks still to place, and finds a body nearest to itself', async () => {
    expect(missingKeyLandmarks({ vertex: [0, 1.7, 0] })).toContain('tragus.L');
    expect(missingKeyLandmarks(female.landmarks)).toEqual([]);
    const male = await readBody('male');
    expect(shapeDistance(female.landmarks, female.landmarks)).toBe(0);
    expect(shapeDistance(female.landmarks, male.landmarks)).toBeGreaterThan(0);
  });
});
