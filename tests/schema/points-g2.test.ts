import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { PointsFileSchema, type PointRecord } from '../../src/schema/point';
import type { Anchor, Recipe } from '../../src/schema/recipe';

/** Group 2: the Small Intestine, Bladder and Kidney channels. */
const GROUP = { SI: 19, BL: 67, KI: 27 } as const;

/** WHO channel point counts (reference-facts §1), for checking referenced codes. */
const WHO_COUNTS: Record<string, number> = {
  LU: 11,
  LI: 20,
  ST: 45,
  SP: 21,
  HT: 9,
  SI: 19,
  BL: 67,
  KI: 27,
  PC: 9,
  TE: 23,
  GB: 44,
  LR: 14,
  GV: 28,
  CV: 24,
};
const EXTRA_COUNTS: Record<string, number> = { HN: 15, CA: 1, B: 9, UE: 11, LE: 12 };

const root = resolve(__dirname, '../..');
const sourceIds = new Set<string>(
  (
    JSON.parse(readFileSync(resolve(root, 'data/sources.json'), 'utf8')) as { sources: { id: string }[] }
  ).sources.map((s) => s.id),
);
const landmarkNames = new Set(ALL_LANDMARK_NAMES);

function load(group: string): PointRecord[] {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, `data/points/${group}.json`), 'utf8'));
  const file = PointsFileSchema.parse(raw);
  expect(file.group).toBe(group);
  return file.points;
}

function isWhoCode(ref: string): boolean {
  const m = /^([A-Z]{2})(\d{1,2})$/.exec(ref);
  if (m) return WHO_COUNTS[m[1]] !== undefined && Number(m[2]) >= 1 && Number(m[2]) <= WHO_COUNTS[m[1]];
  const x = /^EX-(HN|CA|B|UE|LE)(\d{1,2})(?::[A-Za-z0-9]+)?$/.exec(ref);
  return x !== null && Number(x[2]) >= 1 && Number(x[2]) <= EXTRA_COUNTS[x[1]];
}

function anchorRefs(a: Anchor): string[] {
  if (typeof a === 'string') return [a];
  return 'mid' in a ? [...a.mid] : [...a.between];
}

function recipeRefs(r: Recipe): string[] {
  const refs = anchorRefs(r.start);
  for (const s of r.steps) {
    if (s.op === 'toward') refs.push(...anchorRefs(s.to));
    if (s.op === 'level') refs.push(...anchorRefs(s.with));
  }
  return refs;
}

function allRecipes(p: PointRecord): Recipe[] {
  return [
    ...(p.recipe ? [p.recipe] : []),
    ...(p.sites ?? []).map((s) => s.recipe),
    ...(p.alternative ? [p.alternative.recipe] : []),
  ];
}

const files = Object.fromEntries(Object.keys(GROUP).map((g) => [g, load(g)])) as Record<
  keyof typeof GROUP,
  PointRecord[]
>;
const byCode = new Map(Object.values(files).flatMap((ps) => ps.map((p) => [p.code, p] as const)));

