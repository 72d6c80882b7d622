import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { EarBasisSchema } from './auricularArea';

/** Why a point is in the atlas: a use, with its own evidence and sources. */
export const EarPointUseSchema = z
  .object({
    context: z.enum(['low-back', 'nada']),
    text: z.string().min(1),
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
  })
  .strict();

/**
 * An auricular point, placed by position (s, t ∈ [0, 1]) in the frame of a named part of the ear (`earSite`), on
 * both ears. `school` says whose map it follows; `evidence` is about its location, each use has its own.
 */
export const AuricularPointSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}\d{1,2}a?$/),
    name: z.string().min(1),
    school: z.enum(['chinese', 'european', 'nada']),
    area: z.string().min(1),
    region: z.string().min(1),
    s: z.number().min(0).max(1),
    t: z.number().min(0).max(1),
    laterality: z.literal('bilateral'),
    location: z.string().min(1),
    uses: z.array(EarPointUseSchema).min(1),
    basis: EarBasisSchema,
    note: z.string().optional(),
    sources: SourceRefsSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type AuricularPoint = z.infer<typeof AuricularPointSchema>;
