import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePoints } from '../../src/core/atlas';
import type { ResolvedSite } from '../../src/core/sites';
import type { MeshArrays } from '../../src/core/surface';
import { createSurface, type BvhSurface } from '../../src/mesh/surface';
import { distance, type Vec3 } from '../../src/core/vec';
import { listBodies, readBody } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';

/**
 * The face of the shipped bodies (issue 12), measured on the stored meshes and landmarks.
 * Norms (docs/bodies.md, "The face"): intercanthal width of adults of European descent 31.4 ± 2.5 mm (pooled
 * analysis of 67 studies, PMC9029890); Farkas et al. 1985 (Plast Reconstr Surg 75:328) tested the neoclassical canons
 * on young North American adults: intercanthal width ≈ nose width (the canon held most often), eye fissure ≈
 * intercanthal width, mouth width ≈ 1.5 × nose width (wider in 60 %), nose width ≈ ¼ face width, and the nose
 * (nasion–subnasale) shorter than the lower face (subnasale–gnathion).
 */
const mm = 1000;

describe.each(listBodies())('the face of the %s body', (id) => {
  let L: Record<string, Vec3>;
  let skin: BvhSurface;
  let ear: MeshArrays;
  let site: Map<string, ResolvedSite>;
  const x2 = (name: string) => 2 * L[`${name}.L`][0] * mm;
  /** Depth (z) of the skin seen from the front at (x, y), the crossing nearest to `z0`. */
  const frontZ = (x: number, y: number, z0: number) =>
    skin.projectAlong([x, y, z0], [0, 0, 1], 0.03)?.[2] ?? NaN;

  beforeAll(async () => {
    const body = await readBody(id);
    L = body.landmarks;
    const m = body.meshes.skin;
    skin = createSurface(m);
    ear = body.meshes['ear.L'];
    const atlas = resolvePoints(createSurface(body.meshes.skin), L, atlasData.points);
    site = new Map(atlas.sites.map((s) => [s.id, s]));
  }, 120_000);

  it('has the intercanthal width of adult norms and the canons’ horizontal proportions', () => {
    const enEn = x2('inner_canthus');
    const exEn = (L['outer_canthus.L'][0] - L['inner_canthus.L'][0]) * mm;
    const alAl = x2('nose_ala');
    const chCh = x2('mouth_corner');
    const zyZy = x2('zygomatic_arch');
    expect(enEn).toBeGreaterThan(31.4 - 2 * 2.5);
    expect(enEn).toBeLessThan(31.4 + 2 * 2.5);
    expect(enEn / alAl).toBeGreaterThan(0.85);
    expect(enEn / alAl).toBeLessThan(1.1);
    expect(enEn / exEn).toBeGreaterThan(0.9);
    expect(enEn / exEn).toBeLessThan(1.25);
    expect(chCh / alAl).toBeGreaterThan(1.4);
    expect(chCh / alAl).toBeLessThan(1.7);
    expect(alAl / zyZy).toBeGreaterThan(0.22);
    expect(alAl / zyZy).toBeLessThan(0.3);
  });

  it('has a nose shorter than the lower face', () => {
    const nSn = L.nasion[1] - L['nose_ala.L'][1];
    const snGn = L['nose_ala.L'][1] - L.chin[1];
    expect(nSn).toBeLessThan(snGn);
    expect(nSn / snGn).toBeGreaterThan(0.6);
  });

  it('has open eyes: each lid margin stands in front of the eyeball just inside the opening', () => {
    const [x, y, z] = L['pupil.L'];
    const s = L['inner_canthus.L'][0] / 0.016; // ≈ the body's width scale (face.ts: canthus at 16 mm × s)
    const span = (from: number, to: number, pick: typeof Math.max) => {
      let v = pick === Math.max ? -Infinity : Infinity;
      for (let dy = from; dy <= to + 1e-9; dy += 0.0005) v = pick(v, frontZ(x, y + dy * s, z));
      return v;
    };
    // face.ts: the opening rises 6.4 mm × s above and falls 4.6 mm × s below the chord through the pupil
    const upperLid = span(0.007, 0.0095, Math.max);
    const upperEye = span(0.0035, 0.0055, Math.min);
    const lowerLid = span(-0.0075, -0.005, Math.max);
    const lowerEye = span(-0.004, -0.002, Math.min);
    expect((upperLid - upperEye) * mm).toBeGreaterThan(0.6);
    expect((lowerLid - lowerEye) * mm).toBeGreaterThan(0.4);
  });

  it('puts the mentolabial sulcus in a hollow between the lower lip and the chin', () => {
    const sulcus = L.mentolabial_sulcus;
    expect(L.lower_lip[2] - sulcus[2]).toBeGreaterThan(0.004);
    expect(L.chin[2] - sulcus[2]).toBeGreaterThan(0.0);
    expect(sulcus[1]).toBeLessThan(L.lower_lip[1]);
    expect(sulcus[1]).toBeGreaterThan(L.chin[1]);
  });

  it('puts the face points on the features: BL1 at the inner canthus, ST1 under the pupil, LI20 by the ala', () => {
    const bl1 = site.get('BL1.L')!.position;
    expect(distance(bl1, L['inner_canthus.L']) * mm).toBeLessThan(4);
    expect(bl1[0]).toBeLessThan(L['inner_canthus.L'][0]);
    const st1 = site.get('ST1.L')!.position;
    expect(Math.abs(st1[0] - L['pupil.L'][0]) * mm).toBeLessThan(3);
    expect(st1[1]).toBeLessThan(L['pupil.L'][1] - 0.006); // below the lower lid margin
    expect(st1[1]).toBeGreaterThan(L['infraorbital_margin.L'][1]); // above the bony rim
    // LI20 in the groove where the ala meets the cheek: where the skin, going out from the alare at its height,
    // stops dropping steeply
    const li20 = site.get('LI20.L')!.position;
    const ala = L['nose_ala.L'];
    let creaseX = NaN;
    for (let dx = -0.001; dx < 0.01; dx += 0.0005) {
      const a = frontZ(ala[0] + dx, ala[1], ala[2]);
      const b = frontZ(ala[0] + dx + 0.001, ala[1], ala[2]);
      if (a - b < 1.5 / mm) {
        creaseX = ala[0] + dx;
        break;
      }
    }
    expect(Math.abs(li20[0] - creaseX) * mm).toBeLessThan(3);
    expect(Math.abs(li20[1] - ala[1]) * mm).toBeLessThan(3);
    expect((ala[2] - li20[2]) * mm).toBeGreaterThan(4); // behind the alare, off the ala
    const cv24 = site.get('CV24')!.position;
    expect(distance(cv24, L.mentolabial_sulcus) * mm).toBeLessThan(3);
    const gv26 = site.get('GV26')!.position;
    expect(gv26[1]).toBeGreaterThan(L.lower_lip[1]);
    expect(gv26[1]).toBeLessThan(L['nose_ala.L'][1]);
  });

  it('puts GV16 just under the external occipital protuberance, GV15 below it and GB20 level with it', () => {
    const eop = L.external_occipital_protuberance;
    const gv16 = site.get('GV16')!.position;
    const drop = (eop[1] - gv16[1]) * mm;
    expect(drop).toBeGreaterThan(4);
    expect(drop).toBeLessThan(16);
    expect(Math.abs(gv16[0]) * mm).toBeLessThan(2);
    expect(site.get('GV15')!.position[1]).toBeLessThan(gv16[1] - 0.008);
    // GB20 level with GV16 (WHO) and straight below GB19
    const gb20 = site.get('GB20.L')!.position;
    expect(Math.abs(gb20[1] - gv16[1]) * mm).toBeLessThan(2);
    expect(Math.abs(gb20[0] - site.get('GB19.L')!.position[0]) * mm).toBeLessThan(3);
  });

  it('puts the tragus landmark at the front of the ear as it stands out of the skin, GB2 and SI19 just in front', () => {
    const t = L['tragus.L'];
    let front = -Infinity;
    const p = ear.positions;
    for (let i = 0; i < p.length; i += 3) {
      if (Math.abs(p[i + 1] - t[1]) > 0.006) continue;
      const q: [number, number, number] = [p[i], p[i + 1], p[i + 2]];
      if (skin.closest(q).distance < 0.0015) continue; // buried in, or flush with, the skin: not seen
      front = Math.max(front, q[2]);
    }
    expect(Math.abs(front - t[2]) * mm).toBeLessThan(1.5);
    const gb2 = site.get('GB2.L')!.position;
    const si19 = site.get('SI19.L')!.position;
    expect((gb2[2] - front) * mm).toBeGreaterThan(0);
    expect((gb2[2] - front) * mm).toBeLessThan(12);
    expect((si19[2] - front) * mm).toBeGreaterThan(0);
    expect((si19[2] - front) * mm).toBeLessThan(12);
  });

  it('has the five tongue and nasal-mucosa points as schematic markers off the skin', () => {
    const codes = ['EX-HN9', 'EX-HN10', 'EX-HN11', 'EX-HN12', 'EX-HN13'];
    for (const c of codes) {
      const sites = [...site.values()].filter((s) => s.code === c);
      expect(sites.length, c).toBeGreaterThan(0);
      for (const s of sites) expect(s.onSkin, s.id).toBe(false);
    }
    const extra = new Set([...site.values()].filter((s) => s.layer === 'extra').map((s) => s.code));
    expect(extra.size).toBe(48);
    // the nostril marker under the nose, the tongue markers at the mouth
    expect(site.get('EX-HN9.L')!.position[1]).toBeLessThan(L.nose_tip[1]);
    for (const c of codes.slice(1)) {
      const q = site.get(c)!.position;
      expect(q[1]).toBeLessThan(L.philtrum[1]);
      expect(q[1]).toBeGreaterThan(L.mentolabial_sulcus[1]);
    }
  });
});
