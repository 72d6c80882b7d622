/**
 * Shared helpers for the schema tests of the point and channel data: the WHO counts, file loading, the source ids,
 * and the walkers over the references of a recipe. Not a test file itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';
import { ChannelsFileSchema, type Channel } from '../../src/schema/channel';
import { PointsFileSchema, type PointRecord } from '../../src/schema/point';
import type { Anchor, RecipeInput } from '../../src/schema/recipe';

export const ROOT = resolve(__dirname, '../..');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
}

/**
 * WHO 2008 point counts per channel (reference-facts §1), in the standard's channel order. Kept as a table, not read
 * from data/channels.json, so that the channel records are checked against the standard rather than against themselves.
 */
export const WHO_COUNTS: Readonly<Record<string, number>> = {
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

/** WHO 1991 extra points per region, in the standard's order (48 in all). */
export const EX_COUNTS: Readonly<Record<string, number>> = { HN: 15, CA: 1, B: 9, UE: 11, LE: 12 };

/** `prefix1` … `prefixN`. */
export const range = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

export const EX_CODES: readonly string[] = Object.entries(EX_COUNTS).flatMap(([k, n]) => range(`EX-${k}`, n));

/** The point files of data/points, by group: one per channel, then the extra points. */
export const POINT_GROUPS: readonly string[] = [...Object.keys(WHO_COUNTS), 'EX'];

/** The codes each point file must hold, in order. */
export function expectedCodes(group: string): string[] {
  return group === 'EX' ? [...EX_CODES] : range(group, WHO_COUNTS[group]);
}

export const pointFilePath = (group: string): string => resolve(ROOT, `data/points/${group}.json`);

/** The `.json` files present in data/points, without extension. */
export function pointFilesOnDisk(): string[] {
  return readdirSync(resolve(ROOT, 'data/points'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));
}

/** A point file parsed with the schema (throws on a schema error); undefined when the file is missing. */
export function loadPointFile(group: string): { group: string; points: PointRecord[] } | undefined {
  if (!existsSync(pointFilePath(group))) return undefined;
  return PointsFileSchema.parse(readJson(`data/points/${group}.json`));
}

export function loadChannels(): Channel[] {
  return ChannelsFileSchema.parse(readJson('data/channels.json')).channels;
}

export function loadSourceIds(): Set<string> {
  return new Set((readJson('data/sources.json') as { sources: { id: string }[] }).sources.map((s) => s.id));
}

/** A stored landmark name, or a bilateral landmark written bare (it takes the side of the site being resolved). */
export function isLandmark(ref: string): boolean {
  return ALL_LANDMARK_NAMES.includes(ref) || isBilateralLandmark(ref);
}

/** A point reference: a channel or extra point code, with an optional site key (`EX-B2:T1`). */
const POINT_REF = /^([A-Z]{2}\d{1,2}|EX-(?:HN|CA|B|UE|LE)\d{1,2})(?::([A-Za-z0-9]+))?$/;

/** The code and site key a reference names, or undefined when it is not written as a point reference. */
export function parsePointRef(ref: string): { code: string; key?: string } | undefined {
  const m = POINT_REF.exec(ref);
  if (!m) return undefined;
  return m[2] === undefined ? { code: m[1] } : { code: m[1], key: m[2] };
}

function anchorRefs(a: Anchor): string[] {
  if (typeof a === 'string') return [a];
  return 'mid' in a ? [...a.mid] : [...a.between];
}

/** Every reference a recipe names: its start and the anchors of its `toward` and `level` steps. */
export function recipeRefs(r: RecipeInput): string[] {
  const refs = anchorRefs(r.start);
  for (const s of r.steps ?? []) {
    if (s.op === 'toward') refs.push(...anchorRefs(s.to));
    if (s.op === 'level') refs.push(...anchorRefs(s.with));
  }
  return refs;
}

/** Every recipe of a point: the recipe, the recipe of each site, and that of the alternative location. */
export function pointRecipes(p: PointRecord): RecipeInput[] {
  return [
    ...(p.recipe ? [p.recipe] : []),
    ...(p.sites ?? []).map((s) => s.recipe),
    ...(p.alternative ? [p.alternative.recipe] : []),
  ];
}

/** Pinyin without its tone marks, ü written u (Zhōnglǚshū → Zhonglushu). */
export function plainPinyin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** The five transport points, from the fingers and toes up, and the phases the standard gives them. */
export const TRANSPORT_KINDS = ['jing-well', 'ying-spring', 'shu-stream', 'jing-river', 'he-sea'] as const;
export const TRANSPORT_PHASES = {
  yin: ['wood', 'fire', 'earth', 'metal', 'water'],
  yang: ['metal', 'water', 'wood', 'fire', 'earth'],
} as const;
