import { nerveProximity, type NerveProximityIndex } from '../core/nerveProximity';
import type { NptData } from '../data/npt';
import type { ResolvedAtlas } from './atlasTypes';
import { isNerveSite } from './nptLayer';

const cache = new WeakMap<ResolvedAtlas, WeakMap<NptData, NerveProximityIndex>>();

/**
 * Nerve sites ↔ acupoints on this body (anatomical proximity, both ways), computed once per resolved atlas: the
 * acupoints the data lists near each site and any other within the engine's radius, with distances on this body.
 */
export function proximityOf(resolved: ResolvedAtlas, data: NptData): NerveProximityIndex {
  let byData = cache.get(resolved);
  if (!byData) cache.set(resolved, (byData = new WeakMap()));
  let hit = byData.get(data);
  if (!hit) {
    const nerve = resolved.sites.filter(isNerveSite);
    const points = resolved.sites.filter((s) => !isNerveSite(s) && s.layer !== 'npt');
    hit = nerveProximity(nerve, data.sites, points);
    byData.set(data, hit);
  }
  return hit;
}
