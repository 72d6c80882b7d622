import { nearestLevelChoices } from './levelQuiz';
import { nameChoices, type QuizItem, type Random } from './nameChoices';

/**
 * The choices of a name question about an ISNCSCI key point: the answer and the `count − 1` key points of its region
 * whose levels are nearest its own on the skin (levelDistance, the level quiz's rule: C5 and C7 for C6, and T2 for
 * C4 since they meet on the chest), ties broken at random, each code once, shuffled. A student who misnames a key
 * point mistakes it for a neighbouring level; a far level (S1 for C6) gives the answer away.
 */
export function keyPointChoices(
  answer: QuizItem,
  pool: readonly QuizItem[],
  count: number,
  random: Random,
): QuizItem[] {
  const seen = new Set([answer.code]);
  const candidates = pool.filter((p) => p.region === answer.region && !seen.has(p.code) && seen.add(p.code));
  return nearestLevelChoices(answer, candidates, (p) => p.level, count, random);
}

/** The choices of any name question: neighbouring levels for a key point, nameChoices' rule for every other item. */
export const nameQuestionChoices = (
  answer: QuizItem,
  pool: readonly QuizItem[],
  count: number,
  random: Random,
): QuizItem[] =>
  answer.level !== undefined
    ? keyPointChoices(answer, pool, count, random)
    : nameChoices(answer, pool, count, random);
