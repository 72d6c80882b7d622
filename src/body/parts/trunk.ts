import type { Skeleton } from '../skeleton';
import { loftY, type LoftKey } from '../sdf/loft';
import { bilateral } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import type { V3 } from '../sdf/vec';
import { nippleHeight } from './torso';

/** Scale factors the fitting loop adjusts to reach the girth targets. */
export interface TrunkFit {
  chest: number;
  waist: number;
  buttock: number;
  neck: number;
}

export const UNIT_TRUNK_FIT: TrunkFit = { chest: 1, waist: 1, buttock: 1, neck: 1 };

/** The trunk's loft keys (half-width, depths) at the body's named heights. */
export function trunkKeys(k: Skeleton, fit: TrunkFit): LoftKey[] {
  const { s, y, zc, female: f } = k;
  const key = (yy: number, hw: number, df: number, db: number, dz = 0, sc = 1, p = 2.15): LoftKey => ({
    y: yy,
    cz: zc + dz * s,
    hw: hw * s * sc,
    df: df * s * sc,
    db: db * s * sc,
    p,
  });
  const axilla = y.acromion - 0.1 * s;
  const w = fit.waist;
  const c = fit.chest;
  const b = fit.buttock;
  // [y, half-width, front depth, back depth, centre shift, fit factor, squareness] for a 1.70 m body
  const rows: [number, number, number, number, number, number, number][] = f
    ? [
        [y.crotch + 0.004 * s, 0.1, 0.06, 0.06, 0, b, 2],
        [y.crotch + 0.03 * s, 0.152, 0.074, 0.07, 0, b, 2],
        [y.troch, 0.162, 0.083, 0.074, 0.005, b, 2.1],
        [y.troch + 0.06 * s, 0.162, 0.088, 0.07, 0.008, b, 2.1],
        [y.iliac - 0.05 * s, 0.158, 0.09, 0.068, 0.01, (b + w) / 2, 2.1],
        [y.navel, 0.152, 0.093, 0.071, 0.012, w, 2.1],
        [y.navel + 0.05 * s, 0.143, 0.092, 0.074, 0.01, w, 2.1],
        [y.navel + 0.1 * s, 0.14, 0.094, 0.079, 0.006, (w + c) / 2, 2.2],
        [y.nipple - 0.05 * s, 0.143, 0.093, 0.086, 0.002, c, 2.3],
        [y.nipple, 0.145, 0.093, 0.094, 0, c, 2.3],
        [axilla, 0.146, 0.09, 0.1, -0.004, c, 2.3],
        [y.ssn - 0.025 * s, 0.125, 0.07, 0.09, -0.01, c, 2.2],
        [y.c7 - 0.035 * s, 0.062, 0.045, 0.058, -0.018, 1, 2],
      ]
    : [
        [y.crotch + 0.004 * s, 0.09, 0.06, 0.06, 0, b, 2],
        [y.crotch + 0.03 * s, 0.14, 0.074, 0.07, 0, b, 2],
        [y.troch, 0.152, 0.083, 0.078, 0.005, b, 2.1],
        [y.troch + 0.06 * s, 0.155, 0.087, 0.076, 0.008, b, 2.1],
        [y.iliac - 0.05 * s, 0.156, 0.09, 0.074, 0.01, (b + w) / 2, 2.2],
        [y.navel, 0.157, 0.093, 0.077, 0.012, w, 2.2],
        [y.navel + 0.05 * s, 0.157, 0.094, 0.081, 0.01, w, 2.3],
        [y.navel + 0.1 * s, 0.156, 0.095, 0.087, 0.006, (w + c) / 2, 2.3],
        [y.nipple - 0.05 * s, 0.15, 0.1, 0.099, 0.002, c, 2.8],
        [y.nipple, 0.15, 0.103, 0.107, 0, c, 3],
        [axilla, 0.152, 0.099, 0.11, -0.004, c, 3],
        [y.ssn - 0.025 * s, 0.14, 0.075, 0.1, -0.01, c, 2.6],
        [y.c7 - 0.035 * s, 0.072, 0.05, 0.062, -0.018, 1, 2],
      ];
  return rows.map(([yy, hw, df, db, dz, sc, p]) => key(yy, hw, df, db, dz, sc, p));
}

