/**
 * The kinds a plan item is made of (layer, side, technique) and which fit together, without zod: the point panel
 * and the plan editor read them on the way to the first frame, and the schemas (planItem.ts) are built from them.
 */

/** The layer an item comes from; it decides which techniques fit. */
export const ITEM_LAYERS = ['channel-point', 'extra-point', 'ear-point', 'nrt-zone', 'nerve-site'] as const;
export type ItemLayer = (typeof ITEM_LAYERS)[number];

/** Body side of an item: L, R, both (bilateral), M (midline or a single zone). Ear points: the ear's side. */
export const ITEM_SIDES = ['L', 'R', 'both', 'M'] as const;
export type ItemSide = (typeof ITEM_SIDES)[number];

export const TECHNIQUE_KINDS = [
  'needle',
  'acupressure',
  'moxibustion',
  'electro-stimulation',
  'laser',
  'nrt-implant',
  'perineural-injection',
] as const;
export type TechniqueKind = (typeof TECHNIQUE_KINDS)[number];

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
