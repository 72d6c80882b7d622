import { describe, expect, it } from 'vitest';
import { atlasCachePlugin } from '../../scripts/atlasCachePlugin';
import { readBody } from '../../src/cli/bodyFiles';
import { decodeLabels } from '../../src/core/labelCodec';
import { DERMATOME_LEVELS } from '../../src/core/dermatomes';
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
  it.each(['female', 'male'])(
    'labels the skin of the %s body at landmarks whose dermatome ISNCSCI gives, on both sides',
    async (id) => {
      const cached = (await cacheModule(`${id}/neuro`)) as {
        dermatomes: string;
        nrtZones: string;
        keySites: { code: string }[];
      };
      const body = await readBody(id);
      const P = body.meshes.skin.positions;
      const labels = decodeLabels(cached.dermatomes);
      expect(labels.length).toBe(P.length / 3);
      const nearest = (t: readonly number[]) => {
        let best = 0;
        let bd = Infinity;
        for (let i = 0; i < P.length / 3; i++) {
          const d = (P[3 * i] - t[0]) ** 2 + (P[3 * i + 1] - t[1]) ** 2 + (P[3 * i + 2] - t[2]) ** 2;
          if (d < bd) [bd, best] = [d, i];
        }
        return best;
      };
      // the level of the skin at each landmark, from the ISNCSCI key sensory points (not from the labelling code)
      const known: [string, string][] = [
        ['supraclavicular_fossa', 'C3'],
        ['thumb_tip', 'C6'],
        ['middle_tip', 'C7'],
        ['little_tip', 'C8'],
        ['medial_malleolus', 'L4'],
        ['mtp_3', 'L5'],
        ['popliteal_crease', 'S2'],
      ];
      const wrong: string[] = [];
      for (const [name, want] of known)
        for (const side of ['L', 'R']) {
          const got = DERMATOME_LEVELS[labels[nearest(body.landmarks[`${name}.${side}`])]];
          if (got !== want) wrong.push(`${name}.${side}: ${got}, not ${want}`);
        }
      // WHO puts the male nipple in the 4th intercostal space; the female's lies lower and is no level marker
      const midline = [
        ['xiphisternal_junction', 'T6'],
        ['umbilicus', 'T10'],
      ];
      if (id === 'male') {
        midline.push(['nipple.L', 'T4'], ['nipple.R', 'T4']);
      }
      for (const [name, want] of midline) {
        const got = DERMATOME_LEVELS[labels[nearest(body.landmarks[name])]];
        if (got !== want) wrong.push(`${name}: ${got}, not ${want}`);
      }
      expect(wrong).toEqual([]);
      // the NRT zones are on the back: every labelled vertex lies between C7 and the gluteal folds, and behind the
      // flanks except round the perineum, which the sacral dermatomes reach from behind
      const zones = decodeLabels(cached.nrtZones);
      const L = body.landmarks;
      // a frontal plane halfway between the armpit apex and the nipple: the back zones reach round the flank, not the front
      const flank = (L['axilla_apex.L'][2] + L['nipple.L'][2]) / 2;
      let labelled = 0;
      for (let i = 0; i < zones.length; i++) {
        if (zones[i] < 0) continue;
        labelled++;
        expect(P[3 * i + 1]).toBeLessThan(L['spinous.C7'][1] + 0.01);
        expect(P[3 * i + 1]).toBeGreaterThan(L['gluteal_fold.L'][1] - 0.03);
        if (P[3 * i + 1] > L['perineum'][1] + 0.03) expect(P[3 * i + 2]).toBeLessThan(flank);
      }
      expect(labelled).toBeGreaterThan(500);
      // every key sensory point is on the skin (both sides, or once on the midline)
      expect(new Set(cached.keySites.map((k) => k.code))).toEqual(
        new Set(neuroData.keyPoints.map((k) => k.code)),
      );
    },
  );

  it('refuses an unknown part', async () => {
    await expect(cacheModule('female/nothing')).rejects.toThrow(/unknown atlas cache module/);
  });
});
