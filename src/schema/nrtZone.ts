import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { DermatomeLevelSchema } from './dermatomeMap';

/**
 * An NRT back zone: the skin of one root's dermatome on the lumbosacral back, between landmark levels and out to a
 * lateral landmark (bilateral names bare). Always `schematic`: the site selection rule is unpublished.
 */
export const NrtBackZoneSchema = z
  .object({
    code: z.string().regex(/^NRT-[LS]\d$/),
    root: DermatomeLevelSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    bounds: z.object({ above: z.string(), below: z.string(), lateral: z.string() }).strict(),
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
  })
  .strict();
export type NrtBackZone = z.infer<typeof NrtBackZoneSchema>;

/** An NRT ear zone: a GB/T area of the ear (data/auricular.json) drawn on both ears. */
export const NrtEarZoneSchema = z
  .object({
    code: z.string().regex(/^NRT-EAR-[A-Z]+$/),
    name: z.string().min(1),
    area: z.string().min(1),
    description: z.string().min(1),
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
  })
  .strict();
export type NrtEarZone = z.infer<typeof NrtEarZoneSchema>;