/** Trunk, buttocks, chest (pectorals, breasts), shoulders and neck: the solids of the torso. */
export function trunkShapes(k: Skeleton, fit: TrunkFit = UNIT_TRUNK_FIT): Shape[] {
  const { s, y, zc, female: f, acromion, shoulderCap: cap } = k;
  const out: Shape[] = [];
  out.push(loftY(trunkKeys(k, fit), { k: 0.02 }));
  const b = fit.buttock;
  // buttocks
  out.push(
    ...bilateral(
      ellipsoid(
        [0.075 * s * b, y.troch - 0.03 * s, zc - 0.042 * s],
        [(f ? 0.085 : 0.078) * s * b, (f ? 0.095 : 0.09) * s, (f ? 0.072 : 0.066) * s * b],
        { k: 0.045, axis: [1, 0, 0.25], side: [0, 1, 0.35] },
      ),
    ),
  );
  // pectorals
  const chestFront = zc + (f ? 0.093 : 0.103) * s * fit.chest;
  out.push(
    ...bilateral(
      ellipsoid(
        f
          ? [0.065 * s, y.acromion - 0.12 * s, chestFront - 0.035 * s]
          : [0.068 * s, y.nipple + 0.048 * s, chestFront - 0.022 * s],
        f ? [0.075 * s, 0.05 * s, 0.04 * s] : [0.082 * s, 0.052 * s, 0.03 * s],
        { k: f ? 0.035 : 0.025, axis: [1, 0.22, 0], side: [0, 1, 0] },
      ),
    ),
  );
  if (f) {
    // breasts: the nipple a little below the centre, on the lower half
    const c: V3 = [0.092 * s, nippleHeight(k) + 0.012 * s, chestFront - 0.005 * s];
    out.push(...bilateral(ellipsoid(c, [0.066 * s, 0.062 * s, 0.055 * s], { k: 0.035, axis: [1, 0, 0.2] })));
  }
  // trapezius slope and shoulder cap
  const neckBase: V3 = [0.04 * s, y.c7 - 0.04 * s, zc - 0.04 * s];
  out.push(
    ...bilateral(
      roundCone(
        neckBase,
        [acromion[0] - 0.035 * s, acromion[1] - 0.034 * s, acromion[2] - 0.01 * s],
        0.03 * s,
        0.025 * s,
        { k: 0.035, side: [0, 0, 1], sx: 1.15, sz: 1 },
      ),
    ),
  );
  // deltoid
  out.push(
    ...bilateral(
      ellipsoid(
        [cap[0] + 0.006 * s, cap[1] - 0.03 * s, cap[2]],
        [(f ? 0.04 : 0.046) * s, 0.06 * s, (f ? 0.046 : 0.052) * s],
        { k: 0.03, axis: [1, 0, 0], side: [0.25, 1, 0] },
      ),
    ),
  );
  // neck
  const nf = fit.neck;
  out.push(
    roundCone(
      [0, y.c7 - 0.03 * s, zc - 0.022 * s],
      [0, y.chin + 0.03 * s, zc - 0.012 * s],
      0.054 * s * nf,
      0.05 * s * nf,
      {
        k: 0.035,
        side: [1, 0, 0],
        sx: 1.02,
        sz: 0.93,
      },
    ),
  );
  // sternocleidomastoid
  out.push(
    ...bilateral(
      roundCone(
        [0.05 * s, y.pupil - 0.06 * s, zc - 0.03 * s],
        [0.022 * s, y.ssn + 0.012 * s, zc + 0.05 * s],
        0.0095 * s,
        0.0085 * s,
        { k: 0.018 },
      ),
    ),
  );
  return out;
}

/** The gap between the thighs, carved after the legs are blended in: its rounded top is the crotch. */
export function crotchGap(k: Skeleton): Shape {
  const { s, y, zc } = k;
  return roundCone([0, y.crotch - 0.016 * s, zc], [0, 0.25, zc], 0.012 * s, 0.012 * s, {
    k: 0.012,
    op: 'sub',
    side: [1, 0, 0],
    sx: 1,
    sz: 14,
  });
}
