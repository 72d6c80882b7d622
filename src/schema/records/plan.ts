import { z } from 'zod';
import { EnvelopeSchema } from './envelope';
import { AcknowledgementSchema, PlanItemSchema } from './planItem';

/** A plan's own fields: whose it is, its title, its items in order, and the acknowledged safety checks. */
export const PlanFieldsSchema = z
  .object({
    kind: z.literal('plan'),
    schemaVersion: z.literal(1),
    clientId: z.string().min(1),
    title: z.string().trim().min(1).max(120),
    items: z.array(PlanItemSchema).max(200),
    acknowledgements: z.array(AcknowledgementSchema).default([]),
  })
  .strict();
export type PlanFields = z.infer<typeof PlanFieldsSchema>;

/** The frozen copy of a plan kept in a visit: a later edit of the plan does not rewrite history. */
export const PlanCopySchema = z
  .object({
    planId: z.string().min(1),
    title: z.string().min(1),
    items: z.array(PlanItemSchema),
    acknowledgements: z.array(AcknowledgementSchema),
  })
  .strict();
export type PlanCopy = z.infer<typeof PlanCopySchema>;

/** A stored plan: its fields plus the envelope (id, rev, updatedAt). */
export const PlanRecordSchema = PlanFieldsSchema.extend(EnvelopeSchema.shape).strict();
export type PlanRecord = z.infer<typeof PlanRecordSchema>;
