import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateral, bilateralBump } from '../sdf/mirror';
import { ellipsoid, roundCone, type Shape } from '../sdf/shapes';
import { add, cross, madd, norm, scale, type V3 } from '../sdf/vec';
import type { Anchors, Part } from './part';

/** Per finger: MCP position (along, across the hand, fractions of hand length), phalanx lengths, spread°, radius. */
const FINGERS = [
  { name: 'index', along: 0.455, across: 0.155, len: [0.225, 0.14, 0.105], spread: 3.5, r: 0.0088 },
  { name: 'middle', along: 0.47, across: 0.05, len: [0.25, 0.16, 0.115], spread: 0, r: 0.009 },
  { name: 'ring', along: 0.455, across: -0.055, len: [0.235, 0.15, 0.11], spread: -3.5, r: 0.0084 },
  { name: 'little', along: 0.415, across: -0.155, len: [0.18, 0.115, 0.1], spread: -8, r: 0.0073 },
] as const;

/** The left hand in the anatomical position: palm forward, thumb lateral, fingers slightly flexed. */
export function handPart(k: Skeleton): Part {
  const HL = k.handLength;
  const d = k.forearmDir;
  const l = k.handLat;
  const n = norm(cross(d, l)); // palmar
  const rs = k.s * (k.female ? 0.95 : 1.05);
  const P = (dd: number, ll: number, nn: number): V3 =>
    add(add(add(k.wrist, scale(d, dd * HL)), scale(l, ll * HL)), scale(n, nn));
  const shapes: Shape[] = [];
  const bumps: Bump[] = [];
  const anchors: Anchors = {};
  // palm body and eminences
  shapes.push(
    ellipsoid(P(0.24, 0.0, 0.001), [0.22 * HL, 0.215 * HL, 0.0125 * rs], { k: 0.01, axis: d, side: l }),
  );
  shapes.push(
    ellipsoid(P(0.2, 0.14, 0.008 * rs), [0.13 * HL, 0.07 * HL, 0.015 * rs], {
      k: 0.012,
      axis: norm(madd(d, l, 0.5)),
      side: n,
    }),
  );
  shapes.push(
    ellipsoid(P(0.24, -0.16, 0.006 * rs), [0.17 * HL, 0.05 * HL, 0.013 * rs], { k: 0.012, axis: d, side: n }),
  );
  shapes.push(
    roundCone(P(-0.05, 0, 0), P(0.06, 0, 0), 0.023 * rs, 0.02 * rs, { k: 0.015, side: l, sx: 1.25, sz: 0.8 }),
  );
  for (const f of FINGERS) {
    const base = P(f.along, f.across, 0);
    let dir = norm(madd(d, l, Math.tan((f.spread * Math.PI) / 180)));
    // metacarpal ray inside the palm, so the knuckle region is full
    shapes.push(
      roundCone(P(0.08, f.across * 0.6, 0), base, 0.011 * rs, f.r * rs * 1.05, {
        k: 0.012,
        side: l,
        sx: 1.2,
        sz: 0.95,
      }),
    );
    let p = base;
    let r = f.r * rs;
    const flex = [6, 10, 8];
    const joints: V3[] = [base];
    for (let i = 0; i < 3; i++) {
      dir = norm(madd(dir, n, Math.tan((flex[i] * Math.PI) / 180)));
      const q = madd(p, dir, f.len[i] * HL);
      const r2 = r * (i === 2 ? 0.86 : 0.93);
      shapes.push(roundCone(p, q, r, r2, { k: 0.004, side: l, sx: 1, sz: 0.88 }));
      p = q;
      r = r2;
      joints.push(q);
    }
    const tip = madd(p, dir, r * 0.9);
    anchors[`${f.name}_tip`] = { p: tip, n: dir };
    // knuckle (dorsal MCP head) and the PIP joint
    bumps.push(pointBump(madd(base, n, -f.r * rs * 0.95), [0.0075, 0.0075, 0.006], 0.0022));
    bumps.push(pointBump(madd(joints[1], n, -r * 0.9), [0.006, 0.006, 0.005], 0.0012));
    {
      const knName = { index: 'knuckle_2', middle: 'knuckle_3', ring: 'knuckle_4', little: 'knuckle_5' }[
        f.name
      ];
      anchors[knName] = { p: madd(base, n, -f.r * rs), n: scale(n, -1) };
    }
  }
  // thumb
  const cmc = P(0.08, 0.15, 0.006);
  const seg = [
    { a: 30, pn: 0.25, len: 0.25, r: 0.0125 },
    { a: 12, pn: 0.15, len: 0.18, r: 0.0105 },
    { a: 5, pn: 0.08, len: 0.15, r: 0.0095 },
  ];
  let tp = cmc;
  const tj: V3[] = [cmc];
  let tdir: V3 = d;
  for (const sgm of seg) {
    const t = (sgm.a * Math.PI) / 180;
    tdir = norm(add(add(scale(d, Math.cos(t)), scale(l, Math.sin(t))), scale(n, sgm.pn)));
    const q = madd(tp, tdir, sgm.len * HL);
    shapes.push(
      roundCone(tp, q, sgm.r * rs, sgm.r * rs * 0.9, { k: sgm === seg[0] ? 0.012 : 0.004, side: n, sx: 0.9 }),
    );
    tp = q;
    tj.push(q);
  }
  anchors.thumb_tip = { p: madd(tp, tdir, 0.0085 * rs), n: tdir };
  const thumbDorsal = norm(cross(tdir, n));
  anchors.mcp_thumb = { p: madd(tj[1], l, 0.01 * rs), n: l };
  anchors.thumb_ip_dorsal = { p: madd(tj[2], l, 0.009 * rs), n: norm(add(l, thumbDorsal)) };
  // first web space
  shapes.push(
    ellipsoid(P(0.3, 0.2, 0.004), [0.09 * HL, 0.05 * HL, 0.007 * rs], {
      k: 0.01,
      axis: norm(madd(d, l, 0.3)),
      side: n,
    }),
  );
  // wrist creases (palmar) and dorsal tendons
  for (const dd of [-0.01, 0.02]) {
    bumps.push(
      curveBump(
        [P(dd, -0.2, 0.013 * rs), P(dd + 0.01, 0, 0.016 * rs), P(dd, 0.2, 0.013 * rs)],
        0.0022,
        -0.0007,
        0.25,
      ),
    );
  }
  anchors.wrist_crease_palmar = { p: P(-0.005, 0, 0.018 * rs), n };
  anchors.wrist_crease_dorsal = { p: P(-0.005, 0, -0.018 * rs), n: scale(n, -1) };
  anchors.radial_styloid = { p: P(-0.02, 0.15, 0), n: l };
  anchors.ulnar_styloid = { p: P(-0.02, -0.14, -0.008 * rs), n: norm(madd(scale(l, -1), n, -0.5)) };
  anchors.pisiform = { p: P(0.04, -0.12, 0.015 * rs), n };
  anchors.palm_centre = { p: P(0.36, 0.07, 0.015 * rs), n };
  anchors.metacarpal_base_1_2 = { p: P(0.14, 0.13, -0.012 * rs), n: scale(n, -1) };
  anchors.metacarpal_base_4_5 = { p: P(0.14, -0.12, -0.012 * rs), n: scale(n, -1) };
  bumps.push(pointBump(P(-0.02, 0.16, 0), [0.008, 0.008, 0.008], 0.0015));
  bumps.push(pointBump(P(-0.02, -0.15, -0.006), [0.007, 0.007, 0.007], 0.0018));
  return {
    shapes: shapes.flatMap(bilateral),
    bumps: bumps.flatMap(bilateralBump),
    anchors,
  };
}
