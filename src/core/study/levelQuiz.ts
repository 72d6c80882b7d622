import { DERMATOME_LEVELS, TRUNK_SEQUENCE, levelIndex } from '../dermatomeLevels';
import type { Vec3 } from '../vec';
import { shuffled, type QuizItem, type Random } from './nameChoices';

/** The region name the level quiz's items share (no point of another layer has it). */
export const LEVEL_REGION = 'dermatomes';

/** The quiz items of the level quiz: one per dermatome level, in cranio-caudal order. */
export const levelItems = (): QuizItem[] =>
  DERMATOME_LEVELS.map((level, i) => ({
    code: level,
    name: `${level} dermatome`,
    region: LEVEL_REGION,
    order: i + 1,
  }));

const trunkIndex = (level: string) => (TRUNK_SEQUENCE as readonly string[]).indexOf(level);

/**
 * How many levels apart two dermatomes are on the skin: the steps between them in the cranio-caudal order, or along
 * the trunk's own sequence where that is shorter (C5 to T1 go out to the arm, so on the chest C4 borders T2).
 */
export function levelDistance(a: string, b: string): number {
  const ia = levelIndex(a);
  const ib = levelIndex(b);
  if (ia < 0 || ib < 0) return Number.POSITIVE_INFINITY;
  const ta = trunkIndex(a);
  const tb = trunkIndex(b);
  const trunk = ta >= 0 && tb >= 0 ? Math.abs(ta - tb) : Number.POSITIVE_INFINITY;
  return Math.min(Math.abs(ia - ib), trunk);
}

/**
 * The answer and the `count − 1` of `others` whose levels (`levelOf`) are nearest its own on the skin (levelDistance;
 * ties broken at random; an item without a level last), shuffled. A neighbouring level is the plausible mistake; a
 * far one teaches nothing. The rule of the level quiz's choices and of a key point's name question.
 */
export function nearestLevelChoices(
  own: QuizItem,
  others: readonly QuizItem[],
  levelOf: (item: QuizItem) => string | undefined,
  count: number,
  random: Random,
): QuizItem[] {
  const level = levelOf(own) ?? '';
  const distance = (item: QuizItem) => {
    const l = levelOf(item);
    return l === undefined ? Number.POSITIVE_INFINITY : levelDistance(level, l);
  };
  const ranked = shuffled(others, random).sort((a, b) => distance(a) - distance(b));
  return shuffled([own, ...ranked.slice(0, Math.max(0, count - 1))], random);
}

/** The choices of a "name this patch" question: the answer's level and its nearest levels (nearestLevelChoices). */
export function levelChoices(answer: string, count: number, random: Random): QuizItem[] {
  const items = levelItems();
  const own = items.find((i) => i.code === answer);
  if (!own) return [];
  const others = items.filter((i) => i.code !== answer);
  return nearestLevelChoices(own, others, (i) => i.code, count, random);
}

/** The corner of a triangle (vertex indices) nearest a point on it: the vertex whose label names that spot. */
export function nearestCorner(positions: ArrayLike<number>, corners: readonly number[], point: Vec3): number {
  let best = corners[0];
  let bestD = Number.POSITIVE_INFINITY;
  for (const v of corners) {
    const d =
      (positions[v * 3] - point[0]) ** 2 +
      (positions[v * 3 + 1] - point[1]) ** 2 +
      (positions[v * 3 + 2] - point[2]) ** 2;
    if (d < bestD) [best, bestD] = [v, d];
  }
  return best;
}

/**
 * The dermatome level of a clicked spot: the label (index into DERMATOME_LEVELS, −1 none) of the hit triangle's
 * corner nearest the spot; undefined where the map leaves the skin unlabelled (the face).
 */
export function levelAtClick(
  positions: ArrayLike<number>,
  labels: ArrayLike<number>,
  corners: readonly number[],
  point: Vec3,
): string | undefined {
  const label = labels[nearestCorner(positions, corners, point)];
  return label !== undefined && label >= 0 ? DERMATOME_LEVELS[label] : undefined;
}
