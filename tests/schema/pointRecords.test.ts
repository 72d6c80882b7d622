/**
 * One data-driven test over every point record in data/points: the rules every point obeys, then the facts of the
 * standard the colleagues pinned for their groups (spelling traps, cautions, alternatives, multi-site keys) as tables.
 */
import { describe, expect, it } from 'vitest';
import type { PointRecord } from '../../src/schema/point';
import {
  EX_CODES,
  POINT_GROUPS,
  TRANSPORT_KINDS,
  TRANSPORT_PHASES,
  WHO_COUNTS,
  expectedCodes,
  isLandmark,
  loadChannels,
  loadPointFile,
  loadSourceIds,
  parsePointRef,
  plainPinyin,
  pointFilesOnDisk,
  pointRecipes,
  recipeRefs,
} from './pointRefs';

const files = new Map(POINT_GROUPS.map((g) => [g, loadPointFile(g)] as const));
const pointsOf = (group: string): PointRecord[] => files.get(group)?.points ?? [];
const all = POINT_GROUPS.flatMap(pointsOf);
const byCode = new Map(all.map((p) => [p.code, p] as const));
const channelPoints = all.filter((p) => p.channel !== undefined);
const channels = loadChannels();
const sourceIds = loadSourceIds();

function get(code: string): PointRecord {
  const p = byCode.get(code);
  if (!p) throw new Error(`missing ${code}`);
  return p;
}

// ---- Tables: the facts of the standard pinned by each group --------------------------------------------------

/** Points in each colleague's group, in all. */
const GROUP_TOTALS: [string, string[], number][] = [
  ['group 1', ['LU', 'LI', 'ST', 'SP', 'HT'], 106],
  ['group 2', ['SI', 'BL', 'KI'], 113],
  ['group 3', ['PC', 'TE', 'GB', 'LR'], 90],
  ['group 4', ['GV', 'CV', 'EX'], 100],
];

/** WHO spellings: a field left out is not checked; `hanziSimplified: undefined` says there is none. */
interface Spelling {
  code: string;
  pinyin?: string;
  plain?: string;
  hanzi?: string;
  hanziSimplified?: string;
}
const SPELLINGS: Spelling[] = [
  // group 1
  { code: 'LI19', pinyin: 'Kǒuhéliáo', plain: 'Kouheliao', hanzi: '口禾髎', hanziSimplified: undefined },
  { code: 'LI5', pinyin: 'Yángxī', plain: 'Yangxi', hanzi: '陽谿', hanziSimplified: '阳溪' },
  { code: 'ST41', pinyin: 'Jiěxī', plain: 'Jiexi', hanzi: '解谿', hanziSimplified: '解溪' },
  { code: 'SP18', pinyin: 'Tiānxī', plain: 'Tianxi', hanzi: '天谿', hanziSimplified: '天溪' },
  { code: 'ST35', pinyin: 'Dúbí', plain: 'Dubi', hanzi: '犢鼻', hanziSimplified: '犊鼻' },
  { code: 'ST45', pinyin: 'Lìduì', plain: 'Lidui', hanzi: '厲兌', hanziSimplified: '厉兑' },
  { code: 'LU7', pinyin: 'Lièquē', plain: 'Lieque', hanzi: '列缺', hanziSimplified: undefined },
  { code: 'ST13', pinyin: 'Qìhù', plain: 'Qihu', hanzi: '氣戶', hanziSimplified: '气户' },
  { code: 'ST30', pinyin: 'Qìchōng', plain: 'Qichong', hanzi: '氣衝', hanziSimplified: '气冲' },
  { code: 'ST44', pinyin: 'Nèitíng', plain: 'Neiting', hanzi: '內庭', hanziSimplified: '内庭' },
  { code: 'SP6', pinyin: 'Sānyīnjiāo', plain: 'Sanyinjiao', hanzi: '三陰交', hanziSimplified: '三阴交' },
  { code: 'SP16', pinyin: "Fù'āi", plain: "Fu'ai", hanzi: '腹哀', hanziSimplified: undefined },
  { code: 'HT6', pinyin: 'Yīnxì', plain: 'Yinxi', hanzi: '陰郄', hanziSimplified: '阴郄' },
  { code: 'HT9', pinyin: 'Shàochōng', plain: 'Shaochong', hanzi: '少衝', hanziSimplified: '少冲' },
  // group 2
  { code: 'BL2', pinyin: 'Cuánzhú', plain: 'Cuanzhu' },
  { code: 'BL4', plain: 'Qucha' },
  { code: 'BL43', plain: 'Gaohuang', hanzi: '膏肓' },
  { code: 'KI1', pinyin: 'Yǒngquán', plain: 'Yongquan' },
  { code: 'BL23', hanzi: '腎兪', hanziSimplified: '肾俞' },
  { code: 'SI3', hanzi: '後谿', hanziSimplified: '后溪' },
  // group 3 (TE18 with the WHO character 瘈)
  { code: 'TE18', pinyin: 'Chìmài', plain: 'Chimai', hanzi: '瘈脈' },
  { code: 'TE11', plain: 'Qinglengyuan' },
  { code: 'GB12', plain: 'Wangu' },
  { code: 'PC6', hanzi: '內關', hanziSimplified: '内关' },
  { code: 'LR3', hanzi: '太衝' },
  { code: 'GB41', pinyin: 'Zúlínqì' },
  { code: 'GB15', pinyin: 'Tóulínqì' },
  // group 4
  { code: 'GV26', pinyin: 'Shuǐgōu', plain: 'Shuigou' },
  { code: 'GV3', pinyin: 'Yāoyángguān', plain: 'Yaoyangguan' },
  { code: 'CV17', pinyin: 'Dànzhōng', plain: 'Danzhong' },
  { code: 'GV2', hanzi: '腰兪', hanziSimplified: '腰俞' },
];

