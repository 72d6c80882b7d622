import { z } from 'zod';

/**
 * A location recipe in the standard's own terms.
 *
 * A reference (`Ref`) names a landmark or another point:
 * - a landmark name from src/core/landmarkNames.ts — bilateral ones written bare (`cubital_crease`) take the side of
 *   the site being resolved; `.L`/`.R` may be written to force a side;
 * - a point code (`LI11`, `GV4`, `EX-B2`), resolved on the same side; a multi-site code takes its key (`EX-B2:T1`).
 *
 * Recipes are written for the subject's LEFT side; `medial`/`lateral` flip for the right side automatically.
 */
export const RefSchema = z.string().min(1);

/** A start or target spot: a reference, the midpoint of two, or a fraction t of the way from the first to the second. */
export const AnchorSchema = z.union([
  RefSchema,
  z.object({ mid: z.tuple([RefSchema, RefSchema]) }).strict(),
  z.object({ between: z.tuple([RefSchema, RefSchema]), t: z.number().min(-1).max(2) }).strict(),
]);
export type Anchor = z.infer<typeof AnchorSchema>;

/**
 * Proportional segments of WHO 2008 (reference-facts §1): id → [from, to, B-cun]. `F` is the finger cun.
 * Units name the segment whose B-cun measures a distance.
 */
export const UNIT_IDS = [
  'head_long', // anterior hairline → posterior hairline, 12 (over the scalp)
  'head_brow', // glabella → anterior hairline, 3
  'head_corners', // between the corners of the anterior hairline, 9 (over the forehead)
  'head_mastoids', // between the mastoid processes, 9 (over the occiput)
  'chest_upper', // suprasternal notch → xiphisternal junction, 9
  'abdomen_upper', // xiphisternal junction → umbilicus, 8
  'abdomen_lower', // umbilicus → upper border of pubic symphysis, 5
  'chest_nipples', // between the nipples, 8 (also used for lateral distances on the abdomen)
  'back_scapulae', // between the medial borders of the scapulae, 6 (lateral distances on the back)
  'upper_arm', // anterior axillary fold → cubital crease, 9
  'forearm', // cubital crease → palmar wrist crease, 12
  'thigh_medial', // pubic symphysis → patella base, 18
  'leg_medial', // patella apex → medial malleolus, 15
  'leg_medial_condyle', // medial tibial condyle → medial malleolus, 13
  'thigh_lateral', // greater trochanter → popliteal crease, 19
  'thigh_posterior', // gluteal fold → popliteal crease, 14
  'leg_lateral', // popliteal crease → lateral malleolus, 16
  'ankle_height', // medial malleolus → sole, 3
  'F', // finger cun (middle-finger cun)
] as const;
export const UnitSchema = z.enum(UNIT_IDS);
export type UnitId = z.infer<typeof UnitSchema>;

/** Body directions for `move`; `medial`/`lateral` are relative to the side being resolved. */
export const DirectionSchema = z.enum(['superior', 'inferior', 'medial', 'lateral', 'anterior', 'posterior']);
export type Direction = z.infer<typeof DirectionSchema>;

/** One step of a recipe, applied to the current spot; every step ends on the skin. */
export const StepSchema = z.discriminatedUnion('op', [
  /**
   * Go from the current spot toward `to`, `cun` units of `unit` (or, with `at`, to the level `at` B-cun from the
   * first landmark of the unit's segment). A B-cun step along its segment is measured on the segment's axis; an F-cun
   * or cross-segment step over the skin (docs/authoring-points.md).
   */
  z
    .object({
      op: z.literal('toward'),
      to: AnchorSchema,
      cun: z.number().positive().optional(),
      at: z.number().min(0).optional(),
      unit: UnitSchema,
    })
    .strict()
    .refine((s) => (s.cun === undefined) !== (s.at === undefined), {
      message: 'a toward step takes either "cun" or "at"',
    }),
  /** Walk over the skin in a body direction, `cun` units of `unit`. */
  z
    .object({ op: z.literal('move'), dir: DirectionSchema, cun: z.number().positive(), unit: UnitSchema })
    .strict(),
  /**
   * Walk over the skin until level with `with`: the same height, or with `axis`, the same level along that unit's
   * segment (the plane across a limb's axis, for limbs that do not hang straight).
   */
  z
    .object({ op: z.literal('level'), with: AnchorSchema, axis: UnitSchema.exclude(['F']).optional() })
    .strict(),
]);
export type Step = z.infer<typeof StepSchema>;

/** A recipe: where to start, then steps; the result is projected onto the skin (or the ear). */
export const RecipeSchema = z
  .object({
    start: AnchorSchema,
    steps: z.array(StepSchema).default([]),
    surface: z.enum(['body', 'ear']).default('body'),
  })
  .strict();
export type Recipe = z.infer<typeof RecipeSchema>;
export type RecipeInput = z.input<typeof RecipeSchema>;
