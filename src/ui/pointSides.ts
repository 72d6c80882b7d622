import type { PointRecord } from '../schema/point';
import type { Selection } from '../state/atlasTypes';

/**
 * The selection to make for a point: midline points take M; bilateral points keep the side already shown (left
 * otherwise); multi-site points start at their first site.
 */
export function defaultSideOf(p: PointRecord, current: Selection | null): Selection {
  const first = p.sites?.[0];
  const lat = first?.laterality ?? p.laterality;
  const side = lat === 'midline' ? 'M' : current && current.side !== 'M' ? current.side : 'L';
  return first ? { code: p.code, key: first.key, side } : { code: p.code, side };
}
