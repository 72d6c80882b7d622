import { z } from 'zod';
import { Vec3Schema } from './common';

/** `models/body-<id>.landmarks.json` and the export's landmarks.json (contracts §3). */
export const LandmarksFileSchema = z.object({
  schemaVersion: z.literal(1),
  body: z.string(),
  units: z.literal('m'),
  landmarks: z.record(z.string(), Vec3Schema),
});
export type LandmarksFile = z.infer<typeof LandmarksFileSchema>;
