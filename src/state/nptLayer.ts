import type { ResolvedNerveSite } from '../core/nerveSites';
import { NPT_LAYER } from '../core/layerIds';
import type { ResolvedSite } from '../core/sites';
import { NPT_STATUSES, NPT_STATUS_LABELS, type NptStatus } from '../schema/nptStatus';
import type { ResolvedAtlas } from './atlasTypes';
import type { Layer, LayerPoint } from './layerTypes';

/** Colour and marker shape of each evidence status: the shape repeats the colour so neither is needed alone. */
export const NPT_STATUS_STYLE: Record<NptStatus, { colour: string; shape: number; glyph: string }> = {
  'documented-for-pit': { colour: '#2b8a3e', shape: 0, glyph: '◆' },
  'nerve-block-only': { colour: '#e67700', shape: 1, glyph: '■' },
  'anatomy-only': { colour: '#5f3dc4', shape: 2, glyph: '▲' },
};

export const NPT_LEGEND =
  'Where superficial nerves reach the skin (neural prolotherapy, also called perineural injection therapy). ' +
  'Shape and colour give the evidence status; the short line shows the way the nerve runs from the site.';

/** True for a resolved site of the NPT layer that carries what the layer draws (the cache keeps these fields). */
export const isNerveSite = (s: ResolvedSite): s is ResolvedNerveSite =>
  s.layer === NPT_LAYER && Array.isArray((s as Partial<ResolvedNerveSite>).course);

/** The nerve sites among the resolved sites of a body. */
export const nerveSitesOf = (resolved: ResolvedAtlas | null): ResolvedNerveSite[] =>
  resolved ? resolved.sites.filter(isNerveSite) : [];

/**
 * The NPT layer of one body: one marker per resolved nerve site, grouped by evidence status (a group per status, so
 * the layer panel's swatches are the legend). The course lines are drawn by NerveCourseLines with the same colours.
 */
export function nptLayers(resolved: ResolvedAtlas): Layer[] {
  const sites = nerveSitesOf(resolved);
  if (sites.length === 0) return [];
  const points: LayerPoint[] = sites.map((s) => ({
    id: s.id,
    code: s.code,
    group: s.status,
    side: s.side,
    position: s.position,
    normal: s.normal,
    name: s.name,
  }));
  const codes = (status: NptStatus) =>
    new Set(sites.filter((s) => s.status === status).map((s) => s.code)).size;
  return [
    {
      id: NPT_LAYER,
      title: 'Nerve exit sites (NPT)',
      colour: NPT_STATUS_STYLE['documented-for-pit'].colour,
      legend: NPT_LEGEND,
      count: new Set(sites.map((s) => s.code)).size,
      groups: NPT_STATUSES.map((status) => ({
        id: status,
        label: `${NPT_STATUS_STYLE[status].glyph} ${NPT_STATUS_LABELS[status]}`,
        colour: NPT_STATUS_STYLE[status].colour,
        count: codes(status),
      })),
      primitive: { kind: 'points', points },
      defaultOn: false,
    },
  ];
}
