import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';

/** The dermatome levels, C2 to S4-5 (src/core/dermatomeLevels.ts lists them in order). */
export const DermatomeLevelSchema = z.enum([
  ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'],
] as [string, ...string[]]);

/** `data/dermatomes.json`: which published map is drawn, what it leaves out, and a colour per level. */
export const DermatomeMapFileSchema = z.object({
  schemaVersion: z.literal(1),
  map: z.object({
    id: z.string().min(1),
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Our words on how maps disagree and overlap. */
    disagreement: z.string().min(1),
    /** What the map leaves unassigned (null labels). */
    unassigned: z.string().min(1),
    evidence: EvidenceSchema,
    /** The first source is the map drawn. */
    sources: SourceRefsSchema,
  }),
  levels: z
    .array(z.object({ level: DermatomeLevelSchema, colour: z.string().regex(/^#[0-9a-f]{6}$/i) }))
    .length(28),
});
export type DermatomeMapFile = z.infer<typeof DermatomeMapFileSchema>;
