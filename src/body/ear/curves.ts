/**
 * The ear's curves scaled to a given size, and the 2-D placement frame of every front region.
 *
 * Frames: a region frame is two polylines `a` and `b` sampled at the same arc-length fractions; the point (s, t) is
 * lerp(a(s), b(s), t) (with `swap`, lerp(a(t), b(t), s)). In the ear plane (x2 anterior, y2 up, millimetres):
 * - helix_crus: s from its end in the concha (0) to the root (1); t from the cavum side (0) to the cymba side (1).
 * - helix, helix_tubercle, helix_tail: s along the rim (helix: root→apex→tubercle; tail: tubercle→lobe);
 *   t from the outer margin (0) to the inner margin over the scapha (1).
 * - antihelix_body: s from the fork of the crura (0) down to the notch above the antitragus (1);
 *   t from the concha side (0) to the scapha/helix side (1). GB/T: five parts in s, quarter/three quarters in t.
 * - antihelix_superior_crus: s from the fork (0) to its upper end (1); t from front/fossa side (0) to back (1).
 * - antihelix_inferior_crus: s from the fork (0, back) to its front end under the helix (1); t lower (0) → upper (1).
 * - triangular_fossa: s from the front (0, the tip where the inferior crus runs under the helix) to the back (1, the
 *   fork), in equal steps of x2, so s in thirds is the chart's front, middle and back thirds; t from the inferior
 *   crus (0, lower) up to the helix margin or the superior crus (1, upper) in each column.
 * - scapha: s from top (0) to bottom (1); t from the helix (0) to the antihelix (1).
 * - cymba_conchae, cavum_conchae: s from front (0) to back (1); t from lower (0) to upper (1).
 * - tragus: s from top (0) to bottom (1); t from the face side (0) to the free edge over the canal (1).
 * - antitragus: s from its back end at the antihelix (0) to its front tip (1); t from lower (0) to upper (1).
 * - intertragic_notch: s from the tragus side (0) to the antitragus side (1); t lower (0) → upper (1).
 * - supratragic_notch: s from the tragus top (0) up to the helix crus (1); t from the face (0) to the back (1).
 * - lobe: s from front (0) to back (1) across the lobe at height t; t from its top (0) to its lowest point (1).
 */
import {
  ANTIHELIX_BODY,
  ANTITRAGUS,
  CONCHA,
  HELIX_CRUS,
  INFERIOR_CRUS,
  OUTLINE,
  POINTS,
  RIM_U,
  ROOT_LINE,
  SUPERIOR_CRUS,
  TRAGUS,
  RIM_ELONG,
  rimRadius,
} from './template';
import { catmullRom, concat, offset, resample, reversed, type V2 } from './polyline';

export interface RegionFrame {
  a: V2[];
  b: V2[];
  swap?: boolean;
}

export interface EarCurves {
  sx: number;
  sy: number;
  sc: number;
  /** Closed outline, dense, with its parameter u per sample. */
  outline: V2[];
  outlineU: number[];
  helixCrus: V2[];
  antihelixBody: V2[];
  superiorCrus: V2[];
  inferiorCrus: V2[];
  antitragus: V2[];
  tragus: V2[];
  concha: V2[];
  rootLine: V2[];
  frames: Record<string, RegionFrame>;
  points: { canal: V2; intertragic: V2; supratragic: V2; fossa: V2; tragusFlap: V2 };
}

const N = 64;
const OUTLINE_PER = 16;

