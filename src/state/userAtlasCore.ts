import { resolveAtlas } from '../core/atlas';
import { resolveNerveSites } from '../core/nerveSites';
import { neuroSurface } from '../core/neuroSurface';
import { simplifyPath } from '../core/simplifyPath';
import type { Vec3 } from '../core/vec';
import { createSurface } from '../mesh/surface';
import { liftOffSkin } from './atlasCacheTypes';
import { USER_ATLAS_STEPS, type UserAtlasInput, type UserAtlasResult } from './userAtlasTypes';

/**
 * Resolves the points, channel lines (simplified and lifted off the skin, as the build does) and nerve exit sites
 * on a body's skin, and labels its vertices for the dermatome and NRT layers with their key points, calling
 * `onProgress` after each stage. Runs in the user-body worker; plain data in and out.
 */
export function computeUserAtlas(
  { skin, landmarks, points, nerveSites, neuro }: UserAtlasInput,
  onProgress: (done: number, total: number) => void,
): UserAtlasResult {
  const total = USER_ATLAS_STEPS;
  const surface = createSurface(skin);
  onProgress(1, total);
  const { sites, lines, errors } = resolveAtlas(surface, landmarks, points);
  const normalAt = (p: Vec3) => surface.closest(p, 0.02).normal;
  const lifted = lines.map((l) => ({ ...l, path: liftOffSkin(simplifyPath(l.path, 0.0015), normalAt) }));
  onProgress(2, total);
  const nerves = resolveNerveSites(surface, landmarks, points, nerveSites);
  const nerveSitesOnSkin = nerves.sites.map((s) => ({ ...s, course: liftOffSkin(s.course, normalAt) }));
  onProgress(3, total);
  let labels: UserAtlasResult['neuro'];
  try {
    labels = neuroSurface(skin, landmarks, neuro, surface);
  } catch (e) {
    labels = { error: e instanceof Error ? e.message : String(e) };
  }
  onProgress(4, total);
  return {
    resolved: {
      sites: [...sites, ...nerveSitesOnSkin],
      lines: lifted,
      errors: [...errors, ...nerves.errors],
    },
    neuro: labels,
  };
}