describe('group 2 point files (SI, BL, KI)', () => {
  for (const [group, count] of Object.entries(GROUP) as [keyof typeof GROUP, number][]) {
    it(`${group} has exactly ${count} points, ${group}1..${group}${count} in order`, () => {
      const codes = files[group].map((p) => p.code);
      expect(codes).toEqual(Array.from({ length: count }, (_, i) => `${group}${i + 1}`));
      expect(new Set(codes).size).toBe(count);
      for (const p of files[group]) {
        expect(p.channel).toBe(group);
        expect(p.laterality).toBe('bilateral');
        expect(p.evidence).toBe('standard');
      }
    });

    it(`${group}: every reference is a known landmark or a WHO point code`, () => {
      for (const p of files[group]) {
        expect(allRecipes(p).length, p.code).toBeGreaterThan(0);
        for (const ref of allRecipes(p).flatMap(recipeRefs)) {
          const known = landmarkNames.has(ref) || isBilateralLandmark(ref) || isWhoCode(ref);
          expect(known, `${p.code} refers to unknown "${ref}"`).toBe(true);
        }
      }
    });

    it(`${group}: every source id exists and WHO 2008 is cited with the point code`, () => {
      for (const p of files[group]) {
        const ids = [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])].map((s) => s.id);
        for (const id of ids) expect(sourceIds.has(id), `${p.code} cites unknown source ${id}`).toBe(true);
        const who = p.sources.find((s) => s.id === 'who-2008');
        expect(who?.locator.startsWith(`${p.code},`), p.code).toBe(true);
        expect(
          p.sources.some((s) => s.id === 'who-1991'),
          p.code,
        ).toBe(true);
      }
    });

    it(`${group}: plain pinyin is the toned pinyin without its marks`, () => {
      for (const p of files[group]) {
        const stripped = p.pinyin
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/ü/g, 'u');
        expect(stripped, p.code).toBe(p.pinyinPlain);
        expect(p.hanziSimplified, p.code).not.toBe(p.hanzi);
      }
    });
  }

  it('no point of the group refers to itself', () => {
    for (const p of byCode.values()) expect(allRecipes(p).flatMap(recipeRefs)).not.toContain(p.code);
  });

  it('references within the group have no cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, trail: string[]): void => {
      const p = byCode.get(code);
      if (!p || state.get(code) === 'done') return;
      expect(state.get(code), `cycle: ${[...trail, code].join(' → ')}`).not.toBe('visiting');
      state.set(code, 'visiting');
      for (const ref of allRecipes(p).flatMap(recipeRefs)) visit(ref.replace(/:.*/, ''), [...trail, code]);
      state.set(code, 'done');
    };
    for (const code of byCode.keys()) visit(code, []);
  });

  it('WHO reference points of the group (BL60, KI3) resolve directly from landmarks', () => {
    for (const code of ['BL60', 'KI3']) {
      for (const ref of allRecipes(byCode.get(code)!).flatMap(recipeRefs))
        expect(isWhoCode(ref), code).toBe(false);
    }
  });

  it('keeps the WHO spelling traps of the group', () => {
    expect(byCode.get('BL2')?.pinyinPlain).toBe('Cuanzhu');
    expect(byCode.get('BL2')?.pinyin).toBe('Cuánzhú');
    expect(byCode.get('BL4')?.pinyinPlain).toBe('Qucha');
    expect(byCode.get('BL43')?.pinyinPlain).toBe('Gaohuang');
    expect(byCode.get('BL43')?.hanzi).toBe('膏肓');
    expect(byCode.get('KI1')?.pinyinPlain).toBe('Yongquan');
    expect(byCode.get('KI1')?.pinyin).toBe('Yǒngquán');
    expect(byCode.get('BL23')?.hanzi).toBe('腎兪');
    expect(byCode.get('BL23')?.hanziSimplified).toBe('肾俞');
    expect(byCode.get('SI3')?.hanzi).toBe('後谿');
    expect(byCode.get('SI3')?.hanziSimplified).toBe('后溪');
  });

  it('carries the pregnancy cautions of reference-facts with the modern review', () => {
    for (const code of ['BL31', 'BL32', 'BL60', 'BL67']) {
      const c = byCode.get(code)?.cautions.find((x) => x.kind === 'pregnancy');
      expect(c, code).toBeDefined();
      expect(c?.sources?.map((s) => s.id)).toEqual(expect.arrayContaining(['carr-2015', 'betts-budd-2011']));
      expect(c?.text).toMatch(/no objective evidence/);
    }
  });

  it('flags the eye at BL1 and the pleura on the thoracic back-shu points', () => {
    expect(byCode.get('BL1')?.cautions.some((c) => c.kind === 'eye')).toBe(true);
    for (const code of ['BL11', 'BL13', 'BL17', 'BL43', 'KI22', 'KI27']) {
      expect(
        byCode.get(code)?.cautions.some((c) => c.kind === 'lung-pleura'),
        code,
      ).toBe(true);
    }
  });
});
