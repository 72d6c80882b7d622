import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePoints } from '../../../src/core/atlas';
import type { ResolvedSite } from '../../../src/core/sites';
import type { Surface } from '../../../src/core/surface';
import { createSurface } from '../../../src/mesh/surface';
import { expertArea, expertAreaCodes, measuredWithoutFigure } from '../../../src/state/expertAreas';
import { meshArea, skinDisc, type SkinDisc } from '../../../src/core/uncertainty/skinDisc';
import { cross, distance, dot, normalize, sub, type Vec3 } from '../../../src/core/vec';
import { listBodies, readBody } from '../../../src/cli/bodyFiles';
import { atlasData } from '../../../src/data';

const CM2 = 1e-4;

describe('expertArea', () => {
  it('gives the published 95 % areas of Molsberger et al. 2012 with their citation', () => {
    expect(expertArea('PC6')?.areaCm2).toBe(2.7);
    expect(expertArea('ST36')?.areaCm2).toBe(20.7);
    expect(expertArea('BL23')?.areaCm2).toBe(22.4);
    expect(expertArea('ST38')?.areaCm2).toBe(41.4);
    expect(expertArea('ST36')?.sources[0]).toMatchObject({ id: 'molsberger-2012' });
    expect(expertArea('ST36')?.sources[0].locator).toMatch(/abstract/i);
  });

  it('ranks ST36 wider than PC6, and PC6 and ST38 as the smallest and largest', () => {
    expect(expertArea('ST36')!.areaCm2).toBeGreaterThan(expertArea('PC6')!.areaCm2);
    const codes = expertAreaCodes();
    expect(codes[0]).toBe('PC6');
    expect(codes[codes.length - 1]).toBe('ST38');
  });

  it('gives a circle of equal area: radius² π is the area', () => {
    const a = expertArea('SP6')!;
    expect(a.shape.kind).toBe('circle-of-equal-area');
    expect(Math.PI * a.shape.radiusCm ** 2).toBeCloseTo(a.areaCm2, 6);
  });

  it('has nothing for a point no study figure covers, and tells measured-but-missing points apart', () => {
    expect(expertArea('LI4')).toBeUndefined();
    expect(expertArea('st36')).toBeUndefined();
    expect(measuredWithoutFigure('BL40')).toBe(true);
    expect(measuredWithoutFigure('LI4')).toBe(false);
    expect(expertArea('BL40')).toBeUndefined();
  });

  it('names only points the atlas has', () => {
    const known = new Set(atlasData.points.map((p) => p.code));
    for (const code of expertAreaCodes()) expect(known.has(code), code).toBe(true);
  });
});

describe('meshArea', () => {
  it('measures a unit square split in two triangles as 1', () => {
    const square: Vec3[] = [
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
    ];
    expect(
      meshArea(square, [
        [0, 1, 2],
        [0, 2, 3],
      ]),
    ).toBeCloseTo(1, 9);
  });
});

/** The outline's own area, flattened onto the site's tangent plane (shoelace): a check independent of the grid. */
function projectedOutlineArea(disc: SkinDisc, n: Vec3): number {
  const ref: Vec3 = Math.abs(n[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const e1 = normalize(cross(ref, n));
  const e2 = cross(n, e1);
  const c = disc.positions[0];
  const uv = disc.outline.map((p) => [dot(sub(p, c), e1), dot(sub(p, c), e2)]);
  let s = 0;
  for (let i = 0; i < uv.length; i++) {
    const [x0, y0] = uv[i];
    const [x1, y1] = uv[(i + 1) % uv.length];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s) / 2;
}

describe.each(listBodies())('expert areas drawn on the skin of the %s body', (id) => {
  let surface: Surface;
  const sites = new Map<string, ResolvedSite>();
  const discs = new Map<string, SkinDisc>();

  beforeAll(async () => {
    const body = await readBody(id);
    surface = createSurface(body.meshes.skin);
    const atlas = resolvePoints(surface, body.landmarks, atlasData.points);
    for (const s of atlas.sites) sites.set(s.id, s);
    for (const code of expertAreaCodes())
      for (const side of ['L', 'R']) {
        const site = sites.get(`${code}.${side}`)!;
        discs.set(`${code}.${side}`, skinDisc(surface, site.position, expertArea(code)!.areaCm2 * CM2));
      }
  });

  it('encloses the stated area within 3 % on the skin, every spoke walked in full', () => {
    for (const [siteId, disc] of discs) {
      const wanted = expertArea(siteId.split('.')[0])!.areaCm2 * CM2;
      expect(disc.ok, siteId).toBe(true);
      expect(Math.abs(meshArea(disc.positions, disc.triangles) / wanted - 1), siteId).toBeLessThan(0.03);
    }
  });

  it('has an outline whose flattened area is close to, and not above, the skin area (a disc, not a tangle)', () => {
    for (const [siteId, disc] of discs) {
      const site = sites.get(siteId)!;
      const flat = projectedOutlineArea(disc, site.normal);
      expect(flat / disc.area, siteId).toBeGreaterThan(0.8);
      expect(flat / disc.area, siteId).toBeLessThan(1.01);
    }
  });

  it('lies on the skin, on the same side of the body as the site, wound outward', () => {
    for (const [siteId, disc] of discs) {
      const site = sites.get(siteId)!;
      disc.positions.forEach((p, i) => {
        expect(surface.closest(p).distance, `${siteId} #${i}`).toBeLessThan(0.001);
        // the patch faces the way the site's skin faces: it has not wrapped round a limb or onto a neighbour
        expect(dot(disc.normals[i], site.normal), `${siteId} #${i}`).toBeGreaterThan(0.2);
      });
      for (const [a, b, c] of disc.triangles) {
        const p = disc.positions;
        const face = cross(sub(p[b], p[a]), sub(p[c], p[a]));
        expect(dot(face, disc.normals[a]), siteId).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the outline at the walked radius from the site, no farther than the radius in a straight line', () => {
    for (const [siteId, disc] of discs) {
      const centre = disc.positions[0];
      for (const p of disc.outline) {
        expect(distance(p, centre), siteId).toBeLessThanOrEqual(disc.radius + 1e-6);
        expect(distance(p, centre), siteId).toBeGreaterThan(0.75 * disc.radius);
      }
    }
  });

  it('draws ST36 wider than PC6 and mirrors the left disc onto the right', () => {
    expect(discs.get('ST36.L')!.radius).toBeGreaterThan(2 * discs.get('PC6.L')!.radius);
    for (const code of expertAreaCodes()) {
      const l = discs.get(`${code}.L`)!;
      const r = discs.get(`${code}.R`)!;
      expect(Math.abs(l.area - r.area) / l.area, code).toBeLessThan(0.03);
    }
  });
});
