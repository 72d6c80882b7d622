import type { NptData } from '../data/npt';
import type { NptRegion } from '../schema/nerveSite';
import { NPT_STATUS_LABELS } from '../schema/nptStatus';
import type { SearchDoc } from './search';

/** Region names as seed 002's diagrams title them. */
export const NPT_REGION_LABELS: Record<NptRegion, string> = {
  'neck-shoulder': 'Neck and shoulder',
  face: 'Face',
  'arm-hand': 'Arm and hand',
  'leg-foot': 'Lower leg and foot',
  knee: 'Knee',
  'hamstring-heel': 'Hamstring and heel',
  'hip-lowback': 'Hip and lower back',
};

const LAYER_NAMES = ['neural prolotherapy', 'perineural injection therapy', 'NPT', 'PIT'];

/**
 * Search documents for the NPT layer: one per nerve site (found by its name, nerve, parent nerve, region and the
 * conditions linked to it) and one per condition (found by its name and synonyms). `ref` is the site code or the
 * condition id; `kind` is `npt-site` or `npt-condition`.
 */
export function nptSearchDocs(data: NptData): SearchDoc[] {
  const conditionsBySite = new Map<string, string[]>();
  for (const c of data.conditions) {
    for (const l of c.sites) {
      const names = conditionsBySite.get(l.site) ?? [];
      names.push(c.name, ...c.synonyms);
      conditionsBySite.set(l.site, names);
    }
  }
  const siteDocs = data.sites.map((s): SearchDoc => ({
    id: `npt-site:${s.code}`,
    kind: 'npt-site',
    ref: s.code,
    title: s.name,
    subtitle: `${NPT_REGION_LABELS[s.region]} · ${NPT_STATUS_LABELS[s.status]}`,
    codes: [s.code],
    names: [...new Set([s.name, s.nerve, s.parentNerve, ...(conditionsBySite.get(s.code) ?? [])])],
    hanzi: [],
    groups: [NPT_REGION_LABELS[s.region], ...LAYER_NAMES],
  }));
  const conditionDocs = data.conditions.map((c): SearchDoc => ({
    id: `npt-condition:${c.id}`,
    kind: 'npt-condition',
    ref: c.id,
    title: c.name,
    subtitle: `${c.sites.length} nerve site${c.sites.length === 1 ? '' : 's'} · neural prolotherapy`,
    codes: [],
    names: [c.name, ...c.synonyms],
    hanzi: [],
    groups: LAYER_NAMES,
  }));
  return [...siteDocs, ...conditionDocs];
}
