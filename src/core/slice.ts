import type { TriMesh } from './triMesh';

type P3 = readonly [number, number, number];
type P2 = [number, number];

/** A plane cut of a mesh: the closed curves it leaves, as 2-D segments in the plane's (u, v) basis. */
export interface PlaneSlice {
  /** Segments of each connected curve, in plane coordinates. */
  loops: [P2, P2][][];
  /** Maps a 3-D point into the plane's 2-D coordinates. */
  toPlane: (p: P3) => P2;
}

function basis(n: P3): [P3, P3] {
  const a: P3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const d = a[0] * n[0] + a[1] * n[1] + a[2] * n[2];
  const u0 = [a[0] - d * n[0], a[1] - d * n[1], a[2] - d * n[2]];
  const lu = Math.hypot(u0[0], u0[1], u0[2]);
  const u: P3 = [u0[0] / lu, u0[1] / lu, u0[2] / lu];
  const v: P3 = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  return [u, v];
}

/** Cuts a mesh with the plane through `origin` with unit normal `normal`. */
export function slicePlane(mesh: TriMesh, origin: P3, normal: P3): PlaneSlice {
  const P = mesh.positions;
  const I = mesh.indices;
  const nv = P.length / 3;
  const sd = new Float64Array(nv);
  for (let i = 0; i < nv; i++)
    sd[i] =
      (P[i * 3] - origin[0]) * normal[0] +
      (P[i * 3 + 1] - origin[1]) * normal[1] +
      (P[i * 3 + 2] - origin[2]) * normal[2];
  const [u, v] = basis(normal);
  const toPlane = (p: P3): P2 => {
    const x = p[0] - origin[0];
    const y = p[1] - origin[1];
    const z = p[2] - origin[2];
    return [x * u[0] + y * u[1] + z * u[2], x * v[0] + y * v[1] + z * v[2]];
  };
  const parent = new Map<number, number>();
  const find = (a: number): number => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(a, r);
    return r;
  };
  const points = new Map<number, P2>();
  const point = (a: number, b: number): number => {
    const key = a < b ? a * nv + b : b * nv + a;
    if (!points.has(key)) {
      const t = sd[a] / (sd[a] - sd[b]);
      const q: P3 = [
        P[a * 3] + (P[b * 3] - P[a * 3]) * t,
        P[a * 3 + 1] + (P[b * 3 + 1] - P[a * 3 + 1]) * t,
        P[a * 3 + 2] + (P[b * 3 + 2] - P[a * 3 + 2]) * t,
      ];
      points.set(key, toPlane(q));
      parent.set(key, key);
    }
    return key;
  };
  const segs: [number, number][] = [];
  for (let t = 0; t < I.length; t += 3) {
    const tri = [I[t], I[t + 1], I[t + 2]];
    const ends: number[] = [];
    for (let e = 0; e < 3; e++) {
      const a = tri[e];
      const b = tri[(e + 1) % 3];
      if (sd[a] >= 0 !== sd[b] >= 0) ends.push(point(a, b));
    }
    if (ends.length === 2) {
      segs.push([ends[0], ends[1]]);
      const ra = find(ends[0]);
      const rb = find(ends[1]);
      if (ra !== rb) parent.set(ra, rb);
    }
  }
  const groups = new Map<number, [P2, P2][]>();
  for (const [a, b] of segs) {
    const r = find(a);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push([points.get(a)!, points.get(b)!]);
  }
  return { loops: [...groups.values()], toPlane };
}

/** Whether a 2-D point is inside a closed curve given as unordered segments (even–odd rule). */
export function insideLoop(loop: [P2, P2][], p: P2): boolean {
  let inside = false;
  for (const [a, b] of loop) {
    if (a[1] > p[1] !== b[1] > p[1]) {
      const x = a[0] + ((p[1] - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
      if (x > p[0]) inside = !inside;
    }
  }
  return inside;
}

/** Perimeter of the convex hull of 2-D points: what a tape measure reads around a cross-section. */
export function hullPerimeter(pts: P2[]): number {
  const p = pts.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return 0;
  const cross = (o: P2, a: P2, b: P2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: P2[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: P2[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  const hull = lower.slice(0, -1).concat(upper.slice(0, -1));
  let per = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    per += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return per;
}

/**
 * The tape-measure girth of the cross-section around `ref`: the plane through `ref` with normal
 * `normal` cuts the mesh; the curve enclosing `ref` is taken (0 if none) and its hull measured.
 */
export function girthAt(mesh: TriMesh, ref: P3, normal: P3): number {
  const s = slicePlane(mesh, ref, normal);
  const r = s.toPlane(ref);
  const loops = s.loops.filter((l) => insideLoop(l, r));
  if (!loops.length) return 0;
  // the innermost enclosing curve (smallest hull)
  return Math.min(...loops.map((l) => hullPerimeter(l.flat())));
}
