import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { CautionSchema } from './point';
import { ClientFlagsSchema } from './records/client';
import { ItemLayerSchema, TechniqueKindSchema } from './records/planItem';

const FlagSchema = ClientFlagsSchema.keyof();
const CautionKindSchema = CautionSchema.shape.kind;

/**
 * One safety rule of data/safety-rules.json. It fires for a plan item when every condition it names holds: one of
 * `flags` is set on the client, the item carries one of `cautionKinds`, uses one of `techniques`, comes from one of
 * `layers`. `scope: plan` gives one warning for all the items it concerns (client-wide contraindications).
 */
export const SafetyRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    scope: z.enum(['item', 'plan']),
    severity: z.enum(['contraindication', 'caution']),
    flags: z.array(FlagSchema).optional(),
    cautionKinds: z.array(CautionKindSchema).optional(),
    techniques: z.array(TechniqueKindSchema).optional(),
    layers: z.array(ItemLayerSchema).optional(),
    title: z.string().min(1),
    /** Why, in the project's own words. */
    why: z.string().min(10),
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
  })
  .strict();
export type SafetyRule = z.infer<typeof SafetyRuleSchema>;

/** A question to ask before each session: seed 004's contraindications that no client flag records. */
export const AskBeforeSchema = z
  .object({ text: z.string().min(1), evidence: EvidenceSchema, sources: SourceRefsSchema })
  .strict();

export const SafetyRulesFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    rules: z.array(SafetyRuleSchema).min(1),
    askBefore: z.array(AskBeforeSchema),
  })
  .strict();
export type SafetyRulesFile = z.infer<typeof SafetyRulesFileSchema>;
