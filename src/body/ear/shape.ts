/**
 * The ear as a signed distance field (mm, negative inside) in the mesh frame: X lateral (X = 0 is the head's skin),
 * Y up, Z anterior. The ear plane is turned about a vertical axis by θ so that its back edge stands off the head;
 * a point (x2, y2, w) of the ear plane maps to X = −x2·sinθ + (w + h0)·cosθ, Z = x2·cosθ + w·sinθ.
 */
import type { EarCurves } from './curves';
import type { EarFields } from './fields';
import { RIM_ELONG, rimCentre, smooth } from './template';

export interface Plane {
  sin: number;
  cos: number;
  h0: number;
  depth: number;
}

export const toPlane = (t: Plane, X: number, Z: number): [number, number] => {
  const z = Z + t.h0 * t.sin;
  return [-t.sin * X + t.cos * z, t.cos * X + t.sin * z - t.h0];
};

export const fromPlane = (t: Plane, x2: number, w: number): [number, number] => [
  -x2 * t.sin + (w + t.h0) * t.cos,
  x2 * t.cos + w * t.sin,
];

const smax = (a: number, b: number, k: number) => {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.max(a, b) + (h * h * k) / 4;
};

export function earSdf(c: EarCurves, F: EarFields, t: Plane): (X: number, Y: number, Z: number) => number {
  const g = F.grid;
  const sc = c.sc;
  const rr = 1.0 * sc;
  // The ear canal: a narrowing blind pit opening at the front of the cavum, running medially and forward under
  // the tragus, which overhangs its opening as a flap.
  const [cx, cy] = c.points.canal;
  const tan = t.sin / t.cos;
  const top = fromPlane(t, cx, cx * tan - t.h0 + 3 * sc);
  const r1 = 2.3 * sc;
  const r2 = 1.5 * sc;
  const bottomX = -t.depth + 1.4 * sc + r2;
  const axis = [-0.87, 0, 0.5];
  const len = (top[0] - bottomX) / 0.87;
  const [tx, ty] = c.points.tragusFlap;
  const tw = tx * tan - t.h0 + 5.8 * sc;
  const tr = [2.4 * sc, 4.3 * c.sy, 2.4 * sc];
  return (X, Y, Z) => {
    const [x2, w] = toPlane(t, X, Z);
    const y2 = Y;
    const wf = g.sample(F.wf, x2, y2);
    const wb = g.sample(F.wb, x2, y2);
    const fs = Math.max((w - wf) * g.sample(F.kf, x2, y2), (wb - w) * g.sample(F.kb, x2, y2));
    const dO = g.sample(F.dOut, x2, y2);
    const a = fs + rr;
    const b = -dO + rr;
    let f = Math.hypot(Math.max(a, 0), Math.max(b, 0)) + Math.min(Math.max(a, b), 0) - rr;
    const r = g.sample(F.rim, x2, y2);
    if (r > 0.05 && dO > -r) {
      const wr = rimCentre(r, sc);
      const tube = (Math.hypot((dO - RIM_ELONG * r) / RIM_ELONG, w - wr) - r) * 1.1;
      f = -smax(-f, -tube, 0.8 * sc);
      if (r > 1.6 * sc) {
        // The curl: a groove under the roll's inner margin, so the helix overhangs the scapha.
        const gr = 0.45 * r * smooth(1.6 * sc, 2.2 * sc, r);
        const groove = Math.hypot(dO - 1.95 * RIM_ELONG * r, w - (wr - 0.45 * r)) - gr;
        // Never cut the scapha thinner than 1.2 mm.
        f = smax(f, -smax(groove, wb + 1.2 * sc - w, 0.4 * sc), 0.3 * sc);
      }
    }
    // The helix crus: the roll runs on from the front of the rim into the concha, thinning as it goes.
    const ct = g.sample(F.crusT, x2, y2);
    if (ct > 0.3) {
      const rc = 1.7 * sc * smooth(0.3, 1, ct);
      const head = x2 * tan - t.h0;
      const hc = head + (3.4 - 0.5) * sc + (-0.8 * sc - head - 3.4 * sc) * smooth(0, 1, ct) - 0.55 * rc;
      const crusTube = Math.hypot(g.sample(F.crusDist, x2, y2), w - hc) - rc;
      f = -smax(-f, -crusTube, 0.9 * sc);
    }
    // Tragus flap.
    const e = Math.hypot((x2 - tx) / tr[0], (y2 - ty) / tr[1], (w - tw) / tr[2]);
    f = -smax(-f, -(e - 1) * tr[0], 1.2 * sc);
    // Canal pit.
    const px = X - top[0];
    const py = Y - cy;
    const pz = Z - top[1];
    const s = Math.max(0, Math.min(len, px * axis[0] + py * axis[1] + pz * axis[2]));
    const qx = px - s * axis[0];
    const qz = pz - s * axis[2];
    const canal = Math.sqrt(qx * qx + py * py + qz * qz) - (r1 + ((r2 - r1) * s) / len);
    // Inside the head the attached part is one solid plug, so the root stays simple below the skin.
    const plug = Math.max(X + 0.3 * sc, (0.55 - g.sample(F.attach, x2, y2)) * 6 * sc, 0.5 * sc - dO);
    f = -smax(-f, -plug, 1.2 * sc);
    f = smax(f, -canal, 0.6 * sc);
    return Math.max(f, -(X + t.depth));
  };
}
