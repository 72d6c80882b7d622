import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';

/** Where a location on the ear comes from: the standard's own division, or one secondary description of it. */
export const EarBasisSchema = z.enum(['standard-division', 'single-secondary-source']);

/** A range [from, to] of a frame coordinate, 0–1. */
const RangeSchema = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);

/**
 * A GB/T 13734 area of the ear: a rectangle (s, t ranges) in the placement frame of one named part of the ear
 * (src/body/ear/curves.ts documents each frame). Ranges are half-open except at 1.
 */
export const AuricularAreaSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}\d{1,2}a?$/),
    name: z.string().min(1),
    region: z.string().min(1),
    s: RangeSchema,
    t: RangeSchema,
    colour: z.string().regex(/^#[0-9a-f]{6}$/i),
    basis: EarBasisSchema,
    note: z.string().optional(),
    sources: SourceRefsSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type AuricularArea = z.infer<typeof AuricularAreaSchema>;

/** An anatomical part of the auricle as drawn: the generator's region, its name and its GB/T letter code. */
export const EarPartSchema = z
  .object({
    region: z.string().min(1),
    name: z.string().min(1),
    gbt: z.string().regex(/^[A-Z]{1,2}$/),
    colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  })
  .strict();
export type EarPart = z.infer<typeof EarPartSchema>;
