import type { Shape, ShapeOpts } from './shapes';
import { monotoneSpline } from './spline';

/** One cross-section of a vertical loft: centre z, half-width, front and back depth, squareness. */
export interface LoftKey {
  y: number;
  cz: number;
  hw: number;
  df: number;
  db: number;
  /** Superellipse exponent: 2 = ellipse, larger = squarer. */
  p?: number;
}

/** Tabulation step of the loft's profiles (metres). */
const STEP = 0.001;

/**
 * A generalized cylinder along +Y, symmetric in x, whose elliptical (or superelliptical) section
 * follows the keys: exact control of widths and depths at named heights (the trunk).
 */
export function loftY(keys: LoftKey[], o: ShapeOpts = {}): Shape {
  const ys = keys.map((k) => k.y);
  const f = (sel: (k: LoftKey) => number) => monotoneSpline(ys, keys.map(sel));
  const fcz = f((k) => k.cz);
  const fhw = f((k) => k.hw);
  const fdf = f((k) => k.df);
  const fdb = f((k) => k.db);
  const fp = f((k) => k.p ?? 2);
  const y0 = ys[0];
  const y1 = ys[ys.length - 1];
  const n = Math.ceil((y1 - y0) / STEP) + 1;
  const tab = new Float64Array(n * 5);
  for (let i = 0; i < n; i++) {
    const y = Math.min(y1, y0 + i * STEP);
    tab.set([fcz(y), fhw(y), fdf(y), fdb(y), fp(y)], i * 5);
  }
  let hwMax = 0;
  let zMin = Infinity;
  let zMax = -Infinity;
  for (let i = 0; i < n; i++) {
    hwMax = Math.max(hwMax, tab[i * 5 + 1]);
    zMin = Math.min(zMin, tab[i * 5] - tab[i * 5 + 3]);
    zMax = Math.max(zMax, tab[i * 5] + tab[i * 5 + 2]);
  }
  return {
    lo: [-hwMax, y0, zMin],
    hi: [hwMax, y1, zMax],
    k: o.k ?? 0.02,
    op: o.op ?? 'add',
    d(x, y, z) {
      const fi = Math.min(n - 1.000001, Math.max(0, (y - y0) / STEP));
      const i = Math.floor(fi);
      const t = fi - i;
      const j = i * 5;
      const l = (c: number) => tab[j + c] + (tab[j + 5 + c] - tab[j + c]) * t;
      const cz = l(0);
      const hw = l(1);
      const dz = z - cz;
      const dd = dz > 0 ? l(2) : l(3);
      const p = l(4);
      const ax = Math.abs(x) / hw;
      const az = Math.abs(dz) / dd;
      const r = p === 2 ? Math.sqrt(ax * ax + az * az) : (ax ** p + az ** p) ** (1 / p);
      const d2 = (r - 1) * Math.min(hw, dd);
      return Math.max(d2, y0 - y, y - y1);
    },
  };
}
