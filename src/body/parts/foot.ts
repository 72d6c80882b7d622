import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { add, madd, norm, scale, type V3 } from '../sdf/vec';
import type { Anchors, Part } from './part';

/** Toes: MTP position (fraction of foot length, lateral offset in m for a 1.70 m body), tip, radius. */
const TOES = [
  { a: 0.73, lat: -0.029, tip: 1.0, r: 0.0122 },
  { a: 0.72, lat: -0.0065, tip: 0.975, r: 0.0074 },
  { a: 0.695, lat: 0.0105, tip: 0.94, r: 0.0071 },
  { a: 0.665, lat: 0.0265, tip: 0.9, r: 0.0068 },
  { a: 0.63, lat: 0.0415, tip: 0.855, r: 0.0064 },
];

/** The left foot: heel, arch, ball, five toes, malleoli; flat on the floor (y = 0). */
export function footPart(k: Skeleton): Part {
  const { s, footFwd: fw, footLat: lt, heelBack: hb, ankle: A, footLength: L } = k;
  const up: V3 = [0, 1, 0];
  const F = (a: number, lat: number, h: number): V3 =>
    add(add(add(hb, scale(fw, a * L)), scale(lt, lat * s)), scale(up, h * s));
  const shapes: Shape[] = [];
  const bumps: Bump[] = [];
  const w = k.female ? 0.96 : 1.04;
  shapes.push(ellipsoid(F(0.135, 0.002, 0.035), [0.031 * s * w, 0.038 * s, 0.036 * s], { k: 0.02 }));
  shapes.push(ellipsoid(A, [0.03 * s * w, 0.03 * s, 0.032 * s], { k: 0.02 }));
  shapes.push(
    roundCone(F(0.2, 0.004, 0.04), F(0.68, 0.006, 0.02), 0.028 * s, 0.02 * s, {
      k: 0.02,
      side: lt,
      sx: 1.55 * w,
      sz: 0.85,
    }),
  );
  shapes.push(
    roundCone(add(A, scale(fw, 0.02 * s)), F(0.66, -0.008, 0.028), 0.025 * s, 0.014 * s, {
      k: 0.025,
      side: lt,
      sx: 1.3,
    }),
  );
  shapes.push(roundCone(F(0.18, 0.022, 0.018), F(0.64, 0.038, 0.013), 0.016 * s, 0.013 * s, { k: 0.02 }));
  shapes.push(
    ellipsoid(F(0.7, 0.004, 0.018), [0.045 * s * w, 0.016 * s, 0.028 * s], { k: 0.015, axis: lt, side: up }),
  );
  const anchors: Anchors = {};
  const tips: V3[] = [];
  TOES.forEach((t, i) => {
    const r = t.r * s * w;
    const m = F(t.a, t.lat * w, 0.021 - i * 0.0012);
    const tip = F(t.tip - (r / L) * 1.0, t.lat * w * 0.97, r / s + 0.0015);
    const mid = add(scale(add(m, tip), 0.5), [0, 0.004 * s, 0]);
    shapes.push(
      roundCone(F(t.a - 0.1, t.lat * w * 0.9, 0.02), m, r * 1.05, r * 1.02, {
        k: 0.008,
        side: lt,
        sx: 1.1,
        sz: 0.9,
      }),
    );
    shapes.push(roundCone(m, mid, r * 1.02, r * 0.95, { k: 0.003, side: lt, sx: 1.05, sz: 0.85 }));
    shapes.push(roundCone(mid, tip, r * 0.95, r * 0.92, { k: 0.003, side: lt, sx: 1.05, sz: 0.85 }));
    tips.push(madd(tip, fw, r * 0.92));
  });
  // flat sole and the medial arch
  shapes.push({ lo: [-1, -1, -1], hi: [1, 0, 1], k: 0.004, op: 'sub', d: (_x, yy) => yy });
  shapes.push(
    ellipsoid(F(0.46, -0.048, -0.004), [0.028 * s, 0.017 * s, 0.11 * s], {
      k: 0.012,
      op: 'sub',
      axis: lt,
      side: up,
    }),
  );
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const latM: V3 = madd(madd(A, lt, 0.03 * s * w), fw, -0.012 * s);
  latM[1] = k.y.latMall;
  const medM: V3 = madd(madd(A, lt, -0.029 * s * w), fw, 0.004 * s);
  medM[1] = k.y.latMall + 0.012 * s;
  anchors.lateral_malleolus = r(latM, lt);
  anchors.medial_malleolus = r(medM, scale(lt, -1));
  bumps.push(pointBump(latM, [0.012 * s, 0.016 * s, 0.012 * s], 0.005 * s));
  bumps.push(pointBump(medM, [0.013 * s, 0.015 * s, 0.013 * s], 0.0045 * s));
  anchors.heel = r(F(0.0, 0.002, 0.035), scale(fw, -1));
  anchors.sole = r([medM[0], 0, medM[2]], [0, -1, 0]);
  anchors.sole_front = r(F(0.66, -0.004, 0), [0, -1, 0]);
  anchors.ankle_front = r(madd(add(A, [0, 0.005 * s, 0]), fw, 0.035 * s), fw);
  anchors.achilles = r([A[0] - 0.001 * s, latM[1] + 0.005 * s, k.heelBack[2] + 0.018 * s], scale(fw, -1));
  anchors.calcaneus_lateral = r(F(0.13, 0.035, 0.025), lt);
  anchors.navicular_tuberosity = r(F(0.43, -0.03, 0.035), madd(scale(lt, -1), up, 0.3));
  anchors.metatarsal_1_head_medial = r(F(0.72, -0.045, 0.02), scale(lt, -1));
  anchors.metatarsal_5_base = r(F(0.45, 0.043, 0.015), lt);
  anchors.metatarsal_5_head_lateral = r(F(0.64, 0.05, 0.015), lt);
  anchors.mtp_3 = r(F(0.695, 0.0105, 0.035), up);
  const web = (i: number, j: number) => {
    const a = (TOES[i].a + TOES[j].a) / 2 + 0.035;
    return r(F(a, ((TOES[i].lat + TOES[j].lat) / 2) * w, 0.03), madd(up, fw, 0.6));
  };
  anchors.toe_web_1_2 = web(0, 1);
  anchors.toe_web_2_3 = web(1, 2);
  anchors.toe_web_4_5 = web(3, 4);
  anchors.great_toe_tip = r(tips[0], fw);
  anchors.second_toe_tip = r(tips[1], fw);
  anchors.little_toe_tip = r(tips[4], fw);
  // tendons on the dorsum
  bumps.push(
    curveBump(
      [add(A, madd(scale(fw, 0.04 * s), lt, -0.012 * s)), F(0.72, -0.029, 0.03)],
      0.004 * s,
      0.0012,
      0.3,
    ),
  );
  return { shapes: shapes.flatMap(bilateral), bumps: bumps.flatMap(bilateralBump), anchors };
}
