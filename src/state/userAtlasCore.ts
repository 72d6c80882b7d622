import { resolveAtlas } from '../core/atlas';
import { carryEars } from '../core/calibration/earCarry';
import { resolveNerveSites } from '../core/nerveSites';
import { neuroSurface } from '../core/neuroSurface';
import { simplifyPath } from '../core/simplifyPath';
import type { Vec3 } from '../core/vec';
import { createSurface } from '../mesh/surface';
import { liftOffSkin } from './atlasCacheTypes';
import { USER_ATLAS_STEPS, type UserAtlasInput, type UserAtlasResult } from './userAtlasTypes';

/**
 * Resolves the points, channel lines (simplified and lifted off the skin, as the build does) and nerve exit sites
 * on a body's skin, labels its vertices for the dermatome and NRT layers with their key points and carries the ear
 * layers over from a reference body (when given), calling
 * `onProgress` after each stage. Runs in the user-body worker; plain data in and out.
 */
export function computeUserAtlas(
  { skin, landmarks, points, nerveSites, neuro, ears }: UserAtlasInput,
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
  let carried: UserAtlasResult['ears'] = null;
  if (ears)
    try {
      const { source, regions, areas, placed } = ears;
      carried = { source, regions, areas, ...carryEars(surface, skin.positions, placed, ears) };
    } catch (e) {
      carried = { error: e instanceof Error ? e.message : String(e) };
    }
  onProgress(5, total);
  return {
    ears: carried,
    resolved: {
      sites: [...sites, ...nerveSitesOnSkin],
      lines: lifted,
      errors: [...errors, ...nerves.errors],
    },
    neuro: labels,
  };
}
