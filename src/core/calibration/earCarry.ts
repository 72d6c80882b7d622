import type { EarMapFile } from '../../schema/earMap';
import { decodeLabels } from '../labelCodec';
import type { Surface } from '../surface';
import type { Vec3 } from '../vec';
import { transferSites } from './calibrate';
import { bodyWarp } from './transfer';
import type { Warp } from './warp';

/** One ear mesh of a reference body: its vertices (body frame) and each vertex's part and area (−1 none). */
export interface LabelledEar {
  positions: Float32Array;
  region: Int16Array;
  area: Int16Array;
}

/** Per-vertex ear labels of a new skin (indices into the reference ear map's lists, −1 off the ear). */
export interface CarriedEarLabels {
  region: Int16Array;
  area: Int16Array;
}

/** How far (metres) from a carried ear vertex a skin vertex still takes its labels: a scan's ear is not ours. */
export const EAR_REACH = 0.004;

/** A uniform grid of points, for nearest-point queries within one cell's size. */
function pointGrid(points: Float32Array, cell: number) {
  const key = (x: number, y: number, z: number) => ((x + 4096) * 8192 + (y + 4096)) * 8192 + (z + 4096);
  const cells = new Map<number, number[]>();
  const at = (v: number) => Math.floor(v / cell);
  for (let i = 0; i < points.length / 3; i++) {
    const k = key(at(points[3 * i]), at(points[3 * i + 1]), at(points[3 * i + 2]));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  /** The index of the nearest point within `cell` of p, or −1. */
  return (p: Vec3): number => {
    const [cx, cy, cz] = [at(p[0]), at(p[1]), at(p[2])];
    let best = -1;
    let bestD = cell * cell;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          const list = cells.get(key(cx + dx, cy + dy, cz + dz));
          if (!list) continue;
          for (const i of list) {
            const d =
              (points[3 * i] - p[0]) ** 2 + (points[3 * i + 1] - p[1]) ** 2 + (points[3 * i + 2] - p[2]) ** 2;
            if (d < bestD) [best, bestD] = [i, d];
          }
        }
    return best;
  };
}

/**
 * Labels the vertices of a new skin with the parts and areas of a reference body's ears: every reference ear
 * vertex is carried into the new body's frame by the calibration's warp, and each skin vertex within `reach` of a
 * carried vertex takes the labels of the nearest one. The result is schematic: it shows where the reference's ear
 * parts fall on the new body's own ear, which may be shaped otherwise (a scan's ear is coarse or merged with the
 * head).
 */
export function carryEarLabels(
  skin: Float32Array,
  warp: Warp,
  ears: readonly LabelledEar[],
  reach = EAR_REACH,
): CarriedEarLabels {
  const total = ears.reduce((n, e) => n + e.positions.length, 0);
  const carried = new Float32Array(total);
  const region = new Int16Array(total / 3);
  const area = new Int16Array(total / 3);
  let o = 0;
  for (const ear of ears) {
    for (let i = 0; i < ear.positions.length / 3; i++, o++) {
      const q = warp([ear.positions[3 * i], ear.positions[3 * i + 1], ear.positions[3 * i + 2]]);
      carried.set(q, 3 * o);
      region[o] = ear.region[i];
      area[o] = ear.area[i];
    }
  }
  const nearest = pointGrid(carried, reach);
  const n = skin.length / 3;
  const out = { region: new Int16Array(n).fill(-1), area: new Int16Array(n).fill(-1) };
  for (let v = 0; v < n; v++) {
    const i = nearest([skin[3 * v], skin[3 * v + 1], skin[3 * v + 2]]);
    if (i < 0) continue;
    out.region[v] = region[i];
    out.area[v] = area[i];
  }
  return out;
}

/** A reference body's ears as the ear map gives them: labelled ear meshes and the auricular sites on them. */
export interface ReferenceEars {
  /** Landmarks of the reference body (the warp is fitted between them and the placed key landmarks). */
  landmarks: Record<string, Vec3>;
  meshes: LabelledEar[];
  sites: Record<string, { position: Vec3 }>;
}

/** The ears of a new body carried from a reference: labels per skin vertex and the auricular sites on the skin. */
export interface CarriedEars extends CarriedEarLabels {
  sites: Record<string, { position: Vec3; normal: Vec3 }>;
}

/**
 * Carries a reference body's ear parts, areas and auricular sites onto a new skin by the warp fitted to the key
 * landmarks the user placed (the same warp the calibration carries the trunk's landmarks by).
 */
export function carryEars(
  surface: Surface,
  skin: Float32Array,
  placed: Record<string, Vec3>,
  reference: ReferenceEars,
): CarriedEars {
  const warp = bodyWarp(reference.landmarks, placed);
  return {
    ...carryEarLabels(skin, warp, reference.meshes),
    sites: transferSites({ surface, warp }, reference.sites),
  };
}

/**
 * A shipped body's ears as a reference: its landmarks, its ear meshes' vertices (`ear.L`, `ear.R`, in the ear map's
 * vertex order) with each vertex's part and area from the ear map, and the map's auricular sites. Null when a mesh
 * does not fit its labels (an ear map written for other ears).
 */
export function referenceEarsOf(
  map: EarMapFile,
  landmarks: Record<string, Vec3>,
  ears: { L: Float32Array; R: Float32Array },
): ReferenceEars | null {
  const meshes = (['L', 'R'] as const).map((side) => ({
    positions: ears[side],
    region: Int16Array.from(decodeLabels(map.sides[side].region)),
    area: Int16Array.from(decodeLabels(map.sides[side].area)),
  }));
  if (meshes.some((m) => m.region.length !== m.positions.length / 3 || m.area.length !== m.region.length))
    return null;
  return { landmarks, meshes, sites: map.sites };
}
