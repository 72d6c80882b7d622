import { describe, expect, it } from 'vitest';
import { atlasCachePlugin } from '../../scripts/atlasCachePlugin';
import { readBody } from '../../src/cli/bodyFiles';
import { decodeLabels } from '../../src/core/labelCodec';
import { labelDermatomes } from '../../src/core/dermatomes';
import { nrtZoneLabels } from '../../src/core/nrtZones';
import { neuroData } from '../../src/data/neuro';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

const plugin = atlasCachePlugin();
const ctx = { addWatchFile: () => undefined };
const code = async (id: string) => (await (plugin.load as Hook).call(ctx, id)) as string;

/** Loads one module of the build-time cache as the app would get it (inline JSON outside a build). */
async function cacheModule(id: string): Promise<unknown> {
  const mod = await import(
    `data:text/javascript;base64,${Buffer.from(await code(`\0virtual:atlas-cache/${id}`)).toString('base64')}`
  );
  return mod.load();
}

describe('the build-time cache', () => {
  it("lists each shipped body with loaders that resolve to its data (each module's load())", async () => {
    const index = await code('\0virtual:atlas-cache');
    for (const part of ['sites', 'derivations', 'neuro'])
      expect(index).toContain(
        `${part}: () => import('virtual:atlas-cache/female/${part}').then((m) => m.load())`,
      );
  });
});

describe('the build-time cache of the derivations', () => {
  it('writes every number at no more than 5 decimals (0.01 mm), keeping the steps and segments', async () => {
    const derivations = (await cacheModule('female/derivations')) as Record<
      string,
      { derivation: { steps: { path: number[][] }[]; segments: unknown[] } }
    >;
    const numbers: number[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'number') numbers.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(derivations);
    expect(numbers.length).toBeGreaterThan(10_000);
    const tooFine = numbers.filter((x) => Math.abs(x * 1e5 - Math.round(x * 1e5)) > 1e-6);
    expect(tooFine).toEqual([]);
    const st36 = derivations['ST36.L'].derivation;
    expect(st36.steps.length).toBeGreaterThan(0);
    expect(st36.steps.every((s) => s.path.length >= 2)).toBe(true);
    expect(st36.segments.length).toBeGreaterThan(0);
  });
});

describe('the build-time cache of the neuro layers', () => {
  it('labels every skin vertex of the shipped body as the in-browser path does', async () => {
    const cached = (await cacheModule('female/neuro')) as {
      dermatomes: string;
      nrtZones: string;
      keySites: { code: string }[];
    };
    const body = await readBody('female');
    const skin = body.meshes.skin;
    const dermatomes = labelDermatomes(skin.positions, body.landmarks);
    expect(Array.from(decodeLabels(cached.dermatomes))).toEqual(Array.from(dermatomes));
    const zones = nrtZoneLabels(skin.positions, body.landmarks, dermatomes, neuroData.nrt.backZones);
    expect(Array.from(decodeLabels(cached.nrtZones))).toEqual(Array.from(zones));
    // every key sensory point is on the skin (both sides, or once on the midline)
    expect(new Set(cached.keySites.map((k) => k.code))).toEqual(
      new Set(neuroData.keyPoints.map((k) => k.code)),
    );
  });

  it('refuses an unknown part', async () => {
    await expect(cacheModule('female/nothing')).rejects.toThrow(/unknown atlas cache module/);
  });
});
