import { z } from 'zod';

/** `models/body-<id>.json`: what a shipped body is (contracts §3 body.json). */
export const BodyMetaSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  sex: z.enum(['female', 'male']),
  stature: z.number().positive(),
  vertices: z.number().int().nonnegative(),
  triangles: z.number().int().nonnegative(),
  watertight: z.boolean(),
  file: z.string(),
});
export type BodyMeta = z.infer<typeof BodyMetaSchema>;
