import { EXPERT_SPREAD_LAYER } from '../core/layerIds';
import { expertArea, expertAreaCodes } from './expertAreas';
import type { LayerInfo } from './acupunctureLayers';
import type { ResolvedAtlas } from './atlasTypes';
import type { Layer, LayerPoint } from './layerTypes';

/** The colour of the expert-spread areas, their markers and their legend swatch. */
export const EXPERT_SPREAD_COLOUR = '#1098ad';

export const EXPERT_SPREAD_LEGEND =
  'How far qualified practitioners disagree: the area of skin holding 95 % of the sites they marked for a point, ' +
  'as one study measured it, drawn as a circle of equal area over the skin around the atlas’s site. Only the ' +
  'points with a published figure in the atlas have an area; no study, no area.';

/** Words for a marker's hover label: the area and what it means. */
export const expertAreaLabel = (areaCm2: number): string => `95 % of practitioners within ${areaCm2} cm²`;

/**
 * The expert-spread layer of one body: a marker on each site of every point with a measured spread (hover and click
 * show the figure and its source); the areas themselves are drawn over the skin by ExpertSpreadAreas.
 */
export function expertSpreadLayers(info: LayerInfo, resolved: ResolvedAtlas): Layer[] {
  const codes = new Set(expertAreaCodes());
  const points: LayerPoint[] = resolved.sites
    .filter((s) => codes.has(s.code) && s.layer === 'meridian')
    .map((s) => ({
      id: s.id,
      code: s.code,
      group: 'measured',
      side: s.side,
      position: s.position,
      normal: s.normal,
      name: `${info.names[s.code]?.pinyin ?? ''} · ${expertAreaLabel(expertArea(s.code)!.areaCm2)}`,
    }));
  if (points.length === 0) return [];
  const count = new Set(points.map((p) => p.code)).size;
  return [
    {
      id: EXPERT_SPREAD_LAYER,
      title: 'Expert spread',
      colour: EXPERT_SPREAD_COLOUR,
      legend: EXPERT_SPREAD_LEGEND,
      count,
      groups: [{ id: 'measured', label: 'Measured (95 % area)', colour: EXPERT_SPREAD_COLOUR, count }],
      primitive: { kind: 'points', points },
      defaultOn: false,
    },
  ];
}
