import { useMemo } from 'react';
import { findPoint } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import type { LayerPoint } from '../state/layerTypes';
import { useTourStore } from '../state/tours/tourStore';
import type { TourScene } from '../schema/records/tour';

/** The tour scene on screen: the one presented, else the one being edited; null when no tour is open. */
export function useTourScene(): TourScene | null {
  return useTourStore((s) =>
    s.presenting
      ? s.presenting.tour.scenes[s.presenting.index]
      : s.draft
        ? (s.draft.history.present.scenes[s.draft.index] ?? null)
        : null,
  );
}

/** The points (of any layer, on or off) a list of site ids names on the loaded body; unknown ids are skipped. */
export function useSitePoints(ids: readonly string[]): LayerPoint[] {
  const layers = useAtlasStore((s) => s.layers);
  const key = ids.join(',');
  return useMemo(
    () => (key ? key.split(',').flatMap((id) => findPoint(layers, id) ?? []) : []),
    [layers, key],
  );
}
