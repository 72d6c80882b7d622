import { z } from 'zod';
import { SourceRefSchema, Vec3Schema } from '../common';
import { EnvelopeSchema } from './envelope';

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
/** A site id of contracts §3 (`ST36.L`, `GV20`, `EX-B2:T1.L`, `NPT-SCN.R`). */
const SiteId = z.string().regex(/^[A-Za-z0-9:_-]{1,40}(\.[LR])?$/);
const LayerId = z.string().regex(/^[A-Za-z0-9:_-]{1,60}$/);

/** A short text on the body, anchored to a site and drawn with a leader line. */
export const CalloutSchema = z
  .object({ id: Id, site: SiteId, text: z.string().trim().min(1).max(120) })
  .strict();
export type Callout = z.infer<typeof CalloutSchema>;

/**
 * One scene of a tour: everything needed to put the same picture on screen again — body, camera, layers on and
 * groups off, highlighted sites, the selected site (its panel and cun ruler), callouts and a caption.
 */
export const TourSceneSchema = z
  .object({
    id: Id,
    body: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The camera as captured; absent in built-in scenes, which name a preset `view` or fly to `selected`. */
    camera: z.object({ position: Vec3Schema, target: Vec3Schema }).strict().optional(),
    /** A preset view of the toolbar (`front`, `back`, `hand-left`, …), used when there is no `camera`. */
    view: z
      .string()
      .regex(/^[a-z-]{1,20}$/)
      .optional(),
    layers: z.array(LayerId).max(40),
    /** `layer:group` keys switched off. */
    hidden: z.array(LayerId).max(200).default([]),
    highlights: z.array(SiteId).max(60).default([]),
    selected: SiteId.optional(),
    callouts: z.array(CalloutSchema).max(12).default([]),
    caption: z.string().trim().max(300).default(''),
    /** Where what the scene shows is stated (built-in tours cite every scene). */
    sources: z.array(SourceRefSchema).max(12).default([]),
  })
  .strict();
export type TourScene = z.infer<typeof TourSceneSchema>;

/** A tour's own fields: a title, an optional description, and its scenes in order. */
export const TourFieldsSchema = z
  .object({
    kind: z.literal('tour'),
    schemaVersion: z.literal(1),
    title: z.string().trim().min(1).max(120),
    description: z.string().trim().max(1000).default(''),
    scenes: z.array(TourSceneSchema).min(1).max(100),
  })
  .strict();
export type TourFields = z.infer<typeof TourFieldsSchema>;

/** A stored tour: its fields plus the envelope (id, rev, updatedAt). */
export const TourRecordSchema = TourFieldsSchema.extend(EnvelopeSchema.shape).strict();
export type TourRecord = z.infer<typeof TourRecordSchema>;

/** The built-in tours shipped in data/tours.json: a tour with a stable id, each scene cited. */
export const BuiltInTourSchema = TourFieldsSchema.extend({ id: Id }).strict();
export type BuiltInTour = z.infer<typeof BuiltInTourSchema>;
export const BuiltInToursFileSchema = z
  .object({ schemaVersion: z.literal(1), tours: z.array(BuiltInTourSchema) })
  .strict();
