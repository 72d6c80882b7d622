import { describe, expect, it } from 'vitest';
import sourcesJson from '../../data/sources.json';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { parsePointRef } from '../../src/core/refs';
import { atlasData } from '../../src/data';
import { nptData } from '../../src/data/npt';
import { NPT_REGIONS, NerveCourseSchema, NerveSiteSchema } from '../../src/schema/nerveSite';
import type { Anchor } from '../../src/schema/recipe';

const { sites } = nptData;
const sourceIds = new Set(sourcesJson.sources.map((s) => s.id));
const pointCodes = new Set(atlasData.points.map((p) => p.code));

/** Sites per seed-002 region (the data's own counts, so a dropped or moved site fails here). */
const REGION_COUNTS: Record<(typeof NPT_REGIONS)[number], number> = {
  'neck-shoulder': 12,
  face: 8,
  'arm-hand': 13,
  'leg-foot': 10,
  knee: 6,
  'hamstring-heel': 8,
  'hip-lowback': 9,
};

const refsOf = (a: Anchor): string[] => (typeof a === 'string' ? [a] : 'mid' in a ? a.mid : a.between);
const knownRef = (ref: string): boolean => {
  const p = parsePointRef(ref);
  if (p) return pointCodes.has(p.code);
  return ALL_LANDMARK_NAMES.includes(ref) || isBilateralLandmark(ref);
};

describe('NPT nerve sites (data)', () => {
  it('covers every region of seed 002 with the expected number of sites', () => {
    const counts = Object.fromEntries(
      NPT_REGIONS.map((r) => [r, sites.filter((s) => s.region === r).length]),
    );
    expect(counts).toEqual(REGION_COUNTS);
  });

  it('has at least 40 distinct sites per side, every one bilateral, with unique codes', () => {
    expect(sites.length).toBeGreaterThanOrEqual(40);
    expect(sites.every((s) => s.laterality === 'bilateral')).toBe(true);
    expect(new Set(sites.map((s) => s.code)).size).toBe(sites.length);
  });

  it('cites the seed’s regional diagram and at least one anatomy or evidence source, all registered', () => {
    for (const s of sites) {
      expect(s.sources.length, s.code).toBeGreaterThanOrEqual(2);
      for (const ref of s.sources) expect(sourceIds.has(ref.id), `${s.code}: ${ref.id}`).toBe(true);
      const clinic = s.sources.find((r) => r.id === 'clinic-npt');
      expect(clinic?.locator, s.code).toMatch(/^Regional diagrams: nerves of the /);
      expect(
        s.sources.some((r) => r.id !== 'clinic-npt'),
        s.code,
      ).toBe(true);
    }
  });

  it('labels evidence as reference-facts §4 does', () => {
    const documented = sites.filter((s) => s.status === 'documented-for-pit').map((s) => s.code);
    expect(documented.sort()).toEqual(['NPT-IPBS', 'NPT-MED-CT', 'NPT-SAPH-K', 'NPT-SCLN']);
    const block = sites.filter((s) => s.status === 'nerve-block-only').map((s) => s.code);
    for (const c of ['NPT-GON', 'NPT-LON', 'NPT-SON', 'NPT-STN', 'NPT-ION', 'NPT-ATN', 'NPT-GAN', 'NPT-SCN'])
      expect(block, c).toContain(c);
    for (const s of sites) {
      if (s.status !== 'documented-for-pit') expect(s.evidence, s.code).toBe('anatomy');
    }
    expect(sites.find((s) => s.code === 'NPT-SCLN')?.evidence).toBe('case-series');
  });

  it('builds recipes and course lines only from known landmarks and acupoints', () => {
    for (const s of sites) {
      const anchors: Anchor[] = [s.recipe.start, ...(s.course.toward ? [s.course.toward] : [])];
      for (const step of s.recipe.steps) {
        if (step.op === 'toward') anchors.push(step.to);
        if (step.op === 'level') anchors.push(step.with);
      }
      for (const ref of anchors.flatMap(refsOf)) expect(knownRef(ref), `${s.code}: ${ref}`).toBe(true);
      for (const code of s.nearPoints ?? []) expect(pointCodes.has(code), `${s.code}: ${code}`).toBe(true);
    }
  });

  it('builds the infraorbital site on ST2', () => {
    expect(sites.find((s) => s.code === 'NPT-ION')?.recipe.start).toBe('ST2');
  });

  it('rejects a status that does not match the evidence, and a course with two directions', () => {
    const ion = sites.find((s) => s.code === 'NPT-ION')!;
    expect(NerveSiteSchema.safeParse({ ...ion, evidence: 'trial' }).success).toBe(false);
    expect(NerveSiteSchema.safeParse({ ...ion, status: 'documented-for-pit' }).success).toBe(false);
    expect(
      NerveCourseSchema.safeParse({ toward: 'vertex', dir: 'superior', cm: 2, text: 'up' }).success,
    ).toBe(false);
    expect(NerveSiteSchema.safeParse(ion).success).toBe(true);
  });
});
