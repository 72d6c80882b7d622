/**
 * Measures how natural a drawn skin path between two points is. The yardstick is the shortest way over the skin
 * (an approximate geodesic: the shortest chain of mesh edges, then pulled tight on the skin), which is the course a
 * tape laid on the body takes and, away from the few places where a channel's classical course bends, the course
 * charts draw. A drawn path is compared with it by length and by how far it strays from it, and it is checked for
 * running over an arm between two points that are both off that arm.
 */
import type { MeshArrays, Surface } from '../../src/core/surface';
import { add, cross, distance, dot, length, normalize, scale, sub, type Vec3 } from '../../src/core/vec';

/** Vertex adjacency of a mesh, with each vertex's position. */
export interface MeshGraph {
  positions: Float32Array;
  neighbours: number[][];
}

export function meshGraph(mesh: MeshArrays): MeshGraph {
  const n = mesh.positions.length / 3;
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set());
  const ix = mesh.indices;
  for (let t = 0; t < ix.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = ix[t + k];
      const b = ix[t + ((k + 1) % 3)];
      sets[a].add(b);
      sets[b].add(a);
    }
  }
  return { positions: mesh.positions, neighbours: sets.map((s) => [...s]) };
}

function vertex(g: MeshGraph, i: number): Vec3 {
  return [g.positions[i * 3], g.positions[i * 3 + 1], g.positions[i * 3 + 2]];
}

