import { z } from 'zod';
import { EnvelopeSchema } from './envelope';
import { PlanCopySchema } from './plan';

const Nrs = z.number().int().min(0).max(10);
/** Pressure-pain threshold in kg/cm² (seed 002: 3–4 normal); an algometer reads up to about 10–20. */
const Kgcm2 = z.number().min(0).max(30);

/** One algometer site of a visit: the plan item (or a free label), before, 1 min after, 15 min after. */
export const AlgometerReadingSchema = z
  .object({
    /** The plan item measured over, when the site is one of the plan's items. */
    itemId: z.string().optional(),
    /** What the site is called in charts: `NPT-SCN L`, `BL40 both`. */
    site: z.string().trim().min(1).max(60),
    before: Kgcm2.optional(),
    after1: Kgcm2.optional(),
    after15: Kgcm2.optional(),
  })
  .strict();
export type AlgometerReading = z.infer<typeof AlgometerReadingSchema>;

/** A visit's own fields: date, the plan used (copied), pain before/after (NRS 0–10), algometer readings, notes. */
export const VisitFieldsSchema = z
  .object({
    kind: z.literal('visit'),
    schemaVersion: z.literal(1),
    clientId: z.string().min(1),
    date: z.iso.date(),
    plan: PlanCopySchema.optional(),
    nrsBefore: Nrs.optional(),
    nrsAfter: Nrs.optional(),
    readings: z.array(AlgometerReadingSchema).max(100).default([]),
    notes: z.string().max(8000).default(''),
  })
  .strict();
export type VisitFields = z.infer<typeof VisitFieldsSchema>;

/** A stored visit: its fields plus the envelope (id, rev, updatedAt). */
export const VisitRecordSchema = VisitFieldsSchema.extend(EnvelopeSchema.shape).strict();
export type VisitRecord = z.infer<typeof VisitRecordSchema>;
