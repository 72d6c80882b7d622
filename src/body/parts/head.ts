import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { norm, type V3 } from '../sdf/vec';
import type { Anchors, Part } from './part';

/** Scale factor the fitting loop adjusts for the head circumference. */
export interface HeadFit {
  head: number;
}

/** The head: cranium, brow, closed eyes, nose, lips, chin and jaw. No ears (they are separate meshes). */
export function headPart(k: Skeleton, fit: HeadFit = { head: 1 }): Part {
  const s = k.s * (k.female ? 0.985 : 1.0);
  const hf = fit.head;
  const c = k.headCentre;
  const cz = c[2];
  const yE = k.y.pupil;
  const yM = yE - (k.female ? 0.066 : 0.072) * s; // stomion
  const yC = k.y.chin;
  const P = (x: number, y: number, z: number): V3 => [x * s, y, cz + z * s];
  const shapes: Shape[] = [];
  const bumps: Bump[] = [];
  const ry = 0.092 * s;
  // cranium, face mass, jaw and chin
  shapes.push(ellipsoid([0, k.H - ry, cz - 0.012 * s], [0.074 * s * hf, ry, 0.097 * s * hf], { k: 0.02 }));
  shapes.push(ellipsoid(P(0, yE - 0.028 * s, 0.028), [0.056 * s, 0.05 * s, 0.052 * s], { k: 0.025 }));
  const chin = P(0, yC + 0.016 * s, 0.07);
  shapes.push(ellipsoid(chin, [0.018 * s, 0.015 * s, 0.014 * s], { k: 0.015 }));
  const angle = P(0.05, yC + 0.048 * s, -0.002);
  shapes.push(
    ...bilateral(roundCone(angle, P(0.016, yC + 0.014 * s, 0.066), 0.011 * s, 0.012 * s, { k: 0.02 })),
  );
  shapes.push(
    ...bilateral(roundCone(P(0.058, yE - 0.01 * s, 0.0), angle, 0.011 * s, 0.011 * s, { k: 0.02 })),
  );
  // cheekbones and brow ridge
  shapes.push(
    ...bilateral(ellipsoid(P(0.05, yE - 0.02 * s, 0.05), [0.014 * s, 0.0085 * s, 0.016 * s], { k: 0.016 })),
  );
  shapes.push(
    ...bilateral(
      roundCone(P(0.047, yE + 0.019 * s, 0.066), P(0.0, yE + 0.02 * s, 0.083), 0.0085 * s, 0.0095 * s, {
        k: 0.015,
      }),
    ),
  );
  // eye sockets, then the closed eyes inside them
  shapes.push(
    ...bilateral(
      ellipsoid(P(0.032, yE + 0.001 * s, 0.092), [0.0165 * s, 0.0115 * s, 0.012 * s], {
        k: 0.008,
        op: 'sub',
      }),
    ),
  );
  shapes.push(
    ...bilateral(ellipsoid(P(0.032, yE, 0.074), [0.0135 * s, 0.0115 * s, 0.012 * s], { k: 0.006 })),
  );
  // nose: bridge, tip, alae; nostrils carved
  const yNoseTip = yE - 0.037 * s;
  shapes.push(
    roundCone(P(0, yE + 0.006 * s, 0.082), P(0, yNoseTip + 0.004 * s, 0.103), 0.0065 * s, 0.0085 * s, {
      k: 0.008,
      side: [1, 0, 0],
      sx: 1,
      sz: 1.2,
    }),
  );
  shapes.push(ellipsoid(P(0, yNoseTip, 0.102), [0.0095 * s, 0.009 * s, 0.0095 * s], { k: 0.007 }));
  shapes.push(
    ...bilateral(
      ellipsoid(P(0.0115, yNoseTip - 0.004 * s, 0.091), [0.006 * s, 0.0055 * s, 0.0075 * s], { k: 0.007 }),
    ),
  );
  shapes.push(
    ...bilateral(
      ellipsoid(P(0.0065, yNoseTip - 0.0095 * s, 0.0985), [0.0036 * s, 0.0021 * s, 0.0045 * s], {
        k: 0.002,
        op: 'sub',
        axis: [1, 0, 0.5],
      }),
    ),
  );
  // lips: lens-shaped, full at the middle and thinning to the corners
  shapes.push(ellipsoid(P(0, yM + 0.004 * s, 0.052), [0.034 * s, 0.03 * s, 0.034 * s], { k: 0.015 }));
  shapes.push(ellipsoid(P(0, yM + 0.0035 * s, 0.0835), [0.025 * s, 0.0045 * s, 0.0085 * s], { k: 0.006 }));
  shapes.push(ellipsoid(P(0, yM - 0.0045 * s, 0.0815), [0.023 * s, 0.0055 * s, 0.0085 * s], { k: 0.006 }));
  const anchors: Anchors = {};
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const fwd: V3 = [0, 0, 1];
  // the mouth line, the closed-eyelid line, philtrum and mentolabial sulcus
  bumps.push(
    curveBump(
      [P(-0.025, yM + 0.001 * s, 0.09), P(0, yM + 0.0005 * s, 0.1), P(0.025, yM + 0.001 * s, 0.09)],
      0.0016 * s,
      -0.0012,
      0.1,
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump(
        [P(0.02, yE - 0.001 * s, 0.083), P(0.032, yE - 0.003 * s, 0.087), P(0.045, yE + 0.0005 * s, 0.08)],
        0.0013 * s,
        -0.0007,
        0.15,
      ),
    ),
  );
  bumps.push(pointBump(P(0, yM + 0.011 * s, 0.099), [0.0035 * s, 0.006 * s, 0.005 * s], -0.0008));
  bumps.push(
    curveBump(
      [P(-0.015, yM - 0.016 * s, 0.088), P(0, yM - 0.017 * s, 0.092), P(0.015, yM - 0.016 * s, 0.088)],
      0.004 * s,
      -0.0012,
      0.3,
    ),
  );
  anchors.vertex = r([0, k.H, cz - 0.012 * s], [0, 1, 0]);
  anchors.glabella = r(P(0, yE + 0.017 * s, 0.095), fwd);
  anchors.nasion = r(P(0, yE + 0.005 * s, 0.09), fwd);
  anchors.hairline_anterior = r(P(0, yE + 0.075 * s, 0.075), [0, 0.4, 1]);
  anchors.hairline_corner = r(P(0.066, yE + 0.066 * s, 0.03), [0.7, 0.3, 0.7]);
  anchors.hairline_posterior = r(P(0, yE - 0.068 * s, -0.085), [0, -0.2, -1]);
  anchors.external_occipital_protuberance = r(P(0, yE - 0.01 * s, -0.11), [0, 0, -1]);
  anchors.mastoid = r(P(0.054, yE - 0.05 * s, -0.05), [0.8, -0.2, -0.7]);
  anchors.inner_canthus = r(P(0.017, yE, 0.084), [0, 0, 1]);
  anchors.outer_canthus = r(P(0.046, yE + 0.001 * s, 0.072), [0.6, 0, 1]);
  anchors.pupil = r(P(0.032, yE, 0.088), fwd);
  anchors.eyebrow_medial = r(P(0.014, yE + 0.021 * s, 0.092), fwd);
  anchors.eyebrow_lateral = r(P(0.052, yE + 0.018 * s, 0.068), [0.5, 0, 1]);
  anchors.infraorbital_margin = r(P(0.032, yE - 0.017 * s, 0.08), [0, -0.2, 1]);
  anchors.zygomatic_arch = r(P(0.066, yE - 0.018 * s, 0.025), [1, 0, 0]);
  anchors.mandible_angle = r(angle, [0.6, -0.4, -0.4]);
  anchors.nose_tip = r(P(0, yNoseTip, 0.115), fwd);
  anchors.nose_ala = r(P(0.02, yNoseTip - 0.004 * s, 0.092), [1, 0, 0.3]);
  anchors.philtrum = r(P(0, yM + 0.011 * s, 0.1), fwd);
  anchors.mouth_corner = r(P(0.024, yM + 0.001 * s, 0.088), [0.4, 0, 1]);
  anchors.lower_lip = r(P(0, yM - 0.007 * s, 0.1), fwd);
  anchors.mentolabial_sulcus = r(P(0, yM - 0.017 * s, 0.092), fwd);
  anchors.chin = r(P(0, yC + 0.012 * s, 0.09), [0, -0.3, 1]);
  // where the ear will attach (the ear module supplies the real anchors when present)
  anchors.tragus = r(P(0.07, yE - 0.014 * s, 0.008), [1, 0, 0]);
  anchors.ear_apex = r(P(0.072, yE + 0.016 * s, -0.012), [1, 0, 0]);
  anchors.ear_lobe = r(P(0.066, yE - 0.05 * s, -0.005), [1, 0, 0]);
  anchors.intertragic_notch = r(P(0.069, yE - 0.024 * s, 0.004), [1, 0, 0]);
  return { shapes, bumps, anchors };
}
