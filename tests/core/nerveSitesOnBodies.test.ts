import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, readBody } from '../../src/cli/bodyFiles';
import { resolvePoints } from '../../src/core/atlas';
import { describeProximity, nerveProximity, type NerveProximityIndex } from '../../src/core/nerveProximity';
import { resolveNerveSites, type ResolvedNerveSite } from '../../src/core/nerveSites';
import { createSurface, type Surface } from '../../src/mesh/surface';
import type { ResolvedSite } from '../../src/core/sites';
import { distance, mirrorX } from '../../src/core/vec';
import { atlasData } from '../../src/data';
import { nptData } from '../../src/data/npt';

const bodies = listBodies();
/** A site's listed acupoints must lie this close on every body (metres). */
const LISTED_WITHIN = 0.035;

describe.skipIf(bodies.length === 0).each(bodies)('the NPT layer on the %s body', (id) => {
  let surface: Surface;
  let sites: ResolvedNerveSite[];
  let errors: string[];
  let points: ResolvedSite[];
  let proximity: NerveProximityIndex;
  const site = (sid: string) => sites.find((s) => s.id === sid)!;

  beforeAll(async () => {
    const body = await readBody(id);
    surface = createSurface(body.meshes.skin);
    ({ sites, errors } = resolveNerveSites(surface, body.landmarks, atlasData.points, nptData.sites));
    points = resolvePoints(surface, body.landmarks, atlasData.points).sites;
    proximity = nerveProximity(sites, nptData.sites, points);
  });

  it('resolves every site on both sides, course lines included, without error', () => {
    expect(errors).toEqual([]);
    expect(sites).toHaveLength(2 * nptData.sites.length);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
    expect(sites.every((s) => s.layer === 'npt' && /^NPT-[A-Z0-9-]+\.(L|R)$/.test(s.id))).toBe(true);
  });

  it('puts every site within 1 mm of the skin with an outward unit normal', () => {
    for (const s of sites) {
      expect(surface.closest(s.position).distance, s.id).toBeLessThan(0.001);
      expect(Math.hypot(...s.normal), s.id).toBeCloseTo(1, 3);
    }
  });

  it('mirrors every left site onto its right site within 2 mm', () => {
    for (const s of sites.filter((x) => x.side === 'L')) {
      const r = site(s.id.replace(/\.L$/, '.R'));
      expect(distance(mirrorX(s.position), r.position), s.id).toBeLessThan(0.002);
    }
  });

  it('draws each course as a skin path of the stated length, starting at the site', () => {
    for (const s of sites) {
      const record = nptData.sites.find((r) => r.code === s.code)!;
      let length = 0;
      for (let i = 1; i < s.course.length; i++) length += distance(s.course[i - 1], s.course[i]);
      expect(distance(s.course[0], s.position), s.id).toBeLessThan(0.001);
      expect(Math.abs(length - record.course.cm / 100), s.id).toBeLessThan(0.002);
      for (const p of s.course) expect(surface.closest(p).distance, s.id).toBeLessThan(0.001);
    }
  });

  it('places the infraorbital site within 1 cm of ST2 on both sides', () => {
    for (const side of ['L', 'R']) {
      const st2 = points.find((p) => p.id === `ST2.${side}`)!;
      expect(distance(site(`NPT-ION.${side}`).position, st2.position)).toBeLessThan(0.01);
    }
  });

  it('cross-links acupoints both ways, as anatomical proximity with the distance on this body', () => {
    let links = 0;
    for (const [sid, list] of proximity.bySite) {
      for (const l of list) {
        links++;
        expect(l.relation).toBe('anatomical-proximity');
        expect(proximity.byPoint.get(l.pointId), sid).toContain(l);
        expect(describeProximity(l, 'site')).toMatch(/\d+ mm away[\s\S]*not the same/);
      }
    }
    expect(links).toBeGreaterThan(50);
    const back = proximity.byPoint.get('ST2.L')!.find((l) => l.siteId === 'NPT-ION.L')!;
    expect(back.distance).toBeLessThan(0.01);
  });

  it('finds every listed nearby acupoint close to its site', () => {
    for (const s of sites) {
      const record = nptData.sites.find((r) => r.code === s.code)!;
      for (const code of record.nearPoints ?? []) {
        const nearest = proximity.bySite.get(s.id)?.find((l) => l.pointCode === code);
        expect(nearest, `${s.id} → ${code}`).toBeDefined();
        expect(nearest!.distance, `${s.id} → ${code}`).toBeLessThan(LISTED_WITHIN);
      }
    }
  });
});
