import { z } from 'zod';
import { EnvelopeSchema } from './envelope';

/** What a card asks: find the item on the skin, name the highlighted item, order a channel, name a dermatome. */
export const QuizKindSchema = z.enum(['locate', 'name', 'order', 'level']);
export type QuizKind = z.infer<typeof QuizKindSchema>;

/** The four answers of the scheduler (FSRS ratings): 1 again, 2 hard, 3 good, 4 easy. */
export const GradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type StudyGrade = z.infer<typeof GradeSchema>;

/** One answer given to a card. */
export const ReviewSchema = z
  .object({
    at: z.iso.datetime(),
    grade: GradeSchema,
    /** The locate error in B-cun of the site's segment, for locate cards. */
    errorBcun: z.number().nonnegative().max(1000).optional(),
  })
  .strict();
export type Review = z.infer<typeof ReviewSchema>;

/** The scheduler's memory state of a card (ts-fsrs `Card`, dates as ISO strings). */
export const MemorySchema = z
  .object({
    due: z.iso.datetime(),
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    elapsedDays: z.number().nonnegative(),
    scheduledDays: z.number().nonnegative(),
    reps: z.number().int().nonnegative(),
    lapses: z.number().int().nonnegative(),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: z.number().int().min(0).max(3),
    lastReview: z.iso.datetime().optional(),
  })
  .strict();
export type Memory = z.infer<typeof MemorySchema>;

/** An item code as the atlas names it (`ST36`, `EX-B2`, `NPT-SCN`, `C5`, a channel `ST` for an order card). */
const ItemCode = z.string().regex(/^[A-Za-z0-9:_-]{1,40}$/);

/** A study card's own fields: one quiz kind on one item, its answers (oldest first) and the scheduler's state. */
export const StudyCardFieldsSchema = z
  .object({
    kind: z.literal('studyCard'),
    schemaVersion: z.literal(1),
    quiz: QuizKindSchema,
    item: ItemCode,
    memory: MemorySchema,
    history: z.array(ReviewSchema).max(5000),
  })
  .strict();
export type StudyCardFields = z.infer<typeof StudyCardFieldsSchema>;

/** A stored study card: its fields plus the envelope (id, rev, updatedAt). */
export const StudyCardRecordSchema = StudyCardFieldsSchema.extend(EnvelopeSchema.shape).strict();
export type StudyCardRecord = z.infer<typeof StudyCardRecordSchema>;

/**
 * The id of the card of a quiz on an item (`study-locate-ST36`). Study cards take this stable id rather than a
 * random one, so that the same card answered on two devices meets itself on import (the newer rev wins, as for any
 * record) instead of turning into two cards of one item.
 */
export const studyCardId = (quiz: QuizKind, item: string): string => `study-${quiz}-${item}`;
