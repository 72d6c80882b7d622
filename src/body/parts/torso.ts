import type { Skeleton } from '../skeleton';
import { curveBump, pointBump, type Bump } from '../sdf/bumps';
import { bilateralBump } from '../sdf/mirror';
import { norm, type V3 } from '../sdf/vec';
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
  out.C6 = y.c7 + 0.16 * D2;
  out.C4 = y.c7 + 0.45 * D2;
  out.C2 = y.c7 + 0.75 * D2;
  // S2 lies on the line of the PSIS lower borders; the sacrum continues in ~2.2 cm steps
  out.S2 = L4 - 2.1 * ((L4 - T12) / 4) - 0.006 * s;
  return out;
}

/** Surface anatomy of the trunk and neck: furrows, ridges, dents, and the trunk's landmark seeds. */
export function torsoDetails(k: Skeleton): Part {
  const { s, y, zc, acromion: acr } = k;
  const f = k.female;
  const bc = k.H / 75;
  const bumps: Bump[] = [];
  const anchors: Anchors = {};
  const r = (p: V3, n: V3) => ({ p, n: norm(n) });
  const front: V3 = [0, 0, 1];
  const back: V3 = [0, 0, -1];
  const zF = zc + 0.1 * s;
  const zB = zc - 0.1 * s;
  const sp = spinousHeights(k);
  for (const [name, yy] of Object.entries(sp)) {
    if (name === 'S2') continue;
    anchors[`spinous.${name}`] = r([0, yy, zB], back);
  }
  // neck
  anchors.laryngeal_prominence = r([0, y.chin - (f ? 0.014 : 0.018) * s, zc + 0.06 * s], front);
  bumps.push(pointBump(anchors.laryngeal_prominence.p, [0.01 * s, 0.014 * s, 0.03 * s], f ? 0.0015 : 0.005));
  anchors.scm_anterior_thyroid = r(
    [0.032 * s, anchors.laryngeal_prominence.p[1], zc + 0.04 * s],
    [0.6, 0, 1],
  );
  // sternum
  const ySt = (i: number) => y.ssn - (0.035 + 0.036 * (i - 1)) * s;
  anchors.suprasternal_notch = r([0, y.ssn, zF], front);
  bumps.push(pointBump([0, y.ssn + 0.008 * s, zc + 0.065 * s], [0.014 * s, 0.014 * s, 0.03 * s], -0.005));
  anchors.sternal_angle = r([0, y.ssn - 0.05 * s, zF], front);
  for (let i = 1; i <= 5; i++) anchors[`sternum_ics_${i}`] = r([0, ySt(i), zF], front);
  const yXi = y.ssn - 9 * bc * 0.95;
  anchors.xiphisternal_junction = r([0, yXi, zF], front);
  anchors.umbilicus = r([0, y.navel, zF], front);
  bumps.push(pointBump([0, y.navel, zc + 0.13 * s], [0.008 * s, 0.009 * s, 0.05 * s], -0.007));
  const yPub = y.navel - 5 * bc;
  anchors.pubic_symphysis = r([0, yPub, zF], front);
  anchors.perineum = r([0, y.crotch, zc], [0, -1, 0]);
  // midline furrows: sternum, linea alba, spine, gluteal cleft
  bumps.push(
    curveBump(
      [
        [0, y.ssn - 0.01 * s, zF],
        [0, yXi, zF + 0.01 * s],
      ],
      0.018 * s,
      -0.002,
      0.2,
    ),
  );
  bumps.push(
    curveBump(
      [
        [0, yXi, zF + 0.02 * s],
        [0, y.navel + 0.02 * s, zF + 0.04 * s],
      ],
      0.01 * s,
      -0.0015,
      0.2,
    ),
  );
  bumps.push(
    curveBump(
      [
        [0, sp.T1, zB],
        [0, sp.T7, zB - 0.01 * s],
        [0, sp.L3, zB + 0.02 * s],
        [0, sp.S2, zB],
      ],
      0.022 * s,
      -0.005,
      0.15,
    ),
  );
  bumps.push(pointBump([0, y.c7, zc - 0.07 * s], [0.012 * s, 0.012 * s, 0.03 * s], 0.003));
  bumps.push(
    curveBump(
      [
        [0, sp.S2 - 0.05 * s, zB],
        [0, y.crotch + 0.01 * s, zc - 0.05 * s],
      ],
      0.012 * s,
      -0.01,
      0.2,
    ),
  );
  // erector spinae ridges
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          [0.028 * s, sp.T8, zB],
          [0.03 * s, sp.L2, zB + 0.02 * s],
          [0.028 * s, sp.S2, zB],
        ],
        0.018 * s,
        0.004,
        0.3,
      ),
    ),
  );
  // scapulae: spine, medial border, inferior angle, the plate
  const xMed = 3 * bc;
  const spineMed: V3 = [xMed, sp.T3, zB];
  const infAngle: V3 = [xMed + 0.02 * s, sp.T7, zB];
  anchors.scapula_spine_medial = r(spineMed, back);
  anchors.scapula_medial_border = r([xMed, sp.T3 - 0.002 * s, zB], back);
  anchors.scapula_inferior_angle = r(infAngle, back);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          spineMed,
          [acr[0] - 0.06 * s, acr[1] - 0.02 * s, zc - 0.09 * s],
          [acr[0] - 0.015 * s, acr[1] - 0.004 * s, acr[2] - 0.02 * s],
        ],
        0.012 * s,
        0.0035,
        0.2,
      ),
    ),
  );
  bumps.push(
    ...bilateralBump(
      curveBump([[xMed + 0.004 * s, sp.T1 + 0.01 * s, zB], spineMed, infAngle], 0.01 * s, 0.0025, 0.2),
    ),
  );
  bumps.push(
    ...bilateralBump(
      pointBump([xMed + 0.045 * s, (sp.T3 + sp.T7) / 2, zB], [0.05 * s, 0.075 * s, 0.06 * s], 0.004),
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
  bumps.push(...bilateralBump(curveBump(clav, 0.009 * s, 0.004, 0.1)));
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
  anchors.sternoclavicular = r([0.022 * s, y.ssn + 0.006 * s, zF], front);
  anchors.clavicle_mid = r([0.08 * s, y.ssn + 0.003 * s, zF], front);
  anchors.supraclavicular_fossa = r([0.07 * s, y.ssn + 0.032 * s, zF], [0, 0.5, 1]);
  anchors.coracoid = r([acr[0] - 0.045 * s, acr[1] - 0.04 * s, zF], front);
  // chest
  const nip: V3 = f ? [0.094 * s, y.nipple, zF + 0.1] : [4 * bc, y.nipple, zF];
  anchors.nipple = r(nip, front);
  anchors.costal_margin_midclavicular = r([0.09 * s, yXi - 0.045 * s, zF], [0.3, -0.2, 1]);
  anchors.rib11_tip = r([0.15 * s, y.navel + 0.055 * s, zc - 0.03 * s], [1, 0, -0.3]);
  anchors.rib12_tip = r([0.11 * s, y.navel + 0.04 * s, zc - 0.07 * s], [0.6, 0, -1]);
  // pelvis: iliac crest, ASIS, PSIS, inguinal groove, sacrum
  const crestTop: V3 = [(f ? 0.14 : 0.135) * s, y.iliac, zc - 0.02 * s];
  const asis: V3 = [(f ? 0.112 : 0.1) * s, y.iliac - 0.05 * s, zF];
  const psisY = sp.S2 + 0.008 * s;
  const psis: V3 = [0.042 * s, psisY, zB];
  anchors.iliac_crest_top = r(crestTop, [1, 0.2, -0.3]);
  anchors.asis = r(asis, [0.3, 0, 1]);
  anchors.psis = r(psis, back);
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          [asis[0], asis[1], zc + 0.06 * s],
          [crestTop[0] + 0.01 * s, crestTop[1], zc + 0.02 * s],
          [crestTop[0] - 0.01 * s, crestTop[1] - 0.01 * s, zc - 0.05 * s],
          [0.07 * s, psisY + 0.02 * s, zB],
        ],
        0.012 * s,
        0.0025,
        0.15,
      ),
    ),
  );
  bumps.push(
    ...bilateralBump(pointBump([psis[0], psis[1], zc - 0.08 * s], [0.01 * s, 0.01 * s, 0.04 * s], -0.004)),
  );
  bumps.push(...bilateralBump(pointBump(asis, [0.015 * s, 0.015 * s, 0.06 * s], 0.002)));
  const pubTub: V3 = [0.025 * s, yPub + 0.004 * s, zF];
  anchors.pubic_tubercle = r(pubTub, front);
  anchors.inguinal_mid = r(
    [(asis[0] + pubTub[0]) / 2, (asis[1] + pubTub[1]) / 2 - 0.01 * s, zF],
    [0.3, 0, 1],
  );
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          [asis[0] - 0.005 * s, asis[1] - 0.01 * s, zc + 0.08 * s],
          [0.06 * s, yPub + 0.005 * s, zc + 0.08 * s],
          [0.03 * s, y.crotch + 0.015 * s, zc + 0.07 * s],
        ],
        0.01 * s,
        -0.003,
        0.25,
      ),
    ),
  );
  for (let i = 1; i <= 4; i++) {
    const yy = sp.S2 + 0.022 * s * (2 - i);
    anchors[`sacral_foramen_${i}`] = r([(0.026 - 0.002 * i) * s, yy, zB], back);
  }
  anchors.sacral_hiatus = r([0, sp.S2 - 0.07 * s, zB], back);
  anchors.coccyx_tip = r([0, sp.S2 - 0.105 * s, zB], back);
  // gluteal folds
  bumps.push(
    ...bilateralBump(
      curveBump(
        [
          [0.015 * s, y.crotch + 0.005 * s, zc - 0.06 * s],
          [0.07 * s, y.crotch - 0.01 * s, zc - 0.09 * s],
          [0.13 * s, y.crotch + 0.02 * s, zc - 0.06 * s],
        ],
        0.007 * s,
        -0.003,
        0.3,
      ),
    ),
  );
  return { shapes: [], bumps, anchors };
}
