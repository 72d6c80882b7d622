import type { EarMapFile } from '../schema/earMap';

/**
 * The ear maps the build ships (models/body-<id>.ear-map.json, written by `npm run ear-map`), loaded lazily and
 * validated at build time (scripts/validatedDataPlugin.ts).
 */
const files = import.meta.glob<() => Promise<EarMapFile>>('../../models/body-*.ear-map.json', {
  import: 'load',
  query: '?validated',
});

/**
 * A body's ear map, or null when the build has none (the ear layers then stay empty and say so). Loaded once; a
 * failed load is tried again on the next call.
 */
export async function loadEarMap(bodyId: string): Promise<EarMapFile | null> {
  const entry = Object.entries(files).find(([path]) => path.includes(`/body-${bodyId}.ear-map.json`));
  if (!entry) return null;
  const load = await entry[1]();
  return load();
}
