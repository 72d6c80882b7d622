import type { Vec3 } from '../core/vec';
import { LandmarksFileSchema } from '../schema/landmarks';

/**
 * The bodies the build ships, found in models/ at build time. URLs are same-origin asset files; landmark files load
 * lazily, each as its own chunk.
 */
const glbUrls = import.meta.glob<string>('../../models/body-*.glb', {
  eager: true,
  query: '?url',
  import: 'default',
});
const landmarkFiles = import.meta.glob<unknown>('../../models/body-*.landmarks.json', { import: 'default' });

const idOf = (path: string): string => /body-([a-z0-9-]+)\.(?:glb|landmarks\.json)$/.exec(path)?.[1] ?? '';

const urlById = new Map(Object.entries(glbUrls).map(([path, url]) => [idOf(path), url]));

/** Body ids, female first; falls back to the two planned bodies so the UI can say what is missing. */
export const BODY_IDS: readonly string[] = urlById.size
  ? [...urlById.keys()].sort((a, b) => (a === 'female' ? -1 : b === 'female' ? 1 : a.localeCompare(b)))
  : ['female', 'male'];

export const DEFAULT_BODY = BODY_IDS[0];

/** Same-origin URL of a body's GLB, or null if the build has none. */
export const bodyUrl = (id: string): string | null => urlById.get(id) ?? null;

/** Loads and validates a body's landmarks; an empty record if the body ships none yet. */
export async function loadLandmarks(id: string): Promise<Record<string, Vec3>> {
  const entry = Object.entries(landmarkFiles).find(([path]) => idOf(path) === id);
  if (!entry) return {};
  const parsed = LandmarksFileSchema.parse(await entry[1]());
  return parsed.landmarks;
}
