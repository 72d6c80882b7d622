import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { add, madd, norm, scale, type V3 } from '../sdf/vec';
import type { Anchors, Part } from './part';

/** Scale factors the fitting loop adjusts for the leg girths. */
export interface LegFit {
  thigh: number;
  calf: number;
  ankle: number;
}

export const UNIT_LEG_FIT: LegFit = { thigh: 1, calf: 1, ankle: 1 };

/** The left lower limb from the hip to the ankle (the foot is its own part). */
export function legPart(k: Skeleton, fit: LegFit = UNIT_LEG_FIT): Part {
  const { s, y, hip, knee: K, ankle: A } = k;
  const f = k.female;
  const shapes: Shape[] = [];
  const bumps: Bump[] = [];
  const t = fit.thigh;
  const top: V3 = [hip[0] + 0.01 * s, y.crotch + 0.07 * s, hip[2] - 0.005 * s];
  const upper: V3 = [hip[0] + 0.01 * s, y.crotch - 0.015 * s, hip[2]];
  const aboveKnee: V3 = [K[0], K[1] + 0.09 * s, K[2]];
  const rUp = (f ? 0.088 : 0.085) * s * t;
  shapes.push(roundCone(top, upper, 0.072 * s, rUp, { k: 0.03, side: [1, 0, 0], sx: 0.94, sz: 1.06 }));
  shapes.push(roundCone(upper, aboveKnee, rUp, 0.052 * s, { k: 0.03, side: [1, 0, 0], sx: 0.94, sz: 1.06 }));
  // quadriceps, vastus medialis, hamstrings, adductors
  shapes.push(
    ellipsoid(
      [K[0] + 0.008 * s, K[1] + 0.22 * s, K[2] + 0.035 * s],
      [0.05 * s * t, 0.15 * s, 0.045 * s * t],
      { k: 0.03, axis: [1, 0, 0], side: [0.06, 1, 0] },
    ),
  );
  shapes.push(
    ellipsoid([K[0] - 0.028 * s, K[1] + 0.085 * s, K[2] + 0.022 * s], [0.032 * s, 0.055 * s, 0.03 * s], {
      k: 0.025,
      axis: [1, 0, 0],
      side: [0.3, 1, 0],
    }),
  );
  shapes.push(
    ellipsoid([K[0] + 0.003 * s, K[1] + 0.2 * s, K[2] - 0.035 * s], [0.05 * s * t, 0.15 * s, 0.045 * s * t], {
      k: 0.03,
    }),
  );
  // knee and patella
  shapes.push(ellipsoid([K[0], K[1], K[2]], [0.048 * s, 0.05 * s, 0.045 * s], { k: 0.03 }));
  const patC: V3 = [K[0] + 0.003 * s, y.midPatella, K[2] + 0.036 * s];
  shapes.push(ellipsoid(patC, [0.022 * s, 0.026 * s, 0.013 * s], { k: 0.012 }));
  // lower leg, calf, Achilles tendon
  const c = fit.calf;
  const a = fit.ankle;
  const low: V3 = [A[0], A[1] + 0.05 * s, A[2] - 0.004 * s];
  shapes.push(
    roundCone([K[0], K[1] - 0.035 * s, K[2] - 0.002 * s], low, 0.045 * s * c, 0.03 * s * a, {
      k: 0.03,
      side: [1, 0, 0],
      sx: 1,
      sz: 0.95,
    }),
  );
  const calfY = y.tibiale - (f ? 0.11 : 0.115) * s;
  shapes.push(
    ellipsoid(
      [K[0] + 0.008 * s, calfY + 0.01 * s, K[2] - 0.028 * s],
      [0.04 * s * c, 0.085 * s, 0.04 * s * c],
      { k: 0.03 },
    ),
  );
  shapes.push(
    ellipsoid(
      [K[0] - 0.014 * s, calfY - 0.01 * s, K[2] - 0.026 * s],
      [0.043 * s * c, 0.095 * s, 0.043 * s * c],
      { k: 0.03 },
    ),
  );
  shapes.push(
    roundCone(
      [A[0], A[1] + 0.13 * s, A[2] - 0.032 * s],
      [A[0] - 0.002 * s, 0.045 * s, k.heelBack[2] + 0.02 * s],
      0.009 * s,
      0.012 * s,
      { k: 0.018, side: [1, 0, 0], sx: 1.4 },
    ),
  );
  const anchors: Anchors = {};
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const ant: V3 = [0, 0, 1];
  const post: V3 = [0, 0, -1];
  anchors.greater_trochanter = r([hip[0] + 0.082 * s, y.troch, hip[2] - 0.005 * s], [1, 0, 0]);
  anchors.gluteal_fold = r([0.07 * s, y.crotch - 0.012 * s, hip[2] - 0.08 * s], post);
  anchors.ischial_tuberosity = r([0.055 * s, y.crotch + 0.005 * s, hip[2] - 0.08 * s], [0, -0.3, -1]);
  anchors.patella_base = r(madd(patC, [0, 1, 0], 0.024 * s), [0, 0.4, 1]);
  anchors.patella_apex = r(madd(patC, [0, 1, 0], -0.024 * s), [0, -0.2, 1]);
  anchors.popliteal_crease = r([K[0], y.tibiale + 0.01 * s, K[2] - 0.04 * s], post);
  anchors.tibiale = r([K[0] - 0.045 * s, y.tibiale, K[2]], [-1, 0, 0]);
  anchors.tibia_medial_condyle = r([K[0] - 0.04 * s, y.tibiale - 0.028 * s, K[2] - 0.002 * s], [-1, 0, 0]);
  anchors.fibula_head = r([K[0] + 0.042 * s, y.tibiale - 0.022 * s, K[2] - 0.012 * s], [1, 0, -0.3]);
  anchors.tibial_tuberosity = r([K[0] + 0.004 * s, y.tibiale - 0.038 * s, K[2] + 0.04 * s], ant);
  anchors.femoral_lateral_epicondyle = r([K[0] + 0.045 * s, K[1] + 0.008 * s, K[2]], [1, 0, 0]);
  anchors.femoral_medial_epicondyle = r([K[0] - 0.045 * s, K[1] + 0.008 * s, K[2]], [-1, 0, 0]);
  anchors.patellar_ligament_lateral = r(
    [K[0] + 0.02 * s, y.tibiale - 0.008 * s, K[2] + 0.03 * s],
    [0.5, 0, 1],
  );
  anchors.patellar_ligament_medial = r(
    [K[0] - 0.016 * s, y.tibiale - 0.008 * s, K[2] + 0.03 * s],
    [-0.5, 0, 1],
  );
  // tendon hollows beside the patellar ligament, popliteal crease
  bumps.push(pointBump(anchors.patellar_ligament_lateral.p, [0.009 * s, 0.012 * s, 0.009 * s], -0.003));
  bumps.push(pointBump(anchors.patellar_ligament_medial.p, [0.009 * s, 0.012 * s, 0.009 * s], -0.0025));
  bumps.push(
    curveBump(
      [
        add(anchors.popliteal_crease.p, [-0.035 * s, 0, 0.004 * s]),
        anchors.popliteal_crease.p,
        add(anchors.popliteal_crease.p, [0.035 * s, 0, 0.004 * s]),
      ],
      0.004 * s,
      -0.0015,
      0.3,
    ),
  );
  bumps.push(pointBump(anchors.tibial_tuberosity.p, [0.012 * s, 0.014 * s, 0.01 * s], 0.002));
  bumps.push(pointBump(anchors.fibula_head.p, [0.01 * s, 0.01 * s, 0.01 * s], 0.002));
  bumps.push(pointBump(anchors.greater_trochanter.p, [0.03 * s, 0.04 * s, 0.03 * s], 0.003));
  void scale;
  return { shapes: shapes.flatMap(bilateral), bumps: bumps.flatMap(bilateralBump), anchors };
}
