import type { Vec3 } from '../vec';

/** A smooth map of space fitted to pairs of points. */
export type Warp = (p: Vec3) => Vec3;

const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Solves A x = B (A n×n, B n×m) by Gaussian elimination with partial pivoting; A and B are overwritten. */
export function solve(A: number[][], B: number[][]): number[][] {
  const n = A.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[pivot][c])) pivot = r;
    if (Math.abs(A[pivot][c]) < 1e-12)
      throw new Error('the control points are degenerate (collinear or repeated)');
    [A[c], A[pivot]] = [A[pivot], A[c]];
    [B[c], B[pivot]] = [B[pivot], B[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k];
      for (let k = 0; k < B[r].length; k++) B[r][k] -= f * B[c][k];
    }
  }
  const X = B.map((row) => row.map(() => 0));
  for (let r = n - 1; r >= 0; r--)
    for (let k = 0; k < B[r].length; k++) {
      let s = B[r][k];
      for (let j = r + 1; j < n; j++) s -= A[r][j] * X[j][k];
      X[r][k] = s / A[r][r];
    }
  return X;
}

/**
 * The thin-plate spline of 3D space that takes each `from[i]` to `to[i]`: an affine map plus a sum of radial terms
 * |p − from[i]| (the biharmonic kernel in three dimensions), so the bending between the controls is as small as
 * possible. `smoothing` (metres) lets the map pass near rather than through the controls.
 */
export function thinPlateWarp(from: Vec3[], to: Vec3[], smoothing = 0): Warp {
  const n = from.length;
  if (n !== to.length) throw new Error('thinPlateWarp needs as many targets as controls');
  if (n < 4) throw new Error('thinPlateWarp needs at least 4 control points');
  const size = n + 4;
  const A = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const B = Array.from({ length: size }, () => [0, 0, 0]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) A[i][j] = i === j ? smoothing : dist(from[i], from[j]);
    const row = [1, from[i][0], from[i][1], from[i][2]];
    for (let k = 0; k < 4; k++) {
      A[i][n + k] = row[k];
      A[n + k][i] = row[k];
    }
    B[i] = [to[i][0], to[i][1], to[i][2]];
  }
  const X = solve(A, B);
  return (p) => {
    const out = [0, 1, 2].map((k) => X[n][k] + X[n + 1][k] * p[0] + X[n + 2][k] * p[1] + X[n + 3][k] * p[2]);
    for (let i = 0; i < n; i++) {
      const r = dist(p, from[i]);
      for (let k = 0; k < 3; k++) out[k] += X[i][k] * r;
    }
    return out as unknown as Vec3;
  };
}
