import { useMemo } from 'react';
import type { NerveProximityIndex } from '../core/nerveProximity';
import { proximityOf } from '../state/nptProximity';
import { useAtlasStore } from '../state/store';
import { useNptData } from './useNptData';

/** The proximity index of the body in view, or null while the atlas or the NPT data load. */
export function useNerveProximity(): NerveProximityIndex | null {
  const resolved = useAtlasStore((s) => s.resolved);
  const data = useNptData();
  return useMemo(() => (resolved && data ? proximityOf(resolved, data) : null), [resolved, data]);
}
