import { z } from 'zod';
import { EnvelopeSchema } from './envelope';

/** Flags that drive the computed safety checks (src/core/safety.ts); none is a diagnosis. */
export const ClientFlagsSchema = z
  .object({
    pregnant: z.boolean().default(false),
    /** Weeks of pregnancy, when known (only meaningful with `pregnant`). */
    pregnancyWeeks: z.number().int().min(0).max(45).optional(),
    anticoagulants: z.boolean().default(false),
    bleedingDisorder: z.boolean().default(false),
    pacemaker: z.boolean().default(false),
    /** Another implanted electrical device (neurostimulator, pump…). */
    implantedDevice: z.boolean().default(false),
    diabetes: z.boolean().default(false),
    epilepsy: z.boolean().default(false),
    /** Where the skin is affected (eczema, wound, infection…); empty = none. */
    skinConditionSite: z.string().max(200).default(''),
  })
  .strict();
export type ClientFlags = z.infer<typeof ClientFlagsSchema>;

/** The client's own fields: a pseudonymous label only, never a name the practitioner did not choose to type. */
export const ClientFieldsSchema = z
  .object({
    kind: z.literal('client'),
    schemaVersion: z.literal(1),
    label: z.string().trim().min(1).max(80),
    birthYear: z.number().int().min(1900).max(2100).optional(),
    sex: z.enum(['female', 'male', 'other']).optional(),
    flags: ClientFlagsSchema,
    note: z.string().max(4000).default(''),
  })
  .strict();
export type ClientFields = z.infer<typeof ClientFieldsSchema>;

export { emptyFlags } from './clientFlags';

/** A stored client: its fields plus the envelope (id, rev, updatedAt). */
export const ClientRecordSchema = ClientFieldsSchema.extend(EnvelopeSchema.shape).strict();
export type ClientRecord = z.infer<typeof ClientRecordSchema>;
