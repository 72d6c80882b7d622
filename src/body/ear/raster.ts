/** A regular 2-D grid over the ear plane and the rasterizers that fill it from polylines. */
import type { V2 } from './polyline';

export class Grid2 {
  readonly nx: number;
  readonly ny: number;
  constructor(
    readonly x0: number,
    readonly y0: number,
    x1: number,
    y1: number,
    readonly h: number,
  ) {
    this.nx = Math.ceil((x1 - x0) / h) + 1;
    this.ny = Math.ceil((y1 - y0) / h) + 1;
  }
  get size(): number {
    return this.nx * this.ny;
  }
  x(i: number): number {
    return this.x0 + i * this.h;
  }
  y(j: number): number {
    return this.y0 + j * this.h;
  }
  /** Bilinear sample; outside the grid the border value is used. */
  sample(a: Float32Array, x: number, y: number): number {
    const fx = Math.min(Math.max((x - this.x0) / this.h, 0), this.nx - 1.001);
    const fy = Math.min(Math.max((y - this.y0) / this.h, 0), this.ny - 1.001);
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const tx = fx - i;
    const ty = fy - j;
    const k = j * this.nx + i;
    const top = a[k] + (a[k + 1] - a[k]) * tx;
    const bot = a[k + this.nx] + (a[k + this.nx + 1] - a[k + this.nx]) * tx;
    return top + (bot - top) * ty;
  }
  nearest(x: number, y: number): number {
    const i = Math.min(Math.max(Math.round((x - this.x0) / this.h), 0), this.nx - 1);
    const j = Math.min(Math.max(Math.round((y - this.y0) / this.h), 0), this.ny - 1);
    return j * this.nx + i;
  }
}

/** Distance to a polyline within `cutoff` (else cutoff), the parameter of the nearest point, and its side. */
export interface DistanceField {
  dist: Float32Array;
  param: Float32Array;
  /** +1 left of the polyline's direction, -1 right (and beyond the cutoff). */
  side: Int8Array;
}

export function distanceField(
  g: Grid2,
  poly: readonly V2[],
  closed: boolean,
  cutoff: number,
  param: (i: number) => number,
  extend = false,
): DistanceField {
  const dist = new Float32Array(g.size).fill(cutoff);
  const par = new Float32Array(g.size).fill(-1);
  const side = new Int8Array(g.size).fill(-1);
  const segs = closed ? poly.length : poly.length - 1;
  for (let s = 0; s < segs; s++) {
    const [ax, ay] = poly[s];
    const [bx, by] = poly[(s + 1) % poly.length];
    const dx = bx - ax;
    const dy = by - ay;
    const l2 = dx * dx + dy * dy || 1e-12;
    const i0 = Math.max(0, Math.floor((Math.min(ax, bx) - cutoff - g.x0) / g.h));
    const i1 = Math.min(g.nx - 1, Math.ceil((Math.max(ax, bx) + cutoff - g.x0) / g.h));
    const j0 = Math.max(0, Math.floor((Math.min(ay, by) - cutoff - g.y0) / g.h));
    const j1 = Math.min(g.ny - 1, Math.ceil((Math.max(ay, by) + cutoff - g.y0) / g.h));
    const p0 = param(s);
    const p1 = param(s + 1);
    for (let j = j0; j <= j1; j++) {
      const py = g.y(j) - ay;
      for (let i = i0; i <= i1; i++) {
        const px = g.x(i) - ax;
        let t = (px * dx + py * dy) / l2;
        // With `extend`, open ends run on straight, so sides stay defined beyond the ends.
        if (!extend || s > 0) t = Math.max(0, t);
        if (!extend || s < segs - 1) t = Math.min(1, t);
        const qx = px - t * dx;
        const qy = py - t * dy;
        const d = Math.sqrt(qx * qx + qy * qy);
        const k = j * g.nx + i;
        if (d < dist[k]) {
          dist[k] = d;
          par[k] = p0 + (p1 - p0) * Math.max(0, Math.min(1, t));
          side[k] = dx * py - dy * px >= 0 ? 1 : -1;
        }
      }
    }
  }
  return { dist, param: par, side };
}

