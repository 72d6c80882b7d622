import { alongPath, followSection } from '../skinWalk';
import type { Surface } from '../surface';
import { add, cross, dot, length, normalize, scale, sub, type Vec3 } from '../vec';

/** A patch of skin around a site: a polar grid walked over the skin, and its outline. */
export interface SkinDisc {
  /** The centre, then `rings` rings of `spokes` points each, ring by ring, all on the skin. */
  positions: Vec3[];
  /** The outward skin normal at each position. */
  normals: Vec3[];
  /** Triangles over the grid, wound counter-clockwise seen from outside (their normals point out of the skin). */
  triangles: [number, number, number][];
  /** The outer ring, in order (counter-clockwise seen from outside). */
  outline: Vec3[];
  /** The distance walked over the skin from the centre to the outline (metres). */
  radius: number;
  /** The area of the triangulated patch (m²): the skin area the outline encloses. */
  area: number;
  /** False when a spoke could not walk its full length (it ran off the part of the body it started on). */
  ok: boolean;
}

export interface SkinDiscOptions {
  spokes?: number;
  rings?: number;
  /** Rounds of radius correction toward the wanted area (curved skin holds less area than a flat disc). */
  rounds?: number;
}

/** The area of a triangle mesh given as positions and index triples (m²). */
export function meshArea(positions: readonly Vec3[], triangles: readonly (readonly number[])[]): number {
  let sum = 0;
  for (const [a, b, c] of triangles)
    sum += length(cross(sub(positions[b], positions[a]), sub(positions[c], positions[a]))) / 2;
  return sum;
}

/** Two unit tangents at normal n, (e1, e2) with e1 × e2 = n; e1 as close to the body's up as the skin allows. */
function tangentFrame(n: Vec3): [Vec3, Vec3] {
  const ref: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const e1 = normalize(sub(ref, scale(n, dot(ref, n))));
  return [e1, cross(n, e1)];
}

/** The polar grid for one radius: each spoke a walk over the skin along its normal section through the centre. */
function grid(surface: Surface, centre: Vec3, n: Vec3, radius: number, spokes: number, rings: number) {
  const [e1, e2] = tangentFrame(n);
  const h = Math.min(0.004, radius / 8);
  const positions: Vec3[] = [centre];
  let ok = true;
  const spokePaths = Array.from({ length: spokes }, (_, k) => {
    const a = (2 * Math.PI * k) / spokes;
    const d = add(scale(e1, Math.cos(a)), scale(e2, Math.sin(a)));
    // the section plane holds the heading and the normal: the spoke is the skin's own curve in that direction
    const plane = { point: centre, normal: normalize(cross(d, n)) };
    // the walk stops when done says so; its limit is only a guard (at the limit it would report failure)
    const walk = followSection(surface, centre, plane, d, h, 1.5 * radius, (_p, walked) =>
      walked >= radius * (1 - 1e-4) ? 0 : radius - walked,
    );
    if (!walk.ok) ok = false;
    return walk.path;
  });
  for (let i = 1; i <= rings; i++) for (const path of spokePaths) positions.push(alongPath(path, i / rings));
  const at = (ring: number, k: number) => (ring === 0 ? 0 : 1 + (ring - 1) * spokes + (k % spokes));
  const triangles: [number, number, number][] = [];
  for (let k = 0; k < spokes; k++) {
    triangles.push([0, at(1, k), at(1, k + 1)]);
    for (let i = 1; i < rings; i++) {
      triangles.push([at(i, k), at(i + 1, k), at(i + 1, k + 1)]);
      triangles.push([at(i, k), at(i + 1, k + 1), at(i, k + 1)]);
    }
  }
  return { positions, triangles, ok };
}

/**
 * A disc on the skin around a site holding `areaM2` of skin: spokes walked over the skin from the site in every
 * direction, their length tuned until the patch between them holds the area. It follows the skin's curvature (round a
 * limb, over the shoulder) instead of lying flat on a tangent plane.
 */
export function skinDisc(
  surface: Surface,
  centre: Vec3,
  areaM2: number,
  { spokes = 32, rings = 4, rounds = 3 }: SkinDiscOptions = {},
): SkinDisc {
  const hit = surface.closest(centre, 0.01);
  const n = hit.normal;
  let radius = Math.sqrt(areaM2 / Math.PI);
  let g = grid(surface, hit.point, n, radius, spokes, rings);
  let area = meshArea(g.positions, g.triangles);
  for (let i = 0; i < rounds && Math.abs(area / areaM2 - 1) > 0.005; i++) {
    radius *= Math.sqrt(areaM2 / area);
    g = grid(surface, hit.point, n, radius, spokes, rings);
    area = meshArea(g.positions, g.triangles);
  }
  const normals = g.positions.map((p) => surface.closest(p, 0.01).normal);
  return {
    positions: g.positions,
    normals,
    triangles: g.triangles,
    outline: g.positions.slice(1 + (rings - 1) * spokes),
    radius,
    area,
    ok: g.ok,
  };
}
