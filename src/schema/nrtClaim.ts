import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { NrtBackZoneSchema, NrtEarZoneSchema } from './nrtZone';

/** One statement of the NRT procedure panel, in our own words, with its evidence and sources. */
export const NrtClaimSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    text: z.string().min(1),
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
  })
  .strict();
export type NrtClaim = z.infer<typeof NrtClaimSchema>;

/** `data/nrt.json`. */
export const NrtFileSchema = z.object({
  schemaVersion: z.literal(1),
  backZones: z.array(NrtBackZoneSchema).min(1),
  earZones: z.array(NrtEarZoneSchema).min(1),
  procedure: z.array(NrtClaimSchema).min(1),
});
export type NrtFile = z.infer<typeof NrtFileSchema>;
