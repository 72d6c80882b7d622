/** Generates the ear mesh: curves → height fields → distance field → surface nets → regions and anchors. */
import { earCurves, type EarCurves } from './curves';
import { buildFields } from './fields';
import { regionIndex } from './regions';
import { earSdf, fromPlane, toPlane, type Plane } from './shape';
import { surfaceNets } from './surfaceNets';
import { makeManifold } from './manifold';
import { taubin, vertexNormals } from './smooth';
import { REF_BREADTH, REF_LENGTH, rimCentre, rimRadius, RIM_ELONG } from './template';
import type { EarMesh, EarOptions, EarParams } from './types';

/** Tilt θ (about a vertical axis at the face) that makes the helix stand `protrusion` mm off the head. */
function solveTilt(c: EarCurves, protrusion: number, h0: number): number {
  const rimTop = (tan: number) => {
    let best = -Infinity;
    for (let i = 0; i < c.outline.length; i++) {
      const r = rimRadius(c.outlineU[i]) * c.sc;
      if (r <= 0) continue;
      const x2 = c.outline[i][0] + RIM_ELONG * r * 0.5;
      const cos = 1 / Math.sqrt(1 + tan * tan);
      best = Math.max(best, -x2 * tan * cos + (rimCentre(r, c.sc) + r + h0) * cos);
    }
    return best;
  };
  let lo = 0.05;
  let hi = 2;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (rimTop(mid) < protrusion) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Taubin λ|μ pass pairs run on the meshed ear. */
const SMOOTH_PASSES = 12;

export function buildEarMesh(p: EarParams, o: EarOptions = {}): EarMesh {
  const mm = { L: p.length * 1000, B: p.breadth * 1000, P: p.protrusion * 1000 };
  const c = earCurves(mm.B / REF_BREADTH, mm.L / REF_LENGTH);
  const sc = c.sc;
  const h0 = 8 * sc;
  const depth = (o.rootDepth ?? 0.003) * 1000;
  const tan = solveTilt(c, mm.P, h0);
  const cos = 1 / Math.sqrt(1 + tan * tan);
  const plane: Plane = { sin: tan * cos, cos, h0, depth };
  const F = buildFields(c, { tan, h0, depth }, 0.25 * sc);
  const sdf = earSdf(c, F, plane);
  const g = F.grid;
  const corners = [g.x0, g.x(g.nx - 1)].flatMap((x2) =>
    [-28 * sc, 8 * sc].map((w) => fromPlane(plane, x2, w)),
  );
  const h = (o.edge ?? 0.0008) * 1000 * sc;
  const pad = 2.5 * h;
  const min = [-depth - pad, g.y0, Math.min(...corners.map((q) => q[1])) - pad];
  const max = [
    Math.max(...corners.map((q) => q[0])) + pad,
    g.y(g.ny - 1),
    Math.max(...corners.map((q) => q[1])) + pad,
  ];
  const raw = makeManifold(surfaceNets(sdf, min, max, h));
  const { positions, indices } = raw;
  const nv = positions.length / 3;
  // Fair away the grid steps, then put the vertices back on the surface: fairing alone, on the irregular
  // surface-nets connectivity, leaves ripples along steep walls. Shading normals are the field's gradient.
  // The flat root cap stays put.
  const free = (v: number) => positions[3 * v] >= -depth + 0.05;
  taubin(positions, indices, SMOOTH_PASSES, (v) => (free(v) ? 1 : 0));
  const normals = vertexNormals(positions, indices);
  project(sdf, positions, normals, 0.02 * sc, free);
  const region = new Uint8Array(nv);
  const ROOT = regionIndex('root');
  const POST = regionIndex('posterior_surface');
  const rootBand = 1.5 * sc;
  const [canX, canY] = c.points.canal;
  for (let v = 0; v < nv; v++) {
    const X = positions[3 * v];
    const Y = positions[3 * v + 1];
    const [x2, w] = toPlane(plane, X, positions[3 * v + 2]);
    const k = g.nearest(x2, Y);
    const mid = g.sample(F.mid, x2, Y);
    const attach = g.sample(F.attach, x2, Y);
    const inCanal = Math.hypot(x2 - canX, Y - canY) < 3.6 * sc;
    let r = F.label[k];
    if (X < -depth + 0.05) r = ROOT;
    else if (w < mid && attach < 0.5) r = X < rootBand ? ROOT : POST;
    else if (w < mid && F.concha[k] < 0 && X < rootBand) r = ROOT;
    else if (X < 0.2 * sc && !inCanal) r = ROOT;
    region[v] = r;
  }
  // Origin: centre of the root's footprint on the head (Y, Z); X = 0 stays the head's skin.
  let cyS = 0;
  let czS = 0;
  let n = 0;
  for (let v = 0; v < nv; v++) {
    if (positions[3 * v] < -depth + 0.05) {
      cyS += positions[3 * v + 1];
      czS += positions[3 * v + 2];
      n++;
    }
  }
  const oy = n ? cyS / n : 0;
  const oz = n ? czS / n : 0;
  for (let v = 0; v < nv; v++) {
    positions[3 * v] /= 1000;
    positions[3 * v + 1] = (positions[3 * v + 1] - oy) / 1000;
    positions[3 * v + 2] = (positions[3 * v + 2] - oz) / 1000;
  }
  return {
    positions,
    normals,
    indices,
    region,
    anchors: {},
    plane: {
      origin: [(h0 * plane.cos) / 1000, -oy / 1000, -oz / 1000],
      anterior: [-plane.sin, 0, plane.cos],
      up: [0, 1, 0],
      lateral: [plane.cos, 0, plane.sin],
    },
    curves: c,
    rootDepth: depth / 1000,
  };
}

/**
 * Newton steps that put smoothed vertices back onto the zero set of the field (each move capped at 0.3 mm);
 * the normal of a moved vertex becomes the field's unit gradient there.
 */
function project(
  f: (x: number, y: number, z: number) => number,
  P: Float32Array,
  N: Float32Array,
  e: number,
  free: (v: number) => boolean,
): void {
  for (let v = 0; v < P.length / 3; v++) {
    if (!free(v)) continue;
    let [x, y, z] = [P[3 * v], P[3 * v + 1], P[3 * v + 2]];
    for (let it = 0; it < 2; it++) {
      const fv = f(x, y, z);
      const gx = (f(x + e, y, z) - f(x - e, y, z)) / (2 * e);
      const gy = (f(x, y + e, z) - f(x, y - e, z)) / (2 * e);
      const gz = (f(x, y, z + e) - f(x, y, z - e)) / (2 * e);
      const g2 = gx * gx + gy * gy + gz * gz;
      if (g2 < 1e-8) break;
      const step = Math.max(-0.3, Math.min(0.3, fv / g2));
      x -= step * gx;
      y -= step * gy;
      z -= step * gz;
      const gl = Math.sqrt(g2);
      [N[3 * v], N[3 * v + 1], N[3 * v + 2]] = [gx / gl, gy / gl, gz / gl];
    }
    [P[3 * v], P[3 * v + 1], P[3 * v + 2]] = [x, y, z];
  }
}