/** The controversial points that carry a second location, and no other. */
const WITH_ALTERNATIVE = ['LI19', 'LI20', 'PC8', 'PC9', 'GB30', 'GV26'];

/** WHO reference points: resolved straight from landmarks, never from another point. */
const REFERENCE_POINTS = [
  ...['LU5', 'LU9', 'LI5', 'LI11', 'LI15', 'ST8', 'ST30', 'ST34', 'ST35', 'ST41', 'SP9', 'SP12'],
  ...['BL60', 'KI3'],
  'GV20',
];

/** Cautions that must be present (a point may carry more). */
const CAUTIONS: [string, string[]][] = [
  ['pregnancy', ['LI4', 'SP6', 'BL31', 'BL32', 'BL60', 'BL67', 'GB21']],
  ['not-needled', ['ST17']],
  ['eye', ['ST1', 'BL1']],
  [
    'lung-pleura',
    [
      ...['LU1', 'LU2', 'ST12', 'ST13', 'ST14', 'ST15', 'ST16', 'ST18', 'SP17', 'SP21'],
      ...['BL11', 'BL13', 'BL17', 'BL43', 'KI22', 'KI27'],
    ],
  ],
  ['major-vessel', ['LU9', 'ST9', 'HT1', 'ST42']],
];

/** The five transport points of each regular channel, well → sea, and the channel's polarity. */
const TRANSPORT: [string, 'yin' | 'yang', string[]][] = [
  ['LU', 'yin', ['LU11', 'LU10', 'LU9', 'LU8', 'LU5']],
  ['LI', 'yang', ['LI1', 'LI2', 'LI3', 'LI5', 'LI11']],
  ['ST', 'yang', ['ST45', 'ST44', 'ST43', 'ST41', 'ST36']],
  ['SP', 'yin', ['SP1', 'SP2', 'SP3', 'SP5', 'SP9']],
  ['HT', 'yin', ['HT9', 'HT8', 'HT7', 'HT4', 'HT3']],
  ['SI', 'yang', ['SI1', 'SI2', 'SI3', 'SI5', 'SI8']],
  ['BL', 'yang', ['BL67', 'BL66', 'BL65', 'BL60', 'BL40']],
  ['KI', 'yin', ['KI1', 'KI2', 'KI3', 'KI7', 'KI10']],
  ['PC', 'yin', ['PC9', 'PC8', 'PC7', 'PC5', 'PC3']],
  ['TE', 'yang', ['TE1', 'TE2', 'TE3', 'TE6', 'TE10']],
  ['GB', 'yang', ['GB44', 'GB43', 'GB41', 'GB38', 'GB34']],
  ['LR', 'yin', ['LR1', 'LR2', 'LR3', 'LR4', 'LR8']],
];

