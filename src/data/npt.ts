import { z } from 'zod';
import conditionsJson from '../../data/npt-conditions.json';
import sitesJson from '../../data/nerve-sites.json';
import techniqueJson from '../../data/npt-technique.json';
import sourcesJson from '../../data/sources.json';
import {
  NerveSitesFileSchema,
  NptConditionsFileSchema,
  NptTechniqueFileSchema,
  type NerveSite,
  type NptCondition,
  type TechniqueFact,
} from '../schema/nerveSite';
import { SourcesFileSchema } from '../schema/source';
import type { SourceRef } from '../schema/common';

/** The validated neural prolotherapy layer: nerve exit sites, the conditions index and the technique facts. */
export interface NptData {
  sites: NerveSite[];
  conditions: NptCondition[];
  technique: TechniqueFact[];
}

/** Raw JSON as imported (or read from disk by a script). */
export interface NptRaw {
  sites: unknown;
  conditions: unknown;
  technique: unknown;
}

/** Invalid NPT data: every problem, each naming the file and item. */
export class NptDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid NPT data:\n- ${problems.join('\n- ')}`);
  }
}

function collect<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  file: string,
  problems: string[],
): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const i of r.error.issues) problems.push(`${file}: ${i.path.map(String).join('.')}: ${i.message}`);
  return undefined;
}

/** Validates the three files and the references between them and to the source register. Throws NptDataError. */
export function parseNptData(raw: NptRaw, sourceIds: ReadonlySet<string>): NptData {
  const problems: string[] = [];
  const sites = collect(NerveSitesFileSchema, raw.sites, 'nerve-sites.json', problems)?.sites ?? [];
  const conditions =
    collect(NptConditionsFileSchema, raw.conditions, 'npt-conditions.json', problems)?.conditions ?? [];
  const technique = collect(NptTechniqueFileSchema, raw.technique, 'npt-technique.json', problems)?.facts ?? [];

  const checkSources = (where: string, refs: SourceRef[]) => {
    for (const s of refs) if (!sourceIds.has(s.id)) problems.push(`${where}: unknown source "${s.id}"`);
  };
  const codes = new Set<string>();
  for (const s of sites) {
    if (codes.has(s.code)) problems.push(`${s.code}: code used twice`);
    codes.add(s.code);
    checkSources(s.code, s.sources);
  }
  const ids = new Set<string>();
  for (const c of conditions) {
    if (ids.has(c.id)) problems.push(`condition ${c.id}: id used twice`);
    ids.add(c.id);
    checkSources(`condition ${c.id}`, c.listedBy);
    for (const l of c.sites) {
      if (!codes.has(l.site)) problems.push(`condition ${c.id}: unknown site "${l.site}"`);
      checkSources(`condition ${c.id} → ${l.site}`, l.sources);
    }
  }
  const factIds = new Set<string>();
  for (const f of technique) {
    if (factIds.has(f.id)) problems.push(`fact ${f.id}: id used twice`);
    factIds.add(f.id);
    checkSources(`fact ${f.id}`, f.sources);
  }
  if (problems.length) throw new NptDataError(problems);
  return { sites, conditions, technique };
}

const sourceIds = new Set(SourcesFileSchema.parse(sourcesJson).sources.map((s) => s.id));

/** The shipped NPT data, validated at import. */
export const nptData: NptData = parseNptData(
  { sites: sitesJson, conditions: conditionsJson, technique: techniqueJson },
  sourceIds,
);

/** The conditions a site is linked to, with the evidence of each link (for the site panel). */
export function conditionsOfSite(data: NptData, code: string) {
  return data.conditions.flatMap((c) =>
    c.sites.filter((l) => l.site === code).map((l) => ({ condition: c, link: l })),
  );
}
