import { z } from 'zod';
import { Vec3Schema } from '../common';
import { EnvelopeSchema } from './envelope';

/** A landmark name of contracts §2 (`umbilicus`, `tragus.L`, `spinous.T4`). */
const LandmarkName = z.string().regex(/^[a-z][a-z0-9_]*(\.[A-Za-z0-9]+)?(\.[LR])?$/);
const Axis = z.tuple([
  z.union([z.literal(0), z.literal(1), z.literal(2)]),
  z.union([z.literal(1), z.literal(-1)]),
]);
const Landmarks = z.record(LandmarkName, Vec3Schema);

/**
 * A body the user brought, as kept on the device: which mesh file it belongs to (name, size and SHA-256 of its bytes,
 * never the mesh itself), how the file was turned into the body frame, which shipped body the landmarks were
 * transferred from, the key landmarks as the user placed them, and every landmark after the transfer.
 */
export const BodyProfileFieldsSchema = z
  .object({
    kind: z.literal('bodyProfile'),
    schemaVersion: z.literal(1),
    name: z.string().trim().min(1).max(120),
    mesh: z
      .object({
        file: z.string().min(1).max(260),
        bytes: z.number().int().positive(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict(),
    orientation: z
      .object({ up: Axis, front: Axis, scale: z.number().positive().finite() })
      .strict()
      .refine((o) => o.up[0] !== o.front[0], { message: 'up and front must be different axes' }),
    reference: z.string().regex(/^[a-z0-9-]{1,40}$/),
    placed: Landmarks,
    landmarks: Landmarks,
  })
  .strict();
export type BodyProfileFields = z.infer<typeof BodyProfileFieldsSchema>;

/** A stored body profile: its fields plus the envelope (id, rev, updatedAt). */
export const BodyProfileRecordSchema = z
  .object({ ...BodyProfileFieldsSchema.shape, ...EnvelopeSchema.shape })
  .strict();
export type BodyProfileRecord = z.infer<typeof BodyProfileRecordSchema>;
