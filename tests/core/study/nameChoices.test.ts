import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameChoices, seededRandom, type QuizItem } from '../../../src/core/study/nameChoices';
import { quizItems } from '../../../src/core/study/decks';
import { atlasData } from '../../../src/data';

const items = quizItems(atlasData.points);

describe('the name quiz chooser', () => {
  it('never offers the right answer twice nor a choice from another region (any point, any seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: items.length - 1 }),
        fc.integer(),
        fc.integer({ min: 2, max: 6 }),
        (i, seed, n) => {
          const answer = items[i];
          const choices = nameChoices(answer, items, n, seededRandom(seed));
          expect(choices.filter((c) => c.code === answer.code)).toHaveLength(1);
          expect(new Set(choices.map((c) => c.code)).size).toBe(choices.length);
          for (const c of choices) expect(c.region).toBe(answer.region);
          expect(choices.length).toBeLessThanOrEqual(n);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('offers the nearest points of the same channel first', () => {
    const st36 = items.find((p) => p.code === 'ST36')!;
    const choices = nameChoices(st36, items, 4, seededRandom(1)).filter((c) => c.code !== 'ST36');
    const st = choices.filter((c) => c.channel === 'ST');
    expect(st.length).toBeGreaterThanOrEqual(2);
    for (const c of st) expect(Math.abs(c.order! - st36.order!)).toBeLessThanOrEqual(3);
  });

  it('repeats the same choices for the same seed and keeps a duplicated pool entry once', () => {
    const a = items.find((p) => p.code === 'SP6')!;
    const twice: QuizItem[] = [...items, ...items];
    const one = nameChoices(a, twice, 4, seededRandom(7)).map((c) => c.code);
    expect(nameChoices(a, twice, 4, seededRandom(7)).map((c) => c.code)).toEqual(one);
    expect(new Set(one).size).toBe(one.length);
  });
});
