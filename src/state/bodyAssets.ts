import type { Vec3 } from '../core/vec';
import { idOf } from './bodyUrls';

/**
 * The landmark files of the shipped bodies, each loaded lazily as its own chunk, validated at build time
 * (scripts/validatedDataPlugin.ts).
 */
const landmarkFiles = import.meta.glob<{ landmarks: Record<string, Vec3> }>(
  '../../models/body-*.landmarks.json',
  { import: 'default', query: '?validated' },
);

const loading = new Map<string, Promise<Record<string, Vec3>>>();

/** A body's landmarks (loaded once; a failed load is tried again); an empty record if the body ships none yet. */
export function loadLandmarks(id: string): Promise<Record<string, Vec3>> {
  let hit = loading.get(id);
  if (!hit) {
    const entry = Object.entries(landmarkFiles).find(([path]) => idOf(path) === id);
    hit = entry ? entry[1]().then((m) => m.landmarks) : Promise.resolve({});
    hit.catch(() => loading.delete(id));
    loading.set(id, hit);
  }
  return hit;
}
