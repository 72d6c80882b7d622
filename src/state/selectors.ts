import type { Channel } from '../schema/channel';
import type { PointRecord } from '../schema/point';
import type { Source } from '../schema/source';
import type { ResolvedSite } from '../core/sites';
import type { AtlasData, ResolvedAtlas, Selection } from './atlasTypes';
import { siteIdOf } from './atlasTypes';
import type { Layer, LayerPoint } from './layerTypes';
import { groupKey } from './layerTypes';
import type { AtlasState } from './store';

/** A marker of any points layer by site id. */
export function findPoint(layers: readonly Layer[], siteId: string): LayerPoint | undefined {
  for (const l of layers) {
    if (l.primitive.kind !== 'points') continue;
    const p = l.primitive.points.find((q) => q.id === siteId);
    if (p) return p;
  }
  return undefined;
}

/** Whether a layer is on (its default until the user or the URL says otherwise). */
export const isLayerOn = (s: Pick<AtlasState, 'layerOn' | 'layerListed'>, layer: Layer): boolean =>
  s.layerOn[layer.id] ?? (s.layerListed ? false : layer.defaultOn);

/** Whether a group of a layer is on. */
export const isGroupOn = (s: Pick<AtlasState, 'groupOff'>, layer: string, group: string): boolean =>
  !s.groupOff[groupKey(layer, group)];

/** The point record of a code. */
export const pointRecord = (data: AtlasData | null, code: string): PointRecord | undefined =>
  data?.points.find((p) => p.code === code);

export const channelRecord = (data: AtlasData | null, code: string | undefined): Channel | undefined =>
  code ? data?.channels.find((c) => c.code === code) : undefined;

export const sourceRecord = (data: AtlasData | null, id: string): Source | undefined =>
  data?.sources.find((s) => s.id === id);

/** The resolved site the selection shows. */
export const selectedSite = (
  resolved: ResolvedAtlas | null,
  sel: Selection | null,
): ResolvedSite | undefined => (sel ? resolved?.sites.find((s) => s.id === siteIdOf(sel)) : undefined);

/** The visible markers of every layer that is on, with their colours (group colour, else layer colour). */
export function visibleMarkers(
  s: Pick<AtlasState, 'layers' | 'layerOn' | 'layerListed' | 'groupOff'>,
): { point: LayerPoint; colour: string }[] {
  const out: { point: LayerPoint; colour: string }[] = [];
  for (const layer of s.layers) {
    if (layer.primitive.kind !== 'points' || !isLayerOn(s, layer)) continue;
    const colours = new Map(layer.groups.map((g) => [g.id, g.colour]));
    for (const p of layer.primitive.points)
      if (isGroupOn(s, layer.id, p.group))
        out.push({ point: p, colour: colours.get(p.group) ?? layer.colour });
  }
  return out;
}
