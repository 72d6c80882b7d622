import { resolveAtlas } from '../core/atlas';
import { resolveNerveSites } from '../core/nerveSites';
import { neuroSurface } from '../core/neuroSurface';
import { simplifyPath } from '../core/simplifyPath';
import type { Vec3 } from '../core/vec';
import { createSurface } from '../mesh/surface';
import { liftOffSkin } from './atlasCacheTypes';
import { stageProgress, stepWhat } from './userAtlasProgress';
import type { UserAtlasInput, UserAtlasProgress, UserAtlasResult } from './userAtlasTypes';

/**
 * Resolves the points, channel lines (simplified and lifted off the skin, as the build does) and nerve exit sites
 * on a body's skin, and labels its vertices for the dermatome and NRT layers with their key points, reporting how far
 * it got (USER_ATLAS_STAGES) to `onProgress`. Runs in the user-body worker; plain data in and out.
 */
export function computeUserAtlas(
  { skin, landmarks, points, nerveSites, neuro, channelNames }: UserAtlasInput,
  onProgress: (p: UserAtlasProgress) => void,
): UserAtlasResult {
  const at = stageProgress(onProgress);
  at('skin', 0);
  const surface = createSurface(skin);
  at('points', 0);
  const n = points.length; // resolveAtlas's steps: one per point record, then one per channel segment
  const { sites, lines, errors } = resolveAtlas(surface, landmarks, points, (step) =>
    step.lines
      ? at('lines', (step.done - n) / (step.total - n), stepWhat(step, channelNames))
      : at('points', step.done / n, stepWhat(step, channelNames)),
  );
  const normalAt = (p: Vec3) => surface.closest(p, 0.02).normal;
  const lifted = lines.map((l) => ({ ...l, path: liftOffSkin(simplifyPath(l.path, 0.0015), normalAt) }));
  at('nerves', 0);
  const nerves = resolveNerveSites(surface, landmarks, points, nerveSites);
  const nerveSitesOnSkin = nerves.sites.map((s) => ({ ...s, course: liftOffSkin(s.course, normalAt) }));
  at('neuro', 0);
  let labels: UserAtlasResult['neuro'];
  try {
    labels = neuroSurface(skin, landmarks, neuro, surface);
  } catch (e) {
    labels = { error: e instanceof Error ? e.message : String(e) };
  }
  at('neuro', 1);
  return {
    resolved: {
      sites: [...sites, ...nerveSitesOnSkin],
      lines: lifted,
      errors: [...errors, ...nerves.errors],
    },
    neuro: labels,
  };
}
