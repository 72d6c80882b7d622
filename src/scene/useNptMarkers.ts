import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NPT_LAYER } from '../core/layerIds';
import type { LayerPoint } from '../state/layerTypes';
import { nerveSitesOf } from '../state/nptLayer';
import { isGroupOn, isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import type { ResolvedNerveSite } from '../core/nerveSites';

/** The nerve sites drawn now (layer on, status group on), with their markers, or [] when the layer is off. */
export function useNptMarkers(): { site: ResolvedNerveSite; point: LayerPoint }[] {
  const { layers, layerOn, layerListed, groupOff, resolved } = useAtlasStore(
    useShallow((s) => ({
      layers: s.layers,
      layerOn: s.layerOn,
      layerListed: s.layerListed,
      groupOff: s.groupOff,
      resolved: s.resolved,
    })),
  );
  return useMemo(() => {
    const layer = layers.find((l) => l.id === NPT_LAYER);
    if (!layer || layer.primitive.kind !== 'points' || !isLayerOn({ layerOn, layerListed }, layer)) return [];
    const sites = new Map(nerveSitesOf(resolved).map((s) => [s.id, s]));
    return layer.primitive.points.flatMap((point) => {
      const site = sites.get(point.id);
      return site && isGroupOn({ groupOff }, NPT_LAYER, point.group) ? [{ site, point }] : [];
    });
  }, [layers, layerOn, layerListed, groupOff, resolved]);
}
