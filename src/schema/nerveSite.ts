import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';
import { NPT_STATUSES, type NptStatus } from './nptStatus';
import { AnchorSchema, DirectionSchema, RecipeSchema } from './recipe';

/**
 * Neural prolotherapy / perineural injection therapy (NPT, PIT): nerve exit sites, the conditions index and the
 * technique facts (reference-facts §4, seed 002). Layer `npt` of contracts §3; site ids are `<code>.<side>`.
 */

/** The seven regional diagrams of seed 002, in the seed's order. */
export const NPT_REGIONS = [
  'neck-shoulder',
  'face',
  'arm-hand',
  'leg-foot',
  'knee',
  'hamstring-heel',
  'hip-lowback',
] as const;
export const NptRegionSchema = z.enum(NPT_REGIONS);
export type NptRegion = z.infer<typeof NptRegionSchema>;

export const NptStatusSchema = z.enum(NPT_STATUSES);

/** Evidence values a status allows: only a documented site may carry clinical evidence. */
const EVIDENCE_FOR_STATUS: Record<NptStatus, readonly string[]> = {
  'documented-for-pit': ['case-series', 'trial', 'systematic-review'],
  'nerve-block-only': ['anatomy'],
  'anatomy-only': ['anatomy'],
};

/** Site codes: `NPT-` and an upper-case abbreviation of the nerve (`NPT-GON`, `NPT-SCN-M`). */
export const NptCodeSchema = z.string().regex(/^NPT-[A-Z0-9]+(-[A-Z0-9]+)*$/);

/**
 * The direction the nerve travels from the site, drawn as a short line over the skin: `cm` centimetres toward an
 * anchor (landmark or acupoint) or in a body direction (exactly one of the two), with a few words saying where it goes.
 */
export const NerveCourseSchema = z
  .object({
    toward: AnchorSchema.optional(),
    dir: DirectionSchema.optional(),
    cm: z.number().min(0.5).max(6),
    text: z.string().min(5),
  })
  .strict()
  .refine((c) => (c.toward === undefined) !== (c.dir === undefined), {
    message: 'a course has exactly one of toward or dir',
  });
export type NerveCourse = z.infer<typeof NerveCourseSchema>;

/** One nerve exit site, placed by a recipe (recipe language of docs/authoring-points.md). */
export const NerveSiteSchema = z
  .object({
    code: NptCodeSchema,
    /** Short title for labels ("Greater occipital nerve"). */
    name: z.string().min(3),
    nerve: z.string().min(3),
    parentNerve: z.string().min(3),
    region: NptRegionSchema,
    laterality: z.literal('bilateral'),
    /** Where and how the nerve reaches the surface here, in our own words (with any cm → cun conversion used). */
    exit: z.string().min(20),
    /** Where the nerve lies at the site: 'subcutaneous' once through the deep fascia, 'deep' beneath it. */
    depth: z.enum(['subcutaneous', 'deep']),
    recipe: RecipeSchema,
    course: NerveCourseSchema,
    evidence: EvidenceSchema,
    status: NptStatusSchema,
    /** What the evidence label rests on, where it needs saying (abstract only, deep injection, …). */
    evidenceNote: z.string().min(5).optional(),
    /** Acupoint codes at or near the site (anatomical proximity only); distances are computed per body. */
    nearPoints: z.array(z.string().regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/)).optional(),
    /** Anatomical cautions (vessels, pleura) worth showing. */
    caution: z.string().min(5).optional(),
    sources: SourceRefsSchema,
  })
  .strict()
  .refine((s) => EVIDENCE_FOR_STATUS[s.status].includes(s.evidence), {
    message: 'evidence does not match status (documented → clinical evidence; otherwise anatomy)',
  });
export type NerveSite = z.infer<typeof NerveSiteSchema>;

export const NerveSitesFileSchema = z.object({
  schemaVersion: z.literal(1),
  sites: z.array(NerveSiteSchema).min(1),
});

/** A condition's link to one site, labelled with the evidence behind that association. */
export const ConditionSiteLinkSchema = z
  .object({
    site: NptCodeSchema,
    evidence: EvidenceSchema,
    sources: SourceRefsSchema,
    note: z.string().min(5).optional(),
  })
  .strict();
export type ConditionSiteLink = z.infer<typeof ConditionSiteLinkSchema>;

/** A condition of seed 002's list and the sites the sources associate with it. */
export const NptConditionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(3),
    synonyms: z.array(z.string().min(2)).default([]),
    /** Where the condition is listed as treatable (the clinic's list: a practitioner claim). */
    listedBy: SourceRefsSchema,
    sites: z.array(ConditionSiteLinkSchema),
    /** Why the sites are these (or why there are none: the source names no site). */
    note: z.string().min(5).optional(),
  })
  .strict()
  .refine((c) => c.sites.length > 0 || c.note !== undefined, {
    message: 'a condition without sites says why',
  });
export type NptCondition = z.infer<typeof NptConditionSchema>;

export const NptConditionsFileSchema = z.object({
  schemaVersion: z.literal(1),
  conditions: z.array(NptConditionSchema).min(1),
});

/** One fact of the technique panel: in our words, with its evidence label. */
export const TechniqueFactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(3),
    text: z.string().min(20),
    evidence: EvidenceSchema,
    /** Set where the fact is a claim the UI must flag as unproven (the TRPV1 mechanism). */
    claim: z.boolean().default(false),
    sources: SourceRefsSchema,
  })
  .strict();
export type TechniqueFact = z.infer<typeof TechniqueFactSchema>;

export const NptTechniqueFileSchema = z.object({
  schemaVersion: z.literal(1),
  facts: z.array(TechniqueFactSchema).min(1),
});
