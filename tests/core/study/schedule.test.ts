import { describe, expect, it } from 'vitest';
import { deckProgress, locateGrade, newCard, nextCodes, review } from '../../../src/core/study/schedule';
import type { StudyCard } from '../../../src/core/study/schedule';
import { StudyCardFieldsSchema, studyCardId } from '../../../src/schema/records/studyCard';

/**
 * The FSRS-6 model written out from its published formulas (open-spaced-repetition wiki, "The Algorithm"), with the
 * default weights, to derive the expected figures independently of the library's code.
 */
const W = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
  1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
const DECAY = -W[20];
const FACTOR = 0.9 ** (1 / DECAY) - 1;
const clampD = (d: number) => Math.min(10, Math.max(1, d));
const R = (t: number, s: number) => (1 + (FACTOR * t) / s) ** DECAY;
const D0 = (g: number) => W[4] - Math.exp(W[5] * (g - 1)) + 1;
const nextD = (d: number, g: number) => {
  const d1 = d - W[6] * (g - 3) * ((10 - d) / 9);
  return clampD(W[7] * D0(4) + (1 - W[7]) * d1);
};
const recallS = (d: number, s: number, r: number) =>
  s * (1 + Math.exp(W[8]) * (11 - d) * s ** -W[9] * (Math.exp(W[10] * (1 - r)) - 1));
const forgetS = (d: number, s: number, r: number) =>
  Math.min(
    W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * Math.exp(W[14] * (1 - r)),
    s / Math.exp(W[17] * W[18]),
  );
/** At requested retention 0.9 the interval is the stability, in whole days, at least 1. */
const interval = (s: number) => Math.max(1, Math.round(s));

const DAY = 86_400_000;
const start = new Date('2026-01-05T09:00:00Z');
const days = (card: StudyCard) => card.memory.scheduledDays;

describe('the study scheduler (FSRS via ts-fsrs)', () => {
  it('follows the FSRS-6 formulas for a scripted history: good, good, good, again, good, each on its due day', () => {
    const script = [3, 3, 3, 1, 3] as const;
    let card = newCard('locate', 'ST36', start);
    let s = 0;
    let d = 0;
    let now = start;
    let last: Date | undefined;
    const got: number[] = [];
    const want: number[] = [];
    for (const g of script) {
      if (!last) {
        s = W[g - 1];
        d = clampD(D0(g));
      } else {
        const t = Math.round((now.getTime() - last.getTime()) / DAY);
        const r = R(t, s);
        s = g === 1 ? forgetS(d, s, r) : recallS(d, s, r);
        d = nextD(d, g);
      }
      card = review(card, g, now);
      expect(card.memory.stability).toBeCloseTo(s, 2);
      got.push(days(card));
      // the first answer's interval is kept above the weaker grades' (again 1 day, hard 2 days, good ≥ 3)
      want.push(!last && g === 3 ? Math.max(interval(s), 3) : interval(s));
      last = now;
      now = new Date(now.getTime() + days(card) * DAY);
      expect(new Date(card.memory.due).getTime()).toBe(now.getTime());
    }
    expect(got).toEqual(want);
    // and in words: good stretches the interval each time, again drops it back below the first good's
    expect(got[1]).toBeGreaterThan(got[0]);
    expect(got[2]).toBeGreaterThan(got[1]);
    expect(got[3]).toBeLessThan(got[1]);
    expect(got[4]).toBeGreaterThan(got[3]);
    expect(card.history.map((h) => h.grade)).toEqual([...script]);
    expect(card.memory.lapses).toBe(1);
    expect(StudyCardFieldsSchema.parse(card)).toEqual(card);
  });

  it('grades a locate answer by its error against the tolerance', () => {
    expect(locateGrade(0.05, 0.5)).toBe(4);
    expect(locateGrade(0.3, 0.5)).toBe(3);
    expect(locateGrade(0.51, 0.5)).toBe(1);
    expect(locateGrade(0.9, 1)).toBe(3);
  });

  it('counts due cards and retention per deck, and brings due cards back first', () => {
    const codes = ['ST36', 'ST37', 'ST38', 'SP6'];
    const a = review(newCard('locate', 'ST36', start), 3, start, 0.2);
    const b = review(newCard('locate', 'ST37', start), 1, start, 2.5);
    const cards = new Map([a, b].map((c) => [studyCardId(c.quiz, c.item), c]));
    const now = new Date(start.getTime() + 1.5 * DAY);
    const p = deckProgress(codes, 'locate', cards, now);
    // ST37 (again: due next day) and the two unseen cards are due; ST36 (good: 3 days) is not
    expect(p).toMatchObject({ total: 4, seen: 2, due: 3, retention: 0.5 });
    expect(p.meanErrorBcun).toBeCloseTo(1.35, 6);
    expect(nextCodes(codes, 'locate', cards, now, 3)).toEqual(['ST37', 'ST38', 'SP6']);
    // a round longer than what is due is filled with the cards due soonest
    expect(nextCodes(codes, 'locate', cards, now, 5)).toEqual(['ST37', 'ST38', 'SP6', 'ST36']);
    const later = new Date(start.getTime() + 3 * DAY);
    expect(nextCodes(codes, 'locate', cards, later, 2)).toEqual(['ST37', 'ST36']);
  });
});