/** Even-odd scanline fill of a closed polygon: 1 inside. */
export function fillPolygon(g: Grid2, poly: readonly V2[]): Uint8Array {
  const out = new Uint8Array(g.size);
  for (let j = 0; j < g.ny; j++) {
    const y = g.y(j);
    const xs: number[] = [];
    for (let k = 0; k < poly.length; k++) {
      const p = poly[k];
      const q = poly[(k + 1) % poly.length];
      if (p[1] > y !== q[1] > y) xs.push(p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]));
    }
    xs.sort((a, b) => a - b);
    for (let m = 0; m + 1 < xs.length; m += 2) {
      const i0 = Math.max(0, Math.ceil((xs[m] - g.x0) / g.h));
      const i1 = Math.min(g.nx - 1, Math.floor((xs[m + 1] - g.x0) / g.h));
      for (let i = i0; i <= i1; i++) out[j * g.nx + i] = 1;
    }
  }
  return out;
}

/** Paint triangle (a, b, c) with `value` into `out`. */
export function fillTriangle(g: Grid2, out: Uint8Array, a: V2, b: V2, c: V2, value: number): void {
  const i0 = Math.max(0, Math.floor((Math.min(a[0], b[0], c[0]) - g.x0) / g.h));
  const i1 = Math.min(g.nx - 1, Math.ceil((Math.max(a[0], b[0], c[0]) - g.x0) / g.h));
  const j0 = Math.max(0, Math.floor((Math.min(a[1], b[1], c[1]) - g.y0) / g.h));
  const j1 = Math.min(g.ny - 1, Math.ceil((Math.max(a[1], b[1], c[1]) - g.y0) / g.h));
  const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  if (Math.abs(area) < 1e-12) return;
  for (let j = j0; j <= j1; j++) {
    for (let i = i0; i <= i1; i++) {
      const x = g.x(i);
      const y = g.y(j);
      const w0 = ((b[0] - x) * (c[1] - y) - (b[1] - y) * (c[0] - x)) / area;
      const w1 = ((c[0] - x) * (a[1] - y) - (c[1] - y) * (a[0] - x)) / area;
      if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1) out[j * g.nx + i] = value;
    }
  }
}

/** Give every unpainted cell (255) the value of its nearest painted cell (breadth-first, 4-neighbour). */
export function floodNearest(g: Grid2, out: Uint8Array): void {
  let frontier: number[] = [];
  for (let k = 0; k < out.length; k++) if (out[k] !== 255) frontier.push(k);
  while (frontier.length) {
    const next: number[] = [];
    for (const k of frontier) {
      const i = k % g.nx;
      const nb = [i > 0 ? k - 1 : -1, i < g.nx - 1 ? k + 1 : -1, k - g.nx, k + g.nx];
      for (const n of nb) {
        if (n >= 0 && n < out.length && out[n] === 255) {
          out[n] = out[k];
          next.push(n);
        }
      }
    }
    frontier = next;
  }
}

/**
 * Gaussian blur of a grid field (standard deviation `sigma` in grid units of length), approximated by three box
 * blurs along each axis (running sums, so the cost does not grow with sigma); borders clamp.
 */
export function blur(g: Grid2, a: Float32Array, sigma: number): Float32Array {
  const s = sigma / g.h;
  const r = Math.max(1, Math.round((Math.sqrt(4 * s * s + 1) - 1) / 2));
  let cur = Float32Array.from(a);
  let tmp = new Float32Array(g.size);
  const { nx, ny } = g;
  const norm = 1 / (2 * r + 1);
  // One box pass along a line of n samples starting at `o` with stride `st`.
  const line = (o: number, n: number, st: number) => {
    let acc = 0;
    for (let d = -r; d <= r; d++) acc += cur[o + Math.min(n - 1, Math.max(0, d)) * st];
    for (let i = 0; i < n; i++) {
      tmp[o + i * st] = acc * norm;
      acc += cur[o + Math.min(n - 1, i + r + 1) * st] - cur[o + Math.max(0, i - r) * st];
    }
  };
  for (let p = 0; p < 3; p++) {
    for (let j = 0; j < ny; j++) line(j * nx, nx, 1);
    [cur, tmp] = [tmp, cur];
    for (let i = 0; i < nx; i++) line(i, ny, nx);
    [cur, tmp] = [tmp, cur];
  }
  return cur;
}
