import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { PointsFileSchema, type PointRecord } from '../../src/schema/point';
import type { Anchor, RecipeInput } from '../../src/schema/recipe';

const root = resolve(__dirname, '../..');

function load(group: string) {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, `data/points/${group}.json`), 'utf8'));
  return PointsFileSchema.parse(raw);
}

/** Every WHO code: the 361 channel points and the 48 extra points. */
const CHANNEL_COUNTS: Record<string, number> = {
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
const EX_COUNTS: Record<string, number> = { HN: 15, CA: 1, B: 9, UE: 11, LE: 12 };
const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const EX_CODES = Object.entries(EX_COUNTS).flatMap(([k, n]) => range(`EX-${k}`, n));
const WHO_CODES = new Set([...Object.entries(CHANNEL_COUNTS).flatMap(([c, n]) => range(c, n)), ...EX_CODES]);

const POINT_REF = /^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})(:[A-Za-z0-9]+)?$/;

function anchorRefs(a: Anchor): string[] {
  if (typeof a === 'string') return [a];
  if ('mid' in a) return [...a.mid];
  return [...a.between];
}

function recipeRefs(r: RecipeInput): string[] {
  const refs = anchorRefs(r.start);
  for (const s of r.steps ?? []) {
    if (s.op === 'toward') refs.push(...anchorRefs(s.to));
    if (s.op === 'level') refs.push(...anchorRefs(s.with));
  }
  return refs;
}

function pointRecipes(p: PointRecord): RecipeInput[] {
  const out: RecipeInput[] = [];
  if (p.recipe) out.push(p.recipe);
  for (const s of p.sites ?? []) out.push(s.recipe);
  if (p.alternative) out.push(p.alternative.recipe);
  return out;
}

function isLandmark(ref: string): boolean {
  return ALL_LANDMARK_NAMES.includes(ref) || isBilateralLandmark(ref);
}

const sourceIds = new Set(
  (
    JSON.parse(readFileSync(resolve(root, 'data/sources.json'), 'utf8')) as {
      sources: { id: string }[];
    }
  ).sources.map((s) => s.id),
);

const groups = {
  GV: { count: 28, codes: range('GV', 28) },
  CV: { count: 24, codes: range('CV', 24) },
  EX: { count: 48, codes: EX_CODES },
} as const;

for (const [group, spec] of Object.entries(groups)) {
  describe(`data/points/${group}.json`, () => {
    const path = resolve(root, `data/points/${group}.json`);
    it('exists', () => expect(existsSync(path)).toBe(true));
    if (!existsSync(path)) return;
    const file = load(group);
    const points = file.points;

    it('has the exact WHO count, unique codes, in order', () => {
      expect(file.group).toBe(group);
      expect(points).toHaveLength(spec.count);
      expect(points.map((p) => p.code)).toEqual(spec.codes);
    });

    it('names only known landmarks and valid WHO point codes', () => {
      const bad: string[] = [];
      for (const p of points) {
        for (const r of pointRecipes(p)) {
          for (const ref of recipeRefs(r)) {
            if (POINT_REF.test(ref)) {
              const code = ref.split(':')[0];
              if (!WHO_CODES.has(code) || code === p.code) bad.push(`${p.code}: ${ref}`);
            } else if (!isLandmark(ref)) {
              bad.push(`${p.code}: ${ref}`);
            }
          }
        }
      }
      expect(bad).toEqual([]);
    });

    it('cites only registered sources, always WHO', () => {
      for (const p of points) {
        const ids = [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])].map((s) => s.id);
        for (const id of ids) expect(sourceIds.has(id), `${p.code}: ${id}`).toBe(true);
        expect(p.sources.some((s) => s.id === 'who-1991' || s.id === 'who-2008')).toBe(true);
        expect(p.evidence).toBe('standard');
      }
    });

    it('gives simplified hanzi only where it differs, and plain pinyin without tones', () => {
      for (const p of points) {
        if (p.hanziSimplified !== undefined) expect(p.hanziSimplified).not.toBe(p.hanzi);
        const stripped = p.pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        expect(stripped.replace(/[ ']/g, '')).toBe(p.pinyinPlain.replace(/[ ']/g, ''));
      }
    });

    it('is drawn, or says why not', () => {
      for (const p of points) {
        if (p.notDrawn === undefined) {
          expect((p.recipe === undefined) !== (p.sites === undefined), p.code).toBe(true);
        } else {
          expect(p.recipe, p.code).toBeUndefined();
          expect(p.sites, p.code).toBeUndefined();
        }
      }
    });
  });
}

