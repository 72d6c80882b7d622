import { describe, expect, it } from 'vitest';
import { DataError, parseAtlasData } from '../../src/schema/atlasData';

const source = { id: 'who-2008', title: 'WHO', kind: 'standard', summary: 'The standard.' };
const channel = {
  code: 'LU',
  english: 'Lung',
  pinyin: 'Shǒutàiyīn',
  hanzi: '手太陰肺經',
  organ: 'lung',
  phase: 'metal',
  limb: 'hand',
  polarity: 'yin',
  pairedWith: 'LI',
  pointCount: 1,
  colour: '#aabbcc',
  summary: 'A channel.',
  sources: [{ id: 'who-2008', locator: 'LU' }],
};
const point = {
  code: 'LU1',
  channel: 'LU',
  pinyin: 'Zhōngfǔ',
  pinyinPlain: 'Zhongfu',
  hanzi: '中府',
  english: 'Central Residence',
  region: 'chest',
  laterality: 'bilateral',
  location: 'On the chest below the lateral clavicle.',
  recipe: { start: 'coracoid' },
  sources: [{ id: 'who-2008', locator: 'LU1' }],
  evidence: 'standard',
};
const raw = (p: object, extra: object = {}) => ({
  sources: { schemaVersion: 1, sources: [source] },
  channels: { schemaVersion: 1, channels: [channel] },
  pointFiles: { LU: { schemaVersion: 1, group: 'LU', points: [p] }, ...extra },
});

describe('atlas data loading', () => {
  it('accepts valid data and fills defaults', () => {
    const data = parseAtlasData(raw(point));
    expect(data.points[0].categories).toEqual([]);
    expect(data.points[0].recipe?.steps).toEqual([]);
  });

  it('names the file, item and field of a schema error', () => {
    expect(() => parseAtlasData(raw({ ...point, evidence: 'proven' }))).toThrow(
      /points\/LU\.json: points\.0\.evidence/,
    );
  });

  it('rejects an unknown source id, a duplicate code and a wrong channel count', () => {
    const bad = { ...point, sources: [{ id: 'nowhere', locator: 'x' }] };
    try {
      parseAtlasData(raw(bad, { EX: { schemaVersion: 1, group: 'LU', points: [point] } }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      const text = (e as DataError).problems.join('\n');
      expect(text).toMatch(/LU1: unknown source "nowhere"/);
      expect(text).toMatch(/LU1: code used twice/);
      expect(text).toMatch(/LU: 2 points, channel record says 1/);
    }
  });
});
