import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateralBump } from '../sdf/mirror';
import { norm, type V3 } from '../sdf/vec';
import type { Snap } from '../sdf/snap';
import type { Anchors, Part } from './part';

/** Heights of the spinous processes from the vertebral-level rules (reference-facts §1). */
export function spinousHeights(k: Skeleton): Record<string, number> {
  const { y, s } = k;
  const D = y.c7 - y.iliac;
  const out: Record<string, number> = { C7: y.c7 };
  const T3 = y.c7 - 0.205 * D;
  const T7 = y.c7 - 0.43 * D;
  const L4 = y.iliac;
  const T12 = (T7 + L4) / 2;
  for (let i = 1; i <= 3; i++) out[`T${i}`] = y.c7 + ((T3 - y.c7) * i) / 3;
  for (let i = 4; i <= 7; i++) out[`T${i}`] = T3 + ((T7 - T3) * (i - 3)) / 4;
  for (let i = 8; i <= 12; i++) out[`T${i}`] = T7 + ((T12 - T7) * (i - 7)) / 5;
  for (let i = 1; i <= 4; i++) out[`L${i}`] = T12 + ((L4 - T12) * i) / 4;
  out.L5 = L4 - (T12 - L4) / -4 - 0.0 * s;
  out.L5 = L4 + (L4 - T12) / 4;
  const D2 = k.y.pupil - 0.01 * s - y.c7;
  out.C6 = y.c7 + 0.13 * D2;
  out.C4 = y.c7 + 0.37 * D2;
  out.C2 = y.c7 + 0.6 * D2;
  // S2 lies on the line of the PSIS lower borders; the sacrum continues in ~2.2 cm steps
  out.S2 = L4 + 2.1 * ((L4 - T12) / 4) - 0.006 * s;
  return out;
}

/**
 * Heights of the sacral landmarks, stepped down from the skin over the L5 spinous process (1.70 m body: the
 * first posterior foramen 2.5 cm below it, then 1.9, 1.7, 1.5 cm between the foramina and 1.4 cm on to the
 * hiatus, 9 cm from L5 in all; MRI gives 7–8 cm from L5 to the hiatus in women, 8–9 cm in men). The PSIS
 * stands between the first and second foramina, its lower border on the level of the second (WHO: S2 on the
 * line of the PSIS lower borders), so BL27 falls a little above and medial to it and BL28 below and medial.
 */
export function sacralHeights(k: Skeleton): {
  foramen: number[];
  psis: number;
  hiatus: number;
  coccyx: number;
} {
  const s = k.s;
  const L5 = spinousHeights(k).L5;
  const foramen = [L5 - 0.025 * s];
  for (const step of [0.019, 0.017, 0.015]) foramen.push(foramen[foramen.length - 1] - step * s);
  const hiatus = foramen[3] - 0.014 * s;
  return { foramen, psis: foramen[1] + 0.6 * (foramen[0] - foramen[1]), hiatus, coccyx: hiatus - 0.045 * s };
}

/** Height of the midline of the i-th intercostal space at the sternum (i = 1…5). */
export function sternumIcsY(k: Skeleton, i: number): number {
  return k.y.ssn - (0.035 + 0.036 * (i - 1)) * k.s;
}

/**
 * Height of the nipple: WHO places the male nipple in the 4th intercostal space, so the male nipple is level
 * with it at the sternum; the female nipple sits lower on the breast, here over the 5th rib, halfway to the
 * 5th space (WHO notes the female nipple is no reliable landmark for the intercostal levels).
 */
export function nippleHeight(k: Skeleton): number {
  const ics4 = sternumIcsY(k, 4);
  return k.female ? (ics4 + sternumIcsY(k, 5)) / 2 : ics4;
}

