import areasJson from '../../data/expert-areas.json';
import sourcesJson from '../../data/sources.json';
import { ExpertAreasFileSchema, type ExpertAreasFile } from '../schema/expertArea';
import { SourcesFileSchema } from '../schema/source';

/** Parses data/expert-areas.json and checks that every source it cites is in data/sources.json; throws listing every problem. */
export function parseExpertAreas(raw: unknown, sources: unknown): ExpertAreasFile {
  const file = ExpertAreasFileSchema.parse(raw);
  const known = new Set(SourcesFileSchema.parse(sources).sources.map((s) => s.id));
  const problems = file.areas.flatMap((a) =>
    a.sources.filter((r) => !known.has(r.id)).map((r) => `${a.code}: unknown source "${r.id}"`),
  );
  if (problems.length) throw new Error(`invalid expert areas:\n- ${problems.join('\n- ')}`);
  return file;
}

/** The shipped expert areas, validated (a data error fails loudly). */
export const expertAreaData: ExpertAreasFile = parseExpertAreas(areasJson, sourcesJson);
