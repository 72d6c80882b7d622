import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import {
  studyCardId,
  type Memory,
  type QuizKind,
  type StudyCardFields,
  type StudyGrade,
} from '../../schema/records/studyCard';

/** A card as the scheduler sees it: its fields (a stored card's envelope rides along untouched). */
export type StudyCard = StudyCardFields;

/**
 * The scheduler: FSRS (ts-fsrs) with its default weights and requested retention 0.9, no fuzz (the same answers
 * give the same dates) and no same-day learning steps (a study card comes back after days, an "again" the next day).
 */
export const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const toMemory = (c: Card): Memory => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.last_review ? { lastReview: c.last_review.toISOString() } : {}),
});

const toCard = (m: Memory): Card => ({
  due: new Date(m.due),
  stability: m.stability,
  difficulty: m.difficulty,
  elapsed_days: m.elapsedDays,
  scheduled_days: m.scheduledDays,
  learning_steps: 0,
  reps: m.reps,
  lapses: m.lapses,
  state: m.state,
  ...(m.lastReview ? { last_review: new Date(m.lastReview) } : {}),
});

/** A new card, due now. */
export function newCard(quiz: QuizKind, item: string, now: Date): StudyCard {
  return {
    kind: 'studyCard',
    schemaVersion: 1,
    quiz,
    item,
    memory: toMemory(createEmptyCard(now)),
    history: [],
  };
}

/** The card after an answer: the scheduler's next state and due date, the answer added to its history. */
export function review<C extends StudyCard>(card: C, grade: StudyGrade, now: Date, errorBcun?: number): C {
  const next = scheduler.next(toCard(card.memory), now, grade as Grade).card;
  return {
    ...card,
    memory: toMemory(next),
    history: [
      ...card.history,
      { at: now.toISOString(), grade, ...(errorBcun !== undefined ? { errorBcun } : {}) },
    ],
  };
}

/** The grade of a locate answer: again when wrong, good when right, easy within a fifth of the tolerance. */
export const locateGrade = (errorBcun: number, tolerance: number): StudyGrade =>
  errorBcun > tolerance ? 1 : errorBcun <= tolerance / 5 ? 4 : 3;

export const isDue = (card: StudyCard, now: Date): boolean => new Date(card.memory.due) <= now;

/** Progress of a deck: its cards, how many are due (unseen ones included), and the share of answers that were right. */
export interface DeckProgress {
  total: number;
  due: number;
  seen: number;
  /** Share of answers graded hard or better; undefined before the first answer. */
  retention?: number;
  /** Mean locate error in B-cun over the answers that measured one. */
  meanErrorBcun?: number;
}

export function deckProgress(
  codes: readonly string[],
  quiz: QuizKind,
  cards: ReadonlyMap<string, StudyCard>,
  now: Date,
): DeckProgress {
  let due = 0;
  let seen = 0;
  let answers = 0;
  let right = 0;
  const errors: number[] = [];
  for (const code of codes) {
    const card = cards.get(studyCardId(quiz, code));
    if (!card) {
      due++;
      continue;
    }
    seen++;
    if (isDue(card, now)) due++;
    for (const r of card.history) {
      answers++;
      if (r.grade > 1) right++;
      if (r.errorBcun !== undefined) errors.push(r.errorBcun);
    }
  }
  return {
    total: codes.length,
    due,
    seen,
    retention: answers > 0 ? right / answers : undefined,
    meanErrorBcun: errors.length > 0 ? errors.reduce((a, b) => a + b, 0) / errors.length : undefined,
  };
}

/**
 * The next cards of a deck to ask, up to `count`: due ones first (the longest overdue first), then unseen ones, then
 * (to fill a round) the ones due soonest.
 */
export function nextCodes(
  codes: readonly string[],
  quiz: QuizKind,
  cards: ReadonlyMap<string, StudyCard>,
  now: Date,
  count: number,
): string[] {
  const due = codes
    .map((c) => cards.get(studyCardId(quiz, c)))
    .filter((c): c is StudyCard => c !== undefined && isDue(c, now))
    .sort((a, b) => a.memory.due.localeCompare(b.memory.due))
    .map((c) => c.item);
  const unseen = codes.filter((c) => !cards.has(studyCardId(quiz, c)));
  const rest = codes
    .map((c) => cards.get(studyCardId(quiz, c)))
    .filter((c): c is StudyCard => c !== undefined && !isDue(c, now))
    .sort((a, b) => a.memory.due.localeCompare(b.memory.due))
    .map((c) => c.item);
  return [...due, ...unseen, ...rest].slice(0, count);
}
