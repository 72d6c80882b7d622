import { z } from 'zod';
import { ChannelsFileSchema, type Channel } from './channel';
import { PointsFileSchema, type PointRecord } from './point';
import { SourcesFileSchema, type Source } from './source';

/** The validated channel atlas: sources, channels, and every point record in channel order then extra points. */
export interface AtlasData {
  sources: Source[];
  channels: Channel[];
  points: PointRecord[];
}

/** Data that fails validation: every problem, each naming the file and the item. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid atlas data:\n- ${problems.join('\n- ')}`);
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: string[]): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const issue of r.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  return undefined;
}

/** Validates raw JSON (as imported) and checks the references between files. Throws DataError. */
export function parseAtlasData(raw: {
  sources: unknown;
  channels: unknown;
  pointFiles: Record<string, unknown>;
}): AtlasData {
  const problems: string[] = [];
  const sources = parse(SourcesFileSchema, raw.sources, 'sources.json', problems)?.sources ?? [];
  const channels = parse(ChannelsFileSchema, raw.channels, 'channels.json', problems)?.channels ?? [];
  const points = Object.entries(raw.pointFiles).flatMap(
    ([file, json]) => parse(PointsFileSchema, json, `points/${file}.json`, problems)?.points ?? [],
  );
  const sourceIds = new Set(sources.map((s) => s.id));
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.code)) problems.push(`${p.code}: code used twice`);
    seen.add(p.code);
    for (const s of [...p.sources, ...p.cautions.flatMap((c) => c.sources ?? [])]) {
      if (!sourceIds.has(s.id)) problems.push(`${p.code}: unknown source "${s.id}"`);
    }
    if (p.channel && !channels.some((c) => c.code === p.channel))
      problems.push(`${p.code}: unknown channel "${p.channel}"`);
  }
  for (const c of channels) {
    const n = points.filter((p) => p.channel === c.code).length;
    if (n !== c.pointCount) problems.push(`${c.code}: ${n} points, channel record says ${c.pointCount}`);
  }
  if (new Set(sources.map((s) => s.id)).size !== sources.length)
    problems.push('sources.json: duplicate source id');
  if (problems.length) throw new DataError(problems);
  return { sources, channels, points };
}
