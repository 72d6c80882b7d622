import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { PointsFileSchema, type PointRecord } from '../../src/schema/point';
import type { Anchor, Recipe } from '../../src/schema/recipe';

/** Group 1: the Lung, Large Intestine, Stomach, Spleen and Heart channels. */
const GROUP = { LU: 11, LI: 20, ST: 45, SP: 21, HT: 9 } as const;

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
  return (
    m !== null && WHO_COUNTS[m[1]] !== undefined && Number(m[2]) >= 1 && Number(m[2]) <= WHO_COUNTS[m[1]]
  );
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
  return [...(p.recipe ? [p.recipe] : []), ...(p.alternative ? [p.alternative.recipe] : [])];
}

/** Pinyin without its tone marks (ǎ → a, ü stays ü). */
function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u0304\u030c]/g, '')
    .normalize('NFC');
}

const files = Object.fromEntries(Object.keys(GROUP).map((g) => [g, load(g)])) as Record<
  keyof typeof GROUP,
  PointRecord[]
>;
const all = Object.values(files).flat();
const byCode = new Map(all.map((p) => [p.code, p] as const));

describe('group 1 point files (LU, LI, ST, SP, HT)', () => {
  it.each(Object.entries(GROUP))('%s has exactly the WHO count, codes unique and in order', (ch, n) => {
    const points = files[ch as keyof typeof GROUP];
    expect(points.map((p) => p.code)).toEqual(Array.from({ length: n }, (_, i) => `${ch}${i + 1}`));
    for (const p of points) expect(p.channel, p.code).toBe(ch);
  });

  it('holds 106 points in all', () => {
    expect(all).toHaveLength(106);
    expect(new Set(all.map((p) => p.code)).size).toBe(106);
  });

  it('draws every point with one recipe on both sides', () => {
    for (const p of all) {
      expect(p.recipe, p.code).toBeDefined();
      expect(p.sites, p.code).toBeUndefined();
      expect(p.laterality, p.code).toBe('bilateral');
    }
  });

  it('refers only to known landmarks and valid WHO codes, never to itself', () => {
    for (const p of all) {
      for (const r of allRecipes(p)) {
        for (const ref of recipeRefs(r)) {
          const ok = landmarkNames.has(ref) || isBilateralLandmark(ref) || isWhoCode(ref);
          expect(ok, `${p.code}: unknown reference "${ref}"`).toBe(true);
          expect(ref, `${p.code} refers to itself`).not.toBe(p.code);
        }
      }
    }
  });

  it('has no cycles among the group’s own points', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, path: string[]): void => {
      if (state.get(code) === 'done') return;
      expect(state.get(code), `cycle: ${[...path, code].join(' → ')}`).not.toBe('visiting');
      state.set(code, 'visiting');
      const p = byCode.get(code);
      if (p?.recipe) {
        for (const ref of recipeRefs(p.recipe)) if (byCode.has(ref)) visit(ref, [...path, code]);
      }
      state.set(code, 'done');
    };
    for (const p of all) visit(p.code, []);
  });

  it('resolves the WHO reference points of the group straight from landmarks', () => {
    for (const code of [
      'LU5',
      'LU9',
      'LI5',
      'LI11',
      'LI15',
      'ST8',
      'ST30',
      'ST34',
      'ST35',
      'ST41',
      'SP9',
      'SP12',
    ]) {
      const refs = recipeRefs(byCode.get(code)!.recipe!);
      expect(refs.filter(isWhoCode), code).toEqual([]);
    }
  });

  it('cites only registered sources, with WHO 2008 and WHO 1991 on every point', () => {
    for (const p of all) {
      const ids = [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])].map((s) => s.id);
      for (const id of ids) expect(sourceIds.has(id), `${p.code}: unknown source ${id}`).toBe(true);
      expect(p.sources.find((s) => s.id === 'who-2008')?.locator, p.code).toMatch(new RegExp(`^${p.code},`));
      expect(
        p.sources.some((s) => s.id === 'who-1991'),
        p.code,
      ).toBe(true);
      expect(p.evidence, p.code).toBe('standard');
    }
  });

  it('writes pinyinPlain as the toned pinyin without its marks, and simplified hanzi only where they differ', () => {
    for (const p of all) {
      expect(stripTones(p.pinyin), p.code).toBe(p.pinyinPlain);
      expect(p.pinyin, p.code).not.toBe(p.pinyinPlain);
      if (p.hanziSimplified !== undefined) expect(p.hanziSimplified, p.code).not.toBe(p.hanzi);
    }
  });

  it.each([
    ['LI19', 'Kǒuhéliáo', 'Kouheliao', '口禾髎', undefined],
    ['LI5', 'Yángxī', 'Yangxi', '陽谿', '阳溪'],
    ['ST41', 'Jiěxī', 'Jiexi', '解谿', '解溪'],
    ['SP18', 'Tiānxī', 'Tianxi', '天谿', '天溪'],
    ['ST35', 'Dúbí', 'Dubi', '犢鼻', '犊鼻'],
    ['ST45', 'Lìduì', 'Lidui', '厲兌', '厉兑'],
    ['LU7', 'Lièquē', 'Lieque', '列缺', undefined],
    ['ST13', 'Qìhù', 'Qihu', '氣戶', '气户'],
    ['ST30', 'Qìchōng', 'Qichong', '氣衝', '气冲'],
    ['ST44', 'Nèitíng', 'Neiting', '內庭', '内庭'],
    ['SP6', 'Sānyīnjiāo', 'Sanyinjiao', '三陰交', '三阴交'],
    ['SP16', "Fù'āi", "Fu'ai", '腹哀', undefined],
    ['HT6', 'Yīnxì', 'Yinxi', '陰郄', '阴郄'],
    ['HT9', 'Shàochōng', 'Shaochong', '少衝', '少冲'],
  ])('spells %s the WHO way (%s)', (code, pinyin, plain, hanzi, simplified) => {
    const p = byCode.get(code)!;
    expect(p.pinyin).toBe(pinyin);
    expect(p.pinyinPlain).toBe(plain);
    expect(p.hanzi).toBe(hanzi);
    expect(p.hanziSimplified).toBe(simplified);
  });

  it('gives LI19 and LI20, and no other point of the group, an alternative location', () => {
    expect(all.filter((p) => p.alternative).map((p) => p.code)).toEqual(['LI19', 'LI20']);
  });

  it('marks the pregnancy cautions with the modern review, and ST17 as not needled', () => {
    for (const code of ['LI4', 'SP6']) {
      const c = byCode.get(code)!.cautions.find((x) => x.kind === 'pregnancy');
      expect(c, code).toBeDefined();
      expect(c!.text).toMatch(/no objective evidence/);
      expect(c!.sources?.map((s) => s.id).sort()).toEqual(['betts-budd-2011', 'carr-2015']);
    }
    expect(byCode.get('ST17')!.cautions.map((c) => c.kind)).toContain('not-needled');
    for (const code of ['LU1', 'LU2', 'ST12', 'ST13', 'ST14', 'ST15', 'ST16', 'ST18', 'SP17', 'SP21']) {
      expect(
        byCode.get(code)!.cautions.map((c) => c.kind),
        code,
      ).toContain('lung-pleura');
    }
    expect(byCode.get('ST1')!.cautions.map((c) => c.kind)).toContain('eye');
    for (const code of ['LU9', 'ST9', 'HT1', 'ST42']) {
      expect(
        byCode.get(code)!.cautions.map((c) => c.kind),
        code,
      ).toContain('major-vessel');
    }
  });

  it('lists the five transport points with their phases', () => {
    const expected: Record<string, [string, string, string, string, string]> = {
      LU: ['LU11', 'LU10', 'LU9', 'LU8', 'LU5'],
      LI: ['LI1', 'LI2', 'LI3', 'LI5', 'LI11'],
      ST: ['ST45', 'ST44', 'ST43', 'ST41', 'ST36'],
      SP: ['SP1', 'SP2', 'SP3', 'SP5', 'SP9'],
      HT: ['HT9', 'HT8', 'HT7', 'HT4', 'HT3'],
    };
    const yin = ['wood', 'fire', 'earth', 'metal', 'water'];
    const yang = ['metal', 'water', 'wood', 'fire', 'earth'];
    const kinds = ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'];
    for (const [ch, codes] of Object.entries(expected)) {
      const phases = ch === 'LI' || ch === 'ST' ? yang : yin;
      codes.forEach((code, i) => {
        const c = byCode.get(code)!.categories.find((x) => x.kind === kinds[i]);
        expect(c?.phase, `${code} ${kinds[i]}`).toBe(phases[i]);
      });
    }
  });
});