describe('group 4 specifics', () => {
  const byCode = new Map(
    [...load('GV').points, ...load('CV').points, ...load('EX').points].map((p) => [p.code, p]),
  );
  const get = (code: string) => {
    const p = byCode.get(code);
    if (!p) throw new Error(`missing ${code}`);
    return p;
  };

  it('uses the WHO spellings', () => {
    expect(get('GV26').pinyin).toBe('Shuǐgōu');
    expect(get('GV26').pinyinPlain).toBe('Shuigou');
    expect(get('GV3').pinyin).toBe('Yāoyángguān');
    expect(get('GV3').pinyinPlain).toBe('Yaoyangguan');
    expect(get('CV17').pinyin).toBe('Dànzhōng');
    expect(get('CV17').pinyinPlain).toBe('Danzhong');
    expect(get('GV2').hanzi).toBe('腰兪');
    expect(get('GV2').hanziSimplified).toBe('腰俞');
  });

  it('runs on the midline', () => {
    for (const p of [...load('GV').points, ...load('CV').points]) expect(p.laterality).toBe('midline');
  });

  it('keeps the GV26 alternative and only that one', () => {
    expect(get('GV26').alternative).toBeDefined();
    const withAlt = [...byCode.values()].filter((p) => p.alternative).map((p) => p.code);
    expect(withAlt).toEqual(['GV26']);
  });

  it('puts CV8 in the upper abdomen', () => {
    expect(get('CV8').region).toBe('upper-abdomen');
  });

  it('resolves the reference point GV20 from landmarks only', () => {
    const refs = recipeRefs(get('GV20').recipe!);
    for (const ref of refs) expect(isLandmark(ref)).toBe(true);
  });

  it('gives the multi-site extra points their keys', () => {
    const keys = (code: string) => (get(code).sites ?? []).map((s) => s.key);
    const spine = [...range('T', 12), ...range('L', 5)];
    expect(keys('EX-B2')).toEqual(spine);
    expect(keys('EX-UE7')).toEqual(['1', '2']);
    expect(keys('EX-HN1')).toEqual(['A', 'P', 'L']);
    expect(keys('EX-UE2')).toEqual(['1', '2']);
    expect(keys('EX-UE9')).toEqual(['1', '2', '3', '4']);
    expect(keys('EX-LE10')).toEqual(['1', '2', '3', '4']);
    expect(keys('EX-UE10')).toEqual(['2', '3', '4', '5']);
    expect(keys('EX-UE11')).toEqual(['1', '2', '3', '4', '5']);
    expect(keys('EX-LE12')).toEqual(['1', '2', '3', '4', '5']);
    expect(keys('EX-LE1')).toEqual(['1', '2']);
    expect(keys('EX-LE5')).toEqual(['M', 'L']);
    const hn1 = get('EX-HN1').sites!;
    expect(hn1.find((s) => s.key === 'A')?.laterality).toBe('midline');
    expect(hn1.find((s) => s.key === 'P')?.laterality).toBe('midline');
    expect(hn1.find((s) => s.key === 'L')?.laterality).toBeUndefined();
    expect(get('EX-HN1').laterality).toBe('bilateral');
  });

  it('does not draw the points inside the mouth and nose', () => {
    for (const code of ['EX-HN9', 'EX-HN10', 'EX-HN11', 'EX-HN12', 'EX-HN13']) {
      expect(get(code).notDrawn, code).toBeTruthy();
    }
    expect(get('EX-HN10').uncertainty).toBeTruthy();
  });

  it('cites GB/T 12346-2006 for the extra-point locations and WHO 1991 for their names', () => {
    for (const code of EX_CODES) {
      const ids = get(code).sources.map((s) => s.id);
      expect(ids, code).toContain('gbt-12346-2006');
      expect(ids, code).toContain('who-1991');
    }
  });
});
