import { useEffect } from 'react';
import type { NptData } from '../data/npt';
import { loadNptData, useNptStore } from '../state/nptStore';

/** The NPT data, starting its load on first use (null until it arrives). */
export function useNptData(): NptData | null {
  const data = useNptStore((s) => s.data);
  useEffect(() => {
    if (!data) void loadNptData();
  }, [data]);
  return data;
}
