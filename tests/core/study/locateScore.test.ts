import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePoints, type Atlas } from '../../../src/core/atlas';
import type { ResolvedSite } from '../../../src/core/sites';
import { walkDirection } from '../../../src/core/skinWalk';
import { bcunMetres, locateScore, regionSegment, scoreSegment } from '../../../src/core/study/locateScore';
import type { Surface } from '../../../src/core/surface';
import { createSurface } from '../../../src/mesh/surface';
import type { Vec3 } from '../../../src/core/vec';
import { listBodies, readBody } from '../../../src/cli/bodyFiles';
import { atlasData } from '../../../src/data';
import { offsetClicks } from './offsetClicks';

/**
 * Sites on different segments: lower leg (lateral and medial), forearm, abdomen, back. At PC6 the wrist is so narrow
 * that 2 B-cun across reaches round its edge, where the walk back takes another way: there only 0 and 1 across.
 */
const SITES = ['ST36.L', 'SP6.L', 'GB39.L', 'PC6.L', 'CV6', 'BL23.L'];
const MAX_ACROSS: Record<string, number> = { 'PC6.L': 1 };

describe.each(listBodies())('the locate score on the %s body', (id) => {
  let surface: Surface;
  let atlas: Atlas;
  let landmarks: Record<string, Vec3>;
  beforeAll(async () => {
    const body = await readBody(id);
    surface = createSurface(body.meshes.skin);
    landmarks = body.landmarks;
    atlas = resolvePoints(surface, landmarks, atlasData.points);
  });
  const site = (sid: string): ResolvedSite => atlas.sites.find((s) => s.id === sid)!;

  it.each(SITES)('%s: clicks 0, 1, 2 B-cun along and across its segment score within 0.05 B-cun', (sid) => {
    const s = site(sid);
    const seg = scoreSegment(s.derivation)!;
    expect(seg, sid).toBeDefined();
    const unit = bcunMetres(seg);
    for (const { k, way, score } of offsetClicks(surface, s, seg, MAX_ACROSS[sid])) {
      expect(Math.abs(score.bcun - k), `${sid} ${k} B-cun ${way}: ${score.bcun}`).toBeLessThan(0.05);
      expect(score.mm).toBeCloseTo(score.bcun * unit * 1000, 6);
      // the offset goes mostly the way it was made
      if (k > 0 && way === 'along') expect(Math.abs(score.along)).toBeGreaterThan(score.across);
      if (k > 0 && way === 'across') expect(score.across).toBeGreaterThan(Math.abs(score.along));
    }
  });

  it('counts a click right within the tolerance, 0.5 B-cun unless set', () => {
    const s = site('ST36.L');
    const seg = scoreSegment(s.derivation)!;
    const at = (k: number) => walkDirection(surface, s.position, k * bcunMetres(seg), [0, -1, 0]).end;
    expect(locateScore(at(0.4), s.position, seg).right).toBe(true);
    expect(locateScore(at(0.7), s.position, seg).right).toBe(false);
    expect(locateScore(at(0.7), s.position, seg, { tolerance: 1 }).right).toBe(true);
  });

  it('scores ST36 by the lateral leg segment its derivation names', () => {
    expect(scoreSegment(site('ST36.L').derivation)!.unit).toMatch(/^leg_/);
    expect(scoreSegment(site('PC6.L').derivation)!.unit).toBe('forearm');
  });

  it('has a fallback segment for every region from the landmarks', () => {
    for (const region of ['knee-leg', 'hand', 'head', 'face', 'upper-back'] as const) {
      const seg = regionSegment(region, landmarks);
      expect(seg, region).toBeDefined();
      expect(bcunMetres(seg!)).toBeGreaterThan(0.01);
      expect(bcunMetres(seg!)).toBeLessThan(0.05);
    }
  });
});
