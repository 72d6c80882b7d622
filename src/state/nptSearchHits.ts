import type { SearchDoc } from '../core/search';
import { openNptCondition, selectNerveSite } from './nptStore';

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
