import { describe, expect, it } from 'vitest';
import { codeOfSiteId, deckOfSites, nerveItems, quizItems } from '../../../src/core/study/decks';
import { regionSegment } from '../../../src/core/study/locateScore';
import { locateErrorByDay } from '../../../src/core/study/progress';
import { newCard, review, type StudyCard } from '../../../src/core/study/schedule';
import { studyCardId } from '../../../src/schema/records/studyCard';
import { atlasData } from '../../../src/data';

const day = (d: number) => new Date(Date.UTC(2026, 11, d, 10));

describe('study progress', () => {
  it('averages the locate error of each day over the deck’s cards, oldest day first', () => {
    let a = review(newCard('locate', 'ST36', day(1)), 3, day(1), 0.4);
    a = review(a, 1, day(4), 1.2);
    const b = review(newCard('locate', 'ST37', day(1)), 3, day(1), 0.2);
    const other = review(newCard('locate', 'SP6', day(1)), 1, day(1), 5);
    const name = review(newCard('name', 'ST36', day(2)), 3, day(2));
    const cards = new Map<string, StudyCard>(
      [a, b, other, name].map((c) => [studyCardId(c.quiz, c.item), c]),
    );
    const days = locateErrorByDay(['ST36', 'ST37'], cards);
    expect(days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-04']);
    expect(days[0].meanBcun).toBeCloseTo(0.3, 9);
    expect(days[0].answers).toBe(2);
    expect(days[1]).toEqual({ day: '2026-12-04', meanBcun: 1.2, answers: 1 });
  });

  it('makes a tour’s deck of the points its scenes highlight, each once, ear and nerve sites left out', () => {
    const items = quizItems(atlasData.points);
    expect(codeOfSiteId('EX-B2:T1.L')).toBe('EX-B2');
    const deck = deckOfSites(
      'tour',
      'lbp',
      'Low back',
      ['BL23.L', 'BL23.R', 'NPT-X.L', 'GV4', 'EX-B2:L4.R'],
      items,
    );
    expect(deck).toEqual({
      id: 'tour:lbp',
      kind: 'tour',
      title: 'Low back',
      codes: ['BL23', 'GV4', 'EX-B2'],
    });
    expect(deckOfSites('tour', 'ear', 'Ear', ['AH6a.L'], items)).toBeUndefined();
  });
});

describe('nerve exit sites as quiz items', () => {
  it('keep one item per site code, in their diagram’s own region, measured by the nearest body region', () => {
    const items = nerveItems([
      { code: 'NPT-A', name: 'Site A', nerve: 'saphenous', region: 'knee' },
      { code: 'NPT-A', name: 'Site A', nerve: 'saphenous', region: 'knee' },
      { code: 'NPT-B', name: 'Site B', nerve: 'sural', region: 'leg-foot' },
    ]);
    expect(items.map((i) => [i.code, i.region, i.measureRegion, i.layer])).toEqual([
      ['NPT-A', 'nerve sites: knee', 'knee-leg', 'npt'],
      ['NPT-B', 'nerve sites: leg-foot', 'knee-leg', 'npt'],
    ]);
    // a region no segment is known for has no fallback, rather than a wrong one
    expect(regionSegment('nerve sites: knee' as never, { umbilicus: [0, 1, 0] })).toBeUndefined();
  });
});
