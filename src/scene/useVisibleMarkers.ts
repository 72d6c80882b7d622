import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleMarkers } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** The markers of every visible points layer, recomputed only when layers or switches change. */
export function useVisibleMarkers() {
  const { layers, layerOn, layerListed, groupOff } = useAtlasStore(
    useShallow((s) => ({
      layers: s.layers,
      layerOn: s.layerOn,
      layerListed: s.layerListed,
      groupOff: s.groupOff,
    })),
  );
  return useMemo(
    () => visibleMarkers({ layers, layerOn, layerListed, groupOff }),
    [layers, layerOn, layerListed, groupOff],
  );
}
