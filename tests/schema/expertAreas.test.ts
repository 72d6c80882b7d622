import { describe, expect, it } from 'vitest';
import areasJson from '../../data/expert-areas.json';
import sourcesJson from '../../data/sources.json';
import { parseExpertAreas } from '../../src/data/expertAreas';

const clone = () => structuredClone(areasJson) as typeof areasJson;

describe('data/expert-areas.json', () => {
  it('parses, citing a study source with a locator for every area', () => {
    const file = parseExpertAreas(areasJson, sourcesJson);
    expect(file.areas.length).toBeGreaterThan(0);
    const study = sourcesJson.sources.find((s) => s.id === 'molsberger-2012');
    expect(study?.journal).toMatch(/European Journal of Pain 16/);
    for (const a of file.areas) expect(a.sources[0].locator.length, a.code).toBeGreaterThan(0);
  });

  it('says in its notes that points are missing and that the areas are circles of equal area', () => {
    expect(areasJson.notes).toMatch(/missing/);
    expect(areasJson.notes).toMatch(/circle of equal area/);
  });

  it('rejects a source that data/sources.json does not list', () => {
    const bad = clone();
    bad.areas[0].sources[0].id = 'nobody-2099';
    expect(() => parseExpertAreas(bad, sourcesJson)).toThrow(/PC6: unknown source "nobody-2099"/);
  });

  it('rejects a point listed twice, and a 68 % area not smaller than the 95 % area', () => {
    const twice = clone();
    twice.areas.push(twice.areas[0]);
    expect(() => parseExpertAreas(twice, sourcesJson)).toThrow(/listed twice/);
    const inverted = clone();
    inverted.areas[1].area68Cm2 = 50;
    expect(() => parseExpertAreas(inverted, sourcesJson)).toThrow(/68 % area must be smaller/);
  });
});
