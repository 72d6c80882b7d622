import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizItems } from '../../../src/core/study/decks';
import { keyPointChoices, nameQuestionChoices } from '../../../src/core/study/keyPointChoices';
import { levelDistance } from '../../../src/core/study/levelQuiz';
import { seededRandom } from '../../../src/core/study/nameChoices';
import { keyPointItems, levelStudyItems } from '../../../src/core/study/neuroStudyItems';
import { atlasData } from '../../../src/data';
import { neuroData } from '../../../src/data/neuro';

const keyPoints = keyPointItems(neuroData.keyPoints);
// the pool a round draws from: every item, the key points among the channel points and the levels
const pool = [...quizItems(atlasData.points), ...keyPoints, ...levelStudyItems()];
const byLevel = (level: string) => keyPoints.find((k) => k.level === level)!;
const levelsOf = (choices: readonly { level?: string }[]) => choices.map((c) => c.level).sort();

describe('the choices of a key point name question', () => {
  it('offers count − 1 distinct key points, the nearest levels first (any key point, any seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keyPoints),
        fc.integer(),
        fc.integer({ min: 2, max: 6 }),
        (answer, seed, n) => {
          const choices = nameQuestionChoices(answer, pool, n, seededRandom(seed));
          expect(choices).toHaveLength(n);
          expect(choices.filter((c) => c.code === answer.code)).toHaveLength(1);
          expect(new Set(choices.map((c) => c.code)).size).toBe(n);
          const offered = choices.filter((c) => c.code !== answer.code);
          for (const c of offered) expect(c.region).toBe(answer.region); // key points only, never a level item
          const far = Math.max(...offered.map((c) => levelDistance(answer.level!, c.level!)));
          // every key point nearer than the farthest one offered is offered too
          for (const k of keyPoints)
            if (k !== answer && levelDistance(answer.level!, k.level!) < far) expect(offered).toContain(k);
          if (n <= 4) expect(far).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('asks C6 against C5 and C7, and T2 against its neighbours T1, T3 and C4 (they meet on the chest)', () => {
    for (const seed of [1, 2, 3]) {
      expect(levelsOf(keyPointChoices(byLevel('C6'), pool, 3, seededRandom(seed)))).toEqual([
        'C5',
        'C6',
        'C7',
      ]);
      expect(levelsOf(nameQuestionChoices(byLevel('T2'), pool, 4, seededRandom(seed)))).toEqual([
        'C4',
        'T1',
        'T2',
        'T3',
      ]);
    }
    // the last level has neighbours on one side only
    expect(levelsOf(keyPointChoices(byLevel('S4-5'), pool, 4, seededRandom(5)))).toEqual([
      'S1',
      'S2',
      'S3',
      'S4-5',
    ]);
  });

  it('breaks ties at random, offers what there is in a small pool, and keeps a duplicated entry once', () => {
    // C6 with four choices: C5 and C7, then one of C4 and C8 (both two levels away)
    const thirds = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        levelsOf(keyPointChoices(byLevel('C6'), pool, 4, seededRandom(seed))).find(
          (l) => l === 'C4' || l === 'C8',
        ),
      ),
    );
    expect(thirds).toEqual(new Set(['C4', 'C8']));
    const small = [byLevel('C6'), byLevel('C7'), byLevel('C7')];
    expect(levelsOf(keyPointChoices(byLevel('C6'), small, 4, seededRandom(1)))).toEqual(['C6', 'C7']);
  });

  it('leaves a channel point to the channel rule', () => {
    const st36 = pool.find((p) => p.code === 'ST36')!;
    const choices = nameQuestionChoices(st36, pool, 4, seededRandom(1));
    expect(choices.filter((c) => c.channel === 'ST').length).toBeGreaterThanOrEqual(3);
    for (const c of choices) expect(c.level).toBeUndefined();
  });
});
