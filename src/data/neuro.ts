import auricularJson from '../../data/auricular.json';
import keyPointsJson from '../../data/dermatome-keypoints.json';
import dermatomesJson from '../../data/dermatomes.json';
import nrtJson from '../../data/nrt.json';
import sourcesJson from '../../data/sources.json';
import { AuricularFileSchema, type AuricularFile } from '../schema/auricularFile';
import type { SourceRef } from '../schema/common';
import { DermatomeKeyPointsFileSchema, type DermatomeKeyPoint } from '../schema/dermatomeKeyPoint';
import { DermatomeMapFileSchema, type DermatomeMapFile } from '../schema/dermatomeMap';
import { NrtFileSchema, type NrtFile } from '../schema/nrtClaim';
import { SourcesFileSchema } from '../schema/source';

/** The dermatome, auricular and NRT layers' data, validated together. */
export interface NeuroData {
  dermatomes: DermatomeMapFile;
  keyPoints: DermatomeKeyPoint[];
  auricular: AuricularFile;
  nrt: NrtFile;
}

/** Every source reference of the neuro data, with where it was cited (for the source check). */
export function neuroSourceRefs(d: NeuroData): { where: string; ref: SourceRef }[] {
  const out: { where: string; ref: SourceRef }[] = [];
  const add = (where: string, refs: readonly SourceRef[]) => refs.forEach((ref) => out.push({ where, ref }));
  add('dermatome map', d.dermatomes.map.sources);
  d.keyPoints.forEach((k) => add(k.code, k.sources));
  d.auricular.areas.forEach((a) => add(`area ${a.code}`, a.sources));
  d.auricular.points.forEach((p) => {
    add(p.code, p.sources);
    p.uses.forEach((u) => add(`${p.code} (${u.context})`, u.sources));
  });
  d.nrt.backZones.forEach((z) => add(z.code, z.sources));
  d.nrt.earZones.forEach((z) => add(z.code, z.sources));
  d.nrt.procedure.forEach((c) => add(`NRT ${c.id}`, c.sources));
  return out;
}

/** Parses and cross-checks the raw files; throws listing every problem. */
export function parseNeuroData(raw: {
  dermatomes: unknown;
  keyPoints: unknown;
  auricular: unknown;
  nrt: unknown;
  sources: unknown;
}): NeuroData {
  const data: NeuroData = {
    dermatomes: DermatomeMapFileSchema.parse(raw.dermatomes),
    keyPoints: DermatomeKeyPointsFileSchema.parse(raw.keyPoints).keyPoints,
    auricular: AuricularFileSchema.parse(raw.auricular),
    nrt: NrtFileSchema.parse(raw.nrt),
  };
  const known = new Set(SourcesFileSchema.parse(raw.sources).sources.map((s) => s.id));
  const problems = neuroSourceRefs(data)
    .filter(({ ref }) => !known.has(ref.id))
    .map(({ where, ref }) => `${where}: unknown source "${ref.id}"`);
  const areas = new Set(data.auricular.areas.map((a) => a.code));
  for (const p of data.auricular.points) if (!areas.has(p.area)) problems.push(`${p.code}: unknown area ${p.area}`);
  for (const z of data.nrt.earZones) if (!areas.has(z.area)) problems.push(`${z.code}: unknown area ${z.area}`);
  if (problems.length) throw new Error(`invalid neuro data:\n- ${problems.join('\n- ')}`);
  return data;
}

export const neuroData: NeuroData = parseNeuroData({
  dermatomes: dermatomesJson,
  keyPoints: keyPointsJson,
  auricular: auricularJson,
  nrt: nrtJson,
  sources: sourcesJson,
});
