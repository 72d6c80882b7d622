import { beforeAll, describe, expect, it } from 'vitest';
import { channelLines, resolvePoints, type Atlas } from '../../src/core/atlas';
import { createResolver } from '../../src/core/atlas';
import { parsePointRef } from '../../src/core/refs';
import type { ResolvedSite } from '../../src/core/sites';
import { walkTo } from '../../src/core/skinWalk';
import { createSurface, type Surface } from '../../src/core/surface';
import { distance, mirrorX, type Vec3 } from '../../src/core/vec';
import { readBody, listBodies } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { allRelations } from '../relations';

const bodies = listBodies();

describe.each(bodies)('the channel atlas on the %s body', (id) => {
  let surface: Surface;
  let landmarks: Record<string, Vec3>;
  let atlas: Atlas;
  let byId: Map<string, ResolvedSite>;

  beforeAll(async () => {
    const body = await readBody(id);
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

  it('puts every site within 1 mm of the skin with an outward unit normal', () => {
    for (const s of atlas.sites) {
      expect(surface.closest(s.position).distance, s.id).toBeLessThan(0.001);
      expect(Math.hypot(...s.normal), s.id).toBeCloseTo(1, 3);
    }
  });

  it('mirrors every left site onto its right site within 2 mm', () => {
    for (const s of atlas.sites.filter((x) => x.side === 'L')) {
      const r = byId.get(s.id.replace(/\.L$/, '.R'));
      expect(r, s.id).toBeDefined();
      expect(distance(mirrorX(s.position), r!.position), s.id).toBeLessThan(0.002);
    }
  });

  it('walks each derivation step the distance its recipe names, within 0.1 B-cun', () => {
    const { ctx } = createResolver(surface, landmarks, atlasData.points);
    for (const s of atlas.sites) {
      for (const step of s.derivation.steps) {
        if (step.cun === undefined || !step.unit) continue;
        let walked = 0;
        for (let i = 1; i < step.path.length; i++) walked += distance(step.path[i - 1], step.path[i]);
        const unit = ctx.unit(step.unit, s.side === 'M' ? 'L' : s.side).metres;
        expect(Math.abs(walked / unit - step.cun), `${s.id}: ${step.text}`).toBeLessThan(0.1);
      }
    }
  });

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
      if (rel.kind === 'level') expect(Math.abs(a[1] - b[1]) / unit).toBeLessThan(0.25);
      else expect(Math.abs(walkTo(surface, a, b).length / unit - rel.cun!)).toBeLessThan(0.25);
    },
  );

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
