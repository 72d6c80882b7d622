/**
 * Makes a closed triangle mesh edge- and vertex-manifold. Surface nets join two sheets at a cell face where the
 * field has a saddle, giving edges with four triangles; we pair each such edge's triangles by facing (the most
 * opposite orientations that agree in normal) and give each resulting fan around a vertex its own copy of it.
 */
import type { RawMesh } from './surfaceNets';

export function makeManifold(m: RawMesh): RawMesh {
  // Where a pairing leaves an edge shared by four triangles, the other pairing of that edge is tried.
  const flipped = new Set<number>();
  let result = split(m, flipped);
  for (let round = 0; round < 6; round++) {
    const bad = badEdges(m, result.indices);
    if (!bad.length) break;
    for (const k of bad) flipped.add(k);
    result = split(m, flipped);
  }
  return result;
}

/** Canonical keys (original vertex ids) of edges that are not shared by exactly one opposite pair. */
function badEdges(m: RawMesh, out: Uint32Array): number[] {
  const I = m.indices;
  const nv = m.positions.length / 3;
  const nOut = out.reduce((a, b) => Math.max(a, b), 0) + 1;
  const count = new Map<number, number>();
  const next = (c: number) => (c % 3 === 2 ? c - 2 : c + 1);
  for (let c = 0; c < out.length; c++) {
    const k = out[c] * nOut + out[next(c)];
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const bad = new Set<number>();
  for (let c = 0; c < out.length; c++) {
    const a = out[c];
    const b = out[next(c)];
    if (count.get(a * nOut + b) !== 1 || count.get(b * nOut + a) !== 1) {
      const [p, q] = [I[c], I[next(c)]];
      bad.add(Math.min(p, q) * nv + Math.max(p, q));
    }
  }
  return [...bad];
}

function split(m: RawMesh, flipped: Set<number>): RawMesh {
  const I = m.indices;
  const P = m.positions;
  const nv = P.length / 3;
  const next = (c: number) => (c % 3 === 2 ? c - 2 : c + 1);
  const half = new Map<number, number[]>();
  for (let c = 0; c < I.length; c++) {
    const key = I[c] * nv + I[next(c)];
    const list = half.get(key);
    if (list) list.push(c);
    else half.set(key, [c]);
  }
  const normal = (t: number) => {
    const [a, b, c] = [I[3 * t], I[3 * t + 1], I[3 * t + 2]];
    const u = [0, 1, 2].map((k) => P[3 * b + k] - P[3 * a + k]);
    const v = [0, 1, 2].map((k) => P[3 * c + k] - P[3 * a + k]);
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
    const l = Math.hypot(n[0], n[1], n[2]) || 1;
    return n.map((x) => x / l);
  };
  const parent = new Int32Array(I.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (const [key, cs] of half) {
    const a = Math.floor(key / nv);
    const b = key % nv;
    if (a > b) continue;
    const ts = [...(half.get(b * nv + a) ?? [])];
    if (cs.length === 1 && ts.length === 1) {
      union(cs[0], next(ts[0]));
      union(next(cs[0]), ts[0]);
      continue;
    }
    const sign = flipped.has(key) ? -1 : 1;
    for (const c of cs) {
      if (!ts.length) break;
      // Pair with the opposite half-edge whose triangle bends least away from this one.
      const n0 = normal(Math.floor(c / 3));
      let best = 0;
      let bestDot = -Infinity;
      ts.forEach((t, i) => {
        const n1 = normal(Math.floor(t / 3));
        const d = sign * (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2]);
        if (d > bestDot) [best, bestDot] = [i, d];
      });
      const t = ts.splice(best, 1)[0];
      union(c, next(t));
      union(next(c), t);
    }
  }
  const copyOf = new Map<number, number>();
  const used = new Uint8Array(nv);
  const pos = Array.from(P);
  const nrm = Array.from(m.normals);
  const out = new Uint32Array(I.length);
  for (let c = 0; c < I.length; c++) {
    const root = find(c);
    let v = copyOf.get(root);
    if (v === undefined) {
      v = I[c];
      if (used[v]) {
        const src = v;
        v = pos.length / 3;
        for (let k = 0; k < 3; k++) {
          pos.push(P[3 * src + k]);
          nrm.push(m.normals[3 * src + k]);
        }
      } else used[v] = 1;
      copyOf.set(root, v);
    }
    out[c] = v;
  }
  return { positions: new Float32Array(pos), normals: new Float32Array(nrm), indices: out };
}
