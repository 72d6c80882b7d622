import { z } from 'zod';
import { Vec3Schema } from './common';

/** Per-vertex labels of one ear mesh, one character per vertex ('.' none, else a code in `alphabet`). */
const EarLabelsSchema = z.object({ region: z.string(), area: z.string() });

/**
 * `models/body-<id>.ear-map.json`, written by `npm run ear-map` from the body's GLB and the ear generator: the
 * part and GB/T area of every vertex of `ear.L` and `ear.R` (GLB vertex order), and every auricular site placed
 * with `earSite`, in the body frame.
 */
export const EarMapFileSchema = z.object({
  schemaVersion: z.literal(1),
  body: z.string(),
  /** Region names (index = character code − 65 in `region` strings). */
  regions: z.array(z.string()),
  /** Area codes (index = character code − 65 in `area` strings). */
  areas: z.array(z.string()),
  sides: z.object({ L: EarLabelsSchema, R: EarLabelsSchema }),
  /** Site id (`AH9.L`) → position and outward normal on the ear. */
  sites: z.record(z.string(), z.object({ position: Vec3Schema, normal: Vec3Schema })),
});
export type EarMapFile = z.infer<typeof EarMapFileSchema>;
