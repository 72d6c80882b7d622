import { beforeAll, describe, expect, it } from 'vitest';
import { readBody, type BodyFiles } from '../../src/cli/bodyFiles';
import { carryEarLabels, carryEars, type CarriedEars } from '../../src/core/calibration/earCarry';
import { KEY_LANDMARK_NAMES } from '../../src/core/calibration/keyLandmarks';
import { decodeLabels } from '../../src/core/labelCodec';
import type { MeshArrays } from '../../src/core/surface';
import type { Vec3 } from '../../src/core/vec';
import { createSurface } from '../../src/mesh/surface';
import type { EarMapFile } from '../../src/schema/earMap';
import { earMapFile, referenceEars, skinWithEars } from '../fixtures/shippedEars';

const dist = (a: Vec3, b: ArrayLike<number>) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('carrying ear labels by a warp', () => {
  const ear = {
    positions: Float32Array.from([0, 0, 0, 0.01, 0, 0]),
    region: Int16Array.from([3, 5]),
    area: Int16Array.from([-1, 7]),
  };
  const shift: (p: Vec3) => Vec3 = (p) => [p[0], p[1] + 0.1, p[2]];

  it('gives each skin vertex within reach the labels of the nearest carried ear vertex, and no others', () => {
    const skin = Float32Array.from([0.001, 0.1, 0, 0.008, 0.1, 0, 0.02, 0.1, 0, 0, 0, 0]);
    const out = carryEarLabels(skin, shift, [ear], 0.004);
    expect([...out.region]).toEqual([3, 5, -1, -1]);
    expect([...out.area]).toEqual([-1, 7, -1, -1]);
  });
});

// The male body's skin with its ears welded in plays a scan; its own ear map is the truth the female's ears,
// carried by the warp fitted to the male's key landmarks, are measured against.
describe('the female body’s ears carried onto the male body', () => {
  let male: BodyFiles;
  let maleMap: EarMapFile;
  let femaleMap: EarMapFile;
  let carried: CarriedEars;
  let earStart: number;
  let scan: MeshArrays;

  beforeAll(async () => {
    const [female, m] = await Promise.all([readBody('female'), readBody('male')]);
    male = m;
    [maleMap, femaleMap] = [earMapFile('male'), earMapFile('female')];
    const skin = (scan = skinWithEars(male));
    const placed = Object.fromEntries(KEY_LANDMARK_NAMES.map((n) => [n, male.landmarks[n]]));
    carried = carryEars(createSurface(skin), skin.positions, placed, referenceEars(female, femaleMap));
    earStart = male.meshes.skin.positions.length / 3;
  });

  it('names the part of most of the male ear’s vertices as the male ear map does', () => {
    let offset = earStart;
    for (const side of ['L', 'R'] as const) {
      const truth = decodeLabels(maleMap.sides[side].region);
      let agree = 0;
      truth.forEach((t, i) => {
        if (femaleMap.regions[carried.region[offset + i]] === maleMap.regions[t]) agree++;
      });
      expect(agree / truth.length).toBeGreaterThan(0.8);
      offset += truth.length;
    }
  });

  it('names the GB/T area of more than half of the male ear’s area vertices as its ear map does', () => {
    let offset = earStart;
    for (const side of ['L', 'R'] as const) {
      const truth = decodeLabels(maleMap.sides[side].area);
      let agree = 0;
      let total = 0;
      truth.forEach((t, i) => {
        if (t < 0) return;
        total++;
        if (femaleMap.areas[carried.area[offset + i]] === maleMap.areas[t]) agree++;
      });
      expect(agree / total).toBeGreaterThan(0.55);
      offset += truth.length;
    }
  });

  it('labels nothing of the skin away from the ears', () => {
    let labelled = 0;
    for (let v = 0; v < carried.region.length; v++) {
      if (carried.region[v] < 0) continue;
      labelled++;
      const at = scan.positions.subarray(3 * v, 3 * v + 3);
      const near = Math.min(dist(male.landmarks['tragus.L'], at), dist(male.landmarks['tragus.R'], at));
      expect(near).toBeLessThan(0.045);
    }
    expect(labelled).toBeGreaterThan(1000);
  });

  it('puts every auricular site within 3 mm of where the male ear map has it', () => {
    const ids = Object.keys(maleMap.sites);
    expect(Object.keys(carried.sites).sort()).toEqual(ids.sort());
    for (const id of ids)
      expect(dist(carried.sites[id].position, maleMap.sites[id].position)).toBeLessThan(0.003);
  });
});
