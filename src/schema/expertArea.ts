import { z } from 'zod';
import { EvidenceSchema, SourceRefsSchema } from './common';

/** A point code as the atlas writes it (WHO code without hyphen, or an EX code). */
const PointCodeSchema = z.string().regex(/^(?:[A-Z]{2}\d{1,2}|EX-[A-Z]+\d+)$/);

/**
 * How far qualified practitioners disagree on one point: the skin area (cm²) holding 95 % of the sites they marked,
 * and where published the 68 % area, with the study behind the figures.
 */
export const ExpertAreaSchema = z.object({
  code: PointCodeSchema,
  area95Cm2: z.number().positive().max(400),
  area68Cm2: z.number().positive().max(400).optional(),
  evidence: EvidenceSchema,
  sources: SourceRefsSchema,
});
export type ExpertArea = z.infer<typeof ExpertAreaSchema>;

/**
 * The shape the areas are drawn in: a circle of the stated area (no axes published), or an ellipse whose axes and
 * orientation a study gives (none yet).
 */
export const ExpertAreaShapeSchema = z.enum(['circle-of-equal-area']);
export type ExpertAreaShape = z.infer<typeof ExpertAreaShapeSchema>;

/** data/expert-areas.json. */
export const ExpertAreasFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** What the figures are, where they come from, and which are missing. */
    notes: z.string().min(1),
    shape: ExpertAreaShapeSchema,
    /** Points the study measured whose figures the project could not get (said so, drawn without an area). */
    measuredWithoutFigure: z.array(PointCodeSchema),
    areas: z.array(ExpertAreaSchema).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const a of f.areas) {
      if (seen.has(a.code)) ctx.addIssue({ code: 'custom', message: `${a.code} is listed twice` });
      seen.add(a.code);
      if (a.area68Cm2 !== undefined && a.area68Cm2 >= a.area95Cm2)
        ctx.addIssue({
          code: 'custom',
          message: `${a.code}: the 68 % area must be smaller than the 95 % area`,
        });
      if (f.measuredWithoutFigure.includes(a.code))
        ctx.addIssue({ code: 'custom', message: `${a.code} has a figure but is listed as without one` });
    }
  });
export type ExpertAreasFile = z.infer<typeof ExpertAreasFileSchema>;
