import type { TriMesh } from '../core/triMesh';

/**
 * Taubin λ|μ smoothing (shrink-free): evens out the iso-surface's faceting and the sub-millimetre
 * steps where the fine and coarse meshing regions meet. Topology is untouched, so a watertight mesh
 * stays watertight. Returns a new mesh.
 */
export function taubinSmooth(m: TriMesh, iterations = 3, lambda = 0.5, mu = -0.53): TriMesh {
  const n = m.positions.length / 3;
  const I = m.indices;
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < I.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = I[t + e];
      const b = I[t + ((e + 1) % 3)];
      sets[a].add(b);
      sets[b].add(a);
    }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + sets[i].size;
  const nb = new Int32Array(start[n]);
  for (let i = 0; i < n; i++)
    nb.set(
      [...sets[i]].sort((a, b) => a - b),
      start[i],
    );
  let P = Float64Array.from(m.positions);
  let Q = new Float64Array(P.length);
  const step = (f: number) => {
    for (let i = 0; i < n; i++) {
      let sx = 0;
      let sy = 0;
      let sz = 0;
      const c = start[i + 1] - start[i];
      for (let j = start[i]; j < start[i + 1]; j++) {
        const k = nb[j] * 3;
        sx += P[k];
        sy += P[k + 1];
        sz += P[k + 2];
      }
      const o = i * 3;
      Q[o] = P[o] + f * (sx / c - P[o]);
      Q[o + 1] = P[o + 1] + f * (sy / c - P[o + 1]);
      Q[o + 2] = P[o + 2] + f * (sz / c - P[o + 2]);
    }
    [P, Q] = [Q, P];
  };
  for (let it = 0; it < iterations; it++) {
    step(lambda);
    step(mu);
  }
  return { positions: Float32Array.from(P), indices: m.indices };
}
