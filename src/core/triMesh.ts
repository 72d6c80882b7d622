/** A triangle mesh: flat xyz positions (metres) and vertex indices, counter-clockwise seen from outside. */
export interface TriMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Area-weighted vertex normals. */
export function vertexNormals(m: TriMesh): Float32Array {
  const P = m.positions;
  const N = new Float32Array(P.length);
  const I = m.indices;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t] * 3;
    const b = I[t + 1] * 3;
    const c = I[t + 2] * 3;
    const ux = P[b] - P[a];
    const uy = P[b + 1] - P[a + 1];
    const uz = P[b + 2] - P[a + 2];
    const vx = P[c] - P[a];
    const vy = P[c + 1] - P[a + 1];
    const vz = P[c + 2] - P[a + 2];
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const o of [a, b, c]) {
      N[o] += nx;
      N[o + 1] += ny;
      N[o + 2] += nz;
    }
  }
  for (let i = 0; i < N.length; i += 3) {
    const l = Math.hypot(N[i], N[i + 1], N[i + 2]) || 1;
    N[i] /= l;
    N[i + 1] /= l;
    N[i + 2] /= l;
  }
  return N;
}

/** Every undirected edge used by exactly two triangles, once in each direction: closed and oriented. */
export function isWatertight(m: TriMesh): boolean {
  const edges = new Map<number, number>();
  const I = m.indices;
  const nv = m.positions.length / 3;
  for (let t = 0; t < I.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = I[t + e];
      const b = I[t + ((e + 1) % 3)];
      const key = a * nv + b;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of edges) {
    if (count !== 1) return false;
    const a = Math.floor(key / nv);
    const b = key % nv;
    if (edges.get(b * nv + a) !== 1) return false;
  }
  return true;
}

/**
 * Vertex normals for shading a mesh that came without them (a user's scan): area-weighted normals, then `passes`
 * rounds in which each normal is averaged with those of the vertices it shares a triangle with. A decimated or
 * scanned skin is bumpy at the scale of its triangles, and its raw normals shade it blotchy; the shipped bodies carry
 * normals from their smooth generator. Display only: the engine reads the positions, never these.
 */
export function smoothVertexNormals(m: TriMesh, passes = 2): Float32Array {
  let N = vertexNormals(m);
  const I = m.indices;
  for (let pass = 0; pass < passes; pass++) {
    const S = N.slice(); // each vertex keeps its own normal once, then adds its neighbours' (once per triangle)
    for (let t = 0; t < I.length; t += 3)
      for (let k = 0; k < 3; k++) {
        const o = I[t + k] * 3;
        for (const j of [I[t + ((k + 1) % 3)] * 3, I[t + ((k + 2) % 3)] * 3]) {
          S[o] += N[j];
          S[o + 1] += N[j + 1];
          S[o + 2] += N[j + 2];
        }
      }
    for (let i = 0; i < S.length; i += 3) {
      const l = Math.hypot(S[i], S[i + 1], S[i + 2]) || 1;
      S[i] /= l;
      S[i + 1] /= l;
      S[i + 2] /= l;
    }
    N = S;
  }
  return N;
}
