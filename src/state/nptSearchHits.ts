import { useEffect, useMemo } from 'react';
import { nptSearchDocs } from '../core/nptSearch';
import type { SearchDoc } from '../core/search';
import { loadNptData, openNptCondition, selectNerveSite, useNptStore } from './nptStore';

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

/**
 * Acts on a search hit of the NPT layer: a site is selected (layer on) and flown to, a condition opens in the
 * conditions index. Returns false for hits of other layers.
 */
export function chooseNptHit(doc: SearchDoc): boolean {
  if (doc.kind === 'npt-site') selectNerveSite(doc.ref);
  else if (doc.kind === 'npt-condition') openNptCondition(doc.ref);
  else return false;
  return true;
}
