/**
 * Height fields of the ear relief on the ear plane: front skin height `wf`, back skin height `wb` (both along the
 * plane's lateral normal, mm), where the ear is fixed to the head (`attach`), and the front region painted from the
 * region frames. The head surface, seen from the tilted ear plane, lies at w = x2·tanθ − h0.
 */
import type { EarCurves } from './curves';
import { Grid2, blur, distanceField, fillPolygon, fillTriangle, floodNearest } from './raster';
import { lerp2, type V2 } from './polyline';
import { PAINT_ORDER, regionIndex } from './regions';
import { FACE_U, POINTS, RIM_ELONG, rimCentre, rimRadius, smooth } from './template';

export interface EarFields {
  grid: Grid2;
  wf: Float32Array;
  wb: Float32Array;
  /** 1 / sqrt(1 + |∇w|²): turns height differences into distances. */
  kf: Float32Array;
  kb: Float32Array;
  mid: Float32Array;
  dOut: Float32Array;
  outU: Float32Array;
  attach: Float32Array;
  concha: Float32Array;
  /** Helix roll radius (mm) of the nearest rim point. */
  rim: Float32Array;
  /** Distance (mm) to the helix crus line and the parameter (0 in the concha … 1 at the root) of its nearest point. */
  crusDist: Float32Array;
  crusT: Float32Array;
  label: Uint8Array;
}

export interface Tilt {
  tan: number;
  h0: number;
  depth: number;
}

const smax = (a: number, b: number, k: number) => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.max(a, b) + (h * h * k) / 4;
};
const smin = (a: number, b: number, k: number) => -smax(-a, -b, k);
const mix = (a: number, b: number, t: number) => a + (b - a) * t;

interface Ridge {
  line: V2[];
  /** Curvature of the crest (1/mm): height falls by curv·d² at distance d. */
  curv: (f: number) => number;
  crest: (f: number, head: number) => number;
}