function nearestVertex(g: MeshGraph, p: Vec3): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < g.positions.length / 3; i++) {
    const dx = g.positions[i * 3] - p[0];
    const dy = g.positions[i * 3 + 1] - p[1];
    const dz = g.positions[i * 3 + 2] - p[2];
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** A* over the mesh edges from the vertex nearest a to the one nearest b (straight-line distance as the estimate). */
function edgePath(g: MeshGraph, a: Vec3, b: Vec3): Vec3[] {
  const s = nearestVertex(g, a);
  const t = nearestVertex(g, b);
  const goal = vertex(g, t);
  const cost = new Map<number, number>([[s, 0]]);
  const from = new Map<number, number>();
  // A binary heap of [estimate, vertex].
  const heap: [number, number][] = [[distance(vertex(g, s), goal), s]];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  const closed = new Set<number>();
  while (heap.length > 0) {
    const [, v] = pop();
    if (v === t) break;
    if (closed.has(v)) continue;
    closed.add(v);
    const pv = vertex(g, v);
    for (const w of g.neighbours[v]) {
      if (closed.has(w)) continue;
      const pw = vertex(g, w);
      const c = cost.get(v)! + distance(pv, pw);
      if (c < (cost.get(w) ?? Infinity)) {
        cost.set(w, c);
        from.set(w, v);
        push([c + distance(pw, goal), w]);
      }
    }
  }
  const chain: Vec3[] = [];
  for (let v: number | undefined = t; v !== undefined; v = from.get(v)) chain.unshift(vertex(g, v));
  return [a, ...chain.slice(1, -1), b];
}

export function pathLength(path: readonly Vec3[]): number {
  let l = 0;
  for (let i = 1; i < path.length; i++) l += distance(path[i - 1], path[i]);
  return l;
}

/** The polyline resampled at (about) `spacing` metres, ends kept. */
function resample(path: readonly Vec3[], spacing: number): Vec3[] {
  const total = pathLength(path);
  const n = Math.max(2, Math.ceil(total / spacing));
  const out: Vec3[] = [path[0]];
  let seg = 1;
  let before = 0;
  for (let k = 1; k < n; k++) {
    const goal = (k / n) * total;
    while (seg < path.length - 1 && before + distance(path[seg - 1], path[seg]) < goal) {
      before += distance(path[seg - 1], path[seg]);
      seg++;
    }
    const l = distance(path[seg - 1], path[seg]);
    out.push(add(path[seg - 1], scale(sub(path[seg], path[seg - 1]), l > 0 ? (goal - before) / l : 0)));
  }
  out.push(path[path.length - 1]);
  return out;
}

/**
 * The shortest way over the skin from a to b, approximately: the shortest edge chain, pulled tight on the skin (each
 * inner point moved to the skin spot nearest the middle of its neighbours) until it stops shortening, first with few
 * points far apart, then finer and finer (down to 2 mm), so the long paths straighten as fast as the short ones.
 */
export function skinGeodesic(surface: Surface, g: MeshGraph, a: Vec3, b: Vec3): Vec3[] {
  let path = edgePath(g, a, b);
  const finest = 0.002;
  let spacing = Math.max(finest, pathLength(path) / 8);
  for (;;) {
    path = resample(path, spacing);
    for (let round = 0; round < 400; round++) {
      const before = pathLength(path);
      for (let i = 1; i < path.length - 1; i++) {
        path[i] = surface.closest(scale(add(path[i - 1], path[i + 1]), 0.5), 2 * spacing).point;
      }
      if (before - pathLength(path) < 1e-7) break;
    }
    if (spacing <= finest) return path;
    spacing = Math.max(finest, spacing / 2);
  }
}

/** The largest distance from a point of `path` to the polyline `ref`. */
export function strayFrom(path: readonly Vec3[], ref: readonly Vec3[]): number {
  let worst = 0;
  for (const p of path) {
    let best = Infinity;
    for (let i = 1; i < ref.length; i++) {
      const a = ref[i - 1];
      const ab = sub(ref[i], a);
      const l2 = dot(ab, ab);
      const t = l2 > 0 ? Math.max(0, Math.min(1, dot(sub(p, a), ab) / l2)) : 0;
      best = Math.min(best, distance(p, add(a, scale(ab, t))));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

/** The largest distance of a path point from the plane through a and b that holds the mean skin normal of a and b. */
export function offPlane(surface: Surface, path: readonly Vec3[], a: Vec3, b: Vec3): number {
  const m = add(surface.closest(a, 0.01).normal, surface.closest(b, 0.01).normal);
  const n = cross(sub(b, a), dot(m, m) > 0.04 ? m : [0, 1, 0]);
  if (length(n) < 1e-9) return 0;
  const u = normalize(n);
  return Math.max(...path.map((p) => Math.abs(dot(sub(p, a), u))));
}

/**
 * Which skin spots lie on an arm (upper arm, forearm or hand): near the arm's axis (shoulder joint, elbow, wrist,
 * middle fingertip, from the landmarks) and facing away from it. The facing test tells the inner face of the arm
 * from the side of the chest it hangs against; the shoulder cap above the joint counts as trunk. The test is rough at
 * the armpit and the shoulder, where arm and trunk meet.
 */
export function armTest(
  landmarks: Record<string, Vec3>,
): (p: Vec3, normal: Vec3) => 'arm.L' | 'arm.R' | null {
  const mid = (a: Vec3, b: Vec3): Vec3 => scale(add(a, b), 0.5);
  const axes = (['L', 'R'] as const).map((side) => {
    const lm = (n: string) => landmarks[`${n}.${side}`];
    const shoulder = mid(lm('acromion'), lm('axilla_apex'));
    const elbow = mid(lm('lateral_epicondyle'), lm('medial_epicondyle'));
    const wrist = mid(lm('radial_styloid'), lm('ulnar_styloid'));
    const tip = lm('middle_tip');
    const rElbow = 0.5 * distance(lm('lateral_epicondyle'), lm('medial_epicondyle'));
    return {
      side,
      // [from, to, radius at from, radius at to, where along the first bone the arm begins]
      bones: [
        [shoulder, elbow, 1.5 * rElbow, rElbow, 0.1],
        [elbow, wrist, rElbow, 0.8 * rElbow, -0.05],
        [wrist, tip, 1.6 * rElbow, 1.2 * rElbow, -0.05],
      ] as [Vec3, Vec3, number, number, number][],
    };
  });
  return (p, normal) => {
    for (const { side, bones } of axes) {
      for (const [k, [a, b, ra, rb, begin]] of bones.entries()) {
        const ab = sub(b, a);
        const t = dot(sub(p, a), ab) / dot(ab, ab);
        if (t < begin || t > (k === 2 ? 1.15 : 1.05)) continue;
        const out = sub(p, add(a, scale(ab, t)));
        const r = length(out);
        // The fingers and thumb face every way round the hand's axis; only skin facing the hand (the thigh it hangs
        // beside) is left out there.
        const facing = k === 2 ? -0.3 : 0.5;
        if (r < 1.25 * (ra + (rb - ra) * t) && dot(out, normal) > facing * r) return `arm.${side}`;
      }
    }
    return null;
  };
}
