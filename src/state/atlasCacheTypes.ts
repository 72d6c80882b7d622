import type { ItemSite } from '../core/dermatomeKeyPoints';
import type { ResolvedSite, SiteLocation } from '../core/sites';
import type { Vec3 } from '../core/vec';
import type { ResolvedAtlas } from './atlasTypes';
import type { LayerInfo } from './acupunctureLayers';

/** A resolved site without its derivation (that loads apart, when the cun ruler needs it). */
export type CachedSite = Omit<ResolvedSite, 'derivation' | 'alternative'>;

/** Sites and channel lines (already lifted off the skin) of one body, resolved at build time. */
export interface CachedSites {
  sites: CachedSite[];
  lines: ResolvedAtlas['lines'];
  errors: string[];
  info: LayerInfo;
}

/** The derivation (and alternative location) of every site of one body, by site id. */
export type CachedDerivations = Record<
  string,
  { derivation: ResolvedSite['derivation']; alternative?: SiteLocation }
>;

/** The neuro layers' inputs of one body, resolved at build time (labels as core/labelCodec strings). */
export interface CachedNeuro {
  dermatomes: string;
  nrtZones: string;
  keySites: ItemSite[];
  errors: string[];
}

/** Moves each point of a skin path 2.5 mm out along the skin normal, so lines are not buried between vertices. */
export const liftOffSkin = (path: readonly Vec3[], normalAt: (p: Vec3) => Vec3, by = 0.0025): Vec3[] =>
  path.map((p) => {
    const n = normalAt(p);
    return [p[0] + n[0] * by, p[1] + n[1] * by, p[2] + n[2] * by];
  });

const PENDING: ResolvedSite['derivation'] = { start: '', steps: [], segments: [] };

/** Resolved sites from the cache; derivations, when given, complete them. */
export function sitesFromCache(cached: CachedSites, derivations?: CachedDerivations): ResolvedAtlas {
  return {
    sites: cached.sites.map((s) => {
      const d = derivations?.[s.id];
      return {
        ...s,
        derivation: d?.derivation ?? PENDING,
        ...(d?.alternative ? { alternative: d.alternative } : {}),
      };
    }),
    lines: cached.lines,
    errors: cached.errors,
  };
}