/** The site keys of the multi-site extra points; every other point has none. */
const SPINE = [...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), ...['L1', 'L2', 'L3', 'L4', 'L5']];
const SITE_KEYS: [string, string[]][] = [
  ['EX-HN1', ['A', 'P', 'L']],
  ['EX-B2', SPINE],
  ['EX-UE2', ['1', '2']],
  ['EX-UE7', ['1', '2']],
  ['EX-UE9', ['1', '2', '3', '4']],
  ['EX-UE10', ['2', '3', '4', '5']],
  ['EX-UE11', ['1', '2', '3', '4', '5']],
  ['EX-LE1', ['1', '2']],
  ['EX-LE5', ['M', 'L']],
  ['EX-LE10', ['1', '2', '3', '4']],
  ['EX-LE12', ['1', '2', '3', '4', '5']],
];

/** Points inside the mouth and nose: not drawn on the skin. */
const NOT_DRAWN = ['EX-HN9', 'EX-HN10', 'EX-HN11', 'EX-HN12', 'EX-HN13'];

// ---- The files ------------------------------------------------------------------------------------------------

describe('the point files', () => {
  it('are the 14 channel files and the extra points, no more', () => {
    expect(pointFilesOnDisk().sort()).toEqual([...POINT_GROUPS].sort());
  });

  it.each(POINT_GROUPS)('%s: names its group, holds exactly the WHO codes in order', (group) => {
    const file = files.get(group);
    expect(file, `data/points/${group}.json is missing`).toBeDefined();
    expect(file!.group).toBe(group);
    expect(file!.points.map((p) => p.code)).toEqual(expectedCodes(group));
  });

  it.each(GROUP_TOTALS)('%s holds its points once each (%j, %i in all)', (_, groups, n) => {
    const codes = groups.flatMap(pointsOf).map((p) => p.code);
    expect(codes).toHaveLength(n);
    expect(new Set(codes).size).toBe(n);
  });

  it('holds 361 channel points and the 48 extra points, every code once', () => {
    expect(channelPoints).toHaveLength(361);
    expect(new Set(channelPoints.map((p) => p.code)).size).toBe(361);
    expect(all.filter((p) => p.code.startsWith('EX-')).map((p) => p.code)).toEqual(EX_CODES);
    expect(byCode.size).toBe(all.length);
  });

  it('puts each point in its channel, the extra points in none', () => {
    for (const group of POINT_GROUPS) {
      for (const p of pointsOf(group)) expect(p.channel, p.code).toBe(group === 'EX' ? undefined : group);
    }
  });
});

// ---- Rules over every point -----------------------------------------------------------------------------------

