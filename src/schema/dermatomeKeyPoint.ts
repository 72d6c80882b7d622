import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { DermatomeLevelSchema } from './dermatomeMap';
import { RecipeSchema } from './recipe';

/** One ISNCSCI key sensory point: its level and a recipe in the location engine's language (left side). */
export const DermatomeKeyPointSchema = z
  .object({
    code: z.string().regex(/^KSP-[CTLS][0-9-]+$/),
    level: DermatomeLevelSchema,
    /** Where the standard puts it, in our own words. */
    location: z.string().min(1),
    laterality: z.enum(['bilateral', 'midline']),
    recipe: RecipeSchema,
    note: z.string().optional(),
    sources: SourceRefsSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type DermatomeKeyPoint = z.infer<typeof DermatomeKeyPointSchema>;

export const DermatomeKeyPointsFileSchema = z.object({
  schemaVersion: z.literal(1),
  keyPoints: z.array(DermatomeKeyPointSchema).length(28),
});
