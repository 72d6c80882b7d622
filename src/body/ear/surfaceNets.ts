/**
 * Surface nets over a regular grid: one vertex per cell the surface crosses, one quad per crossed grid edge. The
 * result is closed when the field is positive (outside) on the grid's border. Vertices are then pulled onto the
 * zero set by Newton steps along the gradient.
 */
const NEWTON = 0;
export type Field = (x: number, y: number, z: number) => number;

export interface RawMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export function surfaceNets(f: Field, min: number[], max: number[], h: number): RawMesh {
  const n = [0, 1, 2].map((a) => Math.ceil((max[a] - min[a]) / h) + 1);
  const [nx, ny, nz] = n;
  const v = sampleField(f, min, h, nx, ny, nz);
  const cx = nx - 1;
  const cy = ny - 1;
  const cell = new Int32Array(cx * cy * (nz - 1)).fill(-1);
  const pos: number[] = [];
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => [c & 1, (c >> 1) & 1, (c >> 2) & 1]);
  const edges: [number, number][] = [];
  for (let a = 0; a < 8; a++)
    for (let b = a + 1; b < 8; b++) if ([1, 2, 4].includes(a ^ b)) edges.push([a, b]);
  const val = new Float32Array(8);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const [a, b, d] = corners[c];
          val[c] = v[((k + d) * ny + j + b) * nx + i + a];
          if (val[c] < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let cnt = 0;
        for (const [a, b] of edges) {
          if (val[a] < 0 === val[b] < 0) continue;
          const t = val[a] / (val[a] - val[b]);
          sx += corners[a][0] + t * (corners[b][0] - corners[a][0]);
          sy += corners[a][1] + t * (corners[b][1] - corners[a][1]);
          sz += corners[a][2] + t * (corners[b][2] - corners[a][2]);
          cnt++;
        }
        cell[(k * cy + j) * cx + i] = pos.length / 3;
        pos.push(min[0] + (i + sx / cnt) * h, min[1] + (j + sy / cnt) * h, min[2] + (k + sz / cnt) * h);
      }
    }
  }
  const idx: number[] = [];
  const C = (i: number, j: number, k: number) => cell[(k * cy + j) * cx + i];
  const quad = (q: number[], flip: boolean) => {
    const [a, b, c, d] = flip ? [q[0], q[3], q[2], q[1]] : q;
    const d1 = dist2(pos, a, c);
    const d2 = dist2(pos, b, d);
    if (d1 <= d2) idx.push(a, b, c, a, c, d);
    else idx.push(a, b, d, b, c, d);
  };
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const s = v[(k * ny + j) * nx + i] < 0;
        if (i < nx - 1 && s !== v[(k * ny + j) * nx + i + 1] < 0)
          quad([C(i, j - 1, k - 1), C(i, j, k - 1), C(i, j, k), C(i, j - 1, k)], !s);
        if (j < ny - 1 && s !== v[(k * ny + j + 1) * nx + i] < 0)
          quad([C(i - 1, j, k - 1), C(i - 1, j, k), C(i, j, k), C(i, j, k - 1)], !s);
        if (k < nz - 1 && s !== v[((k + 1) * ny + j) * nx + i] < 0)
          quad([C(i - 1, j - 1, k), C(i, j - 1, k), C(i, j, k), C(i - 1, j, k)], !s);
      }
    }
  }
  const positions = new Float32Array(pos);
  const normals = new Float32Array(pos.length);
  const e = h * 0.25;
  for (let p = 0; p < positions.length; p += 3) {
    let [x, y, z] = [positions[p], positions[p + 1], positions[p + 2]];
    for (let it = 0; it < NEWTON; it++) {
      const fv = f(x, y, z);
      const gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e);
      const gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e);
      const gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e);
      const g2 = gx * gx + gy * gy + gz * gz || 1;
      const step = Math.max(-0.5 * h, Math.min(0.5 * h, fv / Math.sqrt(g2)));
      const gl = Math.sqrt(g2);
      x -= (step * gx) / gl;
      y -= (step * gy) / gl;
      z -= (step * gz) / gl;
      if (it === NEWTON - 1) {
        normals[p] = gx / gl;
        normals[p + 1] = gy / gl;
        normals[p + 2] = gz / gl;
      }
    }
    positions[p] = x;
    positions[p + 1] = y;
    positions[p + 2] = z;
  }
  return { positions, normals, indices: new Uint32Array(idx) };
}

function dist2(p: number[], a: number, b: number): number {
  const dx = p[3 * a] - p[3 * b];
  const dy = p[3 * a + 1] - p[3 * b + 1];
  const dz = p[3 * a + 2] - p[3 * b + 2];
  return dx * dx + dy * dy + dz * dz;
}

/**
 * The field on the grid. It is first sampled on a grid twice as coarse; a fine point inside a coarse cell whose
 * corners are all farther from the surface than the cell's diagonal (with a margin for a field that is not an
 * exact distance) takes the trilinear value of those corners, the others are evaluated. Only the sign of such far
 * points matters to the mesher, and they keep it.
 */
function sampleField(f: Field, min: number[], h: number, nx: number, ny: number, nz: number): Float32Array {
  const v = new Float32Array(nx * ny * nz);
  const cx = Math.ceil((nx - 1) / 2) + 1;
  const cy = Math.ceil((ny - 1) / 2) + 1;
  const cz = Math.ceil((nz - 1) / 2) + 1;
  const c = new Float32Array(cx * cy * cz);
  for (let k = 0; k < cz; k++)
    for (let j = 0; j < cy; j++)
      for (let i = 0; i < cx; i++)
        c[(k * cy + j) * cx + i] = f(min[0] + 2 * i * h, min[1] + 2 * j * h, min[2] + 2 * k * h);
  const far = 2 * h * Math.sqrt(3) * 1.6;
  const C = (i: number, j: number, k: number) =>
    c[(Math.min(k, cz - 1) * cy + Math.min(j, cy - 1)) * cx + Math.min(i, cx - 1)];
  for (let k = 0; k < nz; k++) {
    const k0 = k >> 1;
    const tz = (k & 1) / 2;
    for (let j = 0; j < ny; j++) {
      const j0 = j >> 1;
      const ty = (j & 1) / 2;
      for (let i = 0; i < nx; i++) {
        const i0 = i >> 1;
        const tx = (i & 1) / 2;
        const c000 = C(i0, j0, k0);
        const c100 = C(i0 + 1, j0, k0);
        const c010 = C(i0, j0 + 1, k0);
        const c110 = C(i0 + 1, j0 + 1, k0);
        const c001 = C(i0, j0, k0 + 1);
        const c101 = C(i0 + 1, j0, k0 + 1);
        const c011 = C(i0, j0 + 1, k0 + 1);
        const c111 = C(i0 + 1, j0 + 1, k0 + 1);
        const lo = Math.min(c000, c100, c010, c110, c001, c101, c011, c111);
        const hi = Math.max(c000, c100, c010, c110, c001, c101, c011, c111);
        const idx = (k * ny + j) * nx + i;
        if (lo > far || hi < -far) {
          const a = c000 + (c100 - c000) * tx;
          const b = c010 + (c110 - c010) * tx;
          const d = c001 + (c101 - c001) * tx;
          const e = c011 + (c111 - c011) * tx;
          const p = a + (b - a) * ty;
          const q = d + (e - d) * ty;
          v[idx] = p + (q - p) * tz;
        } else v[idx] = f(min[0] + i * h, min[1] + j * h, min[2] + k * h);
      }
    }
  }
  return v;
}
