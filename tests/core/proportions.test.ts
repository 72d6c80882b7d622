import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePoints, type Atlas } from '../../src/core/atlas';
import { parsePointRef } from '../../src/core/refs';
import { createSurface } from '../../src/mesh/surface';
import { UNIT_SEGMENTS } from '../../src/core/units';
import { distance, dot, normalize, sub, type Vec3 } from '../../src/core/vec';
import { listBodies, readBody } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { axialRelations, type AxialRelation } from '../relations/axial';

/**
 * Proportional B-cun, measured as WHO defines it: the projection of a site on the axis of its proportional segment
 * (the straight line between the segment's two landmarks), in fractions of that line. Nothing here walks the skin,
 * so a site that the engine walked short or long over a bulge shows as short or long.
 */
describe.each(listBodies())('proportional B-cun on the %s body', (id) => {
  let atlas: Atlas;
  let landmarks: Record<string, Vec3>;

  beforeAll(async () => {
    const body = await readBody(id);
    landmarks = body.landmarks;
    atlas = resolvePoints(createSurface(body.meshes.skin), landmarks, atlasData.points);
  });

  const byId = () => new Map(atlas.sites.map((s) => [s.id, s.position]));
  const landmark = (name: string, side: 'L' | 'R'): Vec3 => landmarks[`${name}.${side}`] ?? landmarks[name];

  /** Where `rel.b` lies from `rel.a` along the segment's axis, in B-cun of the segment, on one side. */
  function measure(rel: AxialRelation, side: 'L' | 'R'): number {
    const sites = byId();
    const at = (ref: string): Vec3 => {
      const p = parsePointRef(ref);
      if (!p) return landmark(ref, side);
      return (sites.get(`${ref}.${side}`) ?? sites.get(ref))!;
    };
    const seg = UNIT_SEGMENTS[rel.unit];
    const ends = [landmark(seg.from, side), landmark(seg.to, side)];
    const axis = normalize(sub(ends[1], ends[0]));
    const perCun = distance(ends[0], ends[1]) / seg.cun;
    return Math.abs(dot(sub(at(rel.b), at(rel.a)), axis)) / perCun;
  }

  it.each(axialRelations.map((r) => [r.text, r] as const))(
    '%s (both sides, within 0.25 B-cun)',
    (_t, rel) => {
      for (const side of ['L', 'R'] as const) {
        expect(Math.abs(measure(rel, side) - rel.cun), `${rel.b}.${side}`).toBeLessThan(0.25);
      }
    },
  );

  it('places the issue’s targets (ST40, LU9, LU7, LU6) within 0.15 B-cun of their proportion', () => {
    const targets = axialRelations.filter(
      (r) => ['ST40', 'LU9', 'LU7', 'LU6'].includes(r.b) && r.a !== 'popliteal_crease',
    );
    expect(targets).toHaveLength(4);
    for (const rel of targets)
      for (const side of ['L', 'R'] as const)
        expect(Math.abs(measure(rel, side) - rel.cun), `${rel.b}.${side}`).toBeLessThan(0.15);
  });

  it('states at least 60 proportional relations, on every one of the 14 channels', () => {
    expect(axialRelations.length).toBeGreaterThanOrEqual(60);
    const channels = new Set(
      axialRelations.map((r) => atlasData.points.find((p) => p.code === parsePointRef(r.b)?.code)?.channel),
    );
    expect([...channels].sort()).toEqual(atlasData.channels.map((c) => c.code).sort());
  });
});
