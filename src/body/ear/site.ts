/**
 * Places a site in a named region by (s, t) ∈ [0,1]² of that region's frame (see curves.ts for the front regions).
 * Front regions: the frame point on the ear plane is lifted along the plane's lateral normal onto the outermost skin
 * of that region. posterior_surface: s from top (0) to bottom (1), t from the helix edge (0) toward the head (1).
 * root (skin where the ear meets the head): s from top (0) to bottom (1), t from the deepest (0) to the most
 * lateral (1) skin of the root band at that height.
 */
import { lerp2, pointAt, type V2 } from './polyline';
import { regionIndex } from './regions';
import type { EarMesh, Vec3 } from './types';

export interface EarSite {
  position: Vec3;
  normal: Vec3;
}

const dot = (a: ArrayLike<number>, o: number, b: Vec3) => a[o] * b[0] + a[o + 1] * b[1] + a[o + 2] * b[2];

/** The frame point (s, t) of a front region on the ear plane, millimetres (x2 anterior, y2 up). */
export function regionFramePoint(mesh: EarMesh, region: string, s: number, t: number): V2 {
  const fr = mesh.curves.frames[region];
  if (!fr) throw new Error(`No 2-D frame for ear region '${region}'`);
  const [u, v] = fr.swap ? [t, s] : [s, t];
  return lerp2(pointAt(fr.a, u), pointAt(fr.b, u), v);
}

export function earSite(mesh: EarMesh, region: string, s: number, t: number): EarSite {
  const r = regionIndex(region);
  if (r < 0) throw new Error(`Unknown ear region '${region}'`);
  const { positions: P, normals: N, region: R, plane } = mesh;
  const at = (v: number): EarSite => ({
    position: [P[3 * v], P[3 * v + 1], P[3 * v + 2]],
    normal: [N[3 * v], N[3 * v + 1], N[3 * v + 2]],
  });
  const proj = (v: number): Vec3 => {
    const o = plane.origin;
    const q: Vec3 = [P[3 * v] - o[0], P[3 * v + 1] - o[1], P[3 * v + 2] - o[2]];
    return [dot(q, 0, plane.anterior) * 1000, dot(q, 0, plane.up) * 1000, dot(q, 0, plane.lateral) * 1000];
  };
  const verts: number[] = [];
  for (let v = 0; v < R.length; v++) {
    if (R[v] === r && (region !== 'root' || P[3 * v] > -mesh.rootDepth + 1e-4)) verts.push(v);
  }
  if (!verts.length) throw new Error(`Ear region '${region}' is empty`);
  if (region === 'root' || region === 'posterior_surface') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of verts) [lo, hi] = [Math.min(lo, P[3 * v + 1]), Math.max(hi, P[3 * v + 1])];
    const y = hi - (0.02 + 0.96 * s) * (hi - lo);
    let slab: number[] = [];
    for (let band = 2e-4; slab.length < 3; band *= 2)
      slab = verts.filter((v) => Math.abs(P[3 * v + 1] - y) < band);
    const key = (v: number) => (region === 'root' ? P[3 * v] : proj(v)[0]);
    const ks = slab.map(key);
    const target = Math.min(...ks) + t * (Math.max(...ks) - Math.min(...ks));
    let best = slab[0];
    for (let i = 0; i < slab.length; i++)
      if (Math.abs(ks[i] - target) < Math.abs(key(best) - target)) best = slab[i];
    return at(best);
  }
  const [qx, qy] = regionFramePoint(mesh, region, s, t);
  const I = mesh.indices;
  let bestW = -Infinity;
  let hit: EarSite | null = null;
  for (let f = 0; f < I.length; f += 3) {
    const [a, b, c] = [I[f], I[f + 1], I[f + 2]];
    if (R[a] !== r || R[b] !== r || R[c] !== r) continue;
    const [pa, pb, pc] = [proj(a), proj(b), proj(c)];
    const area = (pb[0] - pa[0]) * (pc[1] - pa[1]) - (pb[1] - pa[1]) * (pc[0] - pa[0]);
    if (Math.abs(area) < 1e-12) continue;
    const w0 = ((pb[0] - qx) * (pc[1] - qy) - (pb[1] - qy) * (pc[0] - qx)) / area;
    const w1 = ((pc[0] - qx) * (pa[1] - qy) - (pc[1] - qy) * (pa[0] - qx)) / area;
    const w2 = 1 - w0 - w1;
    if (w0 < 0 || w1 < 0 || w2 < 0) continue;
    const w = w0 * pa[2] + w1 * pb[2] + w2 * pc[2];
    if (w <= bestW) continue;
    bestW = w;
    const mix = (A: ArrayLike<number>, k: number) =>
      w0 * A[3 * a + k] + w1 * A[3 * b + k] + w2 * A[3 * c + k];
    const n: Vec3 = [mix(N, 0), mix(N, 1), mix(N, 2)];
    const l = Math.hypot(...n) || 1;
    hit = { position: [mix(P, 0), mix(P, 1), mix(P, 2)], normal: [n[0] / l, n[1] / l, n[2] / l] };
  }
  if (hit) return hit;
  // Outside the region's painted area (frame corners): the nearest vertex of the region, preferring outer skin.
  let best = verts[0];
  let bestD = Infinity;
  for (const v of verts) {
    const q = proj(v);
    const d = Math.hypot(q[0] - qx, q[1] - qy) - 0.05 * q[2];
    if (d < bestD) [best, bestD] = [v, d];
  }
  return at(best);
}
