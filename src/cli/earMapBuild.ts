import { buildEar, EAR_REGIONS, EAR_SIZES, earSite, regionFramePoint, type EarMesh } from '../body/ear';
import { EAR_EDGE } from '../body/ears';
import { applyRigid, areaIndexAt, fitRigid, rotateRigid, type Rigid } from '../core/auricularAreas';
import { createSurface, type MeshArrays } from '../mesh/surface';
import { mirrorX, type Vec3 } from '../core/vec';
import type { AuricularFile } from '../schema/auricularFile';
import { encodeLabels } from '../core/labelCodec';
import type { EarMapFile } from '../schema/earMap';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuricularFileSchema } from '../schema/auricularFile';
import { readBody, ROOT, type BodyFiles } from './bodyFiles';

const ANCHORS = ['tragus', 'ear_apex', 'ear_lobe', 'intertragic_notch'];
const GRID = 48;

/** Frame position (s, t) of every vertex of a front region, by the nearest sample of the region's frame. */
function frameCoords(ear: EarMesh, region: string, verts: number[]): Map<number, [number, number]> {
  const samples: [number, number, number, number][] = [];
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++) {
      const [x, y] = regionFramePoint(ear, region, i / GRID, j / GRID);
      samples.push([x, y, i / GRID, j / GRID]);
    }
  const { origin: o, anterior: a, up: u } = ear.plane;
  const P = ear.positions;
  const out = new Map<number, [number, number]>();
  for (const v of verts) {
    const q = [P[3 * v] - o[0], P[3 * v + 1] - o[1], P[3 * v + 2] - o[2]];
    const x = (q[0] * a[0] + q[1] * a[1] + q[2] * a[2]) * 1000;
    const y = (q[0] * u[0] + q[1] * u[1] + q[2] * u[2]) * 1000;
    let best = samples[0];
    let bestD = Infinity;
    for (const s of samples) {
      const d = (s[0] - x) ** 2 + (s[1] - y) ** 2;
      if (d < bestD) [best, bestD] = [s, d];
    }
    out.set(v, [best[2], best[3]]);
  }
  return out;
}

/** For each vertex of `target`, the index of the nearest of `points` (a 1 mm hash grid). */
function nearestOf(points: Vec3[], target: Float32Array, flipX: boolean): Int32Array {
  const cell = 0.001;
  const key = (x: number, y: number, z: number) =>
    `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const k = key(p[0], p[1], p[2]);
    grid.set(k, [...(grid.get(k) ?? []), i]);
  });
  const out = new Int32Array(target.length / 3);
  for (let v = 0; v < out.length; v++) {
    const x = flipX ? -target[3 * v] : target[3 * v];
    const [y, z] = [target[3 * v + 1], target[3 * v + 2]];
    let best = -1;
    let bestD = Infinity;
    for (let r = 1; best < 0 && r < 6; r++)
      for (let dx = -r; dx <= r; dx++)
        for (let dy = -r; dy <= r; dy++)
          for (let dz = -r; dz <= r; dz++)
            for (const i of grid.get(key(x + dx * cell, y + dy * cell, z + dz * cell)) ?? []) {
              const d = (points[i][0] - x) ** 2 + (points[i][1] - y) ** 2 + (points[i][2] - z) ** 2;
              if (d < bestD) [best, bestD] = [i, d];
            }
    out[v] = best;
  }
  return out;
}

/** Builds the ear map of one body (see EarMapFileSchema); `warnings` name sites that sit off the stored ear. */
export function buildEarMap(body: BodyFiles, data: AuricularFile): { map: EarMapFile; warnings: string[] } {
  const ear = buildEar(body.meta.sex === 'male' ? EAR_SIZES.male : EAR_SIZES.female, { edge: EAR_EDGE });
  const { motion, residual } = fitRigid(
    ANCHORS.map((n) => ear.anchors[n]),
    ANCHORS.map((n) => body.landmarks[`${n}.L`]),
  );
  if (residual > 5e-4)
    throw new Error(`the ear does not match its landmarks (${(residual * 1000).toFixed(2)} mm off)`);
  const P = ear.positions;
  const placed: Vec3[] = [];
  for (let v = 0; v < P.length / 3; v++)
    placed.push(applyRigid(motion, [P[3 * v], P[3 * v + 1], P[3 * v + 2]]));
  const region = Array.from(ear.region);
  const area = new Int16Array(region.length).fill(-1);
  for (const r of new Set(data.areas.map((a) => a.region))) {
    const ri = EAR_REGIONS.indexOf(r);
    const verts = region.flatMap((x, v) => (x === ri ? [v] : []));
    for (const [v, [s, t]] of frameCoords(ear, r, verts)) area[v] = areaIndexAt(data.areas, r, s, t);
  }
  const sides = {} as EarMapFile['sides'];
  for (const side of ['L', 'R'] as const) {
    const mesh = body.meshes[`ear.${side}`];
    if (!mesh) throw new Error(`the body has no mesh "ear.${side}"`);
    const near = nearestOf(placed, mesh.positions as Float32Array, side === 'R');
    sides[side] = {
      region: encodeLabels(Array.from(near, (i) => region[i])),
      area: encodeLabels(Array.from(near, (i) => area[i])),
    };
  }
  const { sites, warnings } = placeSites(body, ear, motion, data);
  const areas = data.areas.map((a) => a.code);
  return {
    map: { schemaVersion: 1, body: body.meta.id, regions: [...EAR_REGIONS], areas, sides, sites },
    warnings,
  };
}

function placeSites(body: BodyFiles, ear: EarMesh, motion: Rigid, data: AuricularFile) {
  const warnings: string[] = [];
  const sites: EarMapFile['sites'] = {};
  const surfaces = {
    L: createSurface(body.meshes['ear.L'] as MeshArrays),
    R: createSurface(body.meshes['ear.R'] as MeshArrays),
  };
  const round = (v: Vec3): [number, number, number] =>
    [v[0], v[1], v[2]].map((x) => Math.round(x * 1e6) / 1e6) as [number, number, number];
  for (const p of data.points) {
    const local = earSite(ear, p.region, p.s, p.t);
    const pos = applyRigid(motion, local.position);
    const nor = rotateRigid(motion, local.normal);
    for (const side of ['L', 'R'] as const) {
      const q = side === 'L' ? pos : mirrorX(pos);
      const hit = surfaces[side].closest(q, 0.005);
      if (hit.distance > 0.001)
        warnings.push(`${p.code}.${side} is ${(hit.distance * 1000).toFixed(2)} mm off the ear`);
      sites[`${p.code}.${side}`] = {
        position: round(hit.point),
        normal: round(side === 'L' ? nor : mirrorX(nor)),
      };
    }
  }
  return { warnings, sites };
}

/**
 * Builds and writes models/body-<id>.ear-map.json from the stored body and data/auricular.json (`npm run ear-map`;
 * `npm run models` calls it after writing each body, so the map always fits the ears it labels).
 */
export async function writeEarMap(id: string): Promise<{ sites: number; warnings: string[] }> {
  const data = AuricularFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data/auricular.json'), 'utf8')));
  const { map, warnings } = buildEarMap(await readBody(id), data);
  writeFileSync(join(ROOT, 'models', `body-${id}.ear-map.json`), JSON.stringify(map) + '\n');
  return { sites: Object.keys(map.sites).length, warnings };
}
