import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasData } from '../../src/data';
import { builtInTours } from '../../src/data/tours';

const nerveSites: { code: string; laterality: string }[] = JSON.parse(
  readFileSync('data/nerve-sites.json', 'utf8'),
).sites;

/** Every site id a data point or nerve site of the atlas has (contracts §3 ids). */
function knownSiteIds(): Set<string> {
  const ids = new Set<string>();
  const add = (code: string, bilateral: boolean, keys: (string | undefined)[]) => {
    for (const key of keys) {
      const base = key ? `${code}:${key}` : code;
      if (bilateral) ids.add(`${base}.L`).add(`${base}.R`);
      else ids.add(base);
    }
  };
  for (const p of atlasData.points) {
    const keys = 'sites' in p && p.sites ? p.sites.map((s) => s.key) : [undefined];
    add(p.code, p.laterality === 'bilateral', keys);
  }
  for (const s of nerveSites) add(s.code, s.laterality === 'bilateral', [undefined]);
  return ids;
}

describe('the built-in tours', () => {
  const sites = knownSiteIds();
  const sourceIds = new Set(atlasData.sources.map((s) => s.id));

  it('are the four the lecture mode promises', () => {
    expect(builtInTours.map((t) => t.id)).toEqual([
      'low-back-pain',
      'neuroreflexotherapy',
      'nerve-exit-sites',
      'how-b-cun-works',
    ]);
  });

  it('highlight, select and annotate only sites the atlas has', () => {
    for (const tour of builtInTours) {
      for (const s of tour.scenes) {
        const named = [
          ...s.highlights,
          ...(s.selected ? [s.selected] : []),
          ...s.callouts.map((c) => c.site),
        ];
        for (const id of named) expect(sites.has(id), `${tour.id}/${s.id}: ${id}`).toBe(true);
      }
    }
  });

  it('cite a known source with a locator in every scene', () => {
    for (const tour of builtInTours) {
      for (const s of tour.scenes) {
        expect(s.sources.length, `${tour.id}/${s.id}`).toBeGreaterThan(0);
        for (const ref of s.sources)
          expect(sourceIds.has(ref.id), `${tour.id}/${s.id}: ${ref.id}`).toBe(true);
      }
    }
  });

  it('say so where a placement is schematic or a claim is a clinic’s', () => {
    const nrt = builtInTours.find((t) => t.id === 'neuroreflexotherapy')!;
    expect(nrt.description).toMatch(/schematic/);
    const lbp = builtInTours.find((t) => t.id === 'low-back-pain')!;
    expect(lbp.description).toMatch(/not evidence/);
  });
});
