import type { Bump } from './bumps';
import type { Shape } from './shapes';
import type { V3 } from './vec';

/** The body as a signed-distance field: blended solids, then surface details added on top. */
export interface BodyField {
  shapes: Shape[];
  bumps: Bump[];
}

/** Signed distance (negative inside) at a point. */
export type Sdf = (x: number, y: number, z: number) => number;

/** Value returned where no solid is near: "far outside". */
const FAR = 1;

function overlaps(lo: V3, hi: V3, clo: V3, chi: V3, pad: number): boolean {
  for (let i = 0; i < 3; i++) if (lo[i] - pad > chi[i] || hi[i] + pad < clo[i]) return false;
  return true;
}

/** How a field is compiled for one meshing region. */
export interface CompileOptions {
  /** Edge of the culling cells (m). */
  cell: number;
  /** Extra reach added to every solid's bounds beyond its blend radius (m). */
  margin: number;
  /** Spacing of the far-field cache grid (m); 0 disables it. */
  skipCell: number;
  /** Where the cached value at the nearest cache node exceeds this (m), return it instead of evaluating. */
  skipThreshold: number;
}

/**
 * Compiles the field for a box: a uniform grid of cells, each listing only the solids and details
 * that can reach it (bounds grown by the blend radius and `margin`). Far from every listed solid the
 * smooth blends contribute exactly nothing, so the culled field equals the full one near the skin.
 * Far from the skin (judged on a coarse cache grid, assuming a Lipschitz bound ≈ 1.5) the cached
 * value is returned: it has the right sign, which is all an iso-surface needs there.
 */
export function compileField(field: BodyField, lo: V3, hi: V3, o: CompileOptions): Sdf {
  const cell = o.cell;
  const nx = Math.max(1, Math.ceil((hi[0] - lo[0]) / cell));
  const ny = Math.max(1, Math.ceil((hi[1] - lo[1]) / cell));
  const nz = Math.max(1, Math.ceil((hi[2] - lo[2]) / cell));
  const shapeLists: Shape[][] = [];
  const bumpLists: Bump[][] = [];
  for (let iz = 0; iz < nz; iz++)
    for (let iy = 0; iy < ny; iy++)
      for (let ix = 0; ix < nx; ix++) {
        const clo: V3 = [lo[0] + ix * cell, lo[1] + iy * cell, lo[2] + iz * cell];
        const chi: V3 = [clo[0] + cell, clo[1] + cell, clo[2] + cell];
        shapeLists.push(field.shapes.filter((s) => overlaps(s.lo, s.hi, clo, chi, s.k + o.margin)));
        bumpLists.push(field.bumps.filter((b) => overlaps(b.lo, b.hi, clo, chi, 0)));
      }
  const exact: Sdf = (x, y, z) => {
    const ix = Math.min(nx - 1, Math.max(0, Math.floor((x - lo[0]) / cell)));
    const iy = Math.min(ny - 1, Math.max(0, Math.floor((y - lo[1]) / cell)));
    const iz = Math.min(nz - 1, Math.max(0, Math.floor((z - lo[2]) / cell)));
    const c = ix + nx * (iy + ny * iz);
    return evalLists(shapeLists[c], bumpLists[c], x, y, z);
  };
  if (!o.skipCell) return exact;
  const sc = o.skipCell;
  const mx = Math.ceil((hi[0] - lo[0]) / sc) + 2;
  const my = Math.ceil((hi[1] - lo[1]) / sc) + 2;
  const mz = Math.ceil((hi[2] - lo[2]) / sc) + 2;
  const cache = new Float64Array(mx * my * mz).fill(NaN);
  const thr = o.skipThreshold;
  return (x, y, z) => {
    const ix = Math.min(mx - 1, Math.max(0, Math.round((x - lo[0]) / sc)));
    const iy = Math.min(my - 1, Math.max(0, Math.round((y - lo[1]) / sc)));
    const iz = Math.min(mz - 1, Math.max(0, Math.round((z - lo[2]) / sc)));
    const c = ix + mx * (iy + my * iz);
    let d0 = cache[c];
    if (d0 !== d0) {
      d0 = exact(lo[0] + ix * sc, lo[1] + iy * sc, lo[2] + iz * sc);
      cache[c] = d0;
    }
    if (d0 > thr || d0 < -thr) return d0;
    return exact(x, y, z);
  };
}

/** The full, uncompiled field (slow; for single queries and tests). */
export function fieldSdf(field: BodyField): Sdf {
  return (x, y, z) => evalLists(field.shapes, field.bumps, x, y, z);
}

function evalLists(shapes: Shape[], bumps: Bump[], x: number, y: number, z: number): number {
  let d = FAR;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i];
    const ds = s.d(x, y, z);
    const k = s.k;
    if (s.op === 'add') {
      const h = Math.max(k - Math.abs(d - ds), 0) / k;
      d = Math.min(d, ds) - h * h * k * 0.25;
    } else {
      const h = Math.max(k - Math.abs(d + ds), 0) / k;
      d = Math.max(d, -ds) + h * h * k * 0.25;
    }
  }
  for (let i = 0; i < bumps.length; i++) d -= bumps[i].h(x, y, z);
  return d;
}
