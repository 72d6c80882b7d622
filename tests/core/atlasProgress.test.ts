import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAtlas, type AtlasStep } from '../../src/core/atlas';
import type { Vec3 } from '../../src/core/vec';
import { readBody, DEFAULT_BODY } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { createSurface } from '../../src/mesh/surface';
import type { Surface } from '../../src/core/surface';

// resolveAtlas's optional progress callback: one step per point record, then per channel segment drawn
describe('the progress of resolving a body', () => {
  let surface: Surface;
  let landmarks: Record<string, Vec3>;
  beforeAll(async () => {
    const body = await readBody(DEFAULT_BODY);
    surface = createSurface(body.meshes.skin);
    landmarks = body.landmarks;
  }, 120_000);

  const counts = (steps: AtlasStep[]) => {
    const total = steps[0].total;
    for (const s of steps) expect(s.total).toBe(total);
    for (let i = 1; i < steps.length; i++) expect(steps[i].done).toBeGreaterThan(steps[i - 1].done);
    expect(steps.at(-1)!.done).toBe(total);
  };

  it('counts up one step at a time to its total, point by point then segment by segment, results unchanged', () => {
    const steps: AtlasStep[] = [];
    const withSteps = resolveAtlas(surface, landmarks, atlasData.points, (s) => steps.push(s));
    const without = resolveAtlas(surface, landmarks, atlasData.points);
    counts(steps);
    // every site resolved on this body: no jump, one step each
    expect(withSteps.errors).toEqual([]);
    steps.forEach((s, i) => expect(s.done).toBe(i + 1));
    const pointSteps = steps.filter((s) => !s.lines);
    expect(pointSteps.length).toBe(atlasData.points.length);
    expect(pointSteps.map((s) => s.channel)).toEqual(atlasData.points.map((p) => p.channel));
    expect(steps.findIndex((s) => s.lines)).toBe(atlasData.points.length); // the lines come after every point
    expect(steps.filter((s) => s.lines).every((s) => s.channel !== undefined)).toBe(true);
    expect(withSteps.sites).toEqual(without.sites);
    expect(withSteps.lines).toEqual(without.lines);
  }, 240_000); // the engine twice on a whole body

  it('still ends at its total when sites fail (their segments are never drawn)', () => {
    const points = atlasData.points.filter((p) => p.channel === 'LU' || p.channel === 'HT');
    const steps: AtlasStep[] = [];
    const missing = Object.fromEntries(Object.entries(landmarks).filter(([k]) => !/axill|cubital/i.test(k)));
    const out = resolveAtlas(surface, missing, points, (s) => steps.push(s));
    expect(out.errors.length).toBeGreaterThan(0);
    counts(steps);
    expect(steps.at(-2)!.done).toBeLessThan(steps.at(-1)!.done - 1); // the jump over what was not drawn
  });
});
