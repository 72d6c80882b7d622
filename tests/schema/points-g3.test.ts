import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { PointsFileSchema, type PointRecord } from '../../src/schema/point';
import type { Anchor, Recipe } from '../../src/schema/recipe';

/** Group 3: the Pericardium, Triple Energizer, Gallbladder and Liver channels. */
const GROUP: Record<string, number> = { PC: 9, TE: 23, GB: 44, LR: 14 };

/** WHO 2008 point counts per channel, to tell a valid point code from a typo. */
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
const sourceIds = new Set(
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

const POINT_REF = /^([A-Z]{2})(\d{1,2})$|^EX-(HN|CA|B|UE|LE)(\d{1,2})(:[A-Za-z0-9]+)?$/;

function isPointRef(ref: string): boolean {
  return /^[A-Z]{2}\d/.test(ref) || ref.startsWith('EX-');
}

function validPointCode(ref: string): boolean {
  const m = POINT_REF.exec(ref);
  if (!m) return false;
  if (m[1]) return m[1] in WHO_COUNTS && Number(m[2]) >= 1 && Number(m[2]) <= WHO_COUNTS[m[1]];
  return Number(m[4]) >= 1 && Number(m[4]) <= EXTRA_COUNTS[m[3]];
}

function validLandmark(ref: string): boolean {
  return landmarkNames.has(ref) || isBilateralLandmark(ref);
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

function pointRecipes(p: PointRecord): Recipe[] {
  const out: Recipe[] = [];
  if (p.recipe) out.push(p.recipe);
  for (const s of p.sites ?? []) out.push(s.recipe);
  if (p.alternative) out.push(p.alternative.recipe);
  return out;
}

const all: Record<string, PointRecord[]> = {};
for (const g of Object.keys(GROUP)) all[g] = load(g);
const byCode = new Map(Object.values(all).flatMap((pts) => pts.map((p) => [p.code, p] as const)));

describe('group 3 point files (PC, TE, GB, LR)', () => {
  it.each(Object.entries(GROUP))('%s has exactly the WHO count of points, in order', (g, n) => {
    const codes = all[g].map((p) => p.code);
    expect(codes).toEqual(Array.from({ length: n }, (_, i) => `${g}${i + 1}`));
    expect(new Set(codes).size).toBe(n);
    for (const p of all[g]) {
      expect(p.channel).toBe(g);
      expect(p.laterality).toBe('bilateral');
      expect(p.evidence).toBe('standard');
    }
  });

  it('has 90 points in all', () => {
    expect(byCode.size).toBe(90);
  });

  it('names only known landmarks and valid WHO point codes in its recipes', () => {
    const bad: string[] = [];
    for (const p of byCode.values()) {
      expect(p.recipe ?? p.sites ?? p.notDrawn, `${p.code} has no recipe`).toBeDefined();
      for (const r of pointRecipes(p)) {
        for (const ref of recipeRefs(r)) {
          const ok = isPointRef(ref) ? validPointCode(ref) && ref !== p.code : validLandmark(ref);
          if (!ok) bad.push(`${p.code}: ${ref}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('cites only registered sources, with WHO 2008 for every point', () => {
    for (const p of byCode.values()) {
      const refs = [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])];
      for (const s of refs) expect(sourceIds.has(s.id), `${p.code} cites ${s.id}`).toBe(true);
      expect(p.sources.find((s) => s.id === 'who-2008')?.locator).toContain(p.code);
    }
  });

  it('gives pinyin with tone marks and a plain form that matches it', () => {
    for (const p of byCode.values()) {
      const stripped = p.pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(stripped, p.code).toBe(p.pinyinPlain);
      expect(p.pinyin, p.code).not.toBe(p.pinyinPlain);
      if (p.hanziSimplified !== undefined) expect(p.hanziSimplified, p.code).not.toBe(p.hanzi);
    }
  });

  it('keeps the WHO spellings and forms of the group', () => {
    const te18 = byCode.get('TE18')!;
    expect(te18.pinyinPlain).toBe('Chimai');
    expect(te18.pinyin).toBe('Chìmài');
    expect(te18.hanzi).toBe('瘈脈');
    expect(byCode.get('TE11')!.pinyinPlain).toBe('Qinglengyuan');
    expect(byCode.get('GB12')!.pinyinPlain).toBe('Wangu');
    expect(byCode.get('PC6')!.hanzi).toBe('內關');
    expect(byCode.get('PC6')!.hanziSimplified).toBe('内关');
    expect(byCode.get('LR3')!.hanzi).toBe('太衝');
    expect(byCode.get('GB41')!.pinyin).toBe('Zúlínqì');
    expect(byCode.get('GB15')!.pinyin).toBe('Tóulínqì');
  });

  it('gives the controversial points of the group their alternative location', () => {
    for (const code of ['PC8', 'PC9', 'GB30']) expect(byCode.get(code)!.alternative, code).toBeDefined();
    const others = [...byCode.values()].filter(
      (p) => p.alternative && !['PC8', 'PC9', 'GB30'].includes(p.code),
    );
    expect(others.map((p) => p.code)).toEqual([]);
  });

  it('marks GB21 with the pregnancy caution and its modern evidence', () => {
    const preg = byCode.get('GB21')!.cautions.find((c) => c.kind === 'pregnancy')!;
    expect(preg.sources?.map((s) => s.id).sort()).toEqual(['betts-budd-2011', 'carr-2015']);
    expect(preg.text).toMatch(/no objective evidence/);
  });

  it('lists the five transport points of each channel with their phases', () => {
    const phases = (g: string) =>
      all[g].flatMap((p) =>
        p.categories
          .filter((c) => ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'].includes(c.kind))
          .map((c) => `${p.code}:${c.kind}:${c.phase}`),
      );
    expect(phases('PC')).toEqual([
      'PC3:he-sea:water',
      'PC5:jing-river:metal',
      'PC7:shu-stream:earth',
      'PC8:ying-spring:fire',
      'PC9:jing-well:wood',
    ]);
    expect(phases('TE')).toEqual([
      'TE1:jing-well:metal',
      'TE2:ying-spring:water',
      'TE3:shu-stream:wood',
      'TE6:jing-river:fire',
      'TE10:he-sea:earth',
    ]);
    expect(phases('GB')).toEqual([
      'GB34:he-sea:earth',
      'GB38:jing-river:fire',
      'GB41:shu-stream:wood',
      'GB43:ying-spring:water',
      'GB44:jing-well:metal',
    ]);
    expect(phases('LR')).toEqual([
      'LR1:jing-well:wood',
      'LR2:ying-spring:fire',
      'LR3:shu-stream:earth',
      'LR4:jing-river:metal',
      'LR8:he-sea:water',
    ]);
  });
});
