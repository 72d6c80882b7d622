import { z } from 'zod';
import { AuricularAreaSchema, EarPartSchema } from './auricularArea';
import { AuricularPointSchema } from './auricularPoint';

/** `data/auricular.json`: the ear's parts, the GB/T areas drawn on them, and the auricular points. */
export const AuricularFileSchema = z.object({
  schemaVersion: z.literal(1),
  parts: z.array(EarPartSchema).min(1),
  areas: z.array(AuricularAreaSchema).min(1),
  points: z.array(AuricularPointSchema).min(1),
});
export type AuricularFile = z.infer<typeof AuricularFileSchema>;
