import { z } from 'zod';

/** The layer an item comes from; it decides which techniques fit. */
export const ItemLayerSchema = z.enum([
  'channel-point',
  'extra-point',
  'ear-point',
  'nrt-zone',
  'nerve-site',
]);
export type ItemLayer = z.infer<typeof ItemLayerSchema>;

/** Body side of an item: L, R, both (bilateral), M (midline or a single zone). Ear points: the ear's side. */
export const ItemSideSchema = z.enum(['L', 'R', 'both', 'M']);
export type ItemSide = z.infer<typeof ItemSideSchema>;

export const TechniqueKindSchema = z.enum([
  'needle',
  'acupressure',
  'moxibustion',
  'electro-stimulation',
  'laser',
  'nrt-implant',
  'perineural-injection',
]);
export type TechniqueKind = z.infer<typeof TechniqueKindSchema>;

/** Which techniques fit which layer. */
export const TECHNIQUES_BY_LAYER: Record<ItemLayer, readonly TechniqueKind[]> = {
  'channel-point': ['needle', 'acupressure', 'moxibustion', 'electro-stimulation', 'laser'],
  'extra-point': ['needle', 'acupressure', 'moxibustion', 'electro-stimulation', 'laser'],
  'ear-point': ['needle', 'acupressure', 'electro-stimulation', 'laser'],
  'nrt-zone': ['nrt-implant'],
  'nerve-site': ['perineural-injection'],
};

/** Sides an item of a layer may have. */
export const SIDES_BY_LAYER: Record<ItemLayer, readonly ItemSide[]> = {
  'channel-point': ['L', 'R', 'both', 'M'],
  'extra-point': ['L', 'R', 'both', 'M'],
  'ear-point': ['L', 'R', 'both'],
  'nrt-zone': ['M', 'L', 'R', 'both'],
  'nerve-site': ['L', 'R', 'both'],
};

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
