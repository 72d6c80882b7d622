/**
 * Build-time atlas modules written by scripts/atlasCachePlugin.ts. Each loader resolves to the data (fetched on call
 * in a build; a success is shared, a failure forgotten, so calling again after a failure fetches again).
 */
declare module 'virtual:atlas-cache' {
  import type { CachedSites, CachedDerivations, CachedNeuro } from './atlasCacheTypes';
  export const cachedBodies: Record<
    string,
    {
      sites: () => Promise<CachedSites>;
      derivations: () => Promise<CachedDerivations>;
      neuro: () => Promise<CachedNeuro>;
    }
  >;
}
