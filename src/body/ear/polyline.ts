/** 2-D polyline helpers for the ear's outline and ridge curves (ear-plane millimetres). */
export type V2 = [number, number];

/** Uniform Catmull-Rom spline through `pts`, `per` samples per span. */
export function catmullRom(pts: readonly V2[], closed: boolean, per: number): V2[] {
  const n = pts.length;
  const get = (i: number): V2 => (closed ? pts[((i % n) + n) % n] : pts[Math.max(0, Math.min(n - 1, i))]);
  const out: V2[] = [];
  const spans = closed ? n : n - 1;
  for (let i = 0; i < spans; i++) {
    const p0 = get(i - 1);
    const p1 = get(i);
    const p2 = get(i + 1);
    const p3 = get(i + 2);
    for (let k = 0; k < per; k++) {
      const t = k / per;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  if (!closed) out.push([pts[n - 1][0], pts[n - 1][1]]);
  return out;
}

/** Cumulative arc length at each vertex. */
export function cumulative(poly: readonly V2[]): number[] {
  const c = [0];
  for (let i = 1; i < poly.length; i++) {
    c.push(c[i - 1] + Math.hypot(poly[i][0] - poly[i - 1][0], poly[i][1] - poly[i - 1][1]));
  }
  return c;
}

/** Point at arc-length fraction f ∈ [0,1]. */
export function pointAt(poly: readonly V2[], f: number): V2 {
  const c = cumulative(poly);
  const L = c[c.length - 1];
  const target = Math.max(0, Math.min(1, f)) * L;
  let i = 1;
  while (i < c.length - 1 && c[i] < target) i++;
  const seg = c[i] - c[i - 1] || 1;
  const a = (target - c[i - 1]) / seg;
  return [
    poly[i - 1][0] + a * (poly[i][0] - poly[i - 1][0]),
    poly[i - 1][1] + a * (poly[i][1] - poly[i - 1][1]),
  ];
}

/** `n` points evenly spaced by arc length. */
export function resample(poly: readonly V2[], n: number): V2[] {
  const out: V2[] = [];
  for (let i = 0; i < n; i++) out.push(pointAt(poly, i / (n - 1)));
  return out;
}

/** Unit left normal (direction rotated +90°) at each vertex. */
export function normals(poly: readonly V2[]): V2[] {
  return poly.map((_, i) => {
    const a = poly[Math.max(0, i - 1)];
    const b = poly[Math.min(poly.length - 1, i + 1)];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l = Math.hypot(dx, dy) || 1;
    return [-dy / l, dx / l];
  });
}

/** Offset each vertex along its left normal by d(i / (n-1)). */
export function offset(poly: readonly V2[], d: (f: number) => number): V2[] {
  const nm = normals(poly);
  return poly.map((p, i) => {
    const k = d(i / (poly.length - 1));
    return [p[0] + nm[i][0] * k, p[1] + nm[i][1] * k];
  });
}

/** Concatenate polylines, dropping a duplicated joint. */
export function concat(...parts: V2[][]): V2[] {
  const out: V2[] = [];
  for (const part of parts) {
    for (const p of part) {
      const last = out[out.length - 1];
      if (!last || Math.hypot(last[0] - p[0], last[1] - p[1]) > 1e-6) out.push(p);
    }
  }
  return out;
}

export const reversed = (poly: readonly V2[]): V2[] => [...poly].reverse();

export const lerp2 = (a: V2, b: V2, t: number): V2 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** Even-odd point-in-polygon test for a closed polyline. */
export function inside(poly: readonly V2[], x: number, y: number): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}
