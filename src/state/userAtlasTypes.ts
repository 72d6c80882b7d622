import type { Vec3 } from '../core/vec';
import type { NerveSite } from '../schema/nerveSite';
import type { PointRecord } from '../schema/point';
import type { ResolvedAtlas, SkinGeometry } from './atlasTypes';

/** What the engine needs to resolve the layers of a body the build did not see (all structured-cloneable). */
export interface UserAtlasInput {
  skin: SkinGeometry;
  landmarks: Record<string, Vec3>;
  points: PointRecord[];
  /** The nerve exit sites to resolve too (none while the NPT data is missing). */
  nerveSites: NerveSite[];
}

/** A message from the worker: how far it got, the resolved layers, or why it failed. */
export type UserAtlasReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; resolved: ResolvedAtlas }
  | { type: 'error'; message: string };

/** The stages reported as progress: the skin index, the points with their channel lines, the nerve exit sites. */
export const USER_ATLAS_STEPS = 3;
