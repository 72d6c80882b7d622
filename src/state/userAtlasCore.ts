import { resolveAtlas } from '../core/atlas';
import { carryEars } from '../core/calibration/earCarry';
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
 * on a body's skin, labels its vertices for the dermatome and NRT layers with their key points and carries the ear
 * layers over from a reference body (when given), reporting how far it got (USER_ATLAS_STAGES) to `onProgress`. Runs
 * in the user-body worker; plain data in and out.
 */
export function computeUserAtlas(
  { skin, landmarks, points, nerveSites, neuro, ears, channelNames }: UserAtlasInput,
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
  at('ears', 0);
  let carried: UserAtlasResult['ears'] = null;
  if (ears)
    try {
      const { source, regions, areas, placed } = ears;
      carried = { source, regions, areas, ...carryEars(surface, skin.positions, placed, ears) };
    } catch (e) {
      carried = { error: e instanceof Error ? e.message : String(e) };
    }
  at('ears', 1);
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
