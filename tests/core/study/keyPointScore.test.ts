import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, readBody } from '../../../src/cli/bodyFiles';
import { resolveKeyPoints, type ItemSite } from '../../../src/core/dermatomeKeyPoints';
import { regionSegment, scoreClick, scoreSegment } from '../../../src/core/study/locateScore';
import { KEY_POINT_MEASURE } from '../../../src/core/study/neuroStudyItems';
import type { Surface } from '../../../src/core/surface';
import type { Vec3 } from '../../../src/core/vec';
import { neuroData } from '../../../src/data/neuro';
import { createSurface } from '../../../src/mesh/surface';
import { offsetClicks } from './offsetClicks';

/**
 * ISNCSCI key points as locate questions: some measured by their own recipe (T4 and T10, 4 B-cun lateral on the
 * chest), some placed at a landmark and measured by their region's segment (L3 above the knee, L4 at the ankle, S2
 * behind the knee).
 */
const KEYS = ['KSP-T4.L', 'KSP-T10.L', 'KSP-L3.L', 'KSP-L4.L', 'KSP-S2.L'];
/** The ankle is narrow: 2 B-cun of the leg across it reaches round the malleolus, where the walk back differs. */
const MAX_ACROSS: Record<string, number> = { 'KSP-L4.L': 1 };

describe.each(listBodies())('key points scored in B-cun on the %s body', (id) => {
  let surface: Surface;
  let landmarks: Record<string, Vec3>;
  let sites: ItemSite[];
  beforeAll(async () => {
    const body = await readBody(id);
    surface = createSurface(body.meshes.skin);
    landmarks = body.landmarks;
    sites = resolveKeyPoints(surface, landmarks, neuroData.keyPoints).sites;
  });
  const segmentOf = (s: ItemSite) => {
    const level = neuroData.keyPoints.find((k) => k.code === s.code)!.level;
    return scoreSegment(s.derivation) ?? regionSegment(KEY_POINT_MEASURE[level], landmarks)!;
  };

  it('measures T4 by its own chest segment and L4 by the leg’s', () => {
    const t4 = sites.find((s) => s.id === 'KSP-T4.L')!;
    expect(scoreSegment(t4.derivation)?.unit).toBe('chest_nipples');
    const l4 = sites.find((s) => s.id === 'KSP-L4.L')!;
    expect(scoreSegment(l4.derivation)).toBeUndefined();
    expect(segmentOf(l4).unit).toBe('leg_lateral');
  });

  it.each(KEYS)('%s: clicks 0, 1, 2 B-cun along and across its segment score within 0.05 B-cun', (sid) => {
    const s = sites.find((x) => x.id === sid)!;
    expect(s, sid).toBeDefined();
    const seg = segmentOf(s);
    for (const { k, way, score } of offsetClicks(surface, s, seg, MAX_ACROSS[sid])) {
      expect(Math.abs(score.bcun - k), `${sid} ${k} B-cun ${way}: ${score.bcun}`).toBeLessThan(0.05);
    }
  });

  it('scores a click against the nearer side, by the region when the site measured nothing', () => {
    const both = sites.filter((s) => s.code === 'KSP-L4');
    const right = both.find((s) => s.side === 'R')!;
    const fallback = segmentOf(both[0]);
    const answer = scoreClick(right.position, both, fallback, 0.5)!;
    expect(answer.siteId).toBe('KSP-L4.R');
    expect(answer.byRegion).toBe(true);
    expect(answer.score.bcun).toBeCloseTo(0, 6);
    expect(answer.score.right).toBe(true);
  });
});
