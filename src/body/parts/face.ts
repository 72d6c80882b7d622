import { almondPrism, type AlmondOutline } from '../sdf/almond';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { fieldSdf } from '../sdf/field';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { snapper } from '../sdf/snap';
import { norm, type V3 } from '../sdf/vec';
import type { Anchors } from './part';

/** Where the face sits: `P(x, y, z)` maps face offsets (× s, z from the head centre) to world; pupil and stomion heights. */
export interface FaceFrame {
  s: number;
  P: (x: number, y: number, z: number) => V3;
  yE: number;
  yM: number;
}

/**
 * Face proportions (× s, metres, half-widths from the midline). With s ≈ 0.94 (female) and 1.03 (male) they give
 * intercanthal 30/33 mm, nose 34/37 mm and mouth 51/56 mm wide: the ratios of Farkas's young adults (docs/bodies.md).
 */
export const FACE = {
  pupilX: 0.0315,
  canthusIn: 0.016,
  canthusOut: 0.047,
  alaX: 0.0178,
  mouthX: 0.027,
} as const;

/**
 * The features of the face: open eyes between lids, nose with alae and nostrils, lips with a philtrum, the
 * nasolabial groove and the mentolabial sulcus; `base` are the head's solids so far (the details are seated on them).
 */
export function faceFeatures(
  f: FaceFrame,
  base: Shape[],
): { shapes: Shape[]; bumps: Bump[]; anchors: Anchors } {
  const { s, P, yE, yM } = f;
  const shapes: Shape[] = [];
  // eye socket under the brow, then the lids (an ellipsoid), the opening cut through them, the eyeball behind
  shapes.push(
    ...bilateral(
      ellipsoid(P(0.032, yE + 0.002 * s, 0.092), [0.0175 * s, 0.0125 * s, 0.012 * s], {
        k: 0.008,
        op: 'sub',
      }),
    ),
  );
  const eZ = 0.0695; // the eyeball's centre: its front lies ~3 mm behind the lids' front, so the opening reads
  const lid: V3 = [0.0172 * s, 0.0145 * s, 0.015 * s];
  const E = P(FACE.pupilX, yE, eZ);
  shapes.push(...bilateral(ellipsoid(E, lid, { k: 0.006 })));
  const opening: AlmondOutline = {
    cx: ((FACE.canthusIn + FACE.canthusOut) / 2) * s,
    cy: yE + 0.0008 * s,
    half: ((FACE.canthusOut - FACE.canthusIn) / 2) * s,
    up: 0.0064 * s,
    down: 0.0046 * s,
    tilt: 0.06,
  };
  shapes.push(...bilateral(almondPrism(opening, E[2] + 0.006 * s, E[2] + 0.04 * s, { k: 0.0012 })));
  shapes.push(...bilateral(ellipsoid(E, [0.015 * s, 0.0122 * s, 0.0125 * s], { k: 0.0008 })));
  const cornea = P(FACE.pupilX, yE, eZ + 0.0068);
  shapes.push(...bilateral(ellipsoid(cornea, [0.0065 * s, 0.0065 * s, 0.0065 * s], { k: 0.0008 })));
  // nose: bridge, tip, alae; nostrils carved from below
  const yTip = yE - 0.037 * s;
  shapes.push(
    roundCone(P(0, yE + 0.006 * s, 0.083), P(0, yTip + 0.004 * s, 0.103), 0.0058 * s, 0.0082 * s, {
      k: 0.008,
      side: [1, 0, 0],
      sx: 1,
      sz: 1.25,
    }),
  );
  shapes.push(ellipsoid(P(0, yTip, 0.1025), [0.009 * s, 0.0088 * s, 0.0095 * s], { k: 0.006 }));
  const alaC = P(FACE.alaX - 0.0056, yTip - 0.0045 * s, 0.0895);
  shapes.push(...bilateral(ellipsoid(alaC, [0.0056 * s, 0.0052 * s, 0.0085 * s], { k: 0.005 })));
  shapes.push(
    ...bilateral(
      ellipsoid(P(0.0062, yTip - 0.0102 * s, 0.0955), [0.0033 * s, 0.002 * s, 0.0048 * s], {
        k: 0.0015,
        op: 'sub',
        axis: [1, 0, 0.45],
      }),
    ),
  );
  // the muzzle over the teeth, then the lips: each a pair of round cones, full at the middle and thin at the corners, curving back with the teeth
  shapes.push(ellipsoid(P(0, yM + 0.004 * s, 0.052), [0.034 * s, 0.03 * s, 0.034 * s], { k: 0.015 }));
  // the skin of the upper lip, from the nose down to the vermilion
  shapes.push(ellipsoid(P(0, yM + 0.012 * s, 0.0775), [0.021 * s, 0.011 * s, 0.0135 * s], { k: 0.008 }));
  const corner = P(FACE.mouthX, yM + 0.0008 * s, 0.0775);
  const lip = { k: 0.004, side: [0, 1, 0] as V3, sx: 1, sz: 1.25 };
  const upperMid = P(0.0145, yM + 0.0028 * s, 0.0875);
  const lowerMid = P(0.0135, yM - 0.0038 * s, 0.0855);
  shapes.push(...bilateral(roundCone(P(0, yM + 0.0034 * s, 0.0905), upperMid, 0.0045 * s, 0.0038 * s, lip)));
  shapes.push(...bilateral(roundCone(upperMid, corner, 0.0038 * s, 0.0014 * s, lip)));
  shapes.push(...bilateral(roundCone(P(0, yM - 0.0046 * s, 0.0885), lowerMid, 0.0052 * s, 0.0046 * s, lip)));
  shapes.push(...bilateral(roundCone(lowerMid, corner, 0.0046 * s, 0.0014 * s, lip)));
  // the parting of the lips
  shapes.push(ellipsoid(P(0, yM, 0.086), [0.0262 * s, 0.0014 * s, 0.0135 * s], { k: 0.002, op: 'sub' }));
  const snap = snapper(fieldSdf({ shapes: [...base, ...shapes], bumps: [] }), 0.03);
  const fwd: V3 = [0, 0, 1];
  const on = (x: number, y: number, z: number, n: V3 = fwd): V3 => snap(P(x, y, z + 0.02), n);
  const bumps: Bump[] = [];
  // upper-lid crease, alar groove, nasolabial groove, mentolabial sulcus, philtral dimple
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          on(0.019, yE + 0.0075 * s, 0.08),
          on(0.0315, yE + 0.0105 * s, 0.08),
          on(0.045, yE + 0.0075 * s, 0.07),
        ],
        0.0016 * s,
        -0.0007,
        0.2,
      ),
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          on(0.0135, yTip + 0.003 * s, 0.09),
          on(0.0185, yTip - 0.002 * s, 0.085, [1, 0, 1]),
          on(0.018, yTip - 0.008 * s, 0.085, [1, 0, 1]),
          on(0.0125, yTip - 0.011 * s, 0.09),
        ],
        0.0015 * s,
        -0.0009,
        0.1,
      ),
    ),
  );
  // the edge of the iris, a faint ring round the cornea, left open where the lower lid covers it
  const ring: V3[] = [];
  for (let i = 0; i <= 24; i++) {
    const a = -0.68 + (i / 24) * (Math.PI + 1.36);
    ring.push(on(FACE.pupilX + 0.0056 * Math.cos(a), yE + 0.0056 * s * Math.sin(a), eZ + 0.005));
  }
  bumps.push(...bilateralBump(curveBump(ring, 0.0011 * s, -0.0005, 0.04)));
  const nlTop = on(FACE.alaX + 0.0022, yTip - 0.002 * s, 0.085, [1, 0, 1]);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [nlTop, on(0.026, yM + 0.014 * s, 0.08), on(FACE.mouthX + 0.0055, yM - 0.002 * s, 0.07)],
        0.0028 * s,
        -0.0009,
        0.15,
      ),
    ),
  );
  const sulcus = on(0, yM - 0.0165 * s, 0.08);
  bumps.push(
    curveBump(
      [on(-0.014, yM - 0.015 * s, 0.08), sulcus, on(0.014, yM - 0.015 * s, 0.08)],
      0.0035 * s,
      -0.0012,
      0.3,
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump(
        [on(0.0033, yTip - 0.012 * s, 0.09), on(0.0052, yM + 0.0075 * s, 0.09)],
        0.0022 * s,
        0.0007,
        0.25,
      ),
    ),
  );
  const philtrum = on(0, yM + 0.011 * s, 0.09);
  bumps.push(pointBump(philtrum, [0.0028 * s, 0.006 * s, 0.005 * s], -0.0006));
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const anchors: Anchors = {
    glabella: r(P(0, yE + 0.017 * s, 0.095), fwd),
    nasion: r(P(0, yE + 0.005 * s, 0.09), fwd),
    inner_canthus: r(P(FACE.canthusIn + 0.0008, yE + 0.0003 * s, 0.085), fwd),
    outer_canthus: r(P(FACE.canthusOut - 0.0008, yE + 0.0018 * s, 0.076), [0.6, 0, 1]),
    pupil: r(P(FACE.pupilX, yE, 0.088), fwd),
    eyebrow_medial: r(P(0.014, yE + 0.021 * s, 0.092), fwd),
    eyebrow_lateral: r(P(0.052, yE + 0.018 * s, 0.068), [0.5, 0, 1]),
    infraorbital_margin: r(P(FACE.pupilX, yE - 0.0165 * s, 0.082), [0, -0.2, 1]),
    nose_tip: r(P(0, yTip, 0.115), fwd),
    nose_ala: r(P(FACE.alaX - 0.002, yTip - 0.0045 * s, 0.0915), [1, 0, 0.3]),
    philtrum: r(philtrum, fwd),
    mouth_corner: r(P(FACE.mouthX - 0.0005, yM + 0.0008 * s, 0.08), [0.3, 0, 1]),
    lower_lip: r(P(0, yM - 0.007 * s, 0.1), fwd),
    mentolabial_sulcus: r(sulcus, fwd),
  };
  return { shapes, bumps, anchors };
}
