import type { NerveSite } from '../schema/nerveSite';
import type { ResolvedNerveSite } from './nerveSites';
import type { ResolvedSite } from './sites';
import { distance } from './vec';

/**
 * An acupoint near a nerve exit site on one body. The relation is anatomical proximity only — the two are different
 * things from different traditions that happen to lie close together — never an equivalence.
 */
export interface NerveProximity {
  relation: 'anatomical-proximity';
  /** Nerve site id (`NPT-ION.L`) and code. */
  siteId: string;
  siteCode: string;
  /** Acupoint site id (`ST2.L`, `GV16`, `EX-LE10:3.L`) and code. */
  pointId: string;
  pointCode: string;
  /** Straight-line distance between the two sites on this body, metres. */
  distance: number;
  /** True when the data names this acupoint in the site's `nearPoints`; false when found by distance alone. */
  listed: boolean;
}

/** Cross-links in both directions: by nerve site id, and by acupoint site id. Each list is nearest first. */
export interface NerveProximityIndex {
  bySite: Map<string, NerveProximity[]>;
  byPoint: Map<string, NerveProximity[]>;
}

/** Acupoints found by distance alone are linked within this radius (metres). */
export const PROXIMITY_RADIUS = 0.015;

/**
 * Links each resolved nerve site to acupoint sites on the same side (or the midline): every acupoint its record
 * lists in `nearPoints`, whatever the distance on this body, and any other acupoint within `radius`.
 */
export function nerveProximity(
  nerveSites: ResolvedNerveSite[],
  records: NerveSite[],
  acupoints: ResolvedSite[],
  radius = PROXIMITY_RADIUS,
): NerveProximityIndex {
  const listedBy = new Map(records.map((r) => [r.code, new Set(r.nearPoints ?? [])]));
  const bySite = new Map<string, NerveProximity[]>();
  const byPoint = new Map<string, NerveProximity[]>();
  for (const site of nerveSites) {
    const listed = listedBy.get(site.code) ?? new Set<string>();
    for (const point of acupoints) {
      if (point.surface !== 'body' || (point.side !== site.side && point.side !== 'M')) continue;
      const d = distance(site.position, point.position);
      const isListed = listed.has(point.code);
      if (!isListed && d > radius) continue;
      const link: NerveProximity = {
        relation: 'anatomical-proximity',
        siteId: site.id,
        siteCode: site.code,
        pointId: point.id,
        pointCode: point.code,
        distance: d,
        listed: isListed,
      };
      push(bySite, site.id, link);
      push(byPoint, point.id, link);
    }
  }
  for (const list of [...bySite.values(), ...byPoint.values()]) list.sort((a, b) => a.distance - b.distance);
  return { bySite, byPoint };
}

function push(map: Map<string, NerveProximity[]>, key: string, link: NerveProximity): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}

/** Words for a link, for panels: proximity, with the distance, never "is" or "equals". */
export function describeProximity(link: NerveProximity, from: 'site' | 'point'): string {
  const mm = Math.round(link.distance * 1000);
  const other = from === 'site' ? link.pointCode : link.siteCode;
  return `${other} lies ${mm} mm away on this body (anatomical proximity, not the same thing)`;
}
