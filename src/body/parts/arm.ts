import { armReferencePoints, lateralOf, type Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { cross, madd, norm, scale, type V3 } from '../sdf/vec';
import type { Sdf } from '../sdf/field';
import type { Anchor, Anchors, Part } from './part';

/** Scale factor the fitting loop adjusts for the wrist girth. */
export interface ArmFit {
  wrist: number;
}

/** The left upper limb from the shoulder to the wrist (the hand is its own part). */
export function armPart(k: Skeleton, fit: ArmFit = { wrist: 1 }): Part {
  const { s, shoulder: S, elbow: E, wrist: W, upperArmDir: ua, forearmDir: fa } = k;
  const m = k.female ? 1 : 1.12;
  const latU = lateralOf(ua);
  const latF = k.handLat;
  const ant: V3 = [0, 0, 1];
  const shapes: Shape[] = [];
  const bumps: Bump[] = [];
  // upper arm, biceps, triceps: small blends, so the arm does not web onto the chest wall below the axilla
  shapes.push(
    roundCone(madd(S, ua, 0.02 * s), E, 0.043 * s * m, 0.033 * s * m, {
      k: 0.014,
      side: latU,
      sx: 0.95,
      sz: 1.05,
    }),
  );
  shapes.push(
    ellipsoid(madd(madd(S, ua, 0.15 * s), ant, 0.018 * s), [0.075 * s, 0.028 * s * m, 0.028 * s * m], {
      k: 0.016,
      axis: ua,
      side: latU,
    }),
  );
  shapes.push(
    ellipsoid(madd(madd(S, ua, 0.12 * s), ant, -0.018 * s), [0.085 * s, 0.03 * s * m, 0.028 * s * m], {
      k: 0.016,
      axis: ua,
      side: latU,
    }),
  );
  // elbow and forearm
  shapes.push(ellipsoid(E, [0.036 * s * m, 0.03 * s * m, 0.032 * s * m], { k: 0.03, axis: latU, side: ua }));
  const wr = 0.0255 * s * fit.wrist * (k.female ? 1 : 1.1);
  shapes.push(roundCone(E, W, 0.034 * s * m, wr, { k: 0.025, side: latF, sx: 1.08, sz: 0.86 }));
  shapes.push(
    ellipsoid(madd(madd(E, fa, 0.075 * s), ant, 0.004 * s), [0.085 * s, 0.037 * s * m, 0.03 * s * m], {
      k: 0.03,
      axis: fa,
      side: latF,
    }),
  );
  const anchors: Anchors = {};
  const post = scale(ant, -1);
  const r = (p: V3, dir: V3) => ({ p, n: norm(dir) });
  anchors.acromion = r(k.acromion, [0.3, 1, 0]);
  anchors.deltoid_insertion = r(madd(madd(S, ua, 0.13 * s), latU, 0.04 * s * m), latU);
  // the folds' ends where they meet the arm, 21 cm × s above the elbow joint on the arm's axis (as far as in the
  // hanging pose), projected onto the front and back of the arm: they turn out with it
  const fold = madd(E, ua, -0.21 * s);
  anchors.axillary_fold_anterior = r(madd(fold, ant, 0.045 * s), ant);
  anchors.axillary_fold_posterior = r(madd(fold, ant, -0.045 * s), post);
  // elbow: cubital crease in front, olecranon behind, epicondyles at the sides
  const crease = madd(E, fa, 0.006 * s);
  anchors.cubital_crease = r(madd(crease, ant, 0.03 * s), ant);
  anchors.cubital_crease_radial = r(madd(madd(crease, ant, 0.02 * s), latF, 0.026 * s), madd(ant, latF, 1));
  anchors.cubital_crease_ulnar = r(madd(madd(crease, ant, 0.02 * s), latF, -0.026 * s), madd(ant, latF, -1));
  anchors.biceps_tendon = r(madd(madd(crease, ant, 0.03 * s), latF, 0.006 * s), ant);
  anchors.lateral_epicondyle = r(madd(madd(E, latU, 0.034 * s * m), ua, -0.004 * s), latU);
  anchors.medial_epicondyle = r(madd(madd(E, latU, -0.036 * s * m), ua, -0.004 * s), scale(latU, -1));
  anchors.radiale = r(armReferencePoints(k).radiale, latU);
  anchors.olecranon = r(madd(madd(E, post, 0.03 * s), ua, 0.008 * s), post);
  bumps.push(
    curveBump(
      [
        madd(madd(crease, ant, 0.03 * s), latF, -0.03 * s),
        madd(crease, ant, 0.035 * s),
        madd(madd(crease, ant, 0.03 * s), latF, 0.03 * s),
      ],
      0.004 * s,
      -0.0012,
      0.3,
    ),
  );
  bumps.push(pointBump(anchors.olecranon.p, [0.012 * s, 0.012 * s, 0.01 * s], 0.003));
  bumps.push(pointBump(anchors.medial_epicondyle.p, [0.01 * s, 0.01 * s, 0.01 * s], 0.0025));
  void cross;
  return { shapes: shapes.flatMap(bilateral), bumps: bumps.flatMap(bilateralBump), anchors };
}

/**
 * The apex of the armpit: the top of the hollow between the arm and the chest wall, on the midaxillary line (the
 * vertical plane midway between the anterior and posterior axillary folds). Each vertical line through the
 * shoulder in that plane is followed down, inside the solids, to where it leaves them: on the chest wall the line
 * never leaves, under the arm it leaves at the arm's medial skin, which falls away laterally; the highest exit is
 * the apex. Found on the blended solids, so it follows however far down the arm lies against the chest; the seed
 * is put on the chest-wall side of the hollow.
 */
export function axillaApex(k: Skeleton, sdf: Sdf): Anchor {
  const { s, shoulderCap: S } = k;
  const top = S[1] - 0.04 * s;
  const bottom = S[1] - 0.3 * s;
  const step = 0.002;
  let best: V3 | null = null;
  // the folds' seeds lie 4.5 cm (× s) in front of and behind the shoulder joint; the folds as meshed sit a little
  // further back, so the midaxillary plane is sought in the 2 cm behind the joint
  for (let z = S[2]; z >= S[2] - 0.02 * s - 1e-9; z -= 0.002) {
    for (let x = S[0] - 0.08 * s; x <= S[0] + 0.05 * s; x += step) {
      if (sdf(x, top, z) >= 0) continue;
      let y = top;
      while (y > bottom && sdf(x, y, z) < 0) y -= step;
      if (y <= bottom) continue;
      let lo = y;
      let hi = y + step;
      for (let i = 0; i < 20; i++) {
        const m = (lo + hi) / 2;
        if (sdf(x, m, z) < 0) hi = m;
        else lo = m;
      }
      if (!best || lo > best[1] + 1e-6) best = [x, lo, z];
    }
  }
  if (!best) throw new Error('no hollow found under the arm');
  // seated on the chest wall just under the top of the hollow, facing out, so walks from it stay on the chest
  return { p: [best[0] - 0.004, best[1] - 0.004, best[2]], n: [1, 0, 0] };
}
