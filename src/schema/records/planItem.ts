import { z } from 'zod';
import {
  ITEM_LAYERS,
  ITEM_SIDES,
  SIDES_BY_LAYER,
  TECHNIQUE_KINDS,
  TECHNIQUES_BY_LAYER,
} from './planItemKinds';

// the kinds live in a module without zod (read on the way to the first frame); the schemas are built from them
export { SIDES_BY_LAYER, TECHNIQUES_BY_LAYER };
export type { ItemLayer, ItemSide, TechniqueKind } from './planItemKinds';

export const ItemLayerSchema = z.enum(ITEM_LAYERS);
export const ItemSideSchema = z.enum(ITEM_SIDES);
export const TechniqueKindSchema = z.enum(TECHNIQUE_KINDS);

/** A safety check the practitioner has seen and acknowledged, with their reason; never a silent dismissal. */
export const AcknowledgementSchema = z
  .object({
    checkId: z.string().min(1),
    reason: z.string().trim().min(3).max(1000),
    at: z.iso.datetime(),
  })
  .strict();
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/** One item of a plan: what (layer + code + side), how (technique), and notes. */
export const PlanItemSchema = z
  .object({
    /** Stable within the plan (random), so reordering and acknowledgements keep pointing at the same item. */
    id: z.string().min(1).max(64),
    layer: ItemLayerSchema,
    /** The item's code in its layer: BL23, EX-B2, AH9, NRT-L4, NPT-SCN. */
    code: z.string().min(1).max(40),
    /** Site key of a multi-site point (EX-B2 `L4`). */
    siteKey: z.string().max(16).optional(),
    side: ItemSideSchema,
    technique: TechniqueKindSchema,
    /** Perineural injection only: what is injected (seed 002: 5% dextrose, some add mannitol). */
    injectate: z.string().max(200).optional(),
    depthMm: z.number().min(0).max(200).optional(),
    durationMin: z.number().min(0).max(600).optional(),
    note: z.string().max(2000).default(''),
  })
  .strict()
  .refine((i) => TECHNIQUES_BY_LAYER[i.layer].includes(i.technique), {
    message: 'the technique does not fit the item’s layer',
    path: ['technique'],
  })
  .refine((i) => SIDES_BY_LAYER[i.layer].includes(i.side), {
    message: 'side not possible here',
    path: ['side'],
  })
  .refine((i) => i.technique !== 'perineural-injection' || (i.injectate ?? '').trim().length > 0, {
    message: 'a perineural injection names its injectate',
    path: ['injectate'],
  });
export type PlanItem = z.infer<typeof PlanItemSchema>;
