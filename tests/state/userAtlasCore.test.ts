import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAtlas } from '../../src/core/atlas';
import { resolveNerveSites } from '../../src/core/nerveSites';
import { neuroSurface } from '../../src/core/neuroSurface';
import { readBody, DEFAULT_BODY } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { neuroData } from '../../src/data/neuro';
import { nptData } from '../../src/data/npt';
import { createSurface } from '../../src/mesh/surface';
import { KEY_LANDMARK_NAMES } from '../../src/core/calibration/keyLandmarks';
import { computeUserAtlas } from '../../src/state/userAtlasCore';
import { earMapFile, referenceEars } from '../fixtures/shippedEars';
import {
  USER_ATLAS_TOTAL,
  type UserAtlasInput,
  type UserAtlasProgress,
  type UserAtlasResult,
} from '../../src/state/userAtlasTypes';

// the function the user-body worker runs, called here directly with a progress callback
describe('the layers of a body the build did not resolve', () => {
  let input: UserAtlasInput;
  let out: UserAtlasResult;
  const progress: UserAtlasProgress[] = [];

  beforeAll(async () => {
    const [body, male] = await Promise.all([readBody(DEFAULT_BODY), readBody('male')]);
    const maleMap = earMapFile('male');
    input = {
      skin: { positions: body.meshes.skin.positions, indices: Uint32Array.from(body.meshes.skin.indices) },
      landmarks: body.landmarks,
      points: atlasData.points,
      nerveSites: nptData.sites,
      neuro: { keyPoints: neuroData.keyPoints, backZones: neuroData.nrt.backZones },
      ears: {
        ...referenceEars(male, maleMap),
        source: 'male',
        placed: Object.fromEntries(KEY_LANDMARK_NAMES.map((n) => [n, body.landmarks[n]])),
        regions: maleMap.regions,
        areas: maleMap.areas,
      },
      channelNames: Object.fromEntries(atlasData.channels.map((c) => [c.code, c.english])),
    };
    out = computeUserAtlas(input, (p) => progress.push(p));
  }, 120_000); // the whole engine on a body: seconds alone, more beside the rest of the suite

  it('reports progress that only grows, in many small steps, and ends at the total', () => {
    for (const p of progress) expect(p.total).toBe(USER_ATLAS_TOTAL);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].done).toBeGreaterThanOrEqual(progress[i - 1].done);
      // a message says something new: how far, or what
      expect(progress[i].done !== progress[i - 1].done || progress[i].what !== progress[i - 1].what).toBe(
        true,
      );
    }
    expect(progress[0].done).toBe(0);
    expect(progress.at(-1)!.done).toBe(USER_ATLAS_TOTAL);
    // finer than one message per stage, and never more than a few hundred
    expect(new Set(progress.map((p) => p.done)).size).toBeGreaterThan(50);
    expect(progress.length).toBeLessThan(400);
  });

  it('says what it computes, channel by channel, in the order it does it', () => {
    const what = [...new Set(progress.map((p) => p.what))];
    expect(what[0]).toBe('skin index');
    expect(what).toContain('Lung channel');
    expect(what).toContain('Liver channel line');
    expect(what).toContain('extra points');
    expect(what.indexOf('Lung channel')).toBeLessThan(what.indexOf('Lung channel line'));
    expect(what.slice(-3)).toEqual(['nerve exit sites', 'dermatome and NRT labels', 'ears']);
    const lung = progress.filter((p) => p.what === 'Lung channel').map((p) => p.done);
    const nerves = progress.find((p) => p.what === 'nerve exit sites')!.done;
    expect(Math.max(...lung)).toBeLessThan(nerves);
  });

  it('has the sites and lines of the engine called directly, plus the nerve exit sites', () => {
    const surface = createSurface(input.skin);
    const direct = resolveAtlas(surface, input.landmarks, atlasData.points);
    const nerves = resolveNerveSites(surface, input.landmarks, atlasData.points, nptData.sites);
    const result = out.resolved;
    expect(nerves.sites.length).toBeGreaterThan(0);
    expect(result.sites.length).toBe(direct.sites.length + nerves.sites.length);
    expect(result.lines.map((l) => `${l.channel}.${l.side}`)).toEqual(
      direct.lines.map((l) => `${l.channel}.${l.side}`),
    );
    expect(result.errors).toEqual([...direct.errors, ...nerves.errors]);
    const byId = new Map(direct.sites.map((s) => [s.id, s]));
    for (const s of result.sites.filter((x) => byId.has(x.id)))
      expect(s.position).toEqual(byId.get(s.id)!.position);
  });

  it('labels the skin and places the key points as the engine does directly', () => {
    const direct = neuroSurface(input.skin, input.landmarks, input.neuro, createSurface(input.skin));
    if ('error' in out.neuro) throw new Error(out.neuro.error);
    expect(out.neuro.dermatomes.length).toBe(input.skin.positions.length / 3);
    expect(out.neuro.dermatomes).toEqual(direct.dermatomes);
    expect(out.neuro.nrtZones).toEqual(direct.nrtZones);
    expect(out.neuro.keySites.length).toBe(direct.keySites.length);
    expect(out.neuro.keySites.length).toBeGreaterThan(0);
  });

  it('carries the reference body’s ears onto the skin, by its tragi', () => {
    if (!out.ears || 'error' in out.ears) throw new Error(`no ears: ${JSON.stringify(out.ears)}`);
    const { region, sites, source } = out.ears;
    expect(source).toBe('male');
    expect(region.length).toBe(input.skin.positions.length / 3);
    const P = input.skin.positions;
    const labelled = [...region.keys()].filter((v) => region[v] >= 0);
    expect(labelled.length).toBeGreaterThan(20);
    const tragi = [input.landmarks['tragus.L'], input.landmarks['tragus.R']];
    for (const v of labelled)
      expect(
        Math.min(...tragi.map((t) => Math.hypot(P[3 * v] - t[0], P[3 * v + 1] - t[1], P[3 * v + 2] - t[2]))),
      ).toBeLessThan(0.045);
    expect(Object.keys(sites).length).toBe(Object.keys(input.ears!.sites).length);
  });

  it('has no ears to carry when it is given none', () => {
    expect(computeUserAtlas({ ...input, ears: undefined }, () => undefined).ears).toBeNull();
  });

  it('answers with plain data the worker can post', () => {
    expect(structuredClone(out)).toEqual(out);
  });

  it('says what failed instead of throwing when landmarks are missing, keeping what resolved', () => {
    const landmarks = Object.fromEntries(Object.entries(input.landmarks).slice(5));
    const partial = computeUserAtlas({ ...input, landmarks }, () => undefined);
    expect(partial.resolved.errors.length).toBeGreaterThan(0);
    expect(partial.resolved.sites.length).toBeLessThan(out.resolved.sites.length);
    expect(partial.resolved.sites.length).toBeGreaterThan(0);
    expect(partial.neuro).toHaveProperty('error');
  });
});
