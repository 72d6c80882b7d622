import type { NeuroSurface } from '../core/neuroSurface';
import type { SkinGeometry } from './atlasTypes';
import type { UserEars } from './userAtlasTypes';

/** The neuro layers' inputs of a user's body: labels and key points, and its ears carried over (null if not). */
export type UserNeuro = NeuroSurface & { ears: UserEars | null };

/**
 * The dermatome and NRT labels and key points of a body the build did not see, by skin: the atlas loader's worker
 * computes them with the points (atlasLoader.ts), the neuro loader hands them to the neuro layers (neuroLoader.ts).
 */
export const userNeuroSurfaces = new WeakMap<SkinGeometry, Promise<UserNeuro>>();
