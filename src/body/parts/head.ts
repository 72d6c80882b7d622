import type { Skeleton } from '../skeleton';
import type { Bump } from '../sdf/bumps';
import { bilateral } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { norm, type V3 } from '../sdf/vec';
import { faceFeatures } from './face';
import type { Anchors, Part } from './part';

/** Scale factor the fitting loop adjusts for the head circumference. */
export interface HeadFit {
  head: number;
}

/** The head: cranium, brow, cheekbones, chin and jaw, and the face's features (`face.ts`). No ears (they are separate meshes). */
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
  const face = faceFeatures({ s, P, yE, yM }, shapes);
  shapes.push(...face.shapes);
  bumps.push(...face.bumps);
  const anchors: Anchors = { ...face.anchors };
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  anchors.vertex = r([0, k.H, cz - 0.012 * s], [0, 1, 0]);
  anchors.hairline_anterior = r(P(0, yE + 0.075 * s, 0.075), [0, 0.4, 1]);
  anchors.hairline_corner = r(P(0.066, yE + 0.066 * s, 0.03), [0.7, 0.3, 0.7]);
  anchors.hairline_posterior = r(P(0, yE - 0.068 * s, -0.085), [0, -0.2, -1]);
  anchors.external_occipital_protuberance = r(P(0, yE - 0.01 * s, -0.11), [0, 0, -1]);
  anchors.mastoid = r(P(0.054, yE - 0.05 * s, -0.05), [0.8, -0.2, -0.7]);
  anchors.zygomatic_arch = r(P(0.066, yE - 0.018 * s, 0.025), [1, 0, 0]);
  anchors.mandible_angle = r(angle, [0.6, -0.4, -0.4]);
  anchors.chin = r(P(0, yC + 0.012 * s, 0.09), [0, -0.3, 1]);
  // where the ear will attach (the ear module supplies the real anchors when present)
  anchors.tragus = r(P(0.07, yE - 0.014 * s, 0.008), [1, 0, 0]);
  anchors.ear_apex = r(P(0.072, yE + 0.016 * s, -0.012), [1, 0, 0]);
  anchors.ear_lobe = r(P(0.066, yE - 0.05 * s, -0.005), [1, 0, 0]);
  anchors.intertragic_notch = r(P(0.069, yE - 0.024 * s, 0.004), [1, 0, 0]);
  return { shapes, bumps, anchors };
}
