import { vertexNormals as meshNormals } from '../../core/triMesh';
/**
 * Mesh fairing for the meshed ear: Taubin λ|μ smoothing (shrink-free Laplacian) that irons out the surface-nets
 * grid steps while keeping the relief, and area-weighted vertex normals. Topology and vertex order are unchanged,
 * so per-vertex data (regions) stay valid.
 */

/**
 * Vertex neighbour lists (CSR) from a triangle index buffer of a closed, consistently oriented mesh: every edge
 * appears once in each direction, so the targets of a vertex's outgoing half-edges are its neighbours, each once.
 */
export function neighbours(nv: number, indices: Uint32Array): { start: Uint32Array; list: Uint32Array } {
  const start = new Uint32Array(nv + 1);
  for (let c = 0; c < indices.length; c++) start[indices[c] + 1]++;
  for (let v = 0; v < nv; v++) start[v + 1] += start[v];
  const fill = start.slice(0, nv);
  const list = new Uint32Array(indices.length);
  for (let f = 0; f < indices.length; f += 3) {
    for (let e = 0; e < 3; e++) list[fill[indices[f + e]]++] = indices[f + ((e + 1) % 3)];
  }
  return { start, list };
}

/**
 * Taubin smoothing in place: `iterations` pairs of a shrinking (λ) and an inflating (μ < −λ) umbrella step.
 * `weight(v)` ∈ [0, 1] scales each vertex's move (0 pins it).
 */
export function taubin(
  positions: Float32Array,
  indices: Uint32Array,
  iterations: number,
  weight: (v: number) => number,
  lambda = 0.5,
  mu = -0.53,
): void {
  const nv = positions.length / 3;
  const { start, list } = neighbours(nv, indices);
  const wt = new Float32Array(nv);
  for (let v = 0; v < nv; v++) wt[v] = weight(v);
  const delta = new Float32Array(positions.length);
  const step = (f: number) => {
    for (let v = 0; v < nv; v++) {
      const n = start[v + 1] - start[v];
      if (!n || !wt[v]) continue;
      let sx = 0;
      let sy = 0;
      let sz = 0;
      for (let k = start[v]; k < start[v + 1]; k++) {
        const q = 3 * list[k];
        sx += positions[q];
        sy += positions[q + 1];
        sz += positions[q + 2];
      }
      const s = (f * wt[v]) / n;
      delta[3 * v] = s * (sx - n * positions[3 * v]);
      delta[3 * v + 1] = s * (sy - n * positions[3 * v + 1]);
      delta[3 * v + 2] = s * (sz - n * positions[3 * v + 2]);
    }
    for (let i = 0; i < positions.length; i++) positions[i] += delta[i];
    delta.fill(0);
  };
  for (let it = 0; it < iterations; it++) {
    step(lambda);
    step(mu);
  }
}

/** Area-weighted vertex normals (the one implementation lives in core/triMesh). */
export const vertexNormals = (positions: Float32Array, indices: Uint32Array): Float32Array =>
  meshNormals({ positions, indices });
