import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema, SourceRefSchema } from './common';
import { RecipeSchema } from './recipe';

/** Body regions used to group points (a point on a border belongs to the upper region). */
export const RegionSchema = z.enum([
  'head',
  'face',
  'neck',
  'chest',
  'upper-abdomen',
  'lower-abdomen',
  'upper-back',
  'lower-back',
  'sacrum-buttock',
  'shoulder',
  'upper-arm',
  'forearm',
  'hand',
  'hip-thigh',
  'knee-leg',
  'foot',
]);
export type Region = z.infer<typeof RegionSchema>;

export const PhaseSchema = z.enum(['wood', 'fire', 'earth', 'metal', 'water']);

/** Point categories of the standard texts; `of` names the organ/channel/tissue it relates to. */
export const CategorySchema = z
  .object({
    kind: z.enum([
      'jing-well',
      'ying-spring',
      'shu-stream',
      'jing-river',
      'he-sea',
      'yuan-source',
      'luo-connecting',
      'xi-cleft',
      'back-shu',
      'front-mu',
      'lower-he-sea',
      'influential',
      'confluent',
      'crossing',
    ]),
    phase: PhaseSchema.optional(),
    of: z.string().optional(),
  })
  .strict();
export type Category = z.infer<typeof CategorySchema>;

/** A caution shown with a point: pregnancy or an anatomical risk. */
export const CautionSchema = z
  .object({
    kind: z.enum([
      'pregnancy',
      'lung-pleura',
      'eye',
      'major-vessel',
      'nerve',
      'medulla',
      'not-needled',
      'other',
    ]),
    text: z.string().min(1),
    sources: z.array(SourceRefSchema).optional(),
  })
  .strict();
export type Caution = z.infer<typeof CautionSchema>;

/** One named site of a multi-site point (EX-B2 at T1 … L5): its key is used in ids (`EX-B2:T1.L`). */
export const SiteSchema = z
  .object({
    key: z.string().regex(/^[A-Za-z0-9]+$/),
    recipe: RecipeSchema,
    /** Overrides the point's laterality for this site (EX-HN1 has midline and bilateral sites). */
    laterality: z.enum(['bilateral', 'midline']).optional(),
  })
  .strict();

/** A channel or extra point: names, location in words, recipe(s), categories, cautions, sources. */
export const PointSchema = z
  .object({
    code: z.string().regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/),
    channel: z.string().optional(),
    pinyin: z.string().min(1),
    pinyinPlain: z.string().regex(/^[A-Za-z' ]+$/),
    hanzi: z.string().min(1),
    hanziSimplified: z.string().optional(),
    english: z.string().min(1),
    region: RegionSchema,
    /** 'bilateral' sites come in L and R; 'midline' sites are single. */
    laterality: z.enum(['bilateral', 'midline']),
    location: z.string().min(10),
    recipe: RecipeSchema.optional(),
    sites: z.array(SiteSchema).min(1).optional(),
    /**
     * Points that are not on the skin (inside the mouth or nose): where they lie. Such a point may still carry a
     * recipe: it places a schematic marker on the skin nearest to the site (at the lips or under the nostril).
     */
    notDrawn: z.string().optional(),
    /** The second location of a controversial point, or a variant where sources disagree. */
    alternative: z
      .object({ location: z.string().min(10), recipe: RecipeSchema, note: z.string().min(1) })
      .strict()
      .optional(),
    /** Where the location source is uncertain (sources disagree), what is uncertain. */
    uncertainty: z.string().optional(),
    categories: z.array(CategorySchema).default([]),
    cautions: z.array(CautionSchema).default([]),
    sources: SourceRefsSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((p) => p.notDrawn !== undefined || (p.recipe === undefined) !== (p.sites === undefined), {
    message: 'a drawn point has exactly one of recipe or sites',
  });
export type PointRecord = z.infer<typeof PointSchema>;

/** A file of points: one channel's points, or the extra points. */
export const PointsFileSchema = z.object({
  schemaVersion: z.literal(1),
  group: z.string(),
  points: z.array(PointSchema),
});
