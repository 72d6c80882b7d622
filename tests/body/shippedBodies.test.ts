import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBody } from '../../src/core/anthropometry';
import { ALL_LANDMARK_NAMES, MIDLINE_LANDMARKS } from '../../src/core/landmarkNames';
import { isWatertight, type TriMesh } from '../../src/core/triMesh';
import { readBodyGlb } from '../../src/mesh/readBodyGlb';
import { createSurface, type BvhSurface } from '../../src/mesh/surface';
import { BodyMetaSchema, type BodyMeta } from '../../src/schema/body';
import { LandmarksFileSchema } from '../../src/schema/landmarks';

const ROOT = join(import.meta.dirname, '../..');
type P3 = [number, number, number];

describe.each(['female', 'male'])('the shipped %s body', (id) => {
  let meta: BodyMeta;
  let meshes: Record<string, TriMesh>;
  let L: Record<string, P3>;
  let skin: BvhSurface;
  const glbPath = join(ROOT, `models/body-${id}.glb`);

  beforeAll(async () => {
    meta = BodyMetaSchema.parse(JSON.parse(readFileSync(join(ROOT, `models/body-${id}.json`), 'utf8')));
    const file = LandmarksFileSchema.parse(
      JSON.parse(readFileSync(join(ROOT, `models/body-${id}.landmarks.json`), 'utf8')),
    );
    L = file.landmarks as Record<string, P3>;
    meshes = await readBodyGlb(readFileSync(glbPath));
    skin = createSurface(meshes.skin);
  });

  it('describes itself truthfully in body.json', () => {
    expect(meta.id).toBe(id);
    expect(meta.file).toBe(`models/body-${id}.glb`);
    expect(meta.stature).toBe(id === 'female' ? 1.63 : 1.76);
    expect(meta.vertices).toBe(meshes.skin.positions.length / 3);
    expect(meta.triangles).toBe(meshes.skin.indices.length / 3);
    expect(meta.watertight).toBe(true);
  });

  it('ships positions and triangles only: no normals, which every reader computes from the triangles', () => {
    const bytes = readFileSync(glbPath);
    // the GLB's JSON chunk: length at byte 12, text from byte 20
    const json = JSON.parse(bytes.subarray(20, 20 + bytes.readUInt32LE(12)).toString('utf8')) as {
      meshes: { primitives: { attributes: Record<string, number> }[] }[];
    };
    const attributes = json.meshes.flatMap((m) => m.primitives.flatMap((p) => Object.keys(p.attributes)));
    expect(new Set(attributes)).toEqual(new Set(['POSITION']));
  });

  it('fits the budgets: at most 1.5 MB and 150k triangles with the ears', () => {
    expect(statSync(glbPath).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const tris = Object.values(meshes).reduce((n, m) => n + m.indices.length / 3, 0);
    expect(tris).toBeLessThanOrEqual(150_000);
  });

  it('has one watertight skin and both ears as separate meshes', () => {
    expect(Object.keys(meshes).sort()).toEqual(['ear.L', 'ear.R', 'skin']);
    expect(isWatertight(meshes.skin)).toBe(true);
  });

  it('stands in the contract frame: feet on the floor, vertex at stature, facing +Z', () => {
    const P = meshes.skin.positions;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 1; i < P.length; i += 3) {
      minY = Math.min(minY, P[i]);
      maxY = Math.max(maxY, P[i]);
    }
    expect(Math.abs(minY)).toBeLessThan(0.003);
    expect(Math.abs(maxY - meta.stature)).toBeLessThan(0.005);
    expect(L['nose_tip'][2]).toBeGreaterThan(L['external_occipital_protuberance'][2]);
    expect(L['thumb_tip.L'][0]).toBeGreaterThan(L['little_tip.L'][0]);
  });

  it('names every landmark of the contract list', () => {
    const missing = ALL_LANDMARK_NAMES.filter((n) => !L[n]);
    expect(missing).toEqual([]);
  });

  it('puts every landmark on the skin (or on an ear), within 1 mm', () => {
    const ears = [createSurface(meshes['ear.L']), createSurface(meshes['ear.R'])];
    const off = Object.entries(L)
      .map(
        ([n, p]) =>
          [n, Math.min(skin.closest(p).distance, ...ears.map((e) => e.closest(p).distance))] as const,
      )
      .filter(([, d]) => d > 0.001);
    expect(off).toEqual([]);
  });

  it('mirrors bilateral landmarks (x → −x) within 2 mm and keeps midline ones on x = 0', () => {
    for (const n of Object.keys(L).filter((k) => k.endsWith('.L'))) {
      const l = L[n];
      const r = L[n.replace(/\.L$/, '.R')];
      expect(Math.hypot(l[0] + r[0], l[1] - r[1], l[2] - r[2]), n).toBeLessThan(0.002);
      expect(l[0], n).toBeGreaterThan(0);
    }
    for (const n of MIDLINE_LANDMARKS) expect(Math.abs(L[n][0]), n).toBeLessThan(0.001);
  });

  it('places the spinous processes in order at their vertebral levels', () => {
    const order = ['C7', ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), 'L1', 'L2', 'L3', 'L4', 'L5'];
    for (let i = 1; i < order.length; i++)
      expect(L[`spinous.${order[i]}`][1]).toBeLessThan(L[`spinous.${order[i - 1]}`][1]);
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);
    near(L['spinous.T3'][1], L['scapula_spine_medial.L'][1]);
    near(L['spinous.T7'][1], L['scapula_inferior_angle.L'][1]);
    near(L['spinous.L4'][1], L['iliac_crest_top.L'][1]);
    near(L['spinous.T12'][1], (L['scapula_inferior_angle.L'][1] + L['iliac_crest_top.L'][1]) / 2);
    for (const n of order) expect(L[`spinous.${n}`][2], n).toBeLessThan(-0.02);
  });

  it('puts the malleoli where they are: the lateral lower, both at the ankle', () => {
    expect(L['lateral_malleolus.L'][1]).toBeLessThan(L['medial_malleolus.L'][1]);
    expect(L['lateral_malleolus.L'][0]).toBeGreaterThan(L['medial_malleolus.L'][0]);
    expect(L['lateral_malleolus.L'][1]).toBeLessThan(0.1);
    expect(L['heel.L'][2]).toBeLessThan(L['lateral_malleolus.L'][2]);
  });

  it('meets every anthropometric target of reference-facts §6', () => {
    const ms = measureBody({
      sex: meta.sex,
      stature: meta.stature,
      skin: meshes.skin,
      surface: skin,
      landmarks: L,
    });
    expect(ms.length).toBeGreaterThanOrEqual(27);
    const misses = ms
      .filter((m) => !m.ok)
      .map((m) => `${m.name}: ${m.value.toFixed(4)} not in [${m.lo.toFixed(4)}, ${m.hi.toFixed(4)}]`);
    expect(misses).toEqual([]);
  });
});