export function buildFields(c: EarCurves, tilt: Tilt, h: number): EarFields {
  const sc = c.sc;
  const xs = c.outline.map((p) => p[0]);
  const ys = c.outline.map((p) => p[1]);
  const g = new Grid2(Math.min(...xs) - 3, Math.min(...ys) - 3, Math.max(...xs) + 3, Math.max(...ys) + 3, h);
  const idx = (n: number) => (i: number) => i / (n - 1);
  const out = distanceField(g, c.outline, true, 9 * sc, (i) => i * c.outlineU[1]);
  const inOut = fillPolygon(g, c.outline);
  const con = distanceField(g, c.concha, true, 8 * sc, () => 0);
  const inCon = fillPolygon(g, c.concha);
  const crus = distanceField(g, c.helixCrus, false, 12 * sc, idx(c.helixCrus.length), true);
  const root = distanceField(g, c.rootLine, false, 10 * sc, idx(c.rootLine.length), true);
  const ridges: Ridge[] = [
    { line: c.antihelixBody, curv: () => 0.27 / sc, crest: () => 2.4 * sc },
    { line: c.superiorCrus, curv: () => 0.17 / sc, crest: (f) => mix(1.9, 0.8, f) * sc },
    { line: c.inferiorCrus, curv: () => 0.55 / sc, crest: (f) => mix(1.3, -0.3, f) * sc },
    {
      line: c.helixCrus,
      curv: () => 0.34 / sc,
      crest: (f, head) => mix(head + 3.4 * sc, -0.8 * sc, smooth(0, 1, f)),
    },
    {
      line: c.antitragus,
      curv: () => 0.3 / sc,
      crest: (f, head) => Math.max(mix(1.6, -1, f) * sc, head + 6 * sc),
    },
    { line: c.tragus, curv: () => 0.26 / sc, crest: (f, head) => head + mix(8, 6.5, f) * sc },
  ];
  const rf = ridges.map((r) => distanceField(g, r.line, false, 9 * sc, idx(r.line.length)));
  const crusRidge = ridges.findIndex((r) => r.line === c.helixCrus);
  const notches: [V2, number, number][] = [
    [c.points.intertragic, 2.4 * sc, 8 * sc],
    [c.points.supratragic, 2.2 * sc, 5 * sc],
  ];
  const lobeTop = POINTS.lobeTop * c.sy;
  const n = g.size;
  const f: Record<'wf' | 'wb' | 'mid' | 'attach' | 'dOut' | 'concha' | 'lobe' | 'rim', Float32Array> = {
    wf: new Float32Array(n),
    wb: new Float32Array(n),
    mid: new Float32Array(n),
    attach: new Float32Array(n),
    dOut: new Float32Array(n),
    concha: new Float32Array(n),
    lobe: new Float32Array(n),
    rim: new Float32Array(n),
  };
  for (let j = 0; j < g.ny; j++) {
    for (let i = 0; i < g.nx; i++) {
      const k = j * g.nx + i;
      const x = g.x(i);
      const y = g.y(j);
      const head = x * tilt.tan - tilt.h0;
      const lobe = smooth(lobeTop + 3 * sc, lobeTop - 4 * sc, y);
      const dome = smooth(0, 6 * sc, inOut[k] ? out.dist[k] : 0);
      let w = mix(-1.8 * sc, (-1 + 1.6 * dome) * sc, lobe);
      const fx = x - c.points.fossa[0];
      const fy = y - c.points.fossa[1];
      w -= 1.5 * sc * Math.exp(-(fx * fx + fy * fy) / (5 * sc) ** 2);
      const dC = inCon[k] ? con.dist[k] : -con.dist[k];
      // A rounded bowl: steep walls under the rim curving into the floor.
      const bowl = dC > 0 ? Math.sqrt(1 - (1 - Math.min(dC / (4.5 * sc), 1)) ** 2) : 0;
      const cymba = smooth(-4 * sc, 4 * sc, crus.side[k] * crus.dist[k]);
      // The floor dishes toward the middle of each bowl.
      const dish = 1.3 * smooth(2 * sc, 8 * sc, dC) * smooth(1 * sc, 4 * sc, crus.dist[k]);
      w = mix(w, head + (mix(2, 3, cymba) - dish) * sc, bowl);
      for (let r = 0; r < ridges.length; r++) {
        const d = rf[r].dist[k];
        const t = rf[r].param[k];
        if (t < 0) continue;
        const R = ridges[r];
        const ridge = Math.max(R.crest(t, head) - R.curv(t) * d * d, head - 4 * sc);
        w = smax(w, ridge, 0.8 * sc);
      }
      for (const [p, rad, lvl] of notches) {
        const d2 = ((x - p[0]) ** 2 + (y - p[1]) ** 2) / (rad * rad);
        w = smin(w, head + lvl + d2 * 4 * sc, 0.8 * sc);
      }
      const dO = inOut[k] ? out.dist[k] : -out.dist[k];
      const u = out.param[k];
      const uu = u < 2 ? u + 25 : u;
      const faceW = smooth(FACE_U.from, FACE_U.from + 1, uu) * (1 - smooth(FACE_U.to - 0.8, FACE_U.to, uu));
      const ramp = faceW * (1 - smooth(-1 * sc, 5 * sc, dO));
      const r = rimRadius(u) * sc;
      if (r > 0) {
        // The scapha runs on as a channel under the helix's inner margin all along the rim (the crura end below it).
        const band =
          Math.exp(-(((dO - 2 * RIM_ELONG * r) / (0.6 * RIM_ELONG * r)) ** 2)) * smooth(1.2 * sc, 2 * sc, r);
        w = mix(w, smin(w, rimCentre(r, sc) - 0.9 * r, 0.5 * sc), band);
      }
      w = mix(w, head - tilt.depth - 1.5 * sc, ramp);
      const thick = mix(2.3, 4.8, lobe) * sc;
      const aRoot =
        smooth(-2 * sc, 0.5 * sc, root.side[k] * root.dist[k]) * smooth(-24 * c.sy, -21 * c.sy, y);
      const plateMid = w - thick / 2;
      f.wf[k] = w;
      // Toward the rim the back skin rises into the underside of the helix roll, so the plate ends inside it.
      const rimBack = r > 0 ? 1 - smooth(0.8 * RIM_ELONG * r, 1.9 * RIM_ELONG * r, dO) : 0;
      // The lobe's back is a smooth dome of its own, not the front relief shifted back.
      const back = mix(mix(w - thick, (-2.2 - 2 * dome) * sc, lobe), rimCentre(r, sc) - 0.5 * r, rimBack);
      // The concha's back follows its bowl (the eminentia conchae) and meets the head in a rounded fillet where
      // it comes close to it, instead of dropping into the head as a wall.
      const aConcha = smooth(-2.2 * sc, 0.8 * sc, dC) * (1 - smooth(0.5 * sc, 6 * sc, back - head));
      const a = Math.max(aConcha, aRoot, ramp);
      f.wb[k] = mix(back, head - 12 * sc, a);
      f.lobe[k] = lobe;
      f.rim[k] = r;
      f.mid[k] =
        r > 0
          ? mix(rimCentre(r, sc), plateMid, smooth(1.6 * RIM_ELONG * r, 2.2 * RIM_ELONG * r, dO))
          : plateMid;
      f.attach[k] = a;
      f.dOut[k] = dO;
      f.concha[k] = dC;
    }
  }
  // Soft tissue over cartilage: blur the relief so ridges are rounded and valleys have no creases.
  f.wf = blur(g, f.wf, 0.8 * sc);
  // The lobe is soft tissue without cartilage: smooth it further, so it runs up into the antitragus without a step.
  const soft = blur(g, f.wf, 1.6 * sc);
  for (let k = 0; k < n; k++) f.wf[k] = mix(f.wf[k], soft[k], f.lobe[k]);
  f.wb = blur(g, f.wb, 1.2 * sc);
  // Round the back of the concha (eminentia conchae) further, so it bulges instead of standing as a box.
  const eminence = blur(g, f.wb, 2.6 * sc);
  for (let k = 0; k < n; k++) f.wb[k] = mix(f.wb[k], eminence[k], smooth(-5 * sc, 0, f.concha[k]));
  f.mid = blur(g, f.mid, 0.5 * sc);
  f.attach = blur(g, f.attach, 0.8 * sc);
  return {
    grid: g,
    ...f,
    kf: slopeFactor(g, f.wf),
    kb: slopeFactor(g, f.wb),
    outU: out.param,
    crusDist: rf[crusRidge].dist,
    crusT: rf[crusRidge].param,
    label: paintRegions(g, c),
  };
}

