import type { Skeleton } from '../skeleton';
import { loftY, type LoftKey } from '../sdf/loft';
import { bilateral } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import type { V3 } from '../sdf/vec';

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
  const key = (yy: number, hw: number, df: number, db: number, dz = 0, sc = 1): LoftKey => ({
    y: yy,
    cz: zc + dz * s,
    hw: hw * s * sc,
    df: df * s * sc,
    db: db * s * sc,
    p: 2.15,
  });
  const axilla = y.acromion - 0.1 * s;
  const w = fit.waist;
  const c = fit.chest;
  const b = fit.buttock;
  return [
    key(y.crotch + 0.004 * s, f ? 0.1 : 0.09, 0.06, 0.06, 0.0, b),
    key(y.crotch + 0.04 * s, f ? 0.145 : 0.132, 0.075, 0.07, 0.0, b),
    key(y.troch, f ? 0.167 : 0.152, 0.085, 0.075, 0.005, b),
    key(y.iliac - 0.05 * s, f ? 0.158 : 0.15, 0.092, 0.07, 0.01, (b + w) / 2),
    key(y.navel, f ? 0.142 : 0.145, 0.098, 0.068, 0.012, w),
    key(y.navel + 0.06 * s, f ? 0.128 : 0.14, 0.092, 0.072, 0.01, w),
    key(y.nipple - 0.09 * s, f ? 0.134 : 0.15, 0.09, 0.085, 0.005, (w + c) / 2),
    key(y.nipple, f ? 0.14 : 0.158, 0.092, 0.097, 0.0, c),
    key(axilla, f ? 0.143 : 0.163, 0.088, 0.1, -0.004, c),
    key(y.ssn - 0.025 * s, f ? 0.125 : 0.145, 0.07, 0.09, -0.01, c),
    key(y.c7 - 0.01 * s, f ? 0.07 : 0.08, 0.045, 0.062, -0.018, 1),
  ];
}

/** Trunk, buttocks, chest (pectorals, breasts), shoulders and neck: the solids of the torso. */
export function trunkShapes(k: Skeleton, fit: TrunkFit = UNIT_TRUNK_FIT): Shape[] {
  const { s, y, zc, female: f, acromion, shoulder } = k;
  const out: Shape[] = [];
  out.push(loftY(trunkKeys(k, fit), { k: 0.02 }));
  const b = fit.buttock;
  // buttocks
  out.push(
    ...bilateral(
      ellipsoid(
        [0.072 * s * b, y.troch - 0.035 * s, zc - (f ? 0.045 : 0.045) * s],
        [(f ? 0.088 : 0.08) * s * b, (f ? 0.1 : 0.092) * s, (f ? 0.075 : 0.07) * s * b],
        { k: 0.03, axis: [1, 0, 0.25], side: [0, 1, 0] },
      ),
    ),
  );
  // pectorals
  const chestFront = zc + 0.092 * s * fit.chest;
  out.push(
    ...bilateral(
      ellipsoid(
        [0.065 * s, y.acromion - (f ? 0.12 : 0.115) * s, chestFront - 0.035 * s],
        [0.075 * s, 0.05 * s, 0.04 * s],
        { k: 0.035, axis: [1, 0.25, 0], side: [0, 1, 0] },
      ),
    ),
  );
  if (f) {
    // breasts
    const c: V3 = [0.092 * s, y.nipple + 0.022 * s, chestFront - 0.005 * s];
    out.push(...bilateral(ellipsoid(c, [0.066 * s, 0.062 * s, 0.055 * s], { k: 0.035, axis: [1, 0, 0.2] })));
  }
  // trapezius slope and shoulder cap
  const neckBase: V3 = [0.035 * s, y.c7 + 0.005 * s, zc - 0.035 * s];
  out.push(
    ...bilateral(
      roundCone(
        neckBase,
        [acromion[0] - 0.03 * s, acromion[1] - 0.012 * s, acromion[2] - 0.01 * s],
        0.04 * s,
        0.03 * s,
        {
          k: 0.04,
          side: [0, 0, 1],
          sx: 1,
          sz: 1.2,
        },
      ),
    ),
  );
  // deltoid
  out.push(
    ...bilateral(
      ellipsoid(
        [shoulder[0] + 0.008 * s, shoulder[1] - 0.02 * s, shoulder[2]],
        [(f ? 0.042 : 0.048) * s, 0.07 * s, (f ? 0.048 : 0.053) * s],
        { k: 0.03, axis: [1, 0, 0], side: [0.25, 1, 0] },
      ),
    ),
  );
  // latissimus / posterior axillary fold
  out.push(
    ...bilateral(
      roundCone(
        [0.09 * s, y.nipple - 0.07 * s, zc - 0.07 * s],
        [shoulder[0] - 0.025 * s, shoulder[1] - 0.09 * s, zc - 0.045 * s],
        0.035 * s,
        0.03 * s,
        { k: 0.04 },
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
        [0.052 * s, y.pupil - 0.06 * s, zc - 0.03 * s],
        [0.022 * s, y.ssn + 0.012 * s, zc + 0.05 * s],
        0.013 * s,
        0.011 * s,
        {
          k: 0.02,
        },
      ),
    ),
  );
  return out;
}
