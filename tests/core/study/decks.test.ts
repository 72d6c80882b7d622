import { describe, expect, it } from 'vitest';
import { askableCodes, buildDecks, quizItems } from '../../../src/core/study/decks';
import { KEY_POINT_MEASURE, keyPointItems, levelStudyItems } from '../../../src/core/study/neuroStudyItems';
import { DERMATOME_LEVELS } from '../../../src/core/dermatomeLevels';
import { atlasData } from '../../../src/data';
import { neuroData } from '../../../src/data/neuro';

const keyPoints = keyPointItems(neuroData.keyPoints);
const items = [...quizItems(atlasData.points), ...keyPoints, ...levelStudyItems()];

describe('the decks of the study mode', () => {
  it('has a deck of the ISNCSCI key points and one of the dermatome levels, each once', () => {
    const decks = buildDecks(items);
    const keys = decks.find((d) => d.id === 'layer:dermatome-key')!;
    expect(keys.title).toBe('ISNCSCI key points');
    expect(keys.codes).toHaveLength(28);
    expect(keys.codes[0]).toBe('KSP-C2');
    const levels = decks.find((d) => d.id === 'layer:dermatomes')!;
    expect(levels.codes).toEqual([...DERMATOME_LEVELS]);
    // their region decks would hold the same codes again: left to the layer decks
    expect(decks.some((d) => d.kind === 'region' && d.codes.includes('KSP-C2'))).toBe(false);
    expect(decks.some((d) => d.kind === 'region' && d.codes.includes('C6'))).toBe(false);
    expect(decks.find((d) => d.id === 'region:knee-leg')!.codes).toContain('ST36');
  });

  it('asks the levels only in the level quiz, and everything else only in the others', () => {
    const mixed = items.map((i) => i.code);
    expect(askableCodes('level', mixed, items)).toEqual([...DERMATOME_LEVELS]);
    const located = askableCodes('locate', mixed, items);
    expect(located).toContain('ST36');
    expect(located).toContain('KSP-C6');
    expect(located).not.toContain('C6');
    expect(askableCodes('name', ['C6', 'ST36'], items)).toEqual(['ST36']);
    expect(askableCodes('order', ['C6', 'ST36'], items)).toEqual(['C6', 'ST36']);
  });

  it('measures every key point in a region, and names them by level', () => {
    for (const k of keyPoints) expect(k.measureRegion, k.code).toBeDefined();
    expect(Object.keys(KEY_POINT_MEASURE).sort()).toEqual([...DERMATOME_LEVELS].sort());
    const c6 = keyPoints.find((k) => k.code === 'KSP-C6')!;
    expect(c6).toMatchObject({
      layer: 'dermatome-key',
      measureRegion: 'hand',
      english: 'C6 key sensory point',
    });
    expect(keyPoints.find((k) => k.code === 'KSP-L4')!.measureRegion).toBe('knee-leg');
  });
});
