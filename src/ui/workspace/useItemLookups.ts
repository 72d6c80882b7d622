import { useMemo } from 'react';
import { neuroData } from 'virtual:validated/neuro';
import type { ItemLookups } from '../../core/planItemInfo';
import { useNptData } from '../useNptData';
import { useAtlasStore } from '../../state/store';

/** The atlas records plan items name (points, ear points, NRT zones, nerve sites once loaded). */
export function useItemLookups(): ItemLookups {
  const data = useAtlasStore((s) => s.data);
  const npt = useNptData();
  return useMemo(
    () => ({
      points: data?.points ?? [],
      earPoints: neuroData.auricular.points,
      nrtBack: neuroData.nrt.backZones,
      nrtEar: neuroData.nrt.earZones,
      nerveSites: npt?.sites ?? null,
    }),
    [data, npt],
  );
}