function slopeFactor(g: Grid2, w: Float32Array): Float32Array {
  const k = new Float32Array(g.size);
  for (let j = 0; j < g.ny; j++) {
    for (let i = 0; i < g.nx; i++) {
      const at = (a: number, b: number) =>
        w[Math.min(g.ny - 1, Math.max(0, b)) * g.nx + Math.min(g.nx - 1, Math.max(0, a))];
      const gx = (at(i + 1, j) - at(i - 1, j)) / (2 * g.h);
      const gy = (at(i, j + 1) - at(i, j - 1)) / (2 * g.h);
      k[j * g.nx + i] = 1 / Math.sqrt(1 + gx * gx + gy * gy);
    }
  }
  return k;
}

function paintRegions(g: Grid2, c: EarCurves): Uint8Array {
  const label = new Uint8Array(g.size).fill(255);
  const T = 12;
  for (const name of PAINT_ORDER) {
    const fr = c.frames[name];
    const value = regionIndex(name);
    const P = (i: number, j: number): V2 => lerp2(fr.a[i], fr.b[i], j / T);
    for (let i = 0; i + 1 < fr.a.length; i++) {
      for (let j = 0; j < T; j++) {
        const [p00, p10, p01, p11] = [P(i, j), P(i + 1, j), P(i, j + 1), P(i + 1, j + 1)];
        fillTriangle(g, label, p00, p10, p11, value);
        fillTriangle(g, label, p00, p11, p01, value);
      }
    }
  }
  floodNearest(g, label);
  return label;
}
