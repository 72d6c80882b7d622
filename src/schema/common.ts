import { z } from 'zod';
import './zodConfig';

/** A position or direction in the body frame (metres; +Y up, +Z anterior, +X subject's left). */
export const Vec3Schema = z.tuple([z.number(), z.number(), z.number()]);
export type Vec3Tuple = z.infer<typeof Vec3Schema>;

/** Evidence vocabulary of contracts §4. */
export const EvidenceSchema = z.enum([
  'standard',
  'systematic-review',
  'trial',
  'case-series',
  'anatomy',
  'practitioner-claim',
  'schematic',
]);
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A citation: a source id from data/sources.json and where in it (heading, page, table). */
export const SourceRefSchema = z.object({ id: z.string().min(1), locator: z.string().min(1) });
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const SourceRefsSchema = z.array(SourceRefSchema).min(1);

export const SideSchema = z.enum(['L', 'R', 'M']);
export type Side = z.infer<typeof SideSchema>;
