import { describe, expect, it } from 'vitest';
import { atlasData } from '../../src/data';

const COUNTS: Record<string, number> = {
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
const meridian = atlasData.points.filter((p) => p.channel);

describe('the channel points', () => {
  it.each(Object.entries(COUNTS))('has exactly the WHO count for %s, numbered in order', (ch, n) => {
    const codes = meridian.filter((p) => p.channel === ch).map((p) => p.code);
    expect(codes).toEqual(Array.from({ length: n }, (_, i) => `${ch}${i + 1}`));
  });

  it('holds 361 unique codes in all', () => {
    expect(meridian).toHaveLength(361);
    expect(new Set(meridian.map((p) => p.code)).size).toBe(361);
  });

  it.each([
    ['BL2', 'Cuanzhu'],
    ['BL4', 'Qucha'],
    ['BL43', 'Gaohuang'],
    ['TE18', 'Chimai'],
    ['CV17', 'Danzhong'],
    ['GV26', 'Shuigou'],
    ['GV3', 'Yaoyangguan'],
    ['KI1', 'Yongquan'],
  ])('spells %s the WHO way (%s)', (code, plain) => {
    expect(meridian.find((p) => p.code === code)?.pinyinPlain).toBe(plain);
  });

  it('writes TE18 with the WHO character 瘈 and shows simplified forms where they differ', () => {
    expect(meridian.find((p) => p.code === 'TE18')?.hanzi).toContain('瘈');
    expect(meridian.find((p) => p.code === 'SP6')?.hanziSimplified).toBe('三阴交');
  });

  it('gives the six controversial points a second location', () => {
    const withAlt = meridian.filter((p) => p.alternative).map((p) => p.code);
    expect(withAlt.sort()).toEqual(['GB30', 'GV26', 'LI19', 'LI20', 'PC8', 'PC9']);
  });

  it('marks the core pregnancy cautions', () => {
    for (const code of ['LI4', 'SP6', 'BL60', 'BL67', 'GB21', 'BL31', 'BL32']) {
      expect(
        meridian.find((p) => p.code === code)?.cautions.some((c) => c.kind === 'pregnancy'),
        code,
      ).toBe(true);
    }
  });

  it('cites a source and an evidence level on every point', () => {
    for (const p of atlasData.points) {
      expect(p.sources.length, p.code).toBeGreaterThan(0);
      expect(p.evidence, p.code).toBeDefined();
    }
  });
});

describe('the extra points', () => {
  const extra = atlasData.points.filter((p) => p.code.startsWith('EX-'));
  it('lists the 48 WHO extra points', () => {
    expect(extra).toHaveLength(48);
  });
  it('places EX-B2 at all 17 levels and EX-UE7 twice on each hand', () => {
    expect(extra.find((p) => p.code === 'EX-B2')?.sites).toHaveLength(17);
    expect(extra.find((p) => p.code === 'EX-UE7')?.sites).toHaveLength(2);
  });
});
