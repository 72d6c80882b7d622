import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, readBody, type BodyFiles } from '../../src/cli/bodyFiles';
import { DERMATOME_LEVELS, labelDermatomes } from '../../src/core/dermatomes';
import type { Vec3 } from '../../src/core/vec';
import { skinBelow } from '../body/skinParts';

/**
 * Dermatome labels keep to their limb: the fingertips carry the cervical levels ISNCSCI gives them (thumb C6, middle
 * finger C7, little finger C8), no skin of the forearm or hand carries a lumbar or sacral level, and no skin of the
 * leg a cervical one, although each hand hangs a few centimetres from its thigh. The arm and the leg are found here
 * by the mesh alone (skin joined by edges below the elbow, or below the crotch), not by the labelling's own rules.
 */
describe.each(listBodies())('dermatomes keep to their limb on the %s body', (id) => {
  let body: BodyFiles;
  let labels: Int8Array;
  let P: Float32Array;

  beforeAll(async () => {
    body = await readBody(id);
    P = body.meshes.skin.positions as Float32Array;
    labels = labelDermatomes(P, body.landmarks, body.meshes.skin.indices);
  });

  const level = (i: number) => DERMATOME_LEVELS[labels[i]] ?? 'none';
  const near = (p: Vec3, r: number) => {
    const out: number[] = [];
    for (let i = 0; i < P.length / 3; i++)
      if (Math.hypot(P[3 * i] - p[0], P[3 * i + 1] - p[1], P[3 * i + 2] - p[2]) < r) out.push(i);
    return out;
  };

  /** The skin joined by mesh edges to the vertex nearest `seed` without rising above `top`. */
  const joinedBelow = (seed: Vec3, top: number) => [...skinBelow(body.meshes.skin, seed, top).vertices];

  it.each(['L', 'R'])('labels the fingertips of the %s hand C6, C7 and C8 as ISNCSCI does', (side) => {
    const want: Record<string, string[]> = {
      thumb_tip: ['C6'],
      index_tip: ['C6', 'C7'],
      middle_tip: ['C7'],
      ring_tip: ['C7', 'C8'],
      little_tip: ['C8'],
    };
    for (const [tip, levels] of Object.entries(want)) {
      const around = near(body.landmarks[`${tip}.${side}`], 0.01);
      expect(around.length, tip).toBeGreaterThan(5);
      for (const i of around) expect(levels, `${tip}.${side}`).toContain(level(i));
    }
  });

  it.each(['L', 'R'])('gives no lumbar or sacral level to the %s forearm and hand', (side) => {
    const elbow = body.landmarks[`lateral_epicondyle.${side}`][1];
    const arm = joinedBelow(body.landmarks[`middle_tip.${side}`], elbow);
    expect(arm.length).toBeGreaterThan(500);
    const wrong = arm.filter((i) => /^[LS]/.test(level(i)));
    expect(wrong.map((i) => `${level(i)} at ${P.slice(3 * i, 3 * i + 3).join(',')}`).slice(0, 5)).toEqual([]);
  });

  it.each(['L', 'R'])('gives no cervical or upper thoracic level to the %s leg below the crotch', (side) => {
    const crotch = body.landmarks.perineum[1] - 0.03;
    const leg = joinedBelow(body.landmarks[`second_toe_tip.${side}`], crotch);
    expect(leg.length).toBeGreaterThan(1000);
    const wrong = leg.filter((i) => /^(C|T1$|T2$)/.test(level(i)));
    expect(wrong.map((i) => `${level(i)} at ${P.slice(3 * i, 3 * i + 3).join(',')}`).slice(0, 5)).toEqual([]);
  });
});