/** Surface anatomy of the trunk and neck: furrows, ridges, dents, and the trunk's landmark seeds. */
export function torsoDetails(k: Skeleton, snap: Snap): Part {
  const { s, y, zc, acromion: acr } = k;
  const f = k.female;
  const bc = k.H / 75;
  const bumps: Bump[] = [];
  const anchors: Anchors = {};
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const front: V3 = [0, 0, 1];
  const back: V3 = [0, 0, -1];
  /** The skin point straight behind / in front of the body's axis at (x, y). */
  const B = (x: number, yy: number): V3 => snap([x, yy, zc], back);
  const Fr = (x: number, yy: number): V3 => snap([x, yy, zc], front);
  const sp = spinousHeights(k);
  for (const [name, yy] of Object.entries(sp)) {
    if (name === 'S2') continue;
    anchors[`spinous.${name}`] = r(B(0, yy), back);
  }
  // neck
  anchors.laryngeal_prominence = r([0, y.chin - (f ? 0.014 : 0.018) * s, zc + 0.06 * s], front);
  bumps.push(pointBump(anchors.laryngeal_prominence.p, [0.01 * s, 0.014 * s, 0.03 * s], f ? 0.0015 : 0.005));
  anchors.scm_anterior_thyroid = r(
    [0.032 * s, anchors.laryngeal_prominence.p[1], zc + 0.04 * s],
    [0.6, 0, 1],
  );
  // sternum
  const ySt = (i: number) => sternumIcsY(k, i);
  anchors.suprasternal_notch = r(Fr(0, y.ssn), front);
  bumps.push(pointBump([0, y.ssn + 0.008 * s, zc + 0.065 * s], [0.014 * s, 0.014 * s, 0.03 * s], -0.005));
  anchors.sternal_angle = r(Fr(0, y.ssn - 0.05 * s), front);
  for (let i = 1; i <= 5; i++) anchors[`sternum_ics_${i}`] = r(Fr(0, ySt(i)), front);
  const yXi = y.ssn - 9 * bc * 0.95;
  anchors.xiphisternal_junction = r(Fr(0, yXi), front);
  anchors.umbilicus = r(Fr(0, y.navel), front);
  bumps.push(pointBump([0, y.navel, zc + 0.13 * s], [0.008 * s, 0.009 * s, 0.05 * s], -0.007));
  const yPub = y.navel - 5 * bc;
  anchors.pubic_symphysis = r(Fr(0, yPub), front);
  anchors.perineum = r([0, y.crotch, zc], [0, -1, 0]);
  // midline furrows: sternum, linea alba, spine, gluteal cleft
  bumps.push(curveBump([Fr(0, y.ssn - 0.01 * s), Fr(0, yXi)], 0.018 * s, -0.002, 0.2));
  bumps.push(curveBump([Fr(0, yXi), Fr(0, y.navel + 0.02 * s)], 0.01 * s, -0.0015, 0.2));
  bumps.push(curveBump([B(0, sp.T1), B(0, sp.T7), B(0, sp.L3), B(0, sp.S2)], 0.022 * s, -0.005, 0.15));
  bumps.push(pointBump([0, y.c7, zc - 0.07 * s], [0.012 * s, 0.012 * s, 0.03 * s], 0.003));
  bumps.push(
    curveBump([B(0, sp.S2 - 0.05 * s), [0, y.crotch + 0.01 * s, zc - 0.05 * s]], 0.012 * s, -0.01, 0.2),
  );
  // erector spinae ridges
  bumps.push(
    ...bilateralBump(
      curveBump([B(0.028 * s, sp.T8), B(0.03 * s, sp.L2), B(0.028 * s, sp.S2)], 0.018 * s, 0.004, 0.3),
    ),
  );
  // scapulae: spine, medial border, inferior angle, the plate
  const xMed = 3 * bc;
  const spineMed: V3 = B(xMed, sp.T3);
  const infAngle: V3 = B(xMed + 0.02 * s, sp.T7);
  anchors.scapula_spine_medial = r(spineMed, back);
  anchors.scapula_medial_border = r(B(xMed, sp.T3 - 0.002 * s), back);
  anchors.scapula_inferior_angle = r(infAngle, back);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          spineMed,
          snap([acr[0] - 0.06 * s, acr[1] - 0.02 * s, zc], [0, 0.3, -1]),
          snap([acr[0] - 0.02 * s, acr[1] - 0.006 * s, acr[2]], [0.3, 0.6, -1]),
        ],
        0.012 * s,
        0.0045,
        0.2,
      ),
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump([B(xMed + 0.004 * s, sp.T1 + 0.01 * s), spineMed, infAngle], 0.01 * s, 0.0035, 0.2),
    ),
  );
  bumps.push(
    ...bilateralBump(
      pointBump(B(xMed + 0.045 * s, (sp.T3 + sp.T7) / 2), [0.05 * s, 0.075 * s, 0.03 * s], 0.006),
    ),
  );
  bumps.push(...bilateralBump(pointBump(infAngle, [0.014 * s, 0.014 * s, 0.03 * s], 0.002)));
  // clavicles and the fossa above them
  const clav: V3[] = [
    [0.02 * s, y.ssn + 0.004 * s, zc + 0.065 * s],
    [0.065 * s, y.ssn + 0.01 * s, zc + 0.06 * s],
    [0.11 * s, y.ssn + 0.018 * s, zc + 0.035 * s],
    [acr[0] - 0.015 * s, acr[1] - 0.006 * s, acr[2] + 0.012 * s],
  ];
  bumps.push(
    ...bilateralBump(
      curveBump(
        clav.map((p) => snap(p, [0, 0.35, 1])),
        0.009 * s,
        0.004,
        0.1,
      ),
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          [0.045 * s, y.ssn + 0.03 * s, zc + 0.03 * s],
          [0.09 * s, y.ssn + 0.035 * s, zc + 0.02 * s],
        ],
        0.014 * s,
        -0.004,
        0.35,
      ),
    ),
  );
  anchors.sternoclavicular = r(Fr(0.022 * s, y.ssn + 0.006 * s), front);
  // midway along the clavicle, on its lower border (the bone rises a little toward the acromion)
  anchors.clavicle_mid = r(Fr((0.022 * s + acr[0]) / 2, (y.ssn + acr[1]) / 2 - 0.006 * s), front);
  anchors.supraclavicular_fossa = r(Fr(0.07 * s, y.ssn + 0.032 * s), [0, 0.5, 1]);
  // in the deltopectoral groove, about 2.5 cm below the lateral third of the clavicle
  anchors.coracoid = r(Fr(acr[0] - 0.045 * s, acr[1] - 0.028 * s), front);
  // chest
  const yNip = nippleHeight(k);
  const nip: V3 = f ? snap([0.083 * s, yNip, zc + 0.1 * s], front) : Fr(4 * bc, yNip);
  anchors.nipple = r(nip, front);
  bumps.push(...bilateralBump(pointBump(nip, [0.0055 * s, 0.0055 * s, 0.012 * s], 0.0035)));
  bumps.push(
    ...bilateralBump(pointBump(nip, [(f ? 0.02 : 0.014) * s, (f ? 0.02 : 0.014) * s, 0.012 * s], 0.0009)),
  );
  anchors.costal_margin_midclavicular = r(Fr(0.09 * s, yXi - 0.045 * s), [0.3, -0.2, 1]);
  anchors.rib11_tip = r([0.15 * s, y.navel + 0.055 * s, zc - 0.03 * s], [1, 0, -0.3]);
  anchors.rib12_tip = r([0.11 * s, y.navel + 0.04 * s, zc - 0.07 * s], [0.6, 0, -1]);
  // pelvis: iliac crest, ASIS, PSIS, inguinal groove, sacrum
  const crestTop: V3 = [(f ? 0.14 : 0.135) * s, y.iliac, zc - 0.02 * s];
  // the ASIS level with CV4, 3 of the 5 B-cun from the navel to the symphysis (WHO builds GB27 there, just medial
  // to it): about 8 cm below the crest top on both bodies, 0.56 of stature
  const asis: V3 = Fr((f ? 0.112 : 0.1) * s, y.navel - 3 * bc);
  const sacrum = sacralHeights(k);
  const psisY = sacrum.psis;
  const psis: V3 = B(0.042 * s, psisY);
  anchors.iliac_crest_top = r(crestTop, [1, 0.2, -0.3]);
  anchors.asis = r(asis, [0.3, 0, 1]);
  anchors.psis = r(psis, back);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          asis,
          snap([crestTop[0], crestTop[1], zc + 0.03 * s], [1, 0.1, 0.4]),
          snap([crestTop[0] - 0.02 * s, crestTop[1] - 0.005 * s, zc - 0.04 * s], [0.6, 0.1, -1]),
          B(0.07 * s, psisY + 0.02 * s),
        ],
        0.012 * s,
        0.0025,
        0.15,
      ),
    ),
  );
  bumps.push(...bilateralBump(pointBump(psis, [0.01 * s, 0.01 * s, 0.012 * s], -0.004)));
  bumps.push(...bilateralBump(pointBump(asis, [0.025 * s, 0.025 * s, 0.02 * s], 0.0015)));
  const pubTub: V3 = Fr(0.025 * s, yPub + 0.004 * s);
  anchors.pubic_tubercle = r(pubTub, front);
  anchors.inguinal_mid = r(Fr((asis[0] + pubTub[0]) / 2, (asis[1] + pubTub[1]) / 2 - 0.01 * s), [0.3, 0, 1]);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          snap([asis[0] - 0.01 * s, asis[1] - 0.012 * s, zc], [0.3, 0, 1]),
          snap([0.06 * s, yPub + 0.005 * s, zc], [0.3, 0, 1]),
          snap([0.035 * s, y.crotch + 0.015 * s, zc], [0.3, -0.3, 1]),
        ],
        0.01 * s,
        -0.003,
        0.25,
      ),
    ),
  );
  for (let i = 1; i <= 4; i++) {
    anchors[`sacral_foramen_${i}`] = r(B((0.026 - 0.002 * i) * s, sacrum.foramen[i - 1]), back);
  }
  anchors.sacral_hiatus = r(B(0, sacrum.hiatus), back);
  anchors.coccyx_tip = r(B(0, sacrum.coccyx), back);
  // gluteal folds
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          snap([0.02 * s, y.crotch + 0.004 * s, zc], [0, -0.4, -1]),
          snap([0.07 * s, y.crotch - 0.01 * s, zc], [0, -0.4, -1]),
          snap([0.125 * s, y.crotch + 0.015 * s, zc], [0.3, -0.4, -1]),
        ],
        0.007 * s,
        -0.003,
        0.3,
      ),
    ),
  );
  return { shapes: [], bumps, anchors };
}
