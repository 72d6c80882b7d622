import { beforeAll, describe, expect, it } from 'vitest';
import { channelLines, resolvePoints, type Atlas } from '../../src/core/atlas';
import { createResolver } from '../../src/core/atlas';
import { parsePointRef } from '../../src/core/refs';
import type { ResolvedSite } from '../../src/core/sites';
import { walkTo } from '../../src/core/skinWalk';
import type { MeshArrays } from '../../src/core/surface';
import { createSurface, type Surface } from '../../src/mesh/surface';
import { UNIT_SEGMENTS } from '../../src/core/units';
import { distance, dot, mirrorX, normalize, sub, type Vec3 } from '../../src/core/vec';
import { readBody, listBodies } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { insideTest, skinBelow } from '../body/skinParts';
import { allRelations } from '../relations';
import type { Relation } from '../relations/types';

const bodies = listBodies();

describe.each(bodies)('the channel atlas on the %s body', (id) => {
  let surface: Surface;
  let landmarks: Record<string, Vec3>;
  let atlas: Atlas;
  let byId: Map<string, ResolvedSite>;
  let skin: MeshArrays;

  beforeAll(async () => {
    const body = await readBody(id);
    skin = body.meshes.skin;
    surface = createSurface(body.meshes.skin);
    landmarks = body.landmarks;
    atlas = resolvePoints(surface, landmarks, atlasData.points);
    byId = new Map(atlas.sites.map((s) => [s.id, s]));
  });

  it('resolves every recipe without error', () => {
    expect(atlas.errors).toEqual([]);
  });

  it('has 670 meridian sites for the 361 channel points', () => {
    const meridian = atlas.sites.filter((s) => s.layer === 'meridian');
    expect(meridian).toHaveLength(670);
    expect(new Set(meridian.map((s) => s.code)).size).toBe(361);
    expect(new Set(atlas.sites.map((s) => s.id)).size).toBe(atlas.sites.length);
  });

  it('gives every site a unit normal that points out of the body (a step out is outside the skin, a step in inside)', () => {
    const inside = insideTest(skin);
    const wrong: string[] = [];
    for (const s of atlas.sites.filter((x) => x.surface === 'body')) {
      expect(Math.hypot(...s.normal), s.id).toBeCloseTo(1, 3);
      const out = s.position.map((v, i) => v + s.normal[i] * 0.002);
      const inn = s.position.map((v, i) => v - s.normal[i] * 0.002);
      if (inside(out) || !inside(inn)) wrong.push(s.id);
    }
    expect(wrong).toEqual([]);
  });

  it('puts each site on the part of the body its region names, never on the neighbouring limb', () => {
    const P = skin.positions;
    const nearest = (p: Vec3) => {
      let best = 0;
      let bd = Infinity;
      for (let i = 0; i < P.length / 3; i++) {
        const d = (P[3 * i] - p[0]) ** 2 + (P[3 * i + 1] - p[1]) ** 2 + (P[3 * i + 2] - p[2]) ** 2;
        if (d < bd) [bd, best] = [d, i];
      }
      return best;
    };
    const armCut = (side: string) => landmarks[`axilla_apex.${side}`][1] - 0.01;
    const legCut = landmarks['perineum'][1] - 0.01;
    const parts = {
      arm: {
        L: skinBelow(skin, landmarks['middle_tip.L'], armCut('L')).vertices,
        R: skinBelow(skin, landmarks['middle_tip.R'], armCut('R')).vertices,
      },
      leg: {
        L: skinBelow(skin, landmarks['great_toe_tip.L'], legCut).vertices,
        R: skinBelow(skin, landmarks['great_toe_tip.R'], legCut).vertices,
      },
    };
    const limbOf = (v: number) =>
      (['arm', 'leg'] as const).flatMap((k) =>
        (['L', 'R'] as const).filter((sd) => parts[k][sd].has(v)).map((sd) => `${k}.${sd}`),
      );
    const region = new Map(atlasData.points.map((p) => [p.code, p.region]));
    const wrong: string[] = [];
    let checked = 0;
    for (const s of atlas.sites.filter((x) => x.surface === 'body')) {
      const r = region.get(s.code)!;
      const y = s.position[1];
      const on = limbOf(nearest(s.position));
      let want: string[] | null = null;
      if (['upper-arm', 'forearm', 'hand'].includes(r))
        want = y < armCut(s.side) - 0.005 ? [`arm.${s.side}`] : null;
      else if (['hip-thigh', 'knee-leg', 'foot'].includes(r))
        want = y < legCut - 0.005 ? [`leg.${s.side}`] : null;
      else if (r !== 'shoulder') want = [];
      if (!want) continue;
      checked++;
      // the gluteal fold (BL36) is the buttock's lower border: on the trunk or its own thigh, never the other leg
      if (r === 'sacrum-buttock' && on.join() === `leg.${s.side}`) continue;
      if (on.join() !== want.join()) wrong.push(`${s.id} (${r}) on ${on.join() || 'trunk'}`);
    }
    expect(checked).toBeGreaterThan(700);
    expect(wrong).toEqual([]);
  });

  it('mirrors every left site onto its right site within 2 mm', () => {
    for (const s of atlas.sites.filter((x) => x.side === 'L')) {
      const r = byId.get(s.id.replace(/\.L$/, '.R'));
      expect(r, s.id).toBeDefined();
      expect(distance(mirrorX(s.position), r!.position), s.id).toBeLessThan(0.002);
    }
  });

  it('walks each derivation step the distance its recipe names (along the axis for proportional steps), within 0.1 B-cun', () => {
    const { ctx } = createResolver(surface, landmarks, atlasData.points);
    for (const s of atlas.sites) {
      for (const step of s.derivation.steps) {
        if (step.cun === undefined || !step.unit) continue;
        const side = s.side === 'M' ? 'L' : s.side;
        const unit = ctx.unit(step.unit, side).metres;
        let walked = 0;
        if (step.along && step.unit !== 'F') {
          // a proportional step: its advance along the segment's axis, from the landmarks
          const seg = UNIT_SEGMENTS[step.unit];
          const lm = (n: string) => landmarks[`${n}.${side}`] ?? landmarks[n];
          const axis = normalize(sub(lm(seg.to), lm(seg.from)));
          walked = Math.abs(dot(sub(step.path[step.path.length - 1], step.path[0]), axis));
        } else for (let i = 1; i < step.path.length; i++) walked += distance(step.path[i - 1], step.path[i]);
        expect(Math.abs(walked / unit - step.cun), `${s.id}: ${step.text}`).toBeLessThan(0.1);
      }
    }
  });

  /**
   * A distance as the standard measures it: a proportional B-cun along its segment (within 45° of the segment's
   * axis) is the projection on that axis (a fraction of the straight segment); finger cun and offsets across a
   * segment are taken over the skin.
   */
  const standardDistance = (rel: Relation, a: Vec3, b: Vec3): number => {
    const seg = rel.unit && rel.unit !== 'F' ? UNIT_SEGMENTS[rel.unit] : undefined;
    if (seg && seg.over === 'chord') {
      const lm = (n: string) => landmarks[`${n}.L`] ?? landmarks[n];
      const axis = normalize(sub(lm(seg.to), lm(seg.from)));
      const along = Math.abs(dot(sub(b, a), axis));
      if (along >= Math.SQRT1_2 * distance(a, b)) return along;
    }
    return walkTo(surface, a, b).length;
  };

  it.each(allRelations.map((r) => [r.text, r] as const))(
    'holds the standard’s relation: %s',
    (_text, rel) => {
      const pos = (ref: string): Vec3 => {
        const p = parsePointRef(ref);
        if (!p) return landmarks[ref] ?? landmarks[`${ref}.L`];
        const site =
          byId.get(`${p.code}${p.key ? `:${p.key}` : ''}.L`) ??
          byId.get(`${p.code}${p.key ? `:${p.key}` : ''}`);
        return site!.position;
      };
      const { ctx } = createResolver(surface, landmarks, atlasData.points);
      const unit = ctx.unit(rel.unit ?? 'back_scapulae', 'L').metres;
      const a = pos(rel.a);
      const b = pos(rel.b);
      expect(a, rel.a).toBeDefined();
      expect(b, rel.b).toBeDefined();
      if (rel.kind === 'level') {
        // "level" is across the limb on an arm (the anatomical position's horizontal turns with the arm), else in height
        const code = parsePointRef(rel.a)?.code;
        const region = atlasData.points.find((p) => p.code === code)?.region;
        const seg =
          region === 'upper-arm' ? 'upper_arm' : region === 'forearm' || region === 'hand' ? 'forearm' : null;
        const lm = (n: string) => landmarks[`${n}.L`] ?? landmarks[n];
        const across = seg
          ? Math.abs(dot(sub(b, a), normalize(sub(lm(UNIT_SEGMENTS[seg].to), lm(UNIT_SEGMENTS[seg].from)))))
          : Math.abs(a[1] - b[1]);
        expect(across / unit).toBeLessThan(0.25);
      } else expect(Math.abs(standardDistance(rel, a, b) / unit - rel.cun!)).toBeLessThan(0.25);
    },
  );

  it('keeps the corrected landmarks where the points built on them need them', () => {
    const { ctx } = createResolver(surface, landmarks, atlasData.points);
    const back = ctx.unit('back_scapulae', 'L').metres;
    const chest = ctx.unit('chest_upper', 'L').metres;
    const F = ctx.unit('F', 'L').metres;
    const y = (id: string) => (byId.get(id) ?? byId.get(`${id}.L`))!.position[1];
    const L = (n: string) => landmarks[n] ?? landmarks[`${n}.L`];
    // nipple: the male's in the 4th intercostal space, the female's lower; ST18 (5th space) clearly below ST17
    const drop = (y('ST17') - y('ST18')) / chest;
    if (id === 'male') {
      expect(Math.abs(L('nipple')[1] - L('sternum_ics_4')[1]) / chest).toBeLessThan(0.25);
      expect(Math.abs(drop - 1.6)).toBeLessThan(0.3);
    } else expect(drop).toBeGreaterThan(0.6);
    // sacrum: S1 foramen about 1 B-cun under L5, BL27 below BL26, the foramina stepping down to the hiatus
    const s1 = (L('spinous.L5')[1] - L('sacral_foramen_1')[1]) / back;
    expect(s1).toBeGreaterThan(0.9);
    expect(s1).toBeLessThan(1.4);
    const bl = (y('BL26') - y('BL27')) / back;
    expect(bl).toBeGreaterThan(0.35);
    expect(bl).toBeLessThan(1);
    const levels = [1, 2, 3, 4].map((i) => L(`sacral_foramen_${i}`)[1]);
    levels.push(L('sacral_hiatus')[1]);
    for (let i = 1; i < levels.length; i++) {
      expect((levels[i - 1] - levels[i]) / back).toBeGreaterThan(0.5);
      expect((levels[i - 1] - levels[i]) / back).toBeLessThan(1.1);
    }
    expect(L('psis')[1]).toBeLessThan(levels[0]);
    expect(L('psis')[1]).toBeGreaterThan(levels[1]);
    // ear: GB2 just in front of the intertragic notch, below SI19; SI19 just in front of the tragus
    expect(distance(L('intertragic_notch'), byId.get('GB2.L')!.position) / F).toBeLessThan(0.6);
    expect(distance(L('tragus'), byId.get('SI19.L')!.position) / F).toBeLessThan(0.45);
    expect(Math.abs(byId.get('GB2.L')!.position[2] - byId.get('SI19.L')!.position[2])).toBeLessThan(0.004);
    // armpit: the apex between the folds, HT1/GB22/GB23/SP21 on the side of the chest, GB23 in front of GB22
    const za = L('axillary_fold_anterior')[2];
    const zp = L('axillary_fold_posterior')[2];
    const apex = L('axilla_apex');
    expect(Math.abs(apex[2] - (za + zp) / 2)).toBeLessThan(0.2 * (za - zp));
    for (const code of ['HT1', 'GB22', 'GB23', 'SP21']) {
      const p = byId.get(`${code}.L`)!.position;
      expect(p[2], code).toBeLessThan(za);
      expect(p[2], code).toBeGreaterThan(zp);
      expect(p[1], code).toBeLessThanOrEqual(apex[1] + 1e-6);
    }
    expect(byId.get('GB23.L')!.position[2]).toBeGreaterThan(byId.get('GB22.L')!.position[2]);
  });

  it('draws each channel line over the skin, never through the body', () => {
    const lines = channelLines(surface, atlas.sites, atlasData.points);
    expect(new Set(lines.map((l) => l.channel)).size).toBe(14);
    for (const line of lines) {
      for (let i = 0; i < line.path.length; i += 5) {
        expect(surface.closest(line.path[i]).distance, `${line.channel}.${line.side}`).toBeLessThan(0.0015);
      }
    }
  });
});

it('ships at least one body', () => {
  expect(bodies.length).toBeGreaterThanOrEqual(2);
});
