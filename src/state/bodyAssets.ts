import type { Vec3 } from '../core/vec';
import { idOf } from './bodyUrls';
import { sharedLoad } from './sharedLoad';

/**
 * The landmark files of the shipped bodies, each loaded lazily as its own chunk, validated at build time
 * (scripts/validatedDataPlugin.ts).
 */
const landmarkFiles = import.meta.glob<() => Promise<{ landmarks: Record<string, Vec3> }>>(
  '../../models/body-*.landmarks.json',
  { import: 'load', query: '?validated' },
);

/** A body's landmarks (loaded once; a failed load is tried again); an empty record if the body ships none yet. */
export const loadLandmarks = sharedLoad(async (id: string): Promise<Record<string, Vec3>> => {
  const entry = Object.entries(landmarkFiles).find(([path]) => idOf(path) === id);
  if (!entry) return {};
  const load = await entry[1]();
  return (await load()).landmarks;
});
