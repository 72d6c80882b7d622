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

/** A body's landmarks; an empty record if the body ships none yet. */
export async function loadLandmarks(id: string): Promise<Record<string, Vec3>> {
  const entry = Object.entries(landmarkFiles).find(([path]) => idOf(path) === id);
  if (!entry) return {};
  return (await entry[1]()).landmarks;
}
