import { studyCardId } from '../../schema/records/studyCard';
import type { StudyCard } from './schedule';

/** The mean locate error of one day's answers, in B-cun. */
export interface ErrorDay {
  /** The day, `YYYY-MM-DD` (UTC). */
  day: string;
  meanBcun: number;
  answers: number;
}

/** The mean locate error per day over the locate cards of a deck's codes, oldest day first. */
export function locateErrorByDay(
  codes: readonly string[],
  cards: ReadonlyMap<string, StudyCard>,
): ErrorDay[] {
  const days = new Map<string, number[]>();
  for (const code of codes) {
    for (const r of cards.get(studyCardId('locate', code))?.history ?? []) {
      if (r.errorBcun === undefined) continue;
      const day = r.at.slice(0, 10);
      days.set(day, [...(days.get(day) ?? []), r.errorBcun]);
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, errors]) => ({
      day,
      meanBcun: errors.reduce((a, b) => a + b, 0) / errors.length,
      answers: errors.length,
    }));
}
