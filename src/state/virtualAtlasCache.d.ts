/** Build-time atlas modules written by scripts/atlasCachePlugin.ts. */
declare module 'virtual:atlas-cache' {
  import type { CachedSites, CachedDerivations, CachedNeuro } from './atlasCacheTypes';
  export const cachedBodies: Record<
    string,
    {
      sites: () => Promise<{ default: CachedSites }>;
      derivations: () => Promise<{ default: CachedDerivations }>;
      neuro: () => Promise<{ default: CachedNeuro }>;
    }
  >;
}