describe('every point', () => {
  it('lies on both sides on a regular channel and on the midline on GV and CV', () => {
    for (const p of channelPoints) {
      expect(p.laterality, p.code).toBe(p.channel === 'GV' || p.channel === 'CV' ? 'midline' : 'bilateral');
    }
  });

  it('is drawn with exactly one of recipe or sites (off the skin: a recipe for its schematic marker)', () => {
    for (const p of all) {
      expect((p.recipe === undefined) !== (p.sites === undefined), p.code).toBe(true);
      if (p.notDrawn !== undefined) expect(p.recipe, p.code).toBeDefined();
    }
  });

  it('on a channel is drawn with one recipe, never with sites', () => {
    for (const p of channelPoints) {
      expect(p.recipe, p.code).toBeDefined();
      expect(p.sites, p.code).toBeUndefined();
      expect(p.notDrawn, p.code).toBeUndefined();
    }
  });

  it('refers only to known landmarks and to points of the data, never to itself', () => {
    const bad: string[] = [];
    for (const p of all) {
      for (const ref of pointRecipes(p).flatMap(recipeRefs)) {
        const point = parsePointRef(ref);
        if (point === undefined) {
          if (!isLandmark(ref)) bad.push(`${p.code}: unknown landmark "${ref}"`);
          continue;
        }
        const target = byCode.get(point.code);
        if (!target) bad.push(`${p.code}: unknown point "${ref}"`);
        else if (point.code === p.code) bad.push(`${p.code}: refers to itself`);
        else if (point.key !== undefined && !(target.sites ?? []).some((s) => s.key === point.key))
          bad.push(`${p.code}: "${ref}" names no site of ${point.code}`);
        else if (p.channel !== undefined && target.channel === undefined)
          bad.push(`${p.code}: a channel point refers to the extra point "${ref}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no cycles among the references between points', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (code: string, trail: string[]): void => {
      const p = byCode.get(code);
      if (!p || state.get(code) === 'done') return;
      expect(state.get(code), `cycle: ${[...trail, code].join(' → ')}`).not.toBe('visiting');
      state.set(code, 'visiting');
      for (const ref of pointRecipes(p).flatMap(recipeRefs)) {
        const point = parsePointRef(ref);
        if (point) visit(point.code, [...trail, code]);
      }
      state.set(code, 'done');
    };
    for (const code of byCode.keys()) visit(code, []);
  });

  it('cites only registered sources, WHO 1991 always, WHO 2008 by code on the channels, GB/T on the extras', () => {
    for (const p of all) {
      const ids = [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])].map((s) => s.id);
      for (const id of ids) expect(sourceIds.has(id), `${p.code}: unknown source ${id}`).toBe(true);
      expect(p.sources.length, p.code).toBeGreaterThan(0);
      expect(
        p.sources.some((s) => s.id === 'who-1991'),
        p.code,
      ).toBe(true);
      expect(p.evidence, p.code).toBe('standard');
      if (p.channel !== undefined) {
        expect(p.sources.find((s) => s.id === 'who-2008')?.locator, p.code).toMatch(
          new RegExp(`^${p.code},`),
        );
      } else {
        expect(p.sources.map((s) => s.id)).toContain('gbt-12346-2006');
      }
    }
  });

  it('writes pinyinPlain as the toned pinyin without its marks, and simplified hanzi only where they differ', () => {
    for (const p of all) {
      expect(plainPinyin(p.pinyin), p.code).toBe(p.pinyinPlain);
      expect(p.pinyin, `${p.code} has no tone marks`).not.toBe(p.pinyinPlain);
      expect(p.hanziSimplified, p.code).not.toBe(p.hanzi);
    }
  });

  it('writes ü only in BL29 Zhōnglǚshū (plain: u)', () => {
    const withU = all.filter((p) => /u\u0308/.test(p.pinyin.normalize('NFD')));
    expect(withU.map((p) => p.code)).toEqual(['BL29']);
    expect(get('BL29').pinyinPlain).toBe('Zhonglushu');
  });

  it('carries a pregnancy caution only with the modern review: no objective evidence', () => {
    for (const p of all) {
      for (const c of p.cautions.filter((x) => x.kind === 'pregnancy')) {
        expect(c.text, p.code).toMatch(/no objective evidence/);
        expect(c.sources?.map((s) => s.id).sort(), p.code).toEqual(['betts-budd-2011', 'carr-2015']);
      }
    }
  });

  it('gives a five-phase phase to transport points only', () => {
    const kinds: readonly string[] = TRANSPORT_KINDS;
    for (const p of all) {
      for (const c of p.categories) if (!kinds.includes(c.kind)) expect(c.phase, p.code).toBeUndefined();
    }
  });
});

// ---- The facts of the standard, table by table ----------------------------------------------------------------

describe('the standard, point by point', () => {
  it.each(SPELLINGS.map((s) => [s.code, s] as const))('spells %s the WHO way', (code, s) => {
    const p = get(code);
    if ('pinyin' in s) expect(p.pinyin).toBe(s.pinyin);
    if ('plain' in s) expect(p.pinyinPlain).toBe(s.plain);
    if ('hanzi' in s) expect(p.hanzi).toBe(s.hanzi);
    if ('hanziSimplified' in s) expect(p.hanziSimplified).toBe(s.hanziSimplified);
  });

  it('gives the six controversial points, and no other, a second location', () => {
    expect(all.filter((p) => p.alternative).map((p) => p.code)).toEqual(WITH_ALTERNATIVE);
  });

  it.each(REFERENCE_POINTS)('resolves the WHO reference point %s from landmarks only', (code) => {
    const refs = pointRecipes(get(code)).flatMap(recipeRefs);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(isLandmark(ref), `${code}: ${ref}`).toBe(true);
  });

  it.each(CAUTIONS)('marks the %s caution on %j', (kind, codes) => {
    for (const code of codes) {
      expect(
        get(code).cautions.map((c) => c.kind),
        code,
      ).toContain(kind);
    }
  });

  it.each(TRANSPORT)(
    'lists the five transport points of %s (%s) with their phases',
    (ch, polarity, codes) => {
      expect(channels.find((c) => c.code === ch)?.polarity).toBe(polarity);
      const found = pointsOf(ch).flatMap((p) =>
        p.categories
          .filter((c) => (TRANSPORT_KINDS as readonly string[]).includes(c.kind))
          .map((c) => `${p.code}:${c.kind}:${c.phase}`),
      );
      const expected = codes.map(
        (code, i) => `${code}:${TRANSPORT_KINDS[i]}:${TRANSPORT_PHASES[polarity][i]}`,
      );
      expect(found.sort()).toEqual(expected.sort());
    },
  );

  it('gives the transport phases to all twelve regular channels', () => {
    const regular = channels.filter((c) => c.limb !== null).map((c) => c.code);
    expect(TRANSPORT.map(([ch]) => ch)).toEqual(regular);
    expect(regular).toEqual(Object.keys(WHO_COUNTS).filter((c) => c !== 'GV' && c !== 'CV'));
  });

  it('gives the multi-site extra points their keys, and no other point sites', () => {
    expect(all.filter((p) => p.sites).map((p) => p.code)).toEqual(SITE_KEYS.map(([code]) => code));
    for (const [code, keys] of SITE_KEYS) {
      expect(
        get(code).sites?.map((s) => s.key),
        code,
      ).toEqual(keys);
    }
    expect(get('EX-B2').sites).toHaveLength(17);
    expect(get('EX-UE7').sites).toHaveLength(2);
  });

  it('draws EX-HN1 on the midline front and back and on both sides laterally', () => {
    const hn1 = get('EX-HN1');
    expect(hn1.laterality).toBe('bilateral');
    expect(hn1.sites?.find((s) => s.key === 'A')?.laterality).toBe('midline');
    expect(hn1.sites?.find((s) => s.key === 'P')?.laterality).toBe('midline');
    expect(hn1.sites?.find((s) => s.key === 'L')?.laterality).toBeUndefined();
  });

  it('marks the points inside the mouth and nose as off the skin with a schematic marker, and no other', () => {
    expect(all.filter((p) => p.notDrawn).map((p) => p.code)).toEqual(NOT_DRAWN);
    for (const code of NOT_DRAWN) expect(get(code).notDrawn, code).toMatch(/schematic/i);
    expect(get('EX-HN10').uncertainty).toBeTruthy();
  });

  it('puts CV8 in the upper abdomen', () => {
    expect(get('CV8').region).toBe('upper-abdomen');
  });
});
