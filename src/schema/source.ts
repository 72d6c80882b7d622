import { z } from 'zod';

/** Source kinds of contracts §4. */
export const SourceKindSchema = z.enum([
  'standard',
  'systematic-review',
  'trial',
  'case-series',
  'review',
  'textbook',
  'encyclopedia',
  'clinic-page',
  'anatomy-reference',
]);

/** One entry of data/sources.json. */
export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  kind: SourceKindSchema,
  authors: z.array(z.string()).optional(),
  year: z.number().int().optional(),
  journal: z.string().optional(),
  doi: z.string().optional(),
  pmid: z.string().optional(),
  isbn: z.string().optional(),
  url: z.string().optional(),
  seed: z.string().optional(),
  /** Our own summary of what the source says that the atlas uses. */
  summary: z.string().min(1),
  /** For seeds: the headings items may cite, each with our summary of it. */
  headings: z.array(z.object({ heading: z.string(), summary: z.string() })).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.object({ schemaVersion: z.literal(1), sources: z.array(SourceSchema) });
