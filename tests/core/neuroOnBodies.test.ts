import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, readBody, type BodyFiles } from '../../src/cli/bodyFiles';
import { earMapOf, neuroExport } from '../../src/cli/exportNeuro';
import { resolveKeyPoints, type ItemSite } from '../../src/core/dermatomeKeyPoints';
import { nearestVertex } from '../../src/core/surface';
import { DERMATOME_LEVELS, labelDermatomes } from '../../src/core/dermatomes';
import { nrtZoneLabels } from '../../src/core/nrtZones';
import { createSurface, type MeshArrays } from '../../src/mesh/surface';
import { distance, mirrorX } from '../../src/core/vec';
import { neuroData } from '../../src/data/neuro';
import { decodeLabels } from '../../src/core/labelCodec';
import type { EarMapFile } from '../../src/schema/earMap';

const bodies = listBodies();

describe.skipIf(bodies.length === 0).each(bodies)(
  'the dermatome, ear and NRT layers on the %s body',
  (id) => {
    let body: BodyFiles;
    let labels: Int8Array;
    let keys: { sites: ItemSite[]; errors: string[] };
    let ears: EarMapFile;

    beforeAll(async () => {
      body = await readBody(id);
      labels = labelDermatomes(
        body.meshes.skin.positions as Float32Array,
        body.landmarks,
        body.meshes.skin.indices,
      );
      keys = resolveKeyPoints(createSurface(body.meshes.skin), body.landmarks, neuroData.keyPoints);
      ears = earMapOf(body);
    });

    it('puts each ISNCSCI key point inside its own dermatome (label of the nearest skin vertex)', () => {
      expect(keys.errors).toEqual([]);
      expect(keys.sites).toHaveLength(2 * 27 + 1);
      for (const s of keys.sites) {
        const want = neuroData.keyPoints.find((k) => k.code === s.code)!.level;
        const got = DERMATOME_LEVELS[labels[nearestVertex(body.meshes.skin.positions, s.position)]];
        expect(`${s.id} ${got}`).toBe(`${s.id} ${want}`);
      }
    });

    it('labels the skin with every level from C2 to S4-5 and leaves only the face unassigned', () => {
      const seen = new Set(Array.from(labels).filter((l) => l >= 0));
      expect(seen.size).toBe(DERMATOME_LEVELS.length);
      const nose = nearestVertex(body.meshes.skin.positions, body.landmarks.nose_tip);
      expect(labels[nose]).toBe(-1);
      // the unassigned share by skin area (a vertex share would grow with the face's finer mesh): the face, ~3 %
      const P = body.meshes.skin.positions;
      const I = body.meshes.skin.indices;
      let unassigned = 0;
      let total = 0;
      for (let t = 0; t < I.length; t += 3) {
        const [a, b, c] = [3 * I[t], 3 * I[t + 1], 3 * I[t + 2]];
        const u = [P[b] - P[a], P[b + 1] - P[a + 1], P[b + 2] - P[a + 2]];
        const v = [P[c] - P[a], P[c + 1] - P[a + 1], P[c + 2] - P[a + 2]];
        const area =
          Math.hypot(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]) / 2;
        total += area;
        for (const k of [I[t], I[t + 1], I[t + 2]]) if (labels[k] < 0) unassigned += area / 3;
      }
      expect(unassigned / total).toBeLessThan(0.05);
    });

    it('draws every NRT back zone on both sides of the lower back', () => {
      const P = body.meshes.skin.positions as Float32Array;
      const zones = nrtZoneLabels(P, body.landmarks, labels, neuroData.nrt.backZones);
      neuroData.nrt.backZones.forEach((z, i) => {
        let left = 0;
        let right = 0;
        zones.forEach((k, v) => {
          if (k !== i) return;
          if (P[3 * v] >= 0) left++;
          else right++;
        });
        expect(left, `${z.code} left`).toBeGreaterThan(10);
        expect(Math.abs(left - right) / (left + right), `${z.code} balance`).toBeLessThan(0.3);
      });
    });

    it('has an ear map that fits this body: one label per ear vertex, and the lumbar ear zone on both ears', () => {
      for (const side of ['L', 'R'] as const) {
        const n = body.meshes[`ear.${side}`].positions.length / 3;
        expect(ears.sides[side].region).toHaveLength(n);
        const area = decodeLabels(ears.sides[side].area);
        expect(area.length).toBe(n);
        for (const z of neuroData.nrt.earZones)
          expect(area.filter((a) => ears.areas[a] === z.area).length, `${z.area}.${side}`).toBeGreaterThan(5);
      }
    });

    it('places every ear point on its ear within 1 mm, in its area, mirrored left to right within 2 mm', () => {
      const surfaces = {
        L: createSurface(body.meshes['ear.L'] as MeshArrays),
        R: createSurface(body.meshes['ear.R'] as MeshArrays),
      };
      for (const p of neuroData.auricular.points) {
        for (const side of ['L', 'R'] as const) {
          const site = ears.sites[`${p.code}.${side}`];
          expect(site, `${p.code}.${side}`).toBeDefined();
          expect(surfaces[side].closest(site.position).distance, `${p.code}.${side}`).toBeLessThan(0.001);
          const mesh = body.meshes[`ear.${side}`];
          const area = decodeLabels(ears.sides[side].area)[nearestVertex(mesh.positions, site.position)];
          expect(`${p.code}.${side} in ${ears.areas[area]}`).toBe(`${p.code}.${side} in ${p.area}`);
        }
        const l = ears.sites[`${p.code}.L`].position;
        const r = ears.sites[`${p.code}.R`].position;
        expect(distance(l, mirrorX(r)), p.code).toBeLessThan(0.002);
      }
    });

    it('exports dermatomes.json with a label per skin vertex and the map named by its source id', () => {
      const { dermatomes, points } = neuroExport(body, createSurface(body.meshes.skin));
      expect(dermatomes.map).toBe('keegan-garrett-1948');
      expect(dermatomes.vertices).toHaveLength(body.meshes.skin.positions.length / 3);
      expect(dermatomes.labels).toHaveLength(dermatomes.vertices.length);
      expect(points.filter((p) => p.layer === 'auricular')).toHaveLength(
        2 * neuroData.auricular.points.length,
      );
    });
  },
);
