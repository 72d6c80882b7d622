import type { Vec3 } from '../core/vec';
import { LandmarksFileSchema } from '../schema/landmarks';
import { idOf } from './bodyUrls';

/** The landmark files of the shipped bodies, each loaded lazily as its own chunk. */
const landmarkFiles = import.meta.glob<unknown>('../../models/body-*.landmarks.json', { import: 'default' });

/** Loads and validates a body's landmarks; an empty record if the body ships none yet. */
export async function loadLandmarks(id: string): Promise<Record<string, Vec3>> {
  const entry = Object.entries(landmarkFiles).find(([path]) => idOf(path) === id);
  if (!entry) return {};
  const parsed = LandmarksFileSchema.parse(await entry[1]());
  return parsed.landmarks;
}
