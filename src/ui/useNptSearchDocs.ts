import { useEffect, useMemo } from 'react';
import { nptSearchDocs } from '../core/nptSearch';
import type { SearchDoc } from '../core/search';
import { loadNptData, useNptStore } from '../state/nptStore';

/**
 * The NPT layer's search documents (sites by name, nerve, region and condition; conditions by name), once `ready`
 * (the point data has arrived, so the NPT chunk never competes with the first frame). [] until then.
 */
export function useNptSearchDocs(ready: boolean): SearchDoc[] {
  const data = useNptStore((s) => s.data);
  useEffect(() => {
    if (ready && !data) void loadNptData();
  }, [ready, data]);
  return useMemo(() => (data ? nptSearchDocs(data) : []), [data]);
}