/** Scale the template to sx (x2) and sy (y2); widths scale by sc = √(sx·sy). */
export function earCurves(sx: number, sy: number): EarCurves {
  const sc = Math.sqrt(sx * sy);
  const S = (p: V2): V2 => [p[0] * sx, p[1] * sy];
  const spline = (pts: V2[]) => resample(catmullRom(pts.map(S), false, 12), N);
  const outline = catmullRom(OUTLINE.map(S), true, OUTLINE_PER);
  const outlineU = outline.map((_, i) => i / OUTLINE_PER);
  const rimSeg = (u0: number, u1: number, inset: (u: number) => number): V2[] => {
    const pts: V2[] = [];
    for (let i = 0; i < N; i++) {
      const u = u0 + ((u1 - u0) * i) / (N - 1);
      const k = Math.floor(u * OUTLINE_PER);
      const f = u * OUTLINE_PER - k;
      const p = outline[k % outline.length];
      const q = outline[(k + 1) % outline.length];
      pts.push([p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f]);
    }
    return offset(pts, (f) => inset(u0 + (u1 - u0) * f));
  };
  const ridge = (c: V2[], hw: number, flip: boolean): RegionFrame => {
    const left = offset(c, () => hw * sc);
    const right = offset(c, () => -hw * sc);
    return flip ? { a: left, b: right } : { a: right, b: left };
  };
  const helixCrus = spline(HELIX_CRUS);
  const body = spline(ANTIHELIX_BODY);
  const sup = spline(SUPERIOR_CRUS);
  const inf = spline(INFERIOR_CRUS);
  const antitragus = spline(ANTITRAGUS);
  const tragus = spline(TRAGUS);
  const rim = (a: number, b: number): RegionFrame => ({
    a: rimSeg(a, b, () => 0.45 * sc),
    b: rimSeg(a, b, (u) => (2 * RIM_ELONG * rimRadius(u) + 0.1) * sc),
  });
  const fBody = ridge(body, 2.7, true);
  const fSup = ridge(sup, 2.3, true);
  const fInf = ridge(inf, 1.7, false);
  const fCrus = ridge(helixCrus, 1.5, false);
  const box = (a0: V2, a1: V2, b0: V2, b1: V2): RegionFrame => ({
    a: resample([S(a0), S(a1)], N),
    b: resample([S(b0), S(b1)], N),
  });
  const lobe = lobeFrame(outline, POINTS.lobeTop * sy, POINTS.lobeBottom * sy, 1.2 * sc);
  const scaphaTop = rimSeg(5.2, 13.2, (u) => (2 * RIM_ELONG * rimRadius(u) + 0.1) * sc);
  const frames: Record<string, RegionFrame> = {
    helix_crus: fCrus,
    helix: rim(RIM_U.start, RIM_U.tubercle),
    helix_tubercle: rim(RIM_U.tubercle, RIM_U.tail),
    helix_tail: rim(RIM_U.tail, RIM_U.end),
    antihelix_body: fBody,
    antihelix_superior_crus: fSup,
    antihelix_inferior_crus: fInf,
    scapha: { a: scaphaTop, b: resample(concat(reversed(fSup.b), fBody.b), N) },
    triangular_fossa: fossaFrame(fInf.b, fSup.b, rim(RIM_U.start, RIM_U.tubercle).b),
    cymba_conchae: {
      a: resample(concat(reversed(fCrus.b), [S([-19, 5.2])]), N),
      b: resample(concat(reversed(fInf.a).slice(0, -4), [S([-18.8, 9.4])]), N),
    },
    cavum_conchae: {
      a: resample(
        catmullRom(
          [
            S([-4.2, -10.8]),
            S([-8.5, -12.2]),
            S([-13, -11.2]),
            S([-17, -9]),
            S([-19.2, -4.5]),
            S([-19.6, -0.5]),
          ],
          false,
          8,
        ),
        N,
      ),
      b: resample(
        concat(
          [S([-2.9, 3])],
          reversed(fCrus.a).filter((p) => p[0] < -3.6 * sx),
          [S([-19.4, 1.2])],
        ),
        N,
      ),
    },
    tragus: ridge(tragus, 2.4, true),
    antitragus: ridge(antitragus, 2.1, false),
    intertragic_notch: box([-4.8, -16.2], [-8.8, -16.4], [-4.6, -13.3], [-8.6, -13.6]),
    supratragic_notch: box([0.9, 2.4], [0.4, 6.1], [-2.3, 2.6], [-2.6, 6]),
    lobe,
  };
  return {
    sx,
    sy,
    sc,
    outline,
    outlineU,
    helixCrus,
    antihelixBody: body,
    superiorCrus: sup,
    inferiorCrus: inf,
    antitragus,
    tragus,
    concha: catmullRom(CONCHA.map(S), true, 8),
    rootLine: resample(catmullRom(ROOT_LINE.map(S), false, 8), N),
    frames,
    points: {
      canal: S(POINTS.canal),
      intertragic: S(POINTS.intertragic),
      supratragic: S(POINTS.supratragic),
      fossa: S(POINTS.fossa),
      tragusFlap: S(POINTS.tragusFlap),
    },
  };
}

/**
 * Triangular fossa frame, in columns front to back: the fossa lies between the inferior crus' upper margin (below)
 * and the helix' inner margin or the superior crus' front margin, whichever comes first above it. s runs in equal
 * steps of x2 from the front tip (where the inferior crus meets the helix) back to where the crura close it at the
 * fork; the column at s spans t from that lower edge (0) to that upper edge (1).
 */
function fossaFrame(infUpper: V2[], supFront: V2[], helixInner: V2[]): RegionFrame {
  const crossings = (poly: V2[], x: number): number[] => {
    const ys: number[] = [];
    for (let k = 0; k + 1 < poly.length; k++) {
      const [p, q] = [poly[k], poly[k + 1]];
      if (p[0] > x !== q[0] > x) ys.push(p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0]));
    }
    return ys;
  };
  const lower = (x: number) => Math.max(...crossings(infUpper, x));
  // above the lower edge; none (−∞) where the superior crus has already crossed it (behind the fork)
  const upper = (x: number, lo: number) =>
    crossings(supFront, x).some((y) => y <= lo)
      ? -Infinity
      : Math.min(...[...crossings(helixInner, x), ...crossings(supFront, x)].filter((y) => y > lo));
  const open = (x: number) => {
    const w = upper(x, lower(x)) - lower(x);
    return w > 0.05 && w < Infinity;
  };
  let xFront = Math.max(...infUpper.map((p) => p[0])) - 1e-3;
  const xMin = Math.max(Math.min(...infUpper.map((p) => p[0])), Math.min(...supFront.map((p) => p[0])));
  while (xFront > xMin && !open(xFront)) xFront -= 0.05;
  let xBack = xFront;
  while (xBack - 0.05 > xMin && open(xBack - 0.05)) xBack -= 0.05;
  const a: V2[] = [];
  const b: V2[] = [];
  for (let i = 0; i < N; i++) {
    const x = xFront + ((xBack - xFront) * i) / (N - 1);
    const lo = lower(x);
    a.push([x, lo]);
    b.push([x, upper(x, lo)]);
  }
  return { a, b };
}

/** Lobe frame: front and back edges of the lobe (inset), sampled at the same heights from top to bottom. */
function lobeFrame(outline: V2[], top: number, bottom: number, inset: number): RegionFrame {
  const a: V2[] = [];
  const b: V2[] = [];
  for (let i = 0; i < N; i++) {
    const y = top + ((bottom + inset * 0.8 - top) * i) / (N - 1);
    const xs: number[] = [];
    for (let k = 0; k < outline.length; k++) {
      const p = outline[k];
      const q = outline[(k + 1) % outline.length];
      if (p[1] > y !== q[1] > y && p[1] < top + 6)
        xs.push(p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]));
    }
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const mid = (lo + hi) / 2;
    const half = Math.max(0, (hi - lo) / 2 - inset);
    a.push([mid + half, y]);
    b.push([mid - half, y]);
  }
  return { a, b, swap: true };
}
